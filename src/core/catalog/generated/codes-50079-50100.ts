// GENERATED from src/core/catalog/data/codes-50079-50100.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50079,
    "identifier": "UserStrongAuthEnrollmentRequired",
    "outcome": "failure",
    "category": "mfa",
    "actor": "user",
    "en": {
      "title": "MFA registration, or an MFA claim from the federated identity provider, is required",
      "explanation": "Because of a Conditional Access policy, per-user MFA, or a change such as a new location, the user now has to use multifactor authentication but has nothing usable for it. A cloud-managed user has to register security information; a federated user needs the identity provider to supply the MFA claim. It is often recorded for non-interactive requests, where the registration screen cannot be shown.",
      "action": [
        "Ask the user to register at https://aka.ms/mysecurityinfo, or to sign in interactively so the registration screen appears.",
        "If the user cannot register, have the helpdesk issue a Temporary Access Pass (Users > select the user > Authentication methods).",
        "For federated domains, check the domain's federatedIdpMfaBehavior setting and whether the identity provider actually sends an MFA claim.",
        "Use the Client app field to spot apps that only sign in non-interactively and therefore never show the registration prompt."
      ]
    },
    "ja": {
      "title": "MFA の登録、またはフェデレーション ID プロバイダーからの MFA クレームが必要",
      "explanation": "条件付きアクセス ポリシー、ユーザーごとの MFA、新しい場所からのアクセスなどにより多要素認証が必要になりましたが、ユーザーには使える手段がありません。クラウドで管理されるユーザーはセキュリティ情報の登録が、フェデレーション ユーザーは ID プロバイダーから MFA のクレームを受け取ることが必要です。登録画面を表示できない非対話型の要求で記録されることがよくあります。",
      "action": [
        "https://aka.ms/mysecurityinfo で登録するか、対話型でサインインして登録画面を表示させるようユーザーに案内します。",
        "ユーザーが登録できない場合は、ヘルプデスクが一時アクセス パスを発行します ([ユーザー] > 対象ユーザー > [認証方法])。",
        "フェデレーション ドメインでは、ドメインの federatedIdpMfaBehavior の設定と、ID プロバイダーが実際に MFA のクレームを送っているかを確認します。",
        "[クライアント アプリ] を見て、非対話型でしかサインインしないため登録画面が表示されないアプリを特定します。"
      ]
    }
  },
  {
    "code": 50085,
    "identifier": "",
    "outcome": "failure",
    "category": "federation",
    "actor": "user",
    "en": {
      "title": "The session requires a fresh sign-in with the social identity provider",
      "explanation": "The user's session or refresh token was originally obtained through a social identity provider such as Google or Facebook, and Entra ID needs the user to sign in at that provider again before it issues new tokens. It is seen for guests and external users who authenticate with a social account, typically after some time has passed or the account changed at the provider.",
      "action": [
        "Ask the user to sign out and sign in again, choosing the same social account.",
        "If many users of one social provider are affected, check that provider's configuration in External Identities > All identity providers.",
        "Developer: when this code comes back from a silent request, start an interactive sign-in."
      ]
    },
    "ja": {
      "title": "ソーシャル ID プロバイダーでの新たなサインインが必要",
      "explanation": "ユーザーのセッションや更新トークンは Google や Facebook などのソーシャル ID プロバイダー経由で取得されたもので、新しいトークンを発行する前に、そのプロバイダーでもう一度サインインしてもらう必要があります。ソーシャル アカウントで認証するゲストや外部ユーザーで、一定の時間が経った後やプロバイダー側でアカウントに変更があった後によく見られます。",
      "action": [
        "いったんサインアウトし、同じソーシャル アカウントを選んでサインインし直すようユーザーに案内します。",
        "同じソーシャル プロバイダーの利用者で多数発生している場合は、[外部 ID] > [すべての ID プロバイダー] でそのプロバイダーの設定を確認します。",
        "開発者: サイレントの要求でこのコードが返ったら、対話型サインインを開始します。"
      ]
    }
  },
  {
    "code": 50086,
    "identifier": "SasNonRetryableError",
    "outcome": "failure",
    "category": "mfa",
    "actor": "microsoft",
    "en": {
      "title": "The strong authentication (MFA) service returned an error that a retry will not fix",
      "explanation": "The back-end service that runs multifactor authentication failed for this request in a way it marks as not retryable. Microsoft publishes no further detail for this code. It can be tied to the state of the user's MFA method (for example an unusable phone number) or to a problem in the service itself.",
      "action": [
        "Open the Authentication Details tab of the sign-in to see which method was used and the result detail recorded.",
        "Ask the user to try another registered method, such as the Authenticator app instead of a phone call.",
        "Review the user's methods under Users > select the user > Authentication methods and fix outdated entries.",
        "If it happens across users and methods, check Service health and open a Microsoft support request with correlation IDs."
      ]
    },
    "ja": {
      "title": "強力な認証 (MFA) のサービスが再試行では解決しないエラーを返した",
      "explanation": "多要素認証を処理するバックエンドのサービスが、この要求について再試行不可とされる形で失敗しました。Microsoft はこのコードについてこれ以上の詳細を公開していません。ユーザーの MFA の方法の状態 (使えない電話番号など) に関係する場合も、サービス自体の問題の場合もあります。",
      "action": [
        "サインインの [認証の詳細] タブで、使われた方法と記録された結果の詳細を確認します。",
        "電話の代わりに Authenticator アプリを使うなど、登録済みの別の方法を試してもらいます。",
        "[ユーザー] > 対象ユーザー > [認証方法] で登録内容を確認し、古い情報があれば修正します。",
        "複数のユーザーや方法で起きている場合は、サービス正常性を確認し、相関 ID を添えて Microsoft サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50087,
    "identifier": "SasRetryableError",
    "outcome": "failure",
    "category": "mfa",
    "actor": "microsoft",
    "en": {
      "title": "Temporary error in the strong authentication (MFA) service",
      "explanation": "A transient error occurred in the multifactor authentication service while the user was completing MFA. The service marks it as retryable, and the next attempt usually works. A burst of these for many users points to a service incident.",
      "action": [
        "Ask the user to try the sign-in again after a short wait.",
        "If it persists for one user, have them try another registered MFA method.",
        "If many users are affected, check Service health in the Microsoft 365 admin center."
      ]
    },
    "ja": {
      "title": "強力な認証 (MFA) のサービスで一時的なエラーが発生",
      "explanation": "ユーザーが MFA を行っている間に、多要素認証のサービスで一時的なエラーが発生しました。サービス側では再試行可能なエラーとされており、多くは次の試行で成功します。多数のユーザーで集中して起きている場合は、サービス障害が考えられます。",
      "action": [
        "少し待ってからサインインをやり直すようユーザーに案内します。",
        "特定のユーザーで続く場合は、登録済みの別の MFA の方法を試してもらいます。",
        "多数のユーザーで起きている場合は、Microsoft 365 管理センターの [サービス正常性] を確認します。"
      ]
    }
  },
  {
    "code": 50088,
    "identifier": "",
    "outcome": "failure",
    "category": "throttling-lockout",
    "actor": "user",
    "en": {
      "title": "Limit reached for MFA phone calls or text messages",
      "explanation": "Too many telephone-based MFA attempts (voice calls or SMS) were made for this user in a short time, so further calls are throttled for a few minutes. It often happens when a user retries repeatedly, but it can also mean that someone who knows the password keeps triggering MFA prompts. App-based methods are not affected by this telephony limit.",
      "action": [
        "Ask the user to wait a few minutes before trying again, or to use the Authenticator app instead.",
        "If the user did not start these attempts, reset the password and revoke sessions, since the password may be known to someone else.",
        "Encourage users to register the Authenticator app or a passkey, and review which methods are enabled in Protection > Authentication methods > Policies."
      ]
    },
    "ja": {
      "title": "MFA の電話・SMS の回数の上限に達した",
      "explanation": "短時間にこのユーザーで電話 (音声通話や SMS) による MFA の試行が多すぎたため、数分間は追加の呼び出しが制限されています。ユーザーが何度もやり直したときによく起こりますが、パスワードを知っている第三者が MFA の要求を繰り返し発生させている可能性もあります。アプリによる方法はこの電話の制限の対象外です。",
      "action": [
        "数分待ってから再試行するか、代わりに Authenticator アプリを使うようユーザーに案内します。",
        "本人が試行していない場合は、パスワードが漏えいしている可能性があるため、パスワードをリセットしてセッションを取り消します。",
        "Authenticator アプリやパスキーの登録を利用者に勧め、[保護] > [認証方法] > [ポリシー] で有効にしている方法を見直します。"
      ]
    }
  },
  {
    "code": 50089,
    "identifier": "FlowTokenExpired",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "The sign-in took too long and its internal flow state expired",
      "explanation": "The sign-in page keeps the progress of a sign-in in a short-lived flow token between steps. When the user leaves the page open for a long time (for example waiting on MFA or stepping away) and then continues, that state has expired and the attempt fails. This is expected and the user simply has to start again.",
      "action": [
        "Ask the user to close the old sign-in tab and start the sign-in again from the application.",
        "If it happens even for quick sign-ins, check the device clock and any proxy that caches or delays the sign-in pages.",
        "Check whether a successful sign-in by the same user followed, which confirms it was only a timeout."
      ]
    },
    "ja": {
      "title": "サインインに時間がかかりすぎ、内部のフロー状態が期限切れになった",
      "explanation": "サインイン ページは、手順の間の進行状況を有効期間の短いフロー トークンに保持しています。ユーザーがページを長時間開いたままにして (MFA の応答待ちや離席など) から操作を続けると、その状態が期限切れになってサインインに失敗します。想定どおりの動作で、最初からやり直せば問題ありません。",
      "action": [
        "古いサインインのタブを閉じ、アプリからもう一度サインインを始めるようユーザーに案内します。",
        "すぐに操作していても起きる場合は、デバイスの時刻や、サインイン ページをキャッシュしたり遅延させたりするプロキシがないか確認します。",
        "同じユーザーの成功サインインが後に続いていれば、単なるタイムアウトだったと判断できます。"
      ]
    }
  },
  {
    "code": 50097,
    "identifier": "DeviceAuthenticationRequired",
    "outcome": "interrupted",
    "category": "device",
    "actor": "user",
    "en": {
      "title": "Device authentication is required; the device must prove its identity",
      "explanation": "A policy or the app needs to know which device is signing in (for example a Conditional Access policy that requires a compliant or hybrid joined device), and the request did not carry the device identity. Entra ID asks the client to authenticate the device, which usually succeeds on the next step. It fails if the device has no identity in Entra ID or the device object is missing or disabled.",
      "action": [
        "Check whether a successful sign-in follows; if it does, no action is needed.",
        "Find the device ID in the Device info tab and check the object in Devices > All devices: it must exist, be enabled and show the expected join type.",
        "On Windows, run dsregcmd /status; on iOS and Android, make sure the broker app (Microsoft Authenticator or Company Portal) is installed and the device is registered.",
        "In browsers, use a supported option for device sign-in: Microsoft Edge signed in with the work profile, or the Microsoft Single Sign On extension for Chrome."
      ]
    },
    "ja": {
      "title": "デバイス認証が必要 (デバイスの ID の証明が求められている)",
      "explanation": "ポリシーやアプリがサインイン元のデバイスを特定する必要があるのに (準拠デバイスやハイブリッド参加済みデバイスを求める条件付きアクセス ポリシーなど)、要求にデバイスの ID が含まれていませんでした。Entra ID はクライアントにデバイスの認証を求め、多くは次の段階で成功します。デバイスが Entra ID に ID を持っていない場合や、デバイス オブジェクトが存在しない・無効な場合は失敗します。",
      "action": [
        "成功サインインが後に続いているか確認します。あれば対応は不要です。",
        "[デバイス情報] タブでデバイス ID を確認し、[デバイス] > [すべてのデバイス] でオブジェクトが存在し、有効で、想定どおりの参加の種類になっているか確認します。",
        "Windows では dsregcmd /status を実行します。iOS や Android では、ブローカー アプリ (Microsoft Authenticator または ポータル サイト) がインストールされ、デバイスが登録されているか確認します。",
        "ブラウザーでは、職場のプロファイルでサインインした Microsoft Edge や、Chrome 用の Microsoft Single Sign On 拡張機能など、デバイスでのサインインに対応した方法を使ってもらいます。"
      ]
    }
  },
  {
    "code": 50098,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "A required field is missing from the body of a JWT",
      "explanation": "A JSON Web Token sent to Entra ID lacked a claim that must be present; the error message names the missing field. The code is rarely seen and is documented only briefly, so it is most likely to come from custom code that builds client assertions or other signed tokens by hand.",
      "action": [
        "Read the name of the missing field in the error message or in the Additional details of the sign-in.",
        "Decode the JWT locally and add the missing claim with the value Entra ID expects.",
        "Developer: replace hand-built tokens with MSAL or another maintained library."
      ]
    },
    "ja": {
      "title": "JWT の本文に必須のフィールドがない",
      "explanation": "Entra ID に送られた JWT に、必ず含めるべきクレームがありませんでした。エラー メッセージに不足しているフィールド名が示されます。まれなコードで説明も簡単なものしかなく、クライアント アサーションなどの署名付きトークンを手作業で組み立てる独自実装のコードから起きることが多いと考えられます。",
      "action": [
        "エラー メッセージまたはサインインの [追加の詳細] で、不足しているフィールド名を確認します。",
        "JWT を手元でデコードし、Entra ID が求める値でそのクレームを追加します。",
        "開発者: 手作業で組み立てたトークンを、MSAL などの保守されているライブラリに置き換えます。"
      ]
    }
  },
  {
    "code": 50099,
    "identifier": "PKeyAuthInvalidJwtUnauthorized",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "The device's signed proof (PKeyAuth JWT) has an invalid signature",
      "explanation": "During device authentication the device signs a JWT with its device key, and that signature did not verify against the key Entra ID holds for the device. This usually means the device registration is stale: the device was reimaged, re-registered or restored, its certificate changed, or duplicate device objects exist. Signing out and in again rarely helps; the registration needs repair.",
      "action": [
        "In Devices > All devices, look up the device ID from the sign-in and check for duplicate or disabled objects with the same name.",
        "On Windows, run dsregcmd /status and check the device state and certificate.",
        "Re-register the device: for Entra registered devices remove and re-add the work account; for hybrid joined devices run dsregcmd /leave as administrator and let the device rejoin.",
        "On mobile devices, re-register through Microsoft Authenticator or Company Portal."
      ]
    },
    "ja": {
      "title": "デバイスの署名付き証明 (PKeyAuth の JWT) の署名が無効",
      "explanation": "デバイス認証の際にデバイスはデバイス キーで JWT に署名しますが、その署名を Entra ID が保持するデバイスのキーで検証できませんでした。多くはデバイスの登録情報が古くなっていることが原因で、再イメージ化、再登録、復元、証明書の変更、デバイス オブジェクトの重複などが考えられます。サインインし直しても解決することは少なく、登録の修復が必要です。",
      "action": [
        "[デバイス] > [すべてのデバイス] で、サインインに記録されたデバイス ID を検索し、同じ名前の重複オブジェクトや無効なオブジェクトがないか確認します。",
        "Windows では dsregcmd /status を実行し、デバイスの状態と証明書を確認します。",
        "デバイスを再登録します。Entra 登録済みデバイスでは職場のアカウントを削除して追加し直し、ハイブリッド参加済みデバイスでは管理者として dsregcmd /leave を実行して再参加させます。",
        "モバイル デバイスでは、Microsoft Authenticator または ポータル サイトから登録し直します。"
      ]
    }
  },
  {
    "code": 50100,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "An error occurred while transforming claims for the token",
      "explanation": "Entra ID failed while applying the claims transformations configured for the application, either in the enterprise app's Attributes & Claims or in a claims mapping policy. No token was issued. It usually follows a recent change to the claims configuration.",
      "action": [
        "Review the transformations in Enterprise applications > the app > Single sign-on > Attributes & Claims.",
        "Check for claims mapping policies assigned to the service principal (for example with Get-MgServicePrincipalClaimMappingPolicy).",
        "Use the Audit logs to find recent changes to the application and revert them if the error started afterwards.",
        "Retest with Test single sign-on on the app's Single sign-on page."
      ]
    },
    "ja": {
      "title": "トークンのクレーム変換中にエラーが発生",
      "explanation": "アプリケーションに構成されたクレーム変換 (エンタープライズ アプリの [属性とクレーム] またはクレーム マッピング ポリシー) を適用する途中で Entra ID がエラーになり、トークンは発行されませんでした。多くはクレームの構成を最近変更した後に起こります。",
      "action": [
        "[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] の変換の設定を確認します。",
        "サービス プリンシパルに割り当てられたクレーム マッピング ポリシーがないか確認します (Get-MgServicePrincipalClaimMappingPolicy など)。",
        "監査ログでアプリへの最近の変更を探し、その後からエラーが始まっていれば元に戻します。",
        "アプリの [シングル サインオン] ページの [テスト] で動作を確認します。"
      ]
    }
  }
];
