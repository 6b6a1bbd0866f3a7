// AADSTS 240001–500342: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 240001,
    identifier: 'BulkAADJTokenUnauthorized',
    outcome: 'failure',
    category: 'device',
    actor: 'tenant-admin',
    en: {
      title: 'Account behind the bulk enrollment token may not join devices',
      explanation:
        'A device tried to join Microsoft Entra ID with a bulk enrollment token, for example from a provisioning package built in Windows Configuration Designer, and the account that owns the token is not allowed to register devices. The device join settings may restrict who can join, or the account may have hit the per-user device limit.',
      action: [
        'Open Entra admin center > Devices > Device settings and check who may join devices to Microsoft Entra ID and the maximum number of devices per user.',
        'Check which account generated the bulk token and whether it is included in the allowed users or groups.',
        'If the token is old or the account changed, create a new provisioning package with a fresh token.',
        'Remove stale devices owned by the package account if the device limit is the problem.',
      ],
    },
    ja: {
      title: '一括登録トークンのアカウントにはデバイス参加の権限がありません',
      explanation:
        'Windows 構成デザイナーで作成したプロビジョニング パッケージなどの一括登録トークンでデバイスを Microsoft Entra ID に参加させようとしましたが、トークンを所有するアカウントにデバイス登録が許可されていません。デバイスの参加設定で参加できるユーザーが制限されているか、そのアカウントがユーザーあたりのデバイス数の上限に達している可能性があります。',
      action: [
        'Microsoft Entra 管理センターの [デバイス] > [デバイスの設定] で、デバイスを参加させられるユーザーとユーザーあたりの最大デバイス数を確認します。',
        'どのアカウントで一括トークンを生成したかを確認し、そのアカウントが許可されたユーザーやグループに含まれているか確認します。',
        'トークンが古い場合やアカウントが変わった場合は、新しいトークンでプロビジョニング パッケージを作り直します。',
        'デバイス数の上限が原因であれば、そのアカウントが所有する古いデバイスを削除します。',
      ],
    },
  },
  {
    code: 240002,
    identifier: 'RequiredClaimIsMissing',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'An ID token was used where an access token is required',
      explanation:
        'The application sent an ID token as the assertion of a JWT bearer grant, typically in an on-behalf-of (OBO) call, and that is not allowed. The middle-tier API must pass on the access token it received for itself, not the ID token that the client got at sign-in.',
      action: [
        'Check the token exchange code in the API: the assertion parameter must be the incoming access token whose audience is this API.',
        'Make sure the client requests an access token for the API scope (for example api://<app-id>/access_as_user) and sends that token to the API.',
        'Decode the token with a JWT viewer to confirm the aud and token type before the OBO request is made.',
      ],
    },
    ja: {
      title: 'アクセス トークンが必要な箇所で ID トークンが使われました',
      explanation:
        'アプリケーションが、代理 (OBO) フローなどの JWT ベアラー付与のアサーションとして ID トークンを送信しましたが、これは許可されていません。中間層の API は、サインイン時にクライアントが受け取った ID トークンではなく、自分宛てに受け取ったアクセス トークンを渡す必要があります。',
      action: [
        'API 側のトークン交換処理で、assertion パラメーターにこの API を対象 (aud) とする受信アクセス トークンを指定しているか確認します。',
        'クライアントが API のスコープ (例: api://<アプリ ID>/access_as_user) でアクセス トークンを要求し、そのトークンを API に送っているか確認します。',
        'OBO 要求の前に JWT ビューアーでトークンをデコードし、aud とトークンの種類を確認します。',
      ],
    },
  },
  {
    code: 399284,
    identifier: 'InboundIdTokenIssuerInvalid',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'ID token from the external identity provider has an unexpected issuer',
      explanation:
        'Microsoft Entra ID received an ID token from a federated OpenID Connect identity provider, but its iss value is empty or does not match the issuer configured for that provider. This is usually a configuration mismatch, for example a wrong issuer URI, a changed tenant-specific issuer at the provider, or the wrong well-known metadata URL.',
      action: [
        'Open the identity provider configuration in Entra admin center (External Identities > All identity providers, or the federation setting of the domain) and note the configured issuer and metadata URL.',
        'Fetch the provider well-known openid-configuration document and compare its issuer value character by character, including trailing slashes.',
        'Decode a token issued by the provider to confirm which iss it actually emits, and ask the provider owner if it has changed.',
        'Correct the configuration and test sign-in again.',
      ],
    },
    ja: {
      title: '外部 ID プロバイダーの ID トークンの発行者が想定と異なります',
      explanation:
        'Microsoft Entra ID はフェデレーションしている OpenID Connect の ID プロバイダーから ID トークンを受け取りましたが、iss の値が空か、そのプロバイダーに構成されている発行者と一致しませんでした。発行者 URI の誤り、プロバイダー側でテナント固有の発行者が変わった、well-known メタデータの URL が違うといった構成の不一致がほとんどです。',
      action: [
        'Microsoft Entra 管理センターで ID プロバイダーの構成 ([外部 ID] > [すべての ID プロバイダー]、またはドメインのフェデレーション設定) を開き、発行者とメタデータの URL を控えます。',
        'プロバイダーの well-known の openid-configuration を取得し、issuer の値を末尾のスラッシュも含めて 1 文字ずつ比較します。',
        'プロバイダーが発行したトークンをデコードして実際の iss を確認し、変更がなかったかプロバイダーの管理者に確認します。',
        '構成を修正して、もう一度サインインをテストします。',
      ],
    },
  },
  {
    code: 500011,
    identifier: 'InvalidResourceServicePrincipalNotFound',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'Requested resource application does not exist in this tenant',
      explanation:
        'The sign-in asked for a token for a resource (API) that has no service principal in the tenant that handled the request. Either the resource app was never added or consented in this tenant, the request went to the wrong tenant, or the resource URI or scope contains a typo.',
      action: [
        'Read the resource name or ID in the error and check Entra admin center > Enterprise applications for a matching service principal.',
        'Confirm that the app sends the request to the intended tenant (authority URL) and that the resource URI or scope is spelled exactly.',
        'If the resource is a multi-tenant API, have a tenant administrator add it, for example by granting admin consent or by signing in to it once.',
        'For third-party apps, ask the vendor which service principals must exist in your tenant.',
      ],
    },
    ja: {
      title: '要求されたリソース アプリケーションがこのテナントに存在しません',
      explanation:
        'サインインで、要求を処理したテナントにサービス プリンシパルがないリソース (API) のトークンが要求されました。リソース アプリがこのテナントに追加または同意されていない、要求先のテナントが間違っている、リソース URI やスコープに誤字があるといった原因が考えられます。',
      action: [
        'エラーに含まれるリソース名または ID を確認し、Microsoft Entra 管理センターの [エンタープライズ アプリケーション] に該当するサービス プリンシパルがあるか確認します。',
        'アプリが意図したテナント (authority の URL) に要求を送っているか、リソース URI やスコープの綴りが正確かを確認します。',
        'リソースがマルチテナントの API であれば、管理者の同意を付与するなどしてテナント管理者が追加します。',
        'サードパーティ製アプリの場合は、テナントにどのサービス プリンシパルが必要かベンダーに確認します。',
      ],
    },
  },
  {
    code: 500014,
    identifier: 'InvalidResourceServicePrincipalDisabled',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'Service principal of the requested resource is disabled',
      explanation:
        'The resource (API) exists in the tenant, but its service principal is disabled, so no tokens can be issued for it. An administrator may have turned off sign-in for the app, or a subscription that the resource depends on may have lapsed.',
      action: [
        'Open Entra admin center > Enterprise applications, find the resource, and check Properties > Enabled for users to sign-in.',
        'Check Audit logs for who changed the setting and why before enabling it again.',
        'If the resource is a Microsoft service, verify in the Microsoft 365 admin center that the related subscription is active.',
      ],
    },
    ja: {
      title: '要求されたリソースのサービス プリンシパルが無効になっています',
      explanation:
        'リソース (API) はテナントに存在しますが、サービス プリンシパルが無効になっているため、トークンを発行できません。管理者がアプリのサインインを無効にしたか、リソースが依存するサブスクリプションの期限が切れた可能性があります。',
      action: [
        'Microsoft Entra 管理センターの [エンタープライズ アプリケーション] でリソースを開き、[プロパティ] の [ユーザーのサインインが有効になっていますか?] を確認します。',
        '有効に戻す前に、監査ログで誰がなぜ設定を変更したかを確認します。',
        'Microsoft のサービスの場合は、Microsoft 365 管理センターで関連するサブスクリプションが有効か確認します。',
      ],
    },
  },
  {
    code: 500021,
    identifier: '',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'tenant-admin',
    en: {
      title: 'Access to the other tenant was denied by tenant restrictions',
      explanation:
        'Your organization uses tenant restrictions: a proxy or the device inserts a list of permitted tenants into sign-in traffic, and the tenant the user tried to reach is not on it. It happens when users open a partner or personal tenant, or a SaaS app hosted in another tenant, from the corporate network.',
      action: [
        'Confirm which tenant the user tried to access; the error message shows the tenant name or ID.',
        'Check the Restrict-Access-To-Tenants list configured on your proxy, or the tenant restrictions v2 policy in Cross-tenant access settings.',
        'If access is legitimate, add the tenant to the allowed list; otherwise tell the user the block is intended.',
        'Ask the user whether they are on the corporate network or VPN, since the restriction usually applies only there.',
      ],
    },
    ja: {
      title: 'テナント制限により他のテナントへのアクセスが拒否されました',
      explanation:
        '組織でテナント制限が使われており、プロキシやデバイスがサインインの通信に許可テナントの一覧を付加していますが、ユーザーがアクセスしようとしたテナントがその一覧に含まれていません。社内ネットワークから取引先や個人のテナント、別テナントでホストされている SaaS アプリを開いたときに起こります。',
      action: [
        'エラー メッセージに表示されるテナント名または ID から、ユーザーがどのテナントにアクセスしようとしたかを確認します。',
        'プロキシに設定されている Restrict-Access-To-Tenants の一覧、または [テナント間アクセス設定] のテナント制限 v2 のポリシーを確認します。',
        '正当なアクセスであればそのテナントを許可一覧に追加し、そうでなければ意図したブロックであることをユーザーに伝えます。',
        '制限は通常社内ネットワークや VPN 経由の場合にのみかかるため、ユーザーの接続環境も確認します。',
      ],
    },
  },
  {
    code: 500022,
    identifier: '',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'tenant-admin',
    en: {
      title: 'Access to the other tenant was denied by tenant restrictions (variant code)',
      explanation:
        'Microsoft documents this code with the same meaning as 500021: tenant restrictions are in force, and the tenant being accessed is not in the permitted list sent with the request. Treat it the same way; the difference between the two codes is not publicly explained.',
      action: [
        'Identify the target tenant from the error message or the sign-in record (Resource tenant ID).',
        'Review the tenant restrictions configuration on your proxy (Restrict-Access-To-Tenants header) or the tenant restrictions v2 policy in Cross-tenant access settings.',
        'Add the tenant to the allowed list if the access is business-justified; otherwise confirm that the block is intended.',
      ],
    },
    ja: {
      title: 'テナント制限により他のテナントへのアクセスが拒否されました (別コード)',
      explanation:
        'Microsoft はこのコードを 500021 と同じ意味で説明しており、テナント制限が有効で、アクセス先のテナントが要求に付加された許可一覧に含まれていない状態です。対応も同じと考えてよく、2 つのコードの違いは公開されていません。',
      action: [
        'エラー メッセージまたはサインイン記録 (リソース テナント ID) からアクセス先のテナントを特定します。',
        'プロキシのテナント制限の設定 (Restrict-Access-To-Tenants ヘッダー) または [テナント間アクセス設定] のテナント制限 v2 のポリシーを確認します。',
        '業務上必要なアクセスであればテナントを許可一覧に追加し、そうでなければ意図したブロックであることを確認します。',
      ],
    },
  },
  {
    code: 500121,
    identifier: '',
    outcome: 'failure',
    category: 'mfa',
    actor: 'user',
    en: {
      title: 'Multifactor authentication was not completed',
      explanation:
        'The user passed the first factor, but the second factor (MFA) failed or was not finished. Common reasons are a denied or ignored Authenticator notification, a wrong or expired code, an unanswered phone call, or a fraud report by the user; repeated occurrences can also indicate someone else trying the password.',
      action: [
        'Open the sign-in in Monitoring & health > Sign-in logs and read the Authentication Details tab for the method used and its result (for example denied, timed out or fraud reported).',
        'Ask the user whether they started the sign-in; if not, treat the password as compromised, reset it and revoke sessions.',
        'If the user did sign in, check the registered methods under Users > select the user > Authentication methods and help them fix or re-register the method (phone number, Authenticator on a new phone).',
        'For time-outs, make sure notifications reach the phone and the phone clock is correct.',
      ],
    },
    ja: {
      title: '多要素認証 (MFA) が完了しませんでした',
      explanation:
        'ユーザーは 1 つ目の要素は通過しましたが、2 つ目の要素 (MFA) が失敗したか、最後まで完了しませんでした。Authenticator の通知の拒否や無視、誤ったコードや期限切れのコード、電話に応答しなかった、ユーザーによる不正の報告などがよくある原因で、繰り返し発生する場合は第三者がパスワードを試している可能性もあります。',
      action: [
        '[監視と正常性] > [サインイン ログ] で該当のサインインを開き、[認証の詳細] タブで使われた方法と結果 (拒否、タイムアウト、不正の報告など) を確認します。',
        '本人がサインインしたかを確認し、身に覚えがない場合はパスワード漏えいとして扱い、パスワードのリセットとセッションの取り消しを行います。',
        '本人のサインインであれば、[ユーザー] > 対象ユーザー > [認証方法] で登録内容を確認し、電話番号の修正や新しいスマートフォンへの Authenticator 再登録を支援します。',
        'タイムアウトの場合は、通知がスマートフォンに届いているか、端末の時刻が正しいかを確認します。',
      ],
    },
  },
  {
    code: 500133,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Token used as an assertion was outside its validity period',
      explanation:
        'The application sent a token as an assertion, most often the incoming access token in an on-behalf-of (OBO) exchange, and that token had already expired or was not yet valid. Long-running requests, cached tokens reused after expiry, or a badly skewed server clock are the usual causes.',
      action: [
        'Check the exp and nbf values of the token the API passed on, and compare them with the time of the failed request.',
        'Make sure the client refreshes its access token before calling the API, and that the API does not cache user tokens beyond their lifetime.',
        'Verify that the server running the API has correct time synchronization.',
      ],
    },
    ja: {
      title: 'アサーションとして使われたトークンが有効期間外でした',
      explanation:
        'アプリケーションがトークンをアサーションとして送信しました (多くは代理 (OBO) フローでの受信アクセス トークン) が、そのトークンは既に期限切れか、まだ有効期間が始まっていませんでした。処理時間の長い要求、期限切れ後のキャッシュ済みトークンの再利用、サーバー時刻の大きなずれが主な原因です。',
      action: [
        'API が渡したトークンの exp と nbf の値を確認し、失敗した要求の時刻と比較します。',
        'クライアントが API を呼び出す前にアクセス トークンを更新しているか、API がユーザーのトークンを有効期間を超えてキャッシュしていないかを確認します。',
        'API を実行しているサーバーの時刻同期が正しく行われているか確認します。',
      ],
    },
  },
  {
    code: 500141,
    identifier: '',
    outcome: 'failure',
    category: 'account-state',
    actor: 'user',
    en: {
      title: 'Guest invitation was redeemed, but not through the app that asked for it',
      explanation:
        'The user finished accepting a B2B guest invitation, but the redemption was not started by the application they were trying to reach, so the service could not send them back to it. The guest account is usually fine; the user simply needs to open the application again.',
      action: [
        'Ask the user to open the application link (or My Apps at https://myapps.microsoft.com) again and sign in with the invited account.',
        'Check Users > select the guest > Overview that the invitation state shows as accepted.',
        'If the user is sent round in circles, send a fresh invitation whose redirect URL points to the target app.',
      ],
    },
    ja: {
      title: 'ゲスト招待は引き換えられましたが、要求元のアプリ経由ではありませんでした',
      explanation:
        'ユーザーは B2B ゲスト招待の受け入れを完了しましたが、引き換えはアクセスしようとしていたアプリケーションから開始されたものではなかったため、元のアプリに戻せませんでした。ゲスト アカウント自体は通常問題なく、アプリケーションをもう一度開けば使えます。',
      action: [
        'アプリケーションのリンク (または https://myapps.microsoft.com のマイ アプリ) をもう一度開き、招待されたアカウントでサインインしてもらいます。',
        '[ユーザー] > 対象のゲスト > [概要] で、招待の状態が承諾済みになっているか確認します。',
        '何度も同じ画面に戻される場合は、リダイレクト先を対象アプリにした招待を新しく送ります。',
      ],
    },
  },
  {
    code: 500186,
    identifier: 'CertificateValidationBlockedByPolicy',
    outcome: 'failure',
    category: 'credentials',
    actor: 'tenant-admin',
    en: {
      title: 'Certificate-based sign-in is not allowed for this user',
      explanation:
        'The user presented a certificate (for example a smart card), but the authentication methods policy does not allow certificate-based authentication (CBA) for them. The CBA method may be disabled, the user may be outside the targeted group, or the authentication binding and username binding rules may not cover this certificate.',
      action: [
        'Open Entra admin center > Authentication methods > Policies > Certificate-based authentication and check enablement and targeted groups.',
        'Review the authentication binding and username binding rules on the Configure tab for the certificate issuer and policy OIDs used.',
        'Confirm the issuing CA is listed under Security > Certificate authorities (PKI).',
        'Have the user sign in with another method until the policy is adjusted.',
      ],
    },
    ja: {
      title: 'このユーザーには証明書ベースのサインインが許可されていません',
      explanation:
        'ユーザーはスマート カードなどの証明書を提示しましたが、認証方法ポリシーでこのユーザーには証明書ベース認証 (CBA) が許可されていません。CBA が無効、ユーザーが対象グループに含まれていない、または認証バインドやユーザー名バインドのルールがこの証明書に対応していない可能性があります。',
      action: [
        'Microsoft Entra 管理センターの [認証方法] > [ポリシー] > [証明書ベースの認証] で、有効化の状態と対象グループを確認します。',
        '[構成] タブの認証バインドとユーザー名バインドのルールが、使われた証明書の発行者やポリシー OID に対応しているか確認します。',
        '発行元 CA が [セキュリティ] > [証明機関 (PKI)] に登録されているか確認します。',
        'ポリシーを調整するまでは、別の方法でサインインしてもらいます。',
      ],
    },
  },
  {
    code: 500201,
    identifier: 'UserUnauthorizedApiVersionNotSupported',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'This account type cannot sign in through the API version the app uses',
      explanation:
        'The code is not in the public reference, but its name says the user was refused because the application called an endpoint version that does not support this kind of account. A typical case is an app on the older v1.0 endpoint receiving a personal Microsoft account, which needs the v2.0 endpoint.',
      action: [
        'Note the account type (work or school, personal, guest) and the application in the sign-in record.',
        'Check whether the app calls the v1.0 endpoint (/oauth2/authorize) or v2.0 (/oauth2/v2.0/authorize); move to v2.0 with MSAL if other account types must be supported.',
        'If the app is meant only for work accounts, ask the user to sign in with their organizational account.',
      ],
    },
    ja: {
      title: 'アプリが使っている API バージョンではこの種類のアカウントでサインインできません',
      explanation:
        'このコードは公開リファレンスには載っていませんが、名前からは、アプリケーションがこの種類のアカウントに対応していないバージョンのエンドポイントを呼び出したためにユーザーが拒否されたことがわかります。典型的には、古い v1.0 エンドポイントを使うアプリに個人用 Microsoft アカウントでサインインしたケースで、この場合は v2.0 エンドポイントが必要です。',
      action: [
        'サインイン記録でアカウントの種類 (職場または学校、個人、ゲスト) とアプリケーションを確認します。',
        'アプリが v1.0 (/oauth2/authorize) と v2.0 (/oauth2/v2.0/authorize) のどちらのエンドポイントを呼んでいるか確認し、他の種類のアカウントに対応する必要があれば MSAL で v2.0 に移行します。',
        '職場アカウント専用のアプリであれば、組織のアカウントでサインインするようユーザーに伝えます。',
      ],
    },
  },
  {
    code: 500202,
    identifier: 'UserUnauthorizedMsaGuestUsersNotSupported',
    outcome: 'failure',
    category: 'account-state',
    actor: 'tenant-admin',
    en: {
      title: 'Guest users with personal Microsoft accounts are not supported here',
      explanation:
        'The code is not in the public reference; its name says the user is a guest whose home account is a personal Microsoft account (MSA), and the application or endpoint does not accept such guests. Some services and older apps only work for guests from another Microsoft Entra organization.',
      action: [
        'Confirm in Users > select the user that the identity source is MicrosoftAccount.',
        'Check whether the target application supports personal-account guests; if not, invite the person with a work account or an email one-time passcode identity instead.',
        'If the app is in-house, review its supported account types and endpoint usage under App registrations.',
      ],
    },
    ja: {
      title: '個人用 Microsoft アカウントのゲスト ユーザーはここではサポートされていません',
      explanation:
        'このコードは公開リファレンスにはありませんが、名前からは、ホーム アカウントが個人用 Microsoft アカウント (MSA) のゲストで、アプリケーションまたはエンドポイントがそのようなゲストを受け付けていないことがわかります。サービスや古いアプリの中には、他の Microsoft Entra 組織のゲストにしか対応していないものがあります。',
      action: [
        '[ユーザー] > 対象ユーザーで、ID の発行元が MicrosoftAccount になっていることを確認します。',
        '対象アプリが個人アカウントのゲストに対応しているか確認し、対応していなければ職場アカウントやメールのワンタイム パスコードの ID で招待し直します。',
        '自社アプリであれば、[アプリの登録] でサポートされるアカウントの種類とエンドポイントの使い方を見直します。',
      ],
    },
  },
  {
    code: 500207,
    identifier: '',
    outcome: 'failure',
    category: 'account-state',
    actor: 'user',
    en: {
      title: 'This type of account cannot be used for the requested resource',
      explanation:
        'The resource the user tried to reach does not accept the kind of account they signed in with, for example a personal Microsoft account where only work or school accounts are allowed, or the reverse. The account itself is fine; it is the wrong kind for this resource.',
      action: [
        'Check the account type in the sign-in record (user type and identity provider).',
        'Ask the user to sign out and sign in again with the correct account, for example their organizational account.',
        'If the app is yours and should accept this account type, review Supported account types under App registrations > Authentication.',
      ],
    },
    ja: {
      title: 'この種類のアカウントは要求されたリソースに使えません',
      explanation:
        'アクセスしようとしたリソースが、サインインに使われた種類のアカウントを受け付けていません。たとえば職場または学校アカウントのみ許可されているところに個人用 Microsoft アカウントを使った場合や、その逆です。アカウント自体には問題がなく、このリソースに対して種類が合っていないだけです。',
      action: [
        'サインイン記録でアカウントの種類 (ユーザーの種類と ID プロバイダー) を確認します。',
        'いったんサインアウトし、組織のアカウントなど正しいアカウントでサインインし直してもらいます。',
        '自社アプリでこの種類のアカウントも受け付けるべき場合は、[アプリの登録] > [認証] の [サポートされているアカウントの種類] を見直します。',
      ],
    },
  },
  {
    code: 500208,
    identifier: '',
    outcome: 'failure',
    category: 'account-state',
    actor: 'user',
    en: {
      title: 'Domain is not a valid sign-in domain for this account type',
      explanation:
        'The domain in the user name does not fit the kind of account the tenant or application expects. A common case is a personal Microsoft account being used on a sign-in that only allows work or school accounts.',
      action: [
        'Check which user name the user typed and whether its domain is a verified domain of your tenant (Entra admin center > Domain names).',
        'Ask the user to sign in with their organizational account instead of a personal one.',
        'If personal accounts should be allowed, review the application supported account types or invite the person as a guest.',
      ],
    },
    ja: {
      title: 'ドメインがこのアカウントの種類の有効なサインイン ドメインではありません',
      explanation:
        'ユーザー名のドメインが、テナントやアプリケーションが想定しているアカウントの種類に合っていません。職場または学校アカウントのみ許可されたサインインで、個人用 Microsoft アカウントを使った場合によく起こります。',
      action: [
        'ユーザーが入力したユーザー名を確認し、そのドメインがテナントの確認済みドメイン (Microsoft Entra 管理センターの [ドメイン名]) か確認します。',
        '個人用アカウントではなく、組織のアカウントでサインインしてもらいます。',
        '個人用アカウントも許可すべき場合は、アプリのサポートされているアカウントの種類を見直すか、その人をゲストとして招待します。',
      ],
    },
  },
  {
    code: 500209,
    identifier: 'CredentialDoesNotSupportNativeRecovery',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'Account credential cannot be recovered through this in-app flow',
      explanation:
        'The code is not in the public reference; its name says the recovery flow the app started, typically a password reset inside an app that uses native authentication, does not work for the credential this account uses. For example, an account that signs in only with an email one-time passcode or a federated identity has no password to reset there.',
      action: [
        'Check how the account signs in (password, email one-time passcode, social or federated identity) in the user record.',
        'Direct the user to the sign-in method that matches their account instead of the reset flow.',
        'If you build the app, handle this error by showing a message that explains which method to use.',
      ],
    },
    ja: {
      title: 'このアカウントの資格情報はアプリ内の回復フローでは回復できません',
      explanation:
        'このコードは公開リファレンスには載っていませんが、名前からは、アプリが開始した回復フロー (典型的にはネイティブ認証を使うアプリ内でのパスワード リセット) が、このアカウントの資格情報の種類に対応していないことがわかります。たとえばメールのワンタイム パスコードやフェデレーション ID だけでサインインするアカウントには、そこでリセットするパスワードがありません。',
      action: [
        'ユーザー情報で、そのアカウントのサインイン方法 (パスワード、メールのワンタイム パスコード、ソーシャルやフェデレーションの ID) を確認します。',
        'リセットではなく、アカウントに合ったサインイン方法を使うようユーザーに案内します。',
        'アプリを開発している場合は、このエラーを受け取ったら使うべき方法を説明するメッセージを表示するようにします。',
      ],
    },
  },
  {
    code: 500212,
    identifier: 'NotAllowedByOutboundPolicyTenant',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'tenant-admin',
    en: {
      title: 'Your own organization blocks access to this external tenant',
      explanation:
        'The user home tenant has an outbound cross-tenant access policy that does not allow its users to reach the resource tenant, or this app in it. The block comes from the user side, not from the organization that owns the resource.',
      action: [
        'In the user home tenant, open Entra admin center > External Identities > Cross-tenant access settings and check the default outbound settings and any organization-specific entry for the resource tenant.',
        'Check the B2B collaboration or B2B direct connect outbound rules for the users, groups and applications involved.',
        'If the access is approved, add the resource tenant or adjust the rule; otherwise tell the user the block is intended.',
      ],
    },
    ja: {
      title: '自組織の設定により、この外部テナントへのアクセスがブロックされています',
      explanation:
        'ユーザーのホーム テナントの送信 (アウトバウンド) テナント間アクセス ポリシーで、リソース テナントやそのアプリへのアクセスが許可されていません。ブロックはリソースを所有する組織ではなく、ユーザー側の組織の設定によるものです。',
      action: [
        'ユーザーのホーム テナントで、Microsoft Entra 管理センターの [外部 ID] > [テナント間アクセス設定] を開き、既定の送信設定とリソース テナント向けの組織別の設定を確認します。',
        '対象のユーザー、グループ、アプリケーションについて、B2B コラボレーションまたは B2B 直接接続の送信ルールを確認します。',
        'アクセスが承認されていればリソース テナントを追加するかルールを調整し、そうでなければ意図したブロックであることをユーザーに伝えます。',
      ],
    },
  },
  {
    code: 500213,
    identifier: 'NotAllowedByInboundPolicyTenant',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'tenant-admin',
    en: {
      title: 'Resource organization does not accept users from this tenant',
      explanation:
        'The tenant that owns the resource has an inbound cross-tenant access policy that does not let users from the user home tenant in, or not for this app. Only an administrator of the resource tenant can change that.',
      action: [
        'If you own the resource tenant, open External Identities > Cross-tenant access settings and review the default inbound settings and any entry for the user home tenant.',
        'Check which users, groups and applications the inbound B2B collaboration or direct connect rules allow.',
        'If you are on the user side, contact the resource organization and give them your tenant ID and the app the user needs.',
      ],
    },
    ja: {
      title: 'リソース側の組織がこのテナントのユーザーを受け入れていません',
      explanation:
        'リソースを所有するテナントの受信 (インバウンド) テナント間アクセス ポリシーで、ユーザーのホーム テナントのユーザー、またはこのアプリへのアクセスが許可されていません。この設定を変更できるのはリソース テナントの管理者だけです。',
      action: [
        'リソース テナントの管理者であれば、[外部 ID] > [テナント間アクセス設定] で既定の受信設定とユーザーのホーム テナント向けの設定を確認します。',
        '受信の B2B コラボレーションまたは B2B 直接接続のルールで、どのユーザー、グループ、アプリケーションが許可されているか確認します。',
        'ユーザー側の管理者であれば、リソース側の組織に連絡し、自テナントの ID とユーザーが必要とするアプリを伝えます。',
      ],
    },
  },
  {
    code: 500341,
    identifier: 'UserAccountDeleted',
    outcome: 'failure',
    category: 'account-state',
    actor: 'helpdesk-admin',
    en: {
      title: 'User account has been deleted',
      explanation:
        'The account the user tried to sign in with has been deleted from the directory. It may have been removed on purpose when the person left, by mistake, or by sync when the on-premises object was deleted or moved out of scope.',
      action: [
        'Check Entra admin center > Users > Deleted users; soft-deleted accounts can be restored for 30 days.',
        'Look in Audit logs for the delete event to see who or what removed the account.',
        'For synced users, restore or move the AD object back into the sync scope instead of restoring only in the cloud.',
        'If the deletion was intended, tell the user or the app owner that the account no longer exists.',
      ],
    },
    ja: {
      title: 'ユーザー アカウントは削除されています',
      explanation:
        'サインインしようとしたアカウントはディレクトリから削除されています。退職に伴う意図的な削除、誤削除、またはオンプレミスのオブジェクトが削除されたり同期対象外に移動されたりしたことによる同期での削除が考えられます。',
      action: [
        'Microsoft Entra 管理センターの [ユーザー] > [削除済みユーザー] を確認します。論理削除されたアカウントは 30 日間復元できます。',
        '監査ログで削除イベントを探し、誰 (または何) が削除したかを確認します。',
        '同期ユーザーの場合は、クラウドだけで復元せず、AD のオブジェクトを復元するか同期対象の OU に戻します。',
        '意図した削除であれば、アカウントが存在しないことをユーザーやアプリの所有者に伝えます。',
      ],
    },
  },
  {
    code: 500342,
    identifier: 'UserAccountNotFoundNotConfiguredForRemoteNgc',
    outcome: 'failure',
    category: 'account-state',
    actor: 'user',
    en: {
      title: 'Account not found or not set up for phone sign-in',
      explanation:
        'The code is not in the public reference; its name says that, during a phone sign-in with Microsoft Authenticator, no account set up for that method was found. The user may have mistyped the user name, or may not have enabled phone sign-in for this account in the Authenticator app.',
      action: [
        'Check that the user name entered matches the UPN under Entra admin center > Users.',
        'Ask the user to open Microsoft Authenticator, select the account and enable phone sign-in, or register it again if it is missing.',
        'Check Users > select the user > Authentication methods for a Microsoft Authenticator entry with passwordless capability.',
        'Let the user sign in with password and MFA in the meantime.',
      ],
    },
    ja: {
      title: 'アカウントが見つからないか、電話によるサインインが設定されていません',
      explanation:
        'このコードは公開リファレンスには載っていませんが、名前からは、Microsoft Authenticator による電話サインインの際に、その方法が設定されたアカウントが見つからなかったことがわかります。ユーザー名の入力ミスか、Authenticator アプリでこのアカウントの電話によるサインインを有効にしていない可能性があります。',
      action: [
        '入力されたユーザー名が、Microsoft Entra 管理センターの [ユーザー] にある UPN と一致しているか確認します。',
        'Microsoft Authenticator で該当アカウントを選んで電話によるサインインを有効にしてもらい、アカウントがなければ登録し直してもらいます。',
        '[ユーザー] > 対象ユーザー > [認証方法] に、パスワードレス対応の Microsoft Authenticator が登録されているか確認します。',
        'その間はパスワードと MFA でサインインしてもらいます。',
      ],
    },
  },
];
