// GENERATED from src/core/catalog/data/codes-50133-50142.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50133,
    "identifier": "SsoArtifactRevoked",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "The single sign-on session was revoked (password changed or expired)",
      "explanation": "The session used for single sign-on has been invalidated, most often because the user's password was changed, reset or expired, or because an administrator revoked the user's sessions. After such a change, existing sessions and refresh tokens stop working and a new sign-in is required.",
      "action": [
        "Ask the user to sign in again with the current password.",
        "Have the user update the password on other devices and apps so they stop retrying with the old session.",
        "If the user did not change the password, check the Audit logs for a password reset or session revocation and find out who did it."
      ]
    },
    "ja": {
      "title": "シングル サインオンのセッションが取り消された (パスワードの変更または期限切れ)",
      "explanation": "シングル サインオンに使われたセッションが無効化されています。多くはユーザーのパスワードが変更・リセットされた、または期限切れになったか、管理者がユーザーのセッションを取り消したことが原因です。こうした変更の後は、既存のセッションや更新トークンが使えなくなり、新たなサインインが必要になります。",
      "action": [
        "現在のパスワードでもう一度サインインするようユーザーに案内します。",
        "他の端末やアプリでもパスワードを更新してもらい、古いセッションでの再試行が続かないようにします。",
        "本人がパスワードを変更していない場合は、監査ログでパスワードのリセットやセッションの取り消しを探し、誰が行ったかを確認します。"
      ]
    }
  },
  {
    "code": 50134,
    "identifier": "DeviceFlowAuthorizeWrongDatacenter",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "Device code sign-in was completed in a different data center from where it started",
      "explanation": "In the device code flow, the person who enters the code must be served by the same Microsoft data center that holds the original request. Here the two ended up in different data centers, which can happen when the device and the browser reach Microsoft through very different networks, VPNs or regions. If the user did not start a device sign-in themselves, the code may have come from a phishing attempt.",
      "action": [
        "Ask the user to start the device sign-in again and enter the code promptly, ideally from the same network as the device (for example without a VPN).",
        "Confirm that the user actually started the device code sign-in; if not, treat it as possible device code phishing and review the account.",
        "If device code flow is not needed in your tenant, consider restricting it with the Conditional Access authentication flows condition."
      ]
    },
    "ja": {
      "title": "デバイス コードのサインインが開始時とは別のデータセンターで完了された",
      "explanation": "デバイス コード フローでは、コードを入力する側も、元の要求を保持している Microsoft のデータセンターで処理される必要があります。今回は両者が別のデータセンターになりました。デバイスとブラウザーが大きく異なるネットワーク、VPN、地域から Microsoft に接続している場合に起こります。ユーザー自身がデバイスのサインインを始めていないのであれば、そのコードはフィッシングによるものかもしれません。",
      "action": [
        "デバイスのサインインを最初からやり直し、コードをすぐに入力するよう案内します。できればデバイスと同じネットワークから (VPN を使わずに) 入力してもらいます。",
        "ユーザーが本当にデバイス コードのサインインを始めたか確認します。そうでなければデバイス コード フィッシングの可能性があるため、アカウントを調査します。",
        "テナントでデバイス コード フローが不要であれば、条件付きアクセスの認証フローの条件で制限することを検討します。"
      ]
    }
  },
  {
    "code": 50135,
    "identifier": "PasswordChangeCompromisedPassword",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "A password change is required because the account is considered at risk",
      "explanation": "Identity Protection considers the user at risk (for example because of leaked credentials), and a risk policy requires a secure password change before access. The user must complete MFA and then change the password. If the user has no MFA method registered, or self-service password reset or password writeback is not available, an administrator must remediate.",
      "action": [
        "Ask the user to complete the secure password change at the prompt.",
        "Review the detections in Protection > Identity Protection > Risky users to decide whether the account is really compromised.",
        "If the user cannot complete the change, reset the password as an administrator and confirm or dismiss the user risk.",
        "For hybrid users, make sure password writeback is enabled so a cloud-initiated change reaches on-premises AD."
      ]
    },
    "ja": {
      "title": "アカウントにリスクがあると判断されたためパスワードの変更が必要",
      "explanation": "Identity Protection がユーザーにリスクがあると判断しており (漏えいした資格情報など)、リスク ポリシーによってアクセス前に安全なパスワード変更が求められています。ユーザーは MFA を完了してからパスワードを変更する必要があります。MFA の方法が未登録の場合や、セルフサービス パスワード リセットやパスワード ライトバックが使えない場合は、管理者による対処が必要です。",
      "action": [
        "表示された画面で安全なパスワード変更を完了するようユーザーに案内します。",
        "[保護] > [Identity Protection] > [リスクのあるユーザー] で検出内容を確認し、本当に侵害されているかを判断します。",
        "ユーザーが変更を完了できない場合は、管理者がパスワードをリセットし、ユーザーのリスクを確認済みにするか無視します。",
        "ハイブリッドのユーザーでは、クラウドでの変更がオンプレミス AD に反映されるようパスワード ライトバックを有効にしておきます。"
      ]
    }
  },
  {
    "code": 50136,
    "identifier": "RedirectMsaSessionToApp",
    "outcome": "informational",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "An existing personal Microsoft account session was found and handed to the app",
      "explanation": "Entra ID noticed a single personal Microsoft account session in the browser and redirected that session to the application instead of continuing a work or school sign-in. This is informational and not a failure. It only matters if the user meant to use a work account.",
      "action": [
        "No action is needed if the user intended to use the personal account.",
        "If the user wanted the work account, ask them to sign out of the personal account or use a private browser window.",
        "Developer: if the app should accept only work or school accounts, check Supported account types in App registrations > the app > Authentication."
      ]
    },
    "ja": {
      "title": "既存の個人用 Microsoft アカウントのセッションを検出し、アプリに引き渡した",
      "explanation": "ブラウザーに個人用 Microsoft アカウントのセッションが 1 つだけあることを Entra ID が検出し、職場または学校アカウントのサインインを続ける代わりに、そのセッションをアプリケーションに引き渡しました。情報として記録されるもので、失敗ではありません。ユーザーが職場のアカウントを使うつもりだった場合にだけ問題になります。",
      "action": [
        "ユーザーが個人用アカウントを使うつもりだったのであれば、対応は不要です。",
        "職場のアカウントを使いたかった場合は、個人用アカウントからサインアウトするか、InPrivate ウィンドウを使うよう案内します。",
        "開発者: 職場または学校アカウントだけを受け付けるべきアプリであれば、[アプリの登録] > 対象アプリ > [認証] の [サポートされているアカウントの種類] を確認します。"
      ]
    }
  },
  {
    "code": 50137,
    "identifier": "",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "The password must be changed because of a security policy rule",
      "explanation": "A security policy rule requires the user to change the password before the sign-in can continue. Microsoft gives no further detail for this code. Plausible sources are an administrator-forced change at next sign-in or a policy that no longer accepts the current password.",
      "action": [
        "Ask the user to change the password when prompted, or through self-service password reset.",
        "Check the Audit logs for a recent password reset by an administrator with a forced change at next sign-in.",
        "If the user cannot change the password, reset it from Users > select the user > Reset password and share the temporary password securely."
      ]
    },
    "ja": {
      "title": "セキュリティ ポリシーの規則によりパスワードの変更が必要",
      "explanation": "セキュリティ ポリシーの規則により、サインインを続ける前にパスワードの変更が求められています。Microsoft はこのコードについて詳しい説明をしていません。管理者が次回サインイン時の変更を強制した場合や、現在のパスワードがポリシーで受け付けられなくなった場合が考えられます。",
      "action": [
        "表示された画面、またはセルフサービス パスワード リセットでパスワードを変更するようユーザーに案内します。",
        "監査ログで、次回サインイン時の変更を強制する管理者のパスワード リセットが最近行われていないか確認します。",
        "ユーザーが変更できない場合は、[ユーザー] > 対象ユーザー > [パスワードのリセット] でリセットし、一時パスワードを安全な方法で伝えます。"
      ]
    }
  },
  {
    "code": 50138,
    "identifier": "",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "Invalid encryption key environment (internal service error)",
      "explanation": "Entra ID reported that the encryption key environment for the request is not valid. Microsoft does not explain this further; it suggests that a token or cookie was protected in a different environment from the one processing it, for example another cloud instance. It is rare and not caused by the user's credentials.",
      "action": [
        "Ask the user to clear cookies for the sign-in site, or use a private window, and sign in again.",
        "Developer: check that the app's authority host matches the cloud where the tenant lives.",
        "If it persists, collect the correlation ID and timestamp and open a Microsoft support request."
      ]
    },
    "ja": {
      "title": "暗号化キーの環境が無効 (サービス内部のエラー)",
      "explanation": "要求に対する暗号化キーの環境が有効でないと Entra ID が報告しました。Microsoft はこれ以上説明していませんが、トークンや Cookie が、処理する環境とは別の環境 (別のクラウド インスタンスなど) で保護されていたことを示唆しています。まれなエラーで、ユーザーの資格情報が原因ではありません。",
      "action": [
        "サインイン サイトの Cookie を削除するか InPrivate ウィンドウを使って、もう一度サインインしてもらいます。",
        "開発者: アプリの機関のホストが、テナントのあるクラウドと一致しているか確認します。",
        "続く場合は、相関 ID と日時を控えて Microsoft サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50139,
    "identifier": "SessionMissingMsaOAuth2RefreshToken",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "The session is invalid because an external (personal account) refresh token is missing",
      "explanation": "The session depended on a refresh token from an external account system, typically a personal Microsoft account, and Entra ID no longer has that token. Without it the session cannot be continued, so the user must sign in again. It is mostly seen for personal accounts used as guests.",
      "action": [
        "Ask the user to sign out and sign in again with the same account.",
        "If it repeats, have the user clear cookies for the sign-in pages or try a private window.",
        "If a user keeps failing, collect the correlation ID and timestamp for a support request."
      ]
    },
    "ja": {
      "title": "外部 (個人用アカウント) の更新トークンがないためセッションが無効",
      "explanation": "セッションは外部のアカウント システム (多くは個人用 Microsoft アカウント) の更新トークンを前提としていましたが、Entra ID はそのトークンをもう保持していませんでした。そのためセッションを続けられず、ユーザーはサインインし直す必要があります。ゲストとして使われている個人用アカウントでよく見られます。",
      "action": [
        "いったんサインアウトし、同じアカウントでサインインし直すよう案内します。",
        "繰り返す場合は、サインイン ページの Cookie を削除するか、InPrivate ウィンドウで試してもらいます。",
        "特定のユーザーで失敗が続く場合は、相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50140,
    "identifier": "KmsiInterrupt",
    "outcome": "interrupted",
    "category": "other",
    "actor": "user",
    "en": {
      "title": "The \"Stay signed in?\" prompt was shown to the user",
      "explanation": "The sign-in paused to ask the user whether to stay signed in on this browser (Keep me signed in). This is an expected step, and a record with this code is normally followed by a success whichever answer the user picks. It is not an error.",
      "action": [
        "No action is needed when a successful sign-in follows.",
        "To stop showing the prompt, change Show option to remain signed in under Company branding > Sign-in form in the Entra admin center.",
        "If users get stuck on this step, collect the correlation ID, request ID and timestamp for a support request."
      ]
    },
    "ja": {
      "title": "「サインインの状態を維持しますか?」の画面が表示された",
      "explanation": "このブラウザーでサインインの状態を維持するかどうか (KMSI) をユーザーに尋ねるため、サインインが一時停止しました。想定どおりの手順で、このコードの記録の後には、ユーザーがどちらを選んでも通常は成功サインインが続きます。エラーではありません。",
      "action": [
        "成功サインインが続いていれば対応は不要です。",
        "この画面を表示したくない場合は、Microsoft Entra 管理センターの [会社のブランド] > [サインイン フォーム] で、サインインしたままにするオプションの表示を変更します。",
        "この画面でユーザーが先に進めない場合は、相関 ID、要求 ID、日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50141,
    "identifier": "ProtectedKeyMisuse",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "A protected key was presented for a user it does not belong to",
      "explanation": "A protected, device-bound key was used in a sign-in for a user other than the one it was issued for. This can happen on shared devices after switching users, or when old credentials stay on a device after account changes. It is rare, and if no such explanation fits, it may indicate misuse of credentials taken from another device.",
      "action": [
        "Identify the device and the users involved from the Device info tab and the user fields of the sign-in.",
        "On the device, remove stale work accounts (Windows: Settings > Accounts > Access work or school) and add the correct account again.",
        "Run dsregcmd /status on Windows devices to confirm which user holds the device credentials.",
        "If the device is not one the user should be using, investigate possible token or key theft."
      ]
    },
    "ja": {
      "title": "保護されたキーが、本来の所有者とは別のユーザーのサインインで使われた",
      "explanation": "デバイスに結び付いた保護されたキーが、発行先とは別のユーザーのサインインで使われました。共有デバイスでユーザーを切り替えた後や、アカウントの変更後に古い資格情報がデバイスに残っている場合に起こることがあります。まれなエラーで、そうした説明が当てはまらない場合は、別のデバイスから持ち出された資格情報の不正利用の可能性もあります。",
      "action": [
        "サインインの [デバイス情報] タブとユーザーの項目から、関係するデバイスとユーザーを特定します。",
        "デバイスから古い職場アカウントを削除し (Windows では [設定] > [アカウント] > [職場または学校にアクセスする])、正しいアカウントを追加し直します。",
        "Windows デバイスでは dsregcmd /status を実行し、どのユーザーがデバイスの資格情報を持っているか確認します。",
        "ユーザーが使うはずのないデバイスであれば、トークンやキーの窃取の可能性を調査します。"
      ]
    }
  },
  {
    "code": 50142,
    "identifier": "",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "A Conditional Access policy requires the user to change the password",
      "explanation": "A Conditional Access policy with the Require password change grant applies to this sign-in, normally as the response to elevated user risk. The user must complete MFA and then change the password before access is granted. If the user cannot do that, an administrator has to reset the password.",
      "action": [
        "Ask the user to complete the password change at the prompt.",
        "Check the Conditional Access tab for the policy involved, and Protection > Identity Protection > Risky users for the reason the user is at risk.",
        "Make sure self-service password reset is enabled for the user and, for hybrid users, that password writeback is enabled.",
        "If the user cannot complete it, reset the password as an administrator and review the risk state."
      ]
    },
    "ja": {
      "title": "条件付きアクセス ポリシーによりパスワードの変更が必要",
      "explanation": "[パスワードの変更を必須とする] の許可コントロールを持つ条件付きアクセス ポリシーがこのサインインに適用されています。通常はユーザー リスクの上昇への対応として設定されるものです。アクセスが許可される前に、ユーザーは MFA を完了してパスワードを変更する必要があります。ユーザーが変更できない場合は、管理者がパスワードをリセットします。",
      "action": [
        "表示された画面でパスワードの変更を完了するようユーザーに案内します。",
        "[条件付きアクセス] タブで該当ポリシーを、[保護] > [Identity Protection] > [リスクのあるユーザー] でリスクの理由を確認します。",
        "ユーザーに対してセルフサービス パスワード リセットが有効か、ハイブリッドのユーザーではパスワード ライトバックが有効かを確認します。",
        "ユーザーが変更を完了できない場合は、管理者がパスワードをリセットし、リスクの状態を見直します。"
      ]
    }
  }
];
