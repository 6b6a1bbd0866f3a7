// AADSTS 700229–1000104: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 700229,
    identifier: 'ForbiddenTokenType',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'A user token was used where only an app-only token is allowed',
      explanation:
        'The app tried to use an access token issued by Microsoft Entra ID as a federated identity credential, but the token represents a user (delegated) rather than the application itself. Only app-only tokens, obtained with the client credentials flow or a managed identity, may be exchanged this way.',
      action: [
        'Check how the assertion token is obtained: it must come from a client credentials request or a managed identity, not from a user sign-in.',
        'Decode the token and confirm it has no scp claim and an idtyp of app.',
        'Review the federated identity credential on the target app (App registrations > Certificates & secrets > Federated credentials) to ensure issuer and subject match the workload.',
      ],
    },
    ja: {
      title: 'アプリ専用トークンだけが許可される箇所でユーザー トークンが使われました',
      explanation:
        'アプリが Microsoft Entra ID の発行したアクセス トークンをフェデレーション ID 資格情報として使おうとしましたが、そのトークンはアプリ自身ではなくユーザー (委任) を表すものでした。この交換に使えるのは、クライアント資格情報フローやマネージド ID で取得したアプリ専用トークンだけです。',
      action: [
        'アサーションに使うトークンの取得方法を確認します。ユーザーのサインインではなく、クライアント資格情報の要求かマネージド ID で取得する必要があります。',
        'トークンをデコードし、scp クレームがなく idtyp が app であることを確認します。',
        '対象アプリのフェデレーション資格情報 ([アプリの登録] > [証明書とシークレット] > [フェデレーション資格情報]) で、発行者とサブジェクトがワークロードと一致しているか確認します。',
      ],
    },
  },
  {
    code: 750054,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'SAML request or response missing from a Redirect-binding URL',
      explanation:
        'A request arrived at the SAML endpoint using HTTP Redirect binding, but the SAMLRequest or SAMLResponse query parameter was not present. It often means the user or the application opened the Microsoft sign-in URL directly, or the service provider is configured with the wrong sign-on URL or binding.',
      action: [
        'Check the URL the user opened; a bookmark to a login.microsoftonline.com SAML URL without parameters will cause this.',
        'Review the single sign-on URL and binding configured in the service provider and compare with Enterprise applications > select the app > Single sign-on.',
        'Start sign-in from the application itself (SP-initiated) or from My Apps, and capture a SAML trace if it still fails.',
      ],
    },
    ja: {
      title: 'Redirect バインドの URL に SAML 要求または応答が含まれていません',
      explanation:
        'HTTP Redirect バインドで SAML エンドポイントに要求が届きましたが、クエリ パラメーターに SAMLRequest も SAMLResponse もありませんでした。ユーザーやアプリが Microsoft のサインイン URL を直接開いた場合や、サービス プロバイダー側のサインオン URL やバインドの設定が誤っている場合によく起こります。',
      action: [
        'ユーザーが開いた URL を確認します。パラメーターのない login.microsoftonline.com の SAML 用 URL をブックマークしていると発生します。',
        'サービス プロバイダー側に設定されたシングル サインオン URL とバインドを、[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] の内容と比較します。',
        'アプリ側 (SP 起点) またはマイ アプリからサインインを開始し、それでも失敗する場合は SAML トレースを取得します。',
      ],
    },
  },
  {
    code: 900021,
    identifier: 'InvalidTenantNameEmptyGuidIdentifier',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Tenant in the sign-in URL is an empty GUID',
      explanation:
        'The code is rarely seen and not in the public reference; its name says the tenant part of the authority URL was the all-zero GUID (00000000-0000-0000-0000-000000000000). This usually means a tenant ID setting in the app or its configuration file was never filled in.',
      action: [
        'Check the authority or tenant ID setting of the application (appsettings, environment variables, MSAL configuration).',
        'Replace the placeholder with the real Directory (tenant) ID from Entra admin center > Overview, or with organizations or common for multi-tenant apps.',
        'Redeploy or restart the app and test the sign-in again.',
      ],
    },
    ja: {
      title: 'サインイン URL のテナントが空の GUID になっています',
      explanation:
        'このコードはまれで公開リファレンスにもありませんが、名前からは、authority の URL のテナント部分がすべて 0 の GUID (00000000-0000-0000-0000-000000000000) だったことがわかります。多くの場合、アプリやその構成ファイルのテナント ID の設定が埋められていません。',
      action: [
        'アプリの authority やテナント ID の設定 (appsettings、環境変数、MSAL の構成など) を確認します。',
        'プレースホルダーを、Microsoft Entra 管理センターの [概要] にある実際のディレクトリ (テナント) ID か、マルチテナント アプリなら organizations または common に置き換えます。',
        'アプリを再デプロイまたは再起動して、再度サインインを試します。',
      ],
    },
  },
  {
    code: 900022,
    identifier: 'InvalidTenantNameEmptyIdentifier',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Tenant in the sign-in URL is empty',
      explanation:
        'The code is rarely seen and not in the public reference; its name says the authority URL had no tenant segment at all, for example a double slash where the tenant should be. A missing configuration value or a string concatenation bug in the app is the usual cause.',
      action: [
        'Look at the exact URL the app used (browser address bar, network trace or app logs) and find where the tenant segment is empty.',
        'Fix the tenant ID or domain setting in the app configuration.',
        'Restart the app and test again.',
      ],
    },
    ja: {
      title: 'サインイン URL のテナントが空になっています',
      explanation:
        'このコードはまれで公開リファレンスにもありませんが、名前からは、authority の URL にテナントの部分がまったくなかったことがわかります (テナントが入るべき箇所がスラッシュ 2 つになっているなど)。構成値の未設定か、アプリ内の文字列連結の不具合が主な原因です。',
      action: [
        'アプリが使った正確な URL (ブラウザーのアドレス バー、ネットワーク トレース、アプリのログ) を確認し、テナント部分が空になっている箇所を特定します。',
        'アプリの構成でテナント ID またはドメインの設定を修正します。',
        'アプリを再起動して、再度テストします。',
      ],
    },
  },
  {
    code: 900023,
    identifier: 'InvalidTenantNameFormat',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Tenant in the sign-in URL is not a valid tenant ID or domain',
      explanation:
        'The code is rarely seen and not in the public reference; its name says the tenant segment of the authority URL was neither a GUID nor a valid domain name. Typical causes are a typo, stray spaces or quotes in configuration, or an email address pasted where the tenant domain belongs.',
      action: [
        'Check the tenant value in the app configuration for typos, quotes, spaces or an @ sign.',
        'Use the Directory (tenant) ID or a verified domain such as contoso.onmicrosoft.com.',
        'Capture the failing request with a browser network trace or Fiddler and compare it with the protocol documentation for the endpoint.',
      ],
    },
    ja: {
      title: 'サインイン URL のテナントが有効なテナント ID でもドメインでもありません',
      explanation:
        'このコードはまれで公開リファレンスにもありませんが、名前からは、authority の URL のテナント部分が GUID でも有効なドメイン名でもなかったことがわかります。入力ミス、構成値に紛れ込んだ空白や引用符、テナントのドメインを入れるべき箇所にメール アドレスを貼り付けたことなどが典型的な原因です。',
      action: [
        'アプリの構成にあるテナントの値に、誤字、引用符、空白、@ 記号が含まれていないか確認します。',
        'ディレクトリ (テナント) ID か、contoso.onmicrosoft.com のような確認済みドメインを指定します。',
        'ブラウザーのネットワーク トレースや Fiddler で失敗した要求を取得し、エンドポイントのプロトコル仕様と比較します。',
      ],
    },
  },
  {
    code: 900144,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Token request is missing a required parameter',
      explanation:
        'The request sent to the token endpoint did not include a parameter that the chosen grant type requires, such as grant_type, client_id, code, scope or redirect_uri. The error message names the missing parameter.',
      action: [
        'Read the parameter name in the error message.',
        'Check that the app sends the token request as an HTTP POST with a form-encoded body, not as query string parameters or JSON.',
        'Capture the failing request with a browser network trace or Fiddler and compare it with the protocol documentation for the endpoint.',
      ],
    },
    ja: {
      title: 'トークン要求に必須パラメーターがありません',
      explanation:
        'トークン エンドポイントへの要求に、grant_type、client_id、code、scope、redirect_uri など、選んだ付与の種類で必須のパラメーターが含まれていませんでした。エラー メッセージに不足しているパラメーター名が表示されます。',
      action: [
        'エラー メッセージで不足しているパラメーター名を確認します。',
        'トークン要求がクエリ文字列や JSON ではなく、フォーム エンコードの本文を持つ HTTP POST で送られているか確認します。',
        'ブラウザーのネットワーク トレースや Fiddler で失敗した要求を取得し、エンドポイントのプロトコル仕様と比較します。',
      ],
    },
  },
  {
    code: 900236,
    identifier: 'InvalidRequestSamlPropertyUnsupported',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'SAML request sets a property that is not supported',
      explanation:
        'The SAML authentication request from the service provider contains an attribute or element that Microsoft Entra ID does not support and that must be left out. The error message names the property.',
      action: [
        'Read the property name in the error and find the matching setting in the service provider SAML configuration.',
        'Turn off or remove that option on the service provider side, then retry.',
        'Capture the AuthnRequest with a SAML tracer to confirm the property is gone.',
      ],
    },
    ja: {
      title: 'SAML 要求にサポートされていないプロパティが設定されています',
      explanation:
        'サービス プロバイダーからの SAML 認証要求に、Microsoft Entra ID がサポートしておらず指定してはならない属性や要素が含まれていました。エラー メッセージにそのプロパティ名が表示されます。',
      action: [
        'エラーに表示されたプロパティ名を確認し、サービス プロバイダー側の SAML 設定で対応する項目を探します。',
        'サービス プロバイダー側でそのオプションを無効にするか削除してから、再試行します。',
        'SAML トレーサーで AuthnRequest を取得し、そのプロパティが含まれていないことを確認します。',
      ],
    },
  },
  {
    code: 900382,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Confidential client is not supported in a cross-cloud request',
      explanation:
        'A confidential client (an app authenticating with a secret or certificate) sent a request that crosses Microsoft cloud boundaries, for example between the global cloud and a national cloud, and that is not supported. Cross-cloud scenarios only work for certain flows and app types.',
      action: [
        'Confirm which cloud the app is registered in and which cloud the target tenant or resource is in.',
        'Register the app in the same cloud as the tenant it authenticates against and use that cloud authority URL.',
        'If cross-cloud B2B is intended, review Microsoft cloud settings in Cross-tenant access settings and use a supported flow.',
      ],
    },
    ja: {
      title: 'クロスクラウドの要求では機密クライアントはサポートされていません',
      explanation:
        'シークレットや証明書で認証する機密クライアントが、グローバル クラウドと国別クラウドの間など Microsoft クラウドの境界をまたぐ要求を送信しましたが、これはサポートされていません。クロスクラウドのシナリオは、特定のフローやアプリの種類でしか動作しません。',
      action: [
        'アプリがどのクラウドに登録されているか、対象のテナントやリソースがどのクラウドにあるかを確認します。',
        '認証先テナントと同じクラウドにアプリを登録し、そのクラウドの authority の URL を使います。',
        'クロスクラウド B2B を意図している場合は、[テナント間アクセス設定] の Microsoft クラウドの設定を確認し、サポートされているフローを使います。',
      ],
    },
  },
  {
    code: 900384,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'JWT failed signature validation',
      explanation:
        'A JSON Web Token presented to Microsoft Entra ID, such as a client assertion or a token from a federated issuer, did not pass signature validation. The exact reason varies and is included in the returned error message, for example an unknown signing key, a wrong algorithm, or a token altered in transit.',
      action: [
        'Read the full error message returned to the app for the specific validation failure.',
        'Check that the signing key or certificate matches what is registered (App registrations > Certificates & secrets, or the issuer JWKS for federated credentials).',
        'Make sure nothing re-encodes or truncates the token between creation and use.',
      ],
    },
    ja: {
      title: 'JWT の署名検証に失敗しました',
      explanation:
        'クライアント アサーションやフェデレーションされた発行者のトークンなど、Microsoft Entra ID に提示された JSON Web Token が署名検証に通りませんでした。具体的な理由は状況によって異なり、返されるエラー メッセージに含まれます (未知の署名キー、誤ったアルゴリズム、送信途中での改変など)。',
      action: [
        'アプリに返されたエラー メッセージ全文で、具体的な検証失敗の理由を確認します。',
        '署名キーや証明書が登録内容 ([アプリの登録] > [証明書とシークレット]、フェデレーション資格情報なら発行者の JWKS) と一致しているか確認します。',
        'トークンの作成から使用までの間に、再エンコードや切り詰めが行われていないか確認します。',
      ],
    },
  },
  {
    code: 900432,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Confidential client is not supported in a cross-cloud request (second code)',
      explanation:
        'Microsoft documents this code with the same meaning as 900382: a confidential client made a request across Microsoft cloud boundaries, which is not supported. Handle it the same way; the reason for two codes is not public.',
      action: [
        'Identify the cloud of the app registration and of the target tenant or resource from the sign-in record.',
        'Use an app registration in the same cloud as the tenant and that cloud authority URL.',
        'Review Microsoft cloud settings in Cross-tenant access settings if cross-cloud collaboration is intended.',
      ],
    },
    ja: {
      title: 'クロスクラウドの要求では機密クライアントはサポートされていません (別コード)',
      explanation:
        'Microsoft はこのコードを 900382 と同じ意味で説明しており、機密クライアントが Microsoft クラウドの境界をまたぐ要求を送信したもので、これはサポートされていません。対応も同じで、コードが 2 つある理由は公開されていません。',
      action: [
        'サインイン記録から、アプリの登録があるクラウドと、対象のテナントやリソースのクラウドを特定します。',
        'テナントと同じクラウドのアプリの登録と、そのクラウドの authority の URL を使います。',
        'クラウドをまたいだ共同作業を意図している場合は、[テナント間アクセス設定] の Microsoft クラウドの設定を確認します。',
      ],
    },
  },
  {
    code: 900561,
    identifier: 'BadResourceRequestInvalidRequest',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Endpoint was called with the wrong HTTP method',
      explanation:
        'The sign-in endpoint accepts only certain HTTP methods (for example POST) and received another one (for example GET). It is either an app bug, or, very often, a user pressing the browser Back button onto a page that was posted, in which case it can be ignored.',
      action: [
        'Check whether the user simply went back in the browser; if a new sign-in works, no action is needed.',
        'If the app is yours and the error repeats, check that the token endpoint is called with POST and the authorize endpoint with GET or POST as designed.',
        'Capture the failing request with a browser network trace or Fiddler and compare it with the protocol documentation for the endpoint.',
      ],
    },
    ja: {
      title: 'エンドポイントが誤った HTTP メソッドで呼び出されました',
      explanation:
        'サインインのエンドポイントは特定の HTTP メソッド (POST など) しか受け付けませんが、別のメソッド (GET など) で呼び出されました。アプリの不具合か、非常によくあるのはユーザーがブラウザーの [戻る] でポスト済みのページに戻った場合で、後者であれば無視してかまいません。',
      action: [
        'ユーザーがブラウザーで戻っただけかを確認し、新しくサインインして成功するなら対応は不要です。',
        '自社アプリで繰り返し発生する場合は、トークン エンドポイントを POST で、認可エンドポイントを設計どおり GET または POST で呼び出しているか確認します。',
        'ブラウザーのネットワーク トレースや Fiddler で失敗した要求を取得し、エンドポイントのプロトコル仕様と比較します。',
      ],
    },
  },
  {
    code: 900971,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'No reply address was provided',
      explanation:
        'The sign-in request carried no redirect (reply) URI, and none could be taken from the app registration. Without a reply address, Microsoft Entra ID has nowhere to send the result.',
      action: [
        'Open App registrations > select the app > Authentication and add the correct redirect URI under the right platform.',
        'Make sure the app sends redirect_uri in the request, matching a registered value exactly.',
        'For SAML apps, check the Reply URL (Assertion Consumer Service URL) under Enterprise applications > select the app > Single sign-on.',
      ],
    },
    ja: {
      title: '応答アドレスが指定されていません',
      explanation:
        'サインイン要求にリダイレクト (応答) URI が含まれておらず、アプリの登録からも取得できませんでした。応答アドレスがないため、Microsoft Entra ID は結果の送り先がありません。',
      action: [
        '[アプリの登録] > 対象アプリ > [認証] で、適切なプラットフォームに正しいリダイレクト URI を追加します。',
        'アプリが要求に redirect_uri を含めており、登録済みの値と完全に一致しているか確認します。',
        'SAML アプリの場合は、[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] の応答 URL (Assertion Consumer Service URL) を確認します。',
      ],
    },
  },
  {
    code: 901002,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The resource parameter is not supported on this endpoint',
      explanation:
        'The app sent a resource parameter to the v2.0 endpoint, which identifies the target API through scopes instead. Code written for the v1.0 endpoint or ADAL, then pointed at v2.0, often does this.',
      action: [
        'Remove the resource parameter and express the target as a scope, for example https://graph.microsoft.com/.default or a specific permission.',
        'Alternatively, if the app is meant to use v1.0, make sure it calls the v1.0 endpoints consistently.',
        'When migrating from ADAL, switch to MSAL, which builds v2.0 requests correctly.',
      ],
    },
    ja: {
      title: 'このエンドポイントでは resource パラメーターはサポートされていません',
      explanation:
        'アプリが v2.0 エンドポイントに resource パラメーターを送りましたが、v2.0 では対象の API をスコープで指定します。v1.0 エンドポイントや ADAL 向けに書かれたコードを v2.0 に向けた場合によく起こります。',
      action: [
        'resource パラメーターを削除し、対象を https://graph.microsoft.com/.default や個別のアクセス許可などのスコープで指定します。',
        'v1.0 を使う想定のアプリであれば、一貫して v1.0 のエンドポイントを呼び出しているか確認します。',
        'ADAL から移行する場合は、v2.0 の要求を正しく組み立てる MSAL に切り替えます。',
      ],
    },
  },
  {
    code: 901011,
    identifier: 'NoEmailAddressCollectedFromExternalOidcIDP',
    outcome: 'failure',
    category: 'federation',
    actor: 'user',
    en: {
      title: 'External identity provider did not return an email address',
      explanation:
        'The user signed in through an external OpenID Connect identity provider, and no email address came back in the token. This typically happens when the user chose to hide their email during sign-up at the provider, for example Hide My Email with Apple.',
      action: [
        'Ask the user to sign in again and allow the provider to share their email address, or to remove and re-add the app permission at the provider.',
        'If the address is still missing, have the user sign up with another method such as email one-time passcode.',
        'If you administer the tenant, check that the provider configuration requests the email scope and maps the email claim (External Identities > All identity providers).',
      ],
    },
    ja: {
      title: '外部 ID プロバイダーがメール アドレスを返しませんでした',
      explanation:
        'ユーザーは外部の OpenID Connect ID プロバイダー経由でサインインしましたが、トークンにメール アドレスが含まれていませんでした。プロバイダーでの登録時にメールを非公開にした場合 (Apple の「メールを非公開」など) によく起こります。',
      action: [
        'もう一度サインインしてプロバイダーにメール アドレスの共有を許可するか、プロバイダー側でアプリの許可を削除して付け直してもらいます。',
        'それでもアドレスが渡らない場合は、メールのワンタイム パスコードなど別の方法で登録してもらいます。',
        'テナント管理者であれば、プロバイダーの構成で email スコープを要求し email クレームをマッピングしているか確認します ([外部 ID] > [すべての ID プロバイダー])。',
      ],
    },
  },
  {
    code: 901012,
    identifier: 'EmailAddressCollectedFromExternalOidcIDPNotVerified',
    outcome: 'failure',
    category: 'federation',
    actor: 'user',
    en: {
      title: 'Email address from the external identity provider is not verified',
      explanation:
        'The external OpenID Connect identity provider returned an email address, but the token marks it as not verified. Microsoft Entra ID will not use an unverified address to identify the user.',
      action: [
        'Ask the user to verify their email address in their account at the external provider, then sign in again.',
        'If that is not possible, have them sign up with a different method, such as email one-time passcode.',
        'If you administer the tenant, check the provider claims mapping for the email_verified claim.',
      ],
    },
    ja: {
      title: '外部 ID プロバイダーのメール アドレスが確認済みではありません',
      explanation:
        '外部の OpenID Connect ID プロバイダーはメール アドレスを返しましたが、トークン上では未確認とされていました。Microsoft Entra ID は、確認されていないアドレスをユーザーの識別には使いません。',
      action: [
        '外部プロバイダーのアカウントでメール アドレスの確認を済ませてから、もう一度サインインしてもらいます。',
        'それができない場合は、メールのワンタイム パスコードなど別の方法で登録してもらいます。',
        'テナント管理者であれば、プロバイダーの要求マッピングで email_verified クレームの扱いを確認します。',
      ],
    },
  },
  {
    code: 901014,
    identifier: 'NoExternalIdentifierCollectedFromExternalOidcIDP',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'External identity provider token has no user identifier',
      explanation:
        'The ID token from the external OpenID Connect identity provider did not contain the claim used as the external identifier of the user, normally sub. Without it Microsoft Entra ID cannot link the sign-in to a user, which points to a mapping or provider configuration problem.',
      action: [
        'Open the provider under External Identities > All identity providers and check the claims mapping for the user ID (subject) claim.',
        'Decode a token from the provider and confirm which claim actually carries the stable user identifier.',
        'If the provider does not send it, contact the provider owner to include it in ID tokens.',
      ],
    },
    ja: {
      title: '外部 ID プロバイダーのトークンにユーザー識別子がありません',
      explanation:
        '外部の OpenID Connect ID プロバイダーからの ID トークンに、ユーザーの外部識別子として使う要求 (通常は sub) が含まれていませんでした。これがないと Microsoft Entra ID はサインインをユーザーに結び付けられず、マッピングかプロバイダーの構成に問題があることを示しています。',
      action: [
        '[外部 ID] > [すべての ID プロバイダー] でプロバイダーを開き、ユーザー ID (サブジェクト) 要求のマッピングを確認します。',
        'プロバイダーのトークンをデコードし、どの要求に不変のユーザー識別子が入っているかを確認します。',
        'プロバイダーが送っていない場合は、ID トークンに含めるようプロバイダーの管理者に依頼します。',
      ],
    },
  },
  {
    code: 1000000,
    identifier: 'UserNotBoundError',
    outcome: 'failure',
    category: 'federation',
    actor: 'user',
    en: {
      title: 'User has not yet signed in with the linked external identity provider',
      explanation:
        'The sign-in uses a binding step that requires the Microsoft Entra user to also authenticate with an external identity provider, and that has not happened yet. The user is usually sent to the external provider next; the error only stands out if the binding never completes.',
      action: [
        'Ask the user to finish the sign-in at the external provider when redirected.',
        'Look in the sign-in logs for a later entry with the same correlation ID to see whether the binding completed.',
        'If it never completes, check the external identity provider configuration and collect the correlation ID for support.',
      ],
    },
    ja: {
      title: 'リンクされた外部 ID プロバイダーでのサインインがまだ行われていません',
      explanation:
        'このサインインには、Microsoft Entra ユーザーが外部 ID プロバイダーでも認証するバインドの手順が必要ですが、まだ行われていません。通常は続いて外部プロバイダーに送られるため、バインドが最後まで完了しない場合にだけ問題になります。',
      action: [
        'リダイレクトされたら、外部プロバイダーでのサインインを最後まで行ってもらいます。',
        'サインイン ログで同じ相関 ID の後続エントリを探し、バインドが完了したかを確認します。',
        '完了しない場合は外部 ID プロバイダーの構成を確認し、サポート用に相関 ID を控えます。',
      ],
    },
  },
  {
    code: 1000002,
    identifier: 'BindCompleteInterruptError',
    outcome: 'interrupted',
    category: 'federation',
    actor: 'user',
    en: {
      title: 'Account binding finished and the user is shown a confirmation',
      explanation:
        'The binding between the Microsoft Entra account and the external identity provider completed successfully, and the sign-in paused to inform the user. It is an interrupt, not a failure, and the sign-in normally continues right after.',
      action: [
        'No action is needed if a following sign-in entry with the same correlation ID succeeded.',
        'If the user reports being stuck on the confirmation page, ask them to continue or to close the browser and sign in again.',
      ],
    },
    ja: {
      title: 'アカウントのバインドが完了し、ユーザーに確認が表示されました',
      explanation:
        'Microsoft Entra アカウントと外部 ID プロバイダーのバインドは正常に完了し、ユーザーへの通知のためにサインインが一時停止しました。これは失敗ではなく中断で、通常はその直後にサインインが続行されます。',
      action: [
        '同じ相関 ID の後続のサインインが成功していれば、対応は不要です。',
        '確認画面から先に進めないという報告があれば、そのまま続行するか、ブラウザーを閉じて再度サインインしてもらいます。',
      ],
    },
  },
  {
    code: 1000031,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'Application cannot be accessed at this time',
      explanation:
        'The sign-in service refused access to the named application without giving a more specific reason. The public reference only says to contact the administrator; the application may have been disabled or blocked, either in the tenant or by Microsoft.',
      action: [
        'Open Entra admin center > Enterprise applications, find the app, and check Properties > Enabled for users to sign-in.',
        'Read the Failure reason and Additional details of the sign-in record for any further hint.',
        'Check Audit logs for recent changes to the application or its service principal.',
        'If nothing in the tenant explains it, open a support case with the application ID, correlation ID and timestamp.',
      ],
    },
    ja: {
      title: '現在このアプリケーションにアクセスできません',
      explanation:
        'サインイン サービスは、指定されたアプリケーションへのアクセスを具体的な理由を示さずに拒否しました。公開リファレンスには管理者に問い合わせるよう書かれているだけで、テナント内または Microsoft によってアプリが無効化やブロックされている可能性があります。',
      action: [
        'Microsoft Entra 管理センターの [エンタープライズ アプリケーション] で対象アプリを開き、[プロパティ] の [ユーザーのサインインが有効になっていますか?] を確認します。',
        'サインイン記録の [失敗の理由] と [追加の詳細] に、ほかの手掛かりがないか確認します。',
        '監査ログで、アプリケーションやサービス プリンシパルへの最近の変更を確認します。',
        'テナント内に原因が見当たらない場合は、アプリケーション ID、相関 ID、タイムスタンプを添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 1000104,
    identifier: 'XCB2BResourceCloudNotAllowedOnIdentityTenant',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'tenant-admin',
    en: {
      title: 'Cross-cloud B2B access to this Microsoft cloud is not enabled',
      explanation:
        'The user home tenant and the resource are in different Microsoft clouds (for example the global cloud and Microsoft Azure operated by 21Vianet or Azure Government), and the home tenant does not allow collaboration with the resource cloud. Cross-cloud B2B must be enabled on both sides before it works.',
      action: [
        'In the user home tenant, open External Identities > Cross-tenant access settings > Microsoft cloud settings and enable the resource cloud.',
        'Add the partner tenant in Organizational settings and configure the outbound rules for it.',
        'Ask the resource tenant administrator to do the matching configuration (cloud setting and inbound rules) on their side.',
      ],
    },
    ja: {
      title: 'この Microsoft クラウドへのクロスクラウド B2B アクセスが有効になっていません',
      explanation:
        'ユーザーのホーム テナントとリソースが異なる Microsoft クラウド (グローバル クラウドと 21Vianet が運営する Microsoft Azure や Azure Government など) にあり、ホーム テナントでリソース側のクラウドとの共同作業が許可されていません。クロスクラウド B2B は、両方のテナントで有効にしないと動作しません。',
      action: [
        'ユーザーのホーム テナントで [外部 ID] > [テナント間アクセス設定] > [Microsoft クラウドの設定] を開き、リソース側のクラウドを有効にします。',
        '[組織の設定] に相手のテナントを追加し、そのテナント向けの送信ルールを構成します。',
        'リソース テナントの管理者にも、クラウドの設定と受信ルールを同様に構成してもらいます。',
      ],
    },
  },
];
