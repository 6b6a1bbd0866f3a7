// GENERATED from src/core/catalog/data/codes-50059-50078.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50059,
    "identifier": "MissingTenantRealmAndNoUserInformationProvided",
    "outcome": "interrupted",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "The tenant could not be determined; the user must enter an account",
      "explanation": "The request went to a shared endpoint (such as common or organizations) with no hint of which tenant to use, and no credential or session told Entra ID who the user is. The sign-in pauses so the user can type an account. It is harmless when a success follows; when an app keeps failing this way silently, it should pass a tenant or user hint.",
      "action": [
        "Check whether a successful sign-in by the same user follows; if so, nothing needs to be done.",
        "Ask the user to enter their full user name (UPN) on the sign-in page.",
        "Developer: for silent or background requests, use a tenant-specific authority, or pass login_hint or domain_hint so the tenant can be found."
      ]
    },
    "ja": {
      "title": "テナントを特定できないため、ユーザーにアカウントの入力を求めている",
      "explanation": "要求が共通のエンドポイント (common や organizations など) に送られましたが、どのテナントかを示すヒントがなく、資格情報やセッションからもユーザーを特定できませんでした。そのため、ユーザーがアカウントを入力できるようサインインが中断されています。成功サインインが続いていれば問題ありません。アプリがこの状態でサイレントに失敗し続ける場合は、テナントやユーザーのヒントを渡す必要があります。",
      "action": [
        "同じユーザーの成功サインインが続いているか確認します。あれば対応は不要です。",
        "サインイン画面で完全なユーザー名 (UPN) を入力するようユーザーに案内します。",
        "開発者: サイレントやバックグラウンドの要求では、テナント固有の機関を使うか、login_hint や domain_hint を渡してテナントを特定できるようにします。"
      ]
    }
  },
  {
    "code": 50061,
    "identifier": "SignoutInvalidRequest",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The sign-out request was invalid",
      "explanation": "The application sent a sign-out (logout) request that Entra ID could not process, for example because it was malformed, lacked required parameters, carried a bad signature on a SAML logout request, or asked to return to an address that is not registered. The user may remain signed in at Entra ID even though the app shows them as signed out.",
      "action": [
        "Developer: capture the logout request and check the URL and parameters the app sends.",
        "For OpenID Connect apps, make sure post_logout_redirect_uri is registered under App registrations > the app > Authentication and that the front-channel logout URL is correct.",
        "For SAML apps, check the Logout URL in Enterprise applications > the app > Single sign-on > Basic SAML Configuration and that the LogoutRequest is well formed and signed as required."
      ]
    },
    "ja": {
      "title": "サインアウト要求が無効",
      "explanation": "アプリケーションが送ったサインアウト (ログアウト) 要求を Entra ID が処理できませんでした。形式の誤り、必要なパラメーターの欠落、SAML ログアウト要求の署名の不備、登録されていない戻り先の指定などが考えられます。アプリ上はサインアウトしたように見えても、Entra ID ではサインインしたままになっていることがあります。",
      "action": [
        "開発者: ログアウト要求を取得し、アプリが送っている URL とパラメーターを確認します。",
        "OpenID Connect のアプリでは、post_logout_redirect_uri が [アプリの登録] > 対象アプリ > [認証] に登録されているか、フロントチャネル ログアウト URL が正しいかを確認します。",
        "SAML のアプリでは、[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [基本的な SAML 構成] のログアウト URL と、LogoutRequest の形式や必要な署名を確認します。"
      ]
    }
  },
  {
    "code": 50064,
    "identifier": "CredentialAuthenticationError",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "The user name or password could not be validated",
      "explanation": "Entra ID could not validate the user name and password combination it received. It is a more general relative of 50126 and often shows up with clients that send the password directly (legacy protocols, resource owner password flows) or when the password has to be checked by another system. A mistyped or outdated password is still the most likely cause.",
      "action": [
        "Check the Client app and protocol in the sign-in log to see how the password was sent.",
        "Ask the user to enter the password again, and to update any password saved in apps or devices.",
        "For federated or pass-through authentication users, check the on-premises side (AD FS or the authentication agents) for errors at the same time.",
        "Move legacy clients that send passwords directly to modern authentication."
      ]
    },
    "ja": {
      "title": "ユーザー名またはパスワードを検証できなかった",
      "explanation": "受け取ったユーザー名とパスワードの組み合わせを Entra ID が検証できませんでした。50126 をより一般化したコードで、パスワードを直接送るクライアント (レガシ プロトコル、リソース所有者のパスワード資格情報フロー) や、別のシステムでパスワードを検証する構成でよく見られます。それでも、最も多い原因はパスワードの入力ミスや古いパスワードです。",
      "action": [
        "サインイン ログの [クライアント アプリ] とプロトコルを確認し、パスワードがどのように送られたかを確かめます。",
        "パスワードを入力し直してもらい、アプリや端末に保存したパスワードも更新してもらいます。",
        "フェデレーションやパススルー認証のユーザーであれば、同じ時刻にオンプレミス側 (AD FS や認証エージェント) でエラーが出ていないか確認します。",
        "パスワードを直接送るレガシ クライアントは、モダン認証に移行します。"
      ]
    }
  },
  {
    "code": 50068,
    "identifier": "SignoutInitiatorNotParticipant",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Sign-out failed: the app that started it is not part of the current session",
      "explanation": "A single sign-out request came from an application that Entra ID does not see as taking part in the user's current session, for example because the user never signed in to that app through this session or is using a different browser. Entra ID therefore does not carry out the global sign-out. The effect is usually minor, but the user may stay signed in elsewhere.",
      "action": [
        "Confirm that the user signed in to that application through Entra ID in the same browser session.",
        "Developer: check that the Issuer in the SAML LogoutRequest matches the application's identifier (Entity ID) exactly.",
        "Make sure the app clears its own local session even when the central sign-out reports this error."
      ]
    },
    "ja": {
      "title": "サインアウト失敗 (開始したアプリが現在のセッションに参加していない)",
      "explanation": "シングル サインアウトの要求を送ってきたアプリケーションが、ユーザーの現在のセッションに参加しているとは Entra ID に認識されていませんでした。ユーザーがこのセッションでそのアプリにサインインしていない、別のブラウザーを使っている、といった場合です。そのため全体のサインアウトは行われません。影響は通常小さいものの、他のアプリではサインインしたままになることがあります。",
      "action": [
        "ユーザーが同じブラウザー セッションで、Entra ID 経由でそのアプリにサインインしていたか確認します。",
        "開発者: SAML の LogoutRequest の Issuer が、アプリの識別子 (エンティティ ID) と完全に一致しているか確認します。",
        "中央のサインアウトでこのエラーが返っても、アプリ自身のローカル セッションは確実に消去するようにします。"
      ]
    }
  },
  {
    "code": 50070,
    "identifier": "SignoutUnknownSessionIdentifier",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Sign-out failed: the name identifier in the logout request matches no session",
      "explanation": "The logout request named a user (NameID) that does not match any session Entra ID holds. The app often sends a NameID with a different value or format from the one it received, or the session has already ended. The central sign-out is not performed.",
      "action": [
        "Developer: send back the NameID exactly as it appeared in the SAML assertion (same value and same Format), together with the SessionIndex.",
        "Check the Unique User Identifier (Name ID) claim in Enterprise applications > the app > Single sign-on > Attributes & Claims, in case it changed after the user signed in.",
        "If the session had already ended, the app can treat this as a completed sign-out."
      ]
    },
    "ja": {
      "title": "サインアウト失敗 (ログアウト要求の名前識別子に一致するセッションがない)",
      "explanation": "ログアウト要求で指定されたユーザー (NameID) が、Entra ID が保持するどのセッションとも一致しませんでした。アプリが受け取ったものと異なる値や形式の NameID を送っていることが多く、セッションがすでに終了している場合もあります。中央のサインアウトは行われません。",
      "action": [
        "開発者: SAML アサーションに含まれていた NameID を、値と Format をそのまま変えずに SessionIndex と一緒に送り返します。",
        "[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] の一意のユーザー識別子 (名前 ID) が、ユーザーのサインイン後に変更されていないか確認します。",
        "セッションがすでに終了していた場合は、アプリ側でサインアウト完了として扱ってかまいません。"
      ]
    }
  },
  {
    "code": 50071,
    "identifier": "SignoutMessageExpired",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The sign-out request has expired",
      "explanation": "The logout request carried a timestamp outside the window Entra ID accepts, so it was treated as stale. Causes include a request that was generated long before it was sent, a replayed or cached request, or a wrong clock on the application server.",
      "action": [
        "Check the clock of the application server and make sure it synchronizes with NTP.",
        "Developer: create the logout request at the moment the user clicks sign out, never from a cached or pre-built message.",
        "Ask the user to sign out again after the fix."
      ]
    },
    "ja": {
      "title": "サインアウト要求の有効期限が切れている",
      "explanation": "ログアウト要求のタイムスタンプが Entra ID の受け付ける範囲外だったため、古い要求として扱われました。送信よりかなり前に作成された要求、再送やキャッシュされた要求、アプリケーション サーバーの時刻のずれなどが原因です。",
      "action": [
        "アプリケーション サーバーの時刻を確認し、NTP で同期されるようにします。",
        "開発者: ログアウト要求はユーザーがサインアウトを押した時点で作成し、キャッシュや事前作成のメッセージを使わないようにします。",
        "修正後、もう一度サインアウトしてもらいます。"
      ]
    }
  },
  {
    "code": 50072,
    "identifier": "UserStrongAuthEnrollmentRequiredInterrupt",
    "outcome": "interrupted",
    "category": "mfa",
    "actor": "user",
    "en": {
      "title": "The user must register for multifactor authentication (interactive prompt)",
      "explanation": "Multifactor authentication is required (by Conditional Access, security defaults, per-user MFA or a registration campaign), but the user has not registered any method yet. The sign-in pauses and shows the \"More information required\" registration screen. This is expected for new users, and a success usually follows once they register.",
      "action": [
        "Ask the user to complete the registration at the prompt, or beforehand at https://aka.ms/mysecurityinfo.",
        "Check the user's status in Protection > Authentication methods > User registration details.",
        "If the user cannot register (no phone at hand, new starter), have the helpdesk issue a Temporary Access Pass from Users > select the user > Authentication methods.",
        "If registration should be restricted to trusted locations, review the Conditional Access policy for the user action Register security information."
      ]
    },
    "ja": {
      "title": "多要素認証 (MFA) の登録が必要 (対話型の画面を表示)",
      "explanation": "条件付きアクセス、セキュリティの既定値、ユーザーごとの MFA、登録キャンペーンなどによって MFA が求められていますが、ユーザーはまだ認証方法を登録していません。サインインは中断され、「詳細情報が必要」の登録画面が表示されます。新しいユーザーでは想定どおりの動作で、登録を終えれば通常は成功サインインが続きます。",
      "action": [
        "表示された画面で登録を完了するか、事前に https://aka.ms/mysecurityinfo で登録するようユーザーに案内します。",
        "[保護] > [認証方法] > [ユーザー登録の詳細] でユーザーの登録状況を確認します。",
        "手元に電話がない、入社直後などで登録できない場合は、ヘルプデスクが [ユーザー] > 対象ユーザー > [認証方法] から一時アクセス パスを発行します。",
        "登録を信頼できる場所に限定したい場合は、ユーザー操作「セキュリティ情報の登録」を対象にした条件付きアクセス ポリシーを見直します。"
      ]
    }
  },
  {
    "code": 50074,
    "identifier": "UserStrongAuthClientAuthNRequiredInterrupt",
    "outcome": "interrupted",
    "category": "mfa",
    "actor": "user",
    "en": {
      "title": "Strong authentication was required and the MFA challenge was not completed",
      "explanation": "The sign-in needed multifactor authentication, and the second factor was not completed at this step: the user was shown the challenge and may still be answering, gave up, or let it time out. It is part of the normal MFA flow and a success usually follows. Many of these for a user who says they were not signing in suggest that someone else knows the password.",
      "action": [
        "Look for a successful sign-in by the same user just afterwards; if there is one, no action is needed.",
        "Open the Authentication Details tab to see which method was offered and its result (for example no response, or the user declined).",
        "If the user was not trying to sign in, reset the password, revoke sessions (Users > select the user > Revoke sessions) and review the sign-in locations.",
        "If the user has trouble with the method itself, check their registered methods under Authentication methods."
      ]
    },
    "ja": {
      "title": "強力な認証が必要だったが MFA のチャレンジが完了しなかった",
      "explanation": "サインインに多要素認証 (MFA) が必要で、この段階では 2 番目の要素が完了していません。ユーザーにチャレンジが表示され、応答中か、途中でやめたか、タイムアウトしたと考えられます。通常の MFA の流れの一部で、多くは直後に成功サインインが続きます。本人がサインインしていないと言うのにこのコードが多数ある場合は、第三者にパスワードを知られている可能性があります。",
      "action": [
        "直後に同じユーザーの成功サインインがあるか確認します。あれば対応は不要です。",
        "[認証の詳細] タブで、提示された認証方法と結果 (応答なし、ユーザーが拒否など) を確認します。",
        "本人がサインインしようとしていなかった場合は、パスワードをリセットし、セッションを取り消し ([ユーザー] > 対象ユーザー > [セッションの取り消し])、サインイン元の場所を確認します。",
        "認証方法そのものに問題がある場合は、[認証方法] で登録済みの方法を確認します。"
      ]
    }
  },
  {
    "code": 50076,
    "identifier": "UserStrongAuthClientAuthNRequired",
    "outcome": "interrupted",
    "category": "mfa",
    "actor": "user",
    "en": {
      "title": "MFA is required for this request; it must be repeated with multifactor authentication",
      "explanation": "Because of a Conditional Access policy, per-user MFA, security defaults, or a change such as a new location, this request needs multifactor authentication, and the credentials presented did not include it. It is especially common for non-interactive requests, where the app has to bring up an interactive prompt. A success normally follows once MFA is done.",
      "action": [
        "Look for a later successful sign-in by the same user and app; if present, the flow worked as designed.",
        "Use the Conditional Access tab of the sign-in to see which policy required MFA.",
        "If an app keeps failing, check that it supports modern authentication and can show an MFA prompt; legacy clients cannot.",
        "If the location or IP address is unexpected for the user, check for misuse of the account."
      ]
    },
    "ja": {
      "title": "この要求には MFA が必要で、多要素認証を行ったうえでやり直す必要がある",
      "explanation": "条件付きアクセス ポリシー、ユーザーごとの MFA、セキュリティの既定値、または新しい場所からのアクセスといった変化により、この要求には多要素認証が必要ですが、提示された資格情報には含まれていませんでした。特に非対話型の要求でよく見られ、アプリが対話型の画面を出す必要があります。MFA を完了すれば、通常は成功サインインが続きます。",
      "action": [
        "同じユーザー・同じアプリの成功サインインが後に続いているか確認します。あれば想定どおりの動作です。",
        "サインインの [条件付きアクセス] タブで、MFA を要求したポリシーを確認します。",
        "特定のアプリで失敗が続く場合は、モダン認証に対応し MFA の画面を表示できるか確認します。レガシ クライアントでは表示できません。",
        "ユーザーにとって想定外の場所や IP アドレスであれば、アカウントの不正利用がないか確認します。"
      ]
    }
  },
  {
    "code": 50078,
    "identifier": "UserStrongAuthExpired",
    "outcome": "failure",
    "category": "mfa",
    "actor": "user",
    "en": {
      "title": "The earlier multifactor authentication has expired; MFA is needed again",
      "explanation": "The session or token carried proof of MFA, but it is older than the administrator's policies allow, so the user must complete MFA again to reach the resource. It typically appears after long-lived sessions, when a Conditional Access sign-in frequency control is in place, or after tokens were revoked.",
      "action": [
        "Ask the user to sign in interactively and complete MFA again.",
        "Review the Session > Sign-in frequency setting of the Conditional Access policies that apply (see the Conditional Access tab of the sign-in).",
        "Developer: when a claims challenge or interaction_required is returned, prompt the user instead of retrying silently."
      ]
    },
    "ja": {
      "title": "以前の多要素認証の有効期限が切れ、再度の MFA が必要",
      "explanation": "セッションやトークンには MFA を済ませた記録がありましたが、管理者のポリシーで認められる期間より古かったため、リソースにアクセスするには MFA をやり直す必要があります。長時間続いたセッションの後、条件付きアクセスのサインイン頻度を設定している場合、トークンが取り消された後などによく見られます。",
      "action": [
        "対話型でサインインし、もう一度 MFA を完了するようユーザーに案内します。",
        "適用された条件付きアクセス ポリシー (サインインの [条件付きアクセス] タブで確認) の [セッション] > [サインインの頻度] を見直します。",
        "開発者: クレーム チャレンジや interaction_required が返ったら、サイレントで再試行せずユーザーに画面を表示します。"
      ]
    }
  }
];
