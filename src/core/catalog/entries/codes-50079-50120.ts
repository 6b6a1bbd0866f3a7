// AADSTS 50079–50120: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 50079,
    identifier: 'UserStrongAuthEnrollmentRequired',
    outcome: 'failure',
    category: 'mfa',
    actor: 'user',
    en: {
      title: 'MFA registration, or an MFA claim from the federated identity provider, is required',
      explanation:
        'Because of a Conditional Access policy, per-user MFA, or a change such as a new location, the user now has to use multifactor authentication but has nothing usable for it. A cloud-managed user has to register security information; a federated user needs the identity provider to supply the MFA claim. It is often recorded for non-interactive requests, where the registration screen cannot be shown.',
      action: [
        'Ask the user to register at https://aka.ms/mysecurityinfo, or to sign in interactively so the registration screen appears.',
        'If the user cannot register, have the helpdesk issue a Temporary Access Pass (Users > select the user > Authentication methods).',
        'For federated domains, check the domain\'s federatedIdpMfaBehavior setting and whether the identity provider actually sends an MFA claim.',
        'Use the Client app field to spot apps that only sign in non-interactively and therefore never show the registration prompt.',
      ],
    },
    ja: {
      title: 'MFA の登録、またはフェデレーション ID プロバイダーからの MFA クレームが必要',
      explanation:
        '条件付きアクセス ポリシー、ユーザーごとの MFA、新しい場所からのアクセスなどにより多要素認証が必要になりましたが、ユーザーには使える手段がありません。クラウドで管理されるユーザーはセキュリティ情報の登録が、フェデレーション ユーザーは ID プロバイダーから MFA のクレームを受け取ることが必要です。登録画面を表示できない非対話型の要求で記録されることがよくあります。',
      action: [
        'https://aka.ms/mysecurityinfo で登録するか、対話型でサインインして登録画面を表示させるようユーザーに案内します。',
        'ユーザーが登録できない場合は、ヘルプデスクが一時アクセス パスを発行します ([ユーザー] > 対象ユーザー > [認証方法])。',
        'フェデレーション ドメインでは、ドメインの federatedIdpMfaBehavior の設定と、ID プロバイダーが実際に MFA のクレームを送っているかを確認します。',
        '[クライアント アプリ] を見て、非対話型でしかサインインしないため登録画面が表示されないアプリを特定します。',
      ],
    },
  },
  {
    code: 50085,
    identifier: '',
    outcome: 'failure',
    category: 'federation',
    actor: 'user',
    en: {
      title: 'The session requires a fresh sign-in with the social identity provider',
      explanation:
        'The user\'s session or refresh token was originally obtained through a social identity provider such as Google or Facebook, and Entra ID needs the user to sign in at that provider again before it issues new tokens. It is seen for guests and external users who authenticate with a social account, typically after some time has passed or the account changed at the provider.',
      action: [
        'Ask the user to sign out and sign in again, choosing the same social account.',
        'If many users of one social provider are affected, check that provider\'s configuration in External Identities > All identity providers.',
        'Developer: when this code comes back from a silent request, start an interactive sign-in.',
      ],
    },
    ja: {
      title: 'ソーシャル ID プロバイダーでの新たなサインインが必要',
      explanation:
        'ユーザーのセッションや更新トークンは Google や Facebook などのソーシャル ID プロバイダー経由で取得されたもので、新しいトークンを発行する前に、そのプロバイダーでもう一度サインインしてもらう必要があります。ソーシャル アカウントで認証するゲストや外部ユーザーで、一定の時間が経った後やプロバイダー側でアカウントに変更があった後によく見られます。',
      action: [
        'いったんサインアウトし、同じソーシャル アカウントを選んでサインインし直すようユーザーに案内します。',
        '同じソーシャル プロバイダーの利用者で多数発生している場合は、[外部 ID] > [すべての ID プロバイダー] でそのプロバイダーの設定を確認します。',
        '開発者: サイレントの要求でこのコードが返ったら、対話型サインインを開始します。',
      ],
    },
  },
  {
    code: 50086,
    identifier: 'SasNonRetryableError',
    outcome: 'failure',
    category: 'mfa',
    actor: 'microsoft',
    en: {
      title: 'The strong authentication (MFA) service returned an error that a retry will not fix',
      explanation:
        'The back-end service that runs multifactor authentication failed for this request in a way it marks as not retryable. Microsoft publishes no further detail for this code. It can be tied to the state of the user\'s MFA method (for example an unusable phone number) or to a problem in the service itself.',
      action: [
        'Open the Authentication Details tab of the sign-in to see which method was used and the result detail recorded.',
        'Ask the user to try another registered method, such as the Authenticator app instead of a phone call.',
        'Review the user\'s methods under Users > select the user > Authentication methods and fix outdated entries.',
        'If it happens across users and methods, check Service health and open a Microsoft support request with correlation IDs.',
      ],
    },
    ja: {
      title: '強力な認証 (MFA) のサービスが再試行では解決しないエラーを返した',
      explanation:
        '多要素認証を処理するバックエンドのサービスが、この要求について再試行不可とされる形で失敗しました。Microsoft はこのコードについてこれ以上の詳細を公開していません。ユーザーの MFA の方法の状態 (使えない電話番号など) に関係する場合も、サービス自体の問題の場合もあります。',
      action: [
        'サインインの [認証の詳細] タブで、使われた方法と記録された結果の詳細を確認します。',
        '電話の代わりに Authenticator アプリを使うなど、登録済みの別の方法を試してもらいます。',
        '[ユーザー] > 対象ユーザー > [認証方法] で登録内容を確認し、古い情報があれば修正します。',
        '複数のユーザーや方法で起きている場合は、サービス正常性を確認し、相関 ID を添えて Microsoft サポートに問い合わせます。',
      ],
    },
  },
  {
    code: 50087,
    identifier: 'SasRetryableError',
    outcome: 'failure',
    category: 'mfa',
    actor: 'microsoft',
    en: {
      title: 'Temporary error in the strong authentication (MFA) service',
      explanation:
        'A transient error occurred in the multifactor authentication service while the user was completing MFA. The service marks it as retryable, and the next attempt usually works. A burst of these for many users points to a service incident.',
      action: [
        'Ask the user to try the sign-in again after a short wait.',
        'If it persists for one user, have them try another registered MFA method.',
        'If many users are affected, check Service health in the Microsoft 365 admin center.',
      ],
    },
    ja: {
      title: '強力な認証 (MFA) のサービスで一時的なエラーが発生',
      explanation:
        'ユーザーが MFA を行っている間に、多要素認証のサービスで一時的なエラーが発生しました。サービス側では再試行可能なエラーとされており、多くは次の試行で成功します。多数のユーザーで集中して起きている場合は、サービス障害が考えられます。',
      action: [
        '少し待ってからサインインをやり直すようユーザーに案内します。',
        '特定のユーザーで続く場合は、登録済みの別の MFA の方法を試してもらいます。',
        '多数のユーザーで起きている場合は、Microsoft 365 管理センターの [サービス正常性] を確認します。',
      ],
    },
  },
  {
    code: 50088,
    identifier: '',
    outcome: 'failure',
    category: 'throttling-lockout',
    actor: 'user',
    en: {
      title: 'Limit reached for MFA phone calls or text messages',
      explanation:
        'Too many telephone-based MFA attempts (voice calls or SMS) were made for this user in a short time, so further calls are throttled for a few minutes. It often happens when a user retries repeatedly, but it can also mean that someone who knows the password keeps triggering MFA prompts. App-based methods are not affected by this telephony limit.',
      action: [
        'Ask the user to wait a few minutes before trying again, or to use the Authenticator app instead.',
        'If the user did not start these attempts, reset the password and revoke sessions, since the password may be known to someone else.',
        'Encourage users to register the Authenticator app or a passkey, and review which methods are enabled in Protection > Authentication methods > Policies.',
      ],
    },
    ja: {
      title: 'MFA の電話・SMS の回数の上限に達した',
      explanation:
        '短時間にこのユーザーで電話 (音声通話や SMS) による MFA の試行が多すぎたため、数分間は追加の呼び出しが制限されています。ユーザーが何度もやり直したときによく起こりますが、パスワードを知っている第三者が MFA の要求を繰り返し発生させている可能性もあります。アプリによる方法はこの電話の制限の対象外です。',
      action: [
        '数分待ってから再試行するか、代わりに Authenticator アプリを使うようユーザーに案内します。',
        '本人が試行していない場合は、パスワードが漏えいしている可能性があるため、パスワードをリセットしてセッションを取り消します。',
        'Authenticator アプリやパスキーの登録を利用者に勧め、[保護] > [認証方法] > [ポリシー] で有効にしている方法を見直します。',
      ],
    },
  },
  {
    code: 50089,
    identifier: 'FlowTokenExpired',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'The sign-in took too long and its internal flow state expired',
      explanation:
        'The sign-in page keeps the progress of a sign-in in a short-lived flow token between steps. When the user leaves the page open for a long time (for example waiting on MFA or stepping away) and then continues, that state has expired and the attempt fails. This is expected and the user simply has to start again.',
      action: [
        'Ask the user to close the old sign-in tab and start the sign-in again from the application.',
        'If it happens even for quick sign-ins, check the device clock and any proxy that caches or delays the sign-in pages.',
        'Check whether a successful sign-in by the same user followed, which confirms it was only a timeout.',
      ],
    },
    ja: {
      title: 'サインインに時間がかかりすぎ、内部のフロー状態が期限切れになった',
      explanation:
        'サインイン ページは、手順の間の進行状況を有効期間の短いフロー トークンに保持しています。ユーザーがページを長時間開いたままにして (MFA の応答待ちや離席など) から操作を続けると、その状態が期限切れになってサインインに失敗します。想定どおりの動作で、最初からやり直せば問題ありません。',
      action: [
        '古いサインインのタブを閉じ、アプリからもう一度サインインを始めるようユーザーに案内します。',
        'すぐに操作していても起きる場合は、デバイスの時刻や、サインイン ページをキャッシュしたり遅延させたりするプロキシがないか確認します。',
        '同じユーザーの成功サインインが後に続いていれば、単なるタイムアウトだったと判断できます。',
      ],
    },
  },
  {
    code: 50097,
    identifier: 'DeviceAuthenticationRequired',
    outcome: 'interrupted',
    category: 'device',
    actor: 'user',
    en: {
      title: 'Device authentication is required; the device must prove its identity',
      explanation:
        'A policy or the app needs to know which device is signing in (for example a Conditional Access policy that requires a compliant or hybrid joined device), and the request did not carry the device identity. Entra ID asks the client to authenticate the device, which usually succeeds on the next step. It fails if the device has no identity in Entra ID or the device object is missing or disabled.',
      action: [
        'Check whether a successful sign-in follows; if it does, no action is needed.',
        'Find the device ID in the Device info tab and check the object in Devices > All devices: it must exist, be enabled and show the expected join type.',
        'On Windows, run dsregcmd /status; on iOS and Android, make sure the broker app (Microsoft Authenticator or Company Portal) is installed and the device is registered.',
        'In browsers, use a supported option for device sign-in: Microsoft Edge signed in with the work profile, or the Microsoft Single Sign On extension for Chrome.',
      ],
    },
    ja: {
      title: 'デバイス認証が必要 (デバイスの ID の証明が求められている)',
      explanation:
        'ポリシーやアプリがサインイン元のデバイスを特定する必要があるのに (準拠デバイスやハイブリッド参加済みデバイスを求める条件付きアクセス ポリシーなど)、要求にデバイスの ID が含まれていませんでした。Entra ID はクライアントにデバイスの認証を求め、多くは次の段階で成功します。デバイスが Entra ID に ID を持っていない場合や、デバイス オブジェクトが存在しない・無効な場合は失敗します。',
      action: [
        '成功サインインが後に続いているか確認します。あれば対応は不要です。',
        '[デバイス情報] タブでデバイス ID を確認し、[デバイス] > [すべてのデバイス] でオブジェクトが存在し、有効で、想定どおりの参加の種類になっているか確認します。',
        'Windows では dsregcmd /status を実行します。iOS や Android では、ブローカー アプリ (Microsoft Authenticator または ポータル サイト) がインストールされ、デバイスが登録されているか確認します。',
        'ブラウザーでは、職場のプロファイルでサインインした Microsoft Edge や、Chrome 用の Microsoft Single Sign On 拡張機能など、デバイスでのサインインに対応した方法を使ってもらいます。',
      ],
    },
  },
  {
    code: 50098,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'A required field is missing from the body of a JWT',
      explanation:
        'A JSON Web Token sent to Entra ID lacked a claim that must be present; the error message names the missing field. The code is rarely seen and is documented only briefly, so it is most likely to come from custom code that builds client assertions or other signed tokens by hand.',
      action: [
        'Read the name of the missing field in the error message or in the Additional details of the sign-in.',
        'Decode the JWT locally and add the missing claim with the value Entra ID expects.',
        'Developer: replace hand-built tokens with MSAL or another maintained library.',
      ],
    },
    ja: {
      title: 'JWT の本文に必須のフィールドがない',
      explanation:
        'Entra ID に送られた JWT に、必ず含めるべきクレームがありませんでした。エラー メッセージに不足しているフィールド名が示されます。まれなコードで説明も簡単なものしかなく、クライアント アサーションなどの署名付きトークンを手作業で組み立てる独自実装のコードから起きることが多いと考えられます。',
      action: [
        'エラー メッセージまたはサインインの [追加の詳細] で、不足しているフィールド名を確認します。',
        'JWT を手元でデコードし、Entra ID が求める値でそのクレームを追加します。',
        '開発者: 手作業で組み立てたトークンを、MSAL などの保守されているライブラリに置き換えます。',
      ],
    },
  },
  {
    code: 50099,
    identifier: 'PKeyAuthInvalidJwtUnauthorized',
    outcome: 'failure',
    category: 'device',
    actor: 'helpdesk-admin',
    en: {
      title: 'The device\'s signed proof (PKeyAuth JWT) has an invalid signature',
      explanation:
        'During device authentication the device signs a JWT with its device key, and that signature did not verify against the key Entra ID holds for the device. This usually means the device registration is stale: the device was reimaged, re-registered or restored, its certificate changed, or duplicate device objects exist. Signing out and in again rarely helps; the registration needs repair.',
      action: [
        'In Devices > All devices, look up the device ID from the sign-in and check for duplicate or disabled objects with the same name.',
        'On Windows, run dsregcmd /status and check the device state and certificate.',
        'Re-register the device: for Entra registered devices remove and re-add the work account; for hybrid joined devices run dsregcmd /leave as administrator and let the device rejoin.',
        'On mobile devices, re-register through Microsoft Authenticator or Company Portal.',
      ],
    },
    ja: {
      title: 'デバイスの署名付き証明 (PKeyAuth の JWT) の署名が無効',
      explanation:
        'デバイス認証の際にデバイスはデバイス キーで JWT に署名しますが、その署名を Entra ID が保持するデバイスのキーで検証できませんでした。多くはデバイスの登録情報が古くなっていることが原因で、再イメージ化、再登録、復元、証明書の変更、デバイス オブジェクトの重複などが考えられます。サインインし直しても解決することは少なく、登録の修復が必要です。',
      action: [
        '[デバイス] > [すべてのデバイス] で、サインインに記録されたデバイス ID を検索し、同じ名前の重複オブジェクトや無効なオブジェクトがないか確認します。',
        'Windows では dsregcmd /status を実行し、デバイスの状態と証明書を確認します。',
        'デバイスを再登録します。Entra 登録済みデバイスでは職場のアカウントを削除して追加し直し、ハイブリッド参加済みデバイスでは管理者として dsregcmd /leave を実行して再参加させます。',
        'モバイル デバイスでは、Microsoft Authenticator または ポータル サイトから登録し直します。',
      ],
    },
  },
  {
    code: 50100,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'An error occurred while transforming claims for the token',
      explanation:
        'Entra ID failed while applying the claims transformations configured for the application, either in the enterprise app\'s Attributes & Claims or in a claims mapping policy. No token was issued. It usually follows a recent change to the claims configuration.',
      action: [
        'Review the transformations in Enterprise applications > the app > Single sign-on > Attributes & Claims.',
        'Check for claims mapping policies assigned to the service principal (for example with Get-MgServicePrincipalClaimMappingPolicy).',
        'Use the Audit logs to find recent changes to the application and revert them if the error started afterwards.',
        'Retest with Test single sign-on on the app\'s Single sign-on page.',
      ],
    },
    ja: {
      title: 'トークンのクレーム変換中にエラーが発生',
      explanation:
        'アプリケーションに構成されたクレーム変換 (エンタープライズ アプリの [属性とクレーム] またはクレーム マッピング ポリシー) を適用する途中で Entra ID がエラーになり、トークンは発行されませんでした。多くはクレームの構成を最近変更した後に起こります。',
      action: [
        '[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] の変換の設定を確認します。',
        'サービス プリンシパルに割り当てられたクレーム マッピング ポリシーがないか確認します (Get-MgServicePrincipalClaimMappingPolicy など)。',
        '監査ログでアプリへの最近の変更を探し、その後からエラーが始まっていれば元に戻します。',
        'アプリの [シングル サインオン] ページの [テスト] で動作を確認します。',
      ],
    },
  },
  {
    code: 50101,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'An unknown claims transformer is configured for the application',
      explanation:
        'The claims configuration of an application (principal) refers to a claims transformer name that Entra ID does not recognize, so the token cannot be built. This typically comes from a hand-edited claims mapping policy with a typo or an unsupported transformation.',
      action: [
        'Read the transformer name and principal ID in the error details.',
        'Review the definition of the claims mapping policy assigned to that service principal and compare the transformation IDs with the documented ones (such as Join or ExtractMailPrefix).',
        'Correct the policy through Microsoft Graph, or rebuild the claims in the portal under Attributes & Claims.',
      ],
    },
    ja: {
      title: 'アプリケーションに不明なクレーム変換が構成されている',
      explanation:
        'アプリケーション (プリンシパル) のクレーム構成が、Entra ID の認識できないクレーム変換の名前を参照しているため、トークンを作成できません。手作業で編集したクレーム マッピング ポリシーの入力ミスや、サポートされていない変換の指定が典型的な原因です。',
      action: [
        'エラーの詳細で、変換の名前とプリンシパル ID を確認します。',
        'そのサービス プリンシパルに割り当てられたクレーム マッピング ポリシーの定義を確認し、変換の ID をドキュメントに記載のもの (Join、ExtractMailPrefix など) と比べます。',
        'Microsoft Graph でポリシーを修正するか、ポータルの [属性とクレーム] でクレームを作り直します。',
      ],
    },
  },
  {
    code: 50102,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'A custom claims transformer configured for the application could not be loaded',
      explanation:
        'The application\'s claims configuration points to a custom claims transformer type that Entra ID could not load. The code is rarely seen and points to an old or invalid configuration rather than anything the user did. Tokens for the app fail until the reference is removed or corrected.',
      action: [
        'Read the transformer type and principal ID named in the error details.',
        'Review the claims mapping policies and claims settings of that service principal and remove the reference to the custom transformer.',
        'If you cannot find where the reference comes from, open a Microsoft support request with the correlation ID.',
      ],
    },
    ja: {
      title: 'アプリケーションに構成されたカスタムのクレーム変換を読み込めない',
      explanation:
        'アプリケーションのクレーム構成が、Entra ID で読み込めないカスタムのクレーム変換の型を参照しています。まれなコードで、ユーザーの操作ではなく古い構成や無効な構成を示しています。参照を削除または修正するまで、そのアプリのトークン発行は失敗します。',
      action: [
        'エラーの詳細で、変換の型とプリンシパル ID を確認します。',
        'そのサービス プリンシパルのクレーム マッピング ポリシーとクレームの設定を確認し、カスタム変換への参照を削除します。',
        '参照元が見つからない場合は、相関 ID を添えて Microsoft サポートに問い合わせます。',
      ],
    },
  },
  {
    code: 50103,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'Claims transformation failed (the error message gives the reason)',
      explanation:
        'A claims transformation configured for the application ran but failed, and the error message carries the specific reason. Common triggers are a source attribute that is empty for this user, or a transformation whose output is not valid for the claim. It may affect only users with unusual attribute values.',
      action: [
        'Read the reason in the error message or the Additional details field of the sign-in.',
        'Check the user\'s source attributes used by the transformation (Users > select the user > Properties, or directory extension attributes).',
        'Adjust the transformation in Enterprise applications > the app > Single sign-on > Attributes & Claims, and retest with an affected user.',
      ],
    },
    ja: {
      title: 'クレーム変換に失敗 (理由はエラー メッセージに記載)',
      explanation:
        'アプリケーションに構成されたクレーム変換が実行されたものの失敗し、具体的な理由がエラー メッセージに含まれています。このユーザーでは変換元の属性が空である、変換の結果がクレームとして有効でない、といった原因がよくあります。特殊な属性値を持つユーザーだけが影響を受けることもあります。',
      action: [
        'エラー メッセージまたはサインインの [追加の詳細] で理由を確認します。',
        '変換で使っているユーザーの属性 ([ユーザー] > 対象ユーザー > [プロパティ]、またはディレクトリ拡張属性) を確認します。',
        '[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] で変換を修正し、影響を受けたユーザーで再テストします。',
      ],
    },
  },
  {
    code: 50105,
    identifier: 'EntitlementGrantsNotFound',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'The user is not assigned to the application',
      explanation:
        'The application is set to require assignment, and the signed-in user is not assigned to it, either directly or through a group. It often appears right after an app is onboarded, or when access was granted through a nested group, since assignment does not follow nested group membership.',
      action: [
        'Entra admin center > Enterprise applications > select the app > Users and groups: add the user, or a group the user is a direct member of.',
        'Check Properties > Assignment required; if every user in the tenant should have access, it can be set to No.',
        'If the app defines app roles, make sure a role is selected for the assignment.',
        'Ask the user to sign in again after the assignment is saved.',
      ],
    },
    ja: {
      title: 'ユーザーがアプリケーションに割り当てられていない',
      explanation:
        'アプリケーションで割り当てが必須に設定されているのに、サインインしたユーザーが直接にもグループ経由でも割り当てられていません。アプリを導入した直後や、入れ子のグループ経由でアクセスを与えようとした場合によく起こります。割り当ては入れ子のグループのメンバーシップには適用されません。',
      action: [
        'Microsoft Entra 管理センターの [エンタープライズ アプリケーション] > 対象アプリ > [ユーザーとグループ] で、ユーザー本人か、ユーザーが直接のメンバーであるグループを追加します。',
        '[プロパティ] の [割り当てが必要ですか?] を確認します。テナントの全ユーザーに使わせる場合は [いいえ] にできます。',
        'アプリがアプリ ロールを定義している場合は、割り当てでロールが選ばれているか確認します。',
        '割り当てを保存した後、もう一度サインインしてもらいます。',
      ],
    },
  },
  {
    code: 50107,
    identifier: 'InvalidRealmUri',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'The requested federation realm does not exist',
      explanation:
        'The federation realm (issuer) named in the sign-in does not match any federation configuration Entra ID knows about. A classic cause is an identity provider that sends an issuer URI not configured for the user\'s domain, for example when several top-level domains are federated with one AD FS farm without per-domain issuers. Microsoft\'s current text also describes it as a malformed request that matched no authentication endpoint.',
      action: [
        'Read the realm or issuer value in the error message.',
        'Compare it with the IssuerUri configured for the user\'s domain in Entra ID (Get-MgDomainFederationConfiguration).',
        'For AD FS with several federated domains, check that each domain was federated with its own issuer and that the claim rules issue the matching issuer.',
        'If an application sends the realm, check its sign-in request for typos in the realm or tenant value.',
      ],
    },
    ja: {
      title: '要求されたフェデレーションの領域 (realm) が存在しない',
      explanation:
        'サインインで指定されたフェデレーションの領域 (発行者) が、Entra ID にあるどのフェデレーション構成とも一致しませんでした。典型的なのは、ユーザーのドメインに構成されていない発行者 URI を ID プロバイダーが送っているケースで、複数のトップレベル ドメインをドメインごとの発行者なしで 1 つの AD FS ファームとフェデレーションした場合などに起こります。Microsoft の現在の説明では、どの認証エンドポイントにも一致しない不正な要求の場合も含まれています。',
      action: [
        'エラー メッセージに含まれる領域または発行者の値を確認します。',
        'その値を、Entra ID でユーザーのドメインに構成されている IssuerUri (Get-MgDomainFederationConfiguration) と比べます。',
        '複数のフェデレーション ドメインを持つ AD FS の場合は、各ドメインが個別の発行者でフェデレーションされ、要求規則が対応する発行者を出しているか確認します。',
        'アプリケーションが領域を送っている場合は、サインイン要求の領域やテナントの値に入力ミスがないか確認します。',
      ],
    },
  },
  {
    code: 50108,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'The claims transformation configuration could not be retrieved',
      explanation:
        'Entra ID needed the claims transformation settings for the application but could not read them. The code is rarely seen; it may be a temporary service issue or a damaged or inconsistent claims configuration on the app.',
      action: [
        'Retry once; if it succeeds, treat it as a transient issue.',
        'If it persists, open Enterprise applications > the app > Single sign-on > Attributes & Claims and check that the configuration loads and looks complete; save it again if needed.',
        'Check claims mapping policies assigned to the service principal, and open a support request with the correlation ID if the problem remains.',
      ],
    },
    ja: {
      title: 'クレーム変換の構成を取得できなかった',
      explanation:
        'Entra ID はアプリケーションのクレーム変換の設定を必要としましたが、読み取ることができませんでした。まれなコードで、一時的なサービスの問題か、アプリのクレーム構成が壊れている、または不整合になっている可能性があります。',
      action: [
        '一度再試行します。成功すれば一時的な問題として扱います。',
        '続く場合は、[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] を開き、構成が正しく表示され欠けがないか確認します。必要であれば保存し直します。',
        'サービス プリンシパルに割り当てられたクレーム マッピング ポリシーを確認し、それでも解決しない場合は相関 ID を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 50109,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'The claims configuration uses a transformation Entra ID does not know',
      explanation:
        'While reading the application\'s claims configuration, Entra ID found a claim transformation it does not recognize. As with 50101, this usually comes from a hand-written claims mapping policy with a wrong or unsupported transformation method.',
      action: [
        'Review the claims mapping policy definition assigned to the service principal and look for misspelled or unsupported transformation methods.',
        'Correct the policy through Microsoft Graph, or remove it and configure the claims in Attributes & Claims instead.',
        'Retest the sign-in with an affected user.',
      ],
    },
    ja: {
      title: 'クレーム構成に Entra ID が認識できない変換が含まれている',
      explanation:
        'アプリケーションのクレーム構成を読み込む際に、Entra ID が認識できないクレーム変換が見つかりました。50101 と同様、手作業で記述したクレーム マッピング ポリシーで、誤った変換方法やサポートされていない変換方法を指定していることが主な原因です。',
      action: [
        'サービス プリンシパルに割り当てられたクレーム マッピング ポリシーの定義を確認し、変換方法のつづりの誤りやサポート外の指定がないか探します。',
        'Microsoft Graph でポリシーを修正するか、ポリシーを外して [属性とクレーム] でクレームを構成し直します。',
        '影響を受けたユーザーでサインインを再テストします。',
      ],
    },
  },
  {
    code: 50111,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'An unknown claim transformation was requested',
      explanation:
        'When building the token, Entra ID was asked to apply a claim transformation it does not know. It belongs to the same family as 50101 and 50109 and points to an invalid transformation in the app\'s claims configuration or claims mapping policy.',
      action: [
        'Check the transformations defined for the application in Attributes & Claims and in any claims mapping policy.',
        'Remove or correct the transformation that is not supported, then save the configuration.',
        'Use the Audit logs to find when the claims configuration changed, and test again with an affected user.',
      ],
    },
    ja: {
      title: '不明なクレーム変換の適用が要求された',
      explanation:
        'トークンの作成時に、Entra ID が認識できないクレーム変換の適用を求められました。50101 や 50109 と同じ系統のエラーで、アプリのクレーム構成またはクレーム マッピング ポリシーに無効な変換が含まれていることを示しています。',
      action: [
        '[属性とクレーム] と、割り当てられたクレーム マッピング ポリシーで、アプリに定義されている変換を確認します。',
        'サポートされていない変換を削除または修正し、構成を保存します。',
        '監査ログでクレーム構成が変更された時期を確認し、影響を受けたユーザーで再テストします。',
      ],
    },
  },
  {
    code: 50117,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The claims request parameter could not be parsed',
      explanation:
        'The application sent a claims parameter, which is JSON asking for specific claims or answering a claims challenge, and Entra ID could not deserialize it. Typical causes are invalid JSON, wrong or double URL encoding, or passing a base64 challenge string without decoding it.',
      action: [
        'Developer: log the claims value the app sends and validate it as JSON.',
        'URL-encode the value exactly once when putting it on the request.',
        'When responding to a Continuous Access Evaluation or Conditional Access claims challenge, decode the challenge from the WWW-Authenticate header and pass it unchanged (with MSAL, through the claims option of the token request).',
      ],
    },
    ja: {
      title: 'claims パラメーターの内容を解析できなかった',
      explanation:
        'アプリケーションが claims パラメーター (特定のクレームを要求したり、クレーム チャレンジに応答したりするための JSON) を送りましたが、Entra ID が逆シリアル化できませんでした。JSON として不正、URL エンコードの誤りや二重エンコード、base64 のチャレンジ文字列をデコードせずに渡した、といった原因が典型的です。',
      action: [
        '開発者: アプリが送っている claims の値をログに出し、JSON として正しいか検証します。',
        '要求に載せる際の URL エンコードは 1 回だけにします。',
        '継続的アクセス評価や条件付きアクセスのクレーム チャレンジに応答する場合は、WWW-Authenticate ヘッダーのチャレンジをデコードしてそのまま渡します (MSAL ではトークン要求の claims オプションを使います)。',
      ],
    },
  },
  {
    code: 50120,
    identifier: 'ThresholdJwtInvalidJwtFormat',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Problem with the JWT header (unknown credential type)',
      explanation:
        'A JWT presented to Entra ID had a header it could not interpret, for example a missing or unsupported alg, a missing key identifier (x5t or kid), or a credential type it does not recognize. Microsoft\'s current text describes it as an unknown credential type caused by the JWT header; the identifier name comes from an earlier revision.',
      action: [
        'Decode the JWT header locally and check typ, alg and the key identifier (x5t or kid).',
        'For client assertions, sign with RS256 or PS256 and include the certificate thumbprint that matches the one uploaded to the app registration.',
        'Developer: generate the assertion with MSAL instead of custom code.',
      ],
    },
    ja: {
      title: 'JWT のヘッダーに問題がある (不明な資格情報の種類)',
      explanation:
        'Entra ID に提示された JWT のヘッダーを解釈できませんでした。alg がない・サポートされていない、キー識別子 (x5t や kid) がない、認識できない資格情報の種類である、といった例があります。Microsoft の現在の説明では JWT ヘッダーに起因する不明な資格情報の種類とされており、識別子名は以前の版に記載されていたものです。',
      action: [
        'JWT のヘッダーを手元でデコードし、typ、alg、キー識別子 (x5t または kid) を確認します。',
        'クライアント アサーションは RS256 または PS256 で署名し、アプリの登録にアップロードした証明書と一致する拇印を含めます。',
        '開発者: アサーションは独自実装ではなく MSAL で生成します。',
      ],
    },
  },
];
