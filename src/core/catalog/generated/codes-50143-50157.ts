// GENERATED from src/core/catalog/data/codes-50143-50157.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50143,
    "identifier": "",
    "outcome": "interrupted",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "Session mismatch: the signed-in account's tenant does not match the domain hint",
      "explanation": "The existing browser session belongs to a user from one tenant, while the request carried a domain hint pointing to another, for example because a different resource or app was involved. Entra ID does not reuse the session and pauses so the user can sign in with a matching account. It normally resolves in the same flow.",
      "action": [
        "Check whether a successful sign-in by the same user follows; if so, nothing needs to be done.",
        "Ask the user to pick or enter the account that belongs to the organization the app is for, or to sign out of the other account.",
        "Developer: check the domain_hint value the app sends and make sure it matches the tenant the user actually belongs to.",
        "If the loop persists, collect the correlation ID, request ID and timestamp for a support request."
      ]
    },
    "ja": {
      "title": "セッションの不一致 (サインイン中のアカウントのテナントがドメインのヒントと合わない)",
      "explanation": "ブラウザーの既存のセッションはあるテナントのユーザーのものですが、要求には別のテナントを指すドメインのヒントが含まれていました。別のリソースやアプリが関係した場合などに起こります。Entra ID はそのセッションを再利用せず、一致するアカウントでサインインできるよう中断します。通常は同じ流れの中で解消します。",
      "action": [
        "同じユーザーの成功サインインが続いているか確認します。あれば対応は不要です。",
        "アプリの対象となる組織のアカウントを選ぶか入力する、またはもう一方のアカウントからサインアウトするようユーザーに案内します。",
        "開発者: アプリが送る domain_hint の値が、ユーザーが実際に所属するテナントと一致しているか確認します。",
        "繰り返す場合は、相関 ID、要求 ID、日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50144,
    "identifier": "InvalidPasswordExpiredOnPremPassword",
    "outcome": "interrupted",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "The user's on-premises Active Directory password has expired",
      "explanation": "The account is synchronized from on-premises Active Directory, and its AD password has passed its expiration date, so the user must set a new one. With self-service password reset and password writeback in place, the user can change it directly from the cloud sign-in. Otherwise the change has to happen on-premises, or the helpdesk resets it.",
      "action": [
        "Ask the user to change the password at the prompt if it is offered, or through self-service password reset.",
        "If writeback is not available, have the user change the password on a domain-joined computer (on the network or VPN), or reset it in Active Directory Users and Computers.",
        "Check in Microsoft Entra Connect that password writeback is enabled if users should be able to change expired passwords from the cloud.",
        "After a reset, allow time for synchronization before the user signs in again."
      ]
    },
    "ja": {
      "title": "ユーザーのオンプレミス Active Directory のパスワードの有効期限が切れている",
      "explanation": "アカウントはオンプレミスの Active Directory から同期されており、AD 上のパスワードが期限切れになったため、新しいパスワードの設定が必要です。セルフサービス パスワード リセットとパスワード ライトバックが構成されていれば、クラウドのサインイン画面からそのまま変更できます。そうでなければ、オンプレミスで変更するか、ヘルプデスクがリセットする必要があります。",
      "action": [
        "画面に変更の案内が出ればそこで、またはセルフサービス パスワード リセットでパスワードを変更するよう案内します。",
        "ライトバックが使えない場合は、社内ネットワークまたは VPN に接続したドメイン参加済みのコンピューターで変更してもらうか、[Active Directory ユーザーとコンピューター] でリセットします。",
        "期限切れのパスワードをクラウドから変更できるようにしたい場合は、Microsoft Entra Connect でパスワード ライトバックが有効か確認します。",
        "リセットした場合は、同期が完了してからサインインしてもらいます。"
      ]
    }
  },
  {
    "code": 50146,
    "identifier": "MissingCustomSigningKey",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The app must use its own signing key, but no valid one is configured",
      "explanation": "The application has to receive tokens signed with an app-specific key, typically because a claims mapping policy customizes its tokens, and no such key is configured or the key has expired or is not yet valid. Without it Entra ID will not issue the customized token.",
      "action": [
        "Check whether a claims mapping policy or custom claims apply to the app (Enterprise applications > the app > Single sign-on > Attributes & Claims, or the policies assigned to the service principal).",
        "Either configure an app-specific signing certificate for the service principal, or, where the token audience allows it, set acceptMappedClaims to true in the app registration manifest.",
        "If a custom signing key is already configured, renew it when expired and check which key the service principal is set to prefer."
      ]
    },
    "ja": {
      "title": "アプリ固有の署名キーが必要だが、有効なキーが構成されていない",
      "explanation": "アプリケーションはアプリ固有のキーで署名されたトークンを受け取る必要がありますが (多くはクレーム マッピング ポリシーでトークンをカスタマイズしているため)、そのキーが構成されていないか、期限切れ、またはまだ有効期間前です。キーがなければ、Entra ID はカスタマイズしたトークンを発行しません。",
      "action": [
        "クレーム マッピング ポリシーやカスタム クレームがアプリに適用されているか確認します ([エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム]、またはサービス プリンシパルに割り当てられたポリシー)。",
        "サービス プリンシパルにアプリ固有の署名証明書を構成するか、トークンの対象ユーザーが条件を満たす場合はアプリの登録のマニフェストで acceptMappedClaims を true にします。",
        "すでに独自の署名キーを構成している場合は、期限切れであれば更新し、サービス プリンシパルが優先するキーの設定を確認します。"
      ]
    }
  },
  {
    "code": 50147,
    "identifier": "MissingCodeChallenge",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The PKCE code_challenge is missing or has an invalid size",
      "explanation": "The authorization request used PKCE, but the code_challenge parameter did not have a valid length (the identifier suggests it may also be missing where PKCE is required, such as for single-page apps). The sign-in cannot start until the app sends a correct challenge.",
      "action": [
        "Developer: generate a code_verifier of 43 to 128 characters from the allowed character set.",
        "Derive the code_challenge with SHA-256 and base64url-encode it without padding (43 characters), and send code_challenge_method=S256.",
        "Prefer MSAL, which handles PKCE automatically, over hand-written code."
      ]
    },
    "ja": {
      "title": "PKCE の code_challenge がない、またはサイズが不正",
      "explanation": "認可要求で PKCE が使われましたが、code_challenge パラメーターの長さが有効ではありませんでした (識別子からは、シングルページ アプリなど PKCE が必須の場面でパラメーター自体がない場合も含むと考えられます)。アプリが正しいチャレンジを送るまでサインインを開始できません。",
      "action": [
        "開発者: 使用可能な文字で 43 ～ 128 文字の code_verifier を生成します。",
        "code_challenge は SHA-256 で求め、パディングなしの base64url でエンコードし (43 文字)、code_challenge_method=S256 を指定して送ります。",
        "独自実装ではなく、PKCE を自動的に処理する MSAL を使うことをお勧めします。"
      ]
    }
  },
  {
    "code": 50148,
    "identifier": "",
    "outcome": "interrupted",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "PKCE check failed: the code_verifier does not match the code_challenge",
      "explanation": "When the app redeemed the authorization code, the code_verifier it sent did not match the code_challenge from the original authorize request. This is an application bug, typically a verifier lost or overwritten between requests (for example with several sign-ins running in parallel tabs) or hashed incorrectly. Microsoft's sign-in analysis workbook lists the code as an interrupt, but in practice the app must be fixed.",
      "action": [
        "Developer: store the verifier per request (for example in session storage keyed by the state value) so parallel sign-ins do not overwrite each other.",
        "Check that the challenge is the base64url SHA-256 of exactly the verifier that is later sent.",
        "Ask the user to retry from a single tab; if the app uses MSAL, update it to a current version."
      ]
    },
    "ja": {
      "title": "PKCE の検証に失敗 (code_verifier が code_challenge と一致しない)",
      "explanation": "アプリが認可コードを引き換える際に送った code_verifier が、最初の authorize 要求の code_challenge と一致しませんでした。アプリの不具合で、要求の間で verifier が失われた・上書きされた (複数のタブで同時にサインインした場合など) か、ハッシュの計算が誤っていることが典型的な原因です。Microsoft のサインイン分析ブックでは中断として扱われていますが、実際にはアプリの修正が必要です。",
      "action": [
        "開発者: verifier は要求ごとに保存し (state の値をキーにしてセッション ストレージに置くなど)、同時に行われたサインインで上書きされないようにします。",
        "チャレンジが、後で送る verifier そのものの SHA-256 を base64url でエンコードした値になっているか確認します。",
        "ユーザーには 1 つのタブでやり直してもらい、MSAL を使っている場合は最新版に更新します。"
      ]
    }
  },
  {
    "code": 50149,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The PKCE code_challenge_method parameter is invalid",
      "explanation": "The authorization request specified a code_challenge_method that Entra ID does not accept. The value must name a supported method, and S256 is the one to use. This is a coding or library configuration error.",
      "action": [
        "Developer: send code_challenge_method=S256, spelled exactly, together with a SHA-256 based code_challenge.",
        "Check that configuration or a proxy does not alter the parameter.",
        "Use MSAL or another maintained library that implements PKCE."
      ]
    },
    "ja": {
      "title": "PKCE の code_challenge_method パラメーターが無効",
      "explanation": "認可要求で、Entra ID が受け付けない code_challenge_method が指定されました。サポートされている方法を指定する必要があり、使うべきなのは S256 です。コードまたはライブラリの設定の誤りです。",
      "action": [
        "開発者: code_challenge_method=S256 を正確なつづりで指定し、SHA-256 に基づく code_challenge と一緒に送ります。",
        "設定やプロキシによってパラメーターが書き換えられていないか確認します。",
        "PKCE を実装済みの MSAL などの保守されているライブラリを使います。"
      ]
    }
  },
  {
    "code": 50150,
    "identifier": "",
    "outcome": "failure",
    "category": "consent",
    "actor": "user",
    "en": {
      "title": "The credentials presented carry no valid user consent approval",
      "explanation": "Entra ID reported that the credentials used do not include valid information that the user approved (consented to) the request. Microsoft does not explain the code further and it is rarely seen, so the exact trigger is unclear. An interactive sign-in, where the user can give consent again, is the most likely way forward.",
      "action": [
        "Ask the user to sign in to the app interactively and accept the consent prompt if one appears.",
        "Check the app's granted permissions in Enterprise applications > the app > Permissions, and your user consent settings under Enterprise applications > Consent and permissions.",
        "If it persists, collect the correlation ID and timestamp from the sign-in log and open a support request."
      ]
    },
    "ja": {
      "title": "提示された資格情報に有効なユーザーの同意情報がない",
      "explanation": "使われた資格情報に、ユーザーが要求を承認 (同意) したことを示す有効な情報が含まれていないと Entra ID が報告しました。Microsoft はこれ以上説明しておらず、まれなコードのため、正確な発生条件ははっきりしません。ユーザーがもう一度同意できる対話型のサインインが、最も有力な解決策です。",
      "action": [
        "アプリに対話型でサインインし、同意の画面が出たら承諾するようユーザーに案内します。",
        "[エンタープライズ アプリケーション] > 対象アプリ > [アクセス許可] で付与済みのアクセス許可を、[エンタープライズ アプリケーション] > [同意とアクセス許可] でユーザーの同意設定を確認します。",
        "続く場合は、サインイン ログから相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50155,
    "identifier": "DeviceAuthenticationFailed",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Device authentication failed for this user",
      "explanation": "The device tried to prove its identity to Entra ID (with its device certificate or primary refresh token) and the check failed. Common causes are a device object that was deleted or disabled in Entra ID, a device certificate that no longer matches the registration, or a stale registration after reimaging. Conditional Access policies that depend on the device then cannot be satisfied.",
      "action": [
        "Look up the device ID from the Device info tab in Devices > All devices and confirm the object exists and is enabled.",
        "On Windows, run dsregcmd /status and check that the device is joined and AzureAdPrt is YES.",
        "Re-register the device if the registration is stale, and remove duplicate or orphaned device objects.",
        "Check whether an automated device cleanup recently disabled or deleted active devices."
      ]
    },
    "ja": {
      "title": "このユーザーのデバイス認証に失敗した",
      "explanation": "デバイスが Entra ID に対して自身の ID を証明しようとしましたが (デバイス証明書やプライマリ更新トークンを使用)、検証に失敗しました。Entra ID でデバイス オブジェクトが削除または無効化された、デバイス証明書が登録内容と合わなくなった、再イメージ化の後で登録が古くなった、といった原因がよくあります。その結果、デバイスに依存する条件付きアクセス ポリシーを満たせなくなります。",
      "action": [
        "[デバイス情報] タブのデバイス ID を [デバイス] > [すべてのデバイス] で検索し、オブジェクトが存在し有効であることを確認します。",
        "Windows では dsregcmd /status を実行し、参加済みで AzureAdPrt が YES になっているか確認します。",
        "登録が古くなっていればデバイスを再登録し、重複や不要なデバイス オブジェクトを削除します。",
        "自動のデバイス クリーンアップによって、使用中のデバイスが最近無効化または削除されていないか確認します。"
      ]
    }
  },
  {
    "code": 50156,
    "identifier": "",
    "outcome": "failure",
    "category": "device",
    "actor": "app-developer",
    "en": {
      "title": "Device tokens are not supported for a v2.0 resource",
      "explanation": "A token representing the device was presented for a resource that uses v2.0 tokens, and such resources do not accept device tokens. The code is rare and points to a client or library that uses an older device-based flow against a newer API.",
      "action": [
        "Developer: identify which flow produced the device token and request a user or application token for the resource instead.",
        "Update the authentication library or broker to a current version.",
        "If a Microsoft client causes it, collect the correlation ID and client version for a support request."
      ]
    },
    "ja": {
      "title": "v2.0 のリソースではデバイス トークンがサポートされていない",
      "explanation": "デバイスを表すトークンが v2.0 トークンを使うリソースに提示されましたが、そのようなリソースはデバイス トークンを受け付けません。まれなコードで、古いデバイス ベースのフローを新しい API に対して使っているクライアントやライブラリを示しています。",
      "action": [
        "開発者: どのフローでデバイス トークンが作られたかを特定し、そのリソースにはユーザーまたはアプリケーションのトークンを要求するよう変更します。",
        "認証ライブラリやブローカーを最新版に更新します。",
        "Microsoft のクライアントが原因の場合は、相関 ID とクライアントのバージョンを控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50157,
    "identifier": "",
    "outcome": "informational",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "The user was redirected for routing (no action needed)",
      "explanation": "Entra ID needed to send the user to another endpoint to continue the sign-in, for routing reasons. This is informational and not a failure. The next record for the same sign-in shows how it ended.",
      "action": [
        "No action is needed; look at the next record for the same user and correlation ID to see the outcome.",
        "If users end up in a redirect loop, check whether a proxy or firewall blocks or rewrites any of the Microsoft sign-in domains."
      ]
    },
    "ja": {
      "title": "ルーティングのためにユーザーがリダイレクトされた (対応不要)",
      "explanation": "サインインを続けるために、Entra ID がルーティング上の理由でユーザーを別のエンドポイントに送る必要がありました。情報として記録されるもので、失敗ではありません。同じサインインの次の記録で、最終的な結果がわかります。",
      "action": [
        "対応は不要です。同じユーザー・同じ相関 ID の次の記録で結果を確認します。",
        "リダイレクトが繰り返されて先に進めない場合は、プロキシやファイアウォールが Microsoft のサインイン用ドメインをブロックしたり書き換えたりしていないか確認します。"
      ]
    }
  }
];
