// GENERATED from src/core/catalog/data/codes-700229-900432.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 700229,
    "identifier": "ForbiddenTokenType",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "A user token was used where only an app-only token is allowed",
      "explanation": "The app tried to use an access token issued by Microsoft Entra ID as a federated identity credential, but the token represents a user (delegated) rather than the application itself. Only app-only tokens, obtained with the client credentials flow or a managed identity, may be exchanged this way.",
      "action": [
        "Check how the assertion token is obtained: it must come from a client credentials request or a managed identity, not from a user sign-in.",
        "Decode the token and confirm it has no scp claim and an idtyp of app.",
        "Review the federated identity credential on the target app (App registrations > Certificates & secrets > Federated credentials) to ensure issuer and subject match the workload."
      ]
    },
    "ja": {
      "title": "アプリ専用トークンだけが許可される箇所でユーザー トークンが使われました",
      "explanation": "アプリが Microsoft Entra ID の発行したアクセス トークンをフェデレーション ID 資格情報として使おうとしましたが、そのトークンはアプリ自身ではなくユーザー (委任) を表すものでした。この交換に使えるのは、クライアント資格情報フローやマネージド ID で取得したアプリ専用トークンだけです。",
      "action": [
        "アサーションに使うトークンの取得方法を確認します。ユーザーのサインインではなく、クライアント資格情報の要求かマネージド ID で取得する必要があります。",
        "トークンをデコードし、scp クレームがなく idtyp が app であることを確認します。",
        "対象アプリのフェデレーション資格情報 ([アプリの登録] > [証明書とシークレット] > [フェデレーション資格情報]) で、発行者とサブジェクトがワークロードと一致しているか確認します。"
      ]
    }
  },
  {
    "code": 750054,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "SAML request or response missing from a Redirect-binding URL",
      "explanation": "A request arrived at the SAML endpoint using HTTP Redirect binding, but the SAMLRequest or SAMLResponse query parameter was not present. It often means the user or the application opened the Microsoft sign-in URL directly, or the service provider is configured with the wrong sign-on URL or binding.",
      "action": [
        "Check the URL the user opened; a bookmark to a login.microsoftonline.com SAML URL without parameters will cause this.",
        "Review the single sign-on URL and binding configured in the service provider and compare with Enterprise applications > select the app > Single sign-on.",
        "Start sign-in from the application itself (SP-initiated) or from My Apps, and capture a SAML trace if it still fails."
      ]
    },
    "ja": {
      "title": "Redirect バインドの URL に SAML 要求または応答が含まれていません",
      "explanation": "HTTP Redirect バインドで SAML エンドポイントに要求が届きましたが、クエリ パラメーターに SAMLRequest も SAMLResponse もありませんでした。ユーザーやアプリが Microsoft のサインイン URL を直接開いた場合や、サービス プロバイダー側のサインオン URL やバインドの設定が誤っている場合によく起こります。",
      "action": [
        "ユーザーが開いた URL を確認します。パラメーターのない login.microsoftonline.com の SAML 用 URL をブックマークしていると発生します。",
        "サービス プロバイダー側に設定されたシングル サインオン URL とバインドを、[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] の内容と比較します。",
        "アプリ側 (SP 起点) またはマイ アプリからサインインを開始し、それでも失敗する場合は SAML トレースを取得します。"
      ]
    }
  },
  {
    "code": 900021,
    "identifier": "InvalidTenantNameEmptyGuidIdentifier",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Tenant in the sign-in URL is an empty GUID",
      "explanation": "The code is rarely seen and not in the public reference; its name says the tenant part of the authority URL was the all-zero GUID (00000000-0000-0000-0000-000000000000). This usually means a tenant ID setting in the app or its configuration file was never filled in.",
      "action": [
        "Check the authority or tenant ID setting of the application (appsettings, environment variables, MSAL configuration).",
        "Replace the placeholder with the real Directory (tenant) ID from Entra admin center > Overview, or with organizations or common for multi-tenant apps.",
        "Redeploy or restart the app and test the sign-in again."
      ]
    },
    "ja": {
      "title": "サインイン URL のテナントが空の GUID になっています",
      "explanation": "このコードはまれで公開リファレンスにもありませんが、名前からは、authority の URL のテナント部分がすべて 0 の GUID (00000000-0000-0000-0000-000000000000) だったことがわかります。多くの場合、アプリやその構成ファイルのテナント ID の設定が埋められていません。",
      "action": [
        "アプリの authority やテナント ID の設定 (appsettings、環境変数、MSAL の構成など) を確認します。",
        "プレースホルダーを、Microsoft Entra 管理センターの [概要] にある実際のディレクトリ (テナント) ID か、マルチテナント アプリなら organizations または common に置き換えます。",
        "アプリを再デプロイまたは再起動して、再度サインインを試します。"
      ]
    }
  },
  {
    "code": 900022,
    "identifier": "InvalidTenantNameEmptyIdentifier",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Tenant in the sign-in URL is empty",
      "explanation": "The code is rarely seen and not in the public reference; its name says the authority URL had no tenant segment at all, for example a double slash where the tenant should be. A missing configuration value or a string concatenation bug in the app is the usual cause.",
      "action": [
        "Look at the exact URL the app used (browser address bar, network trace or app logs) and find where the tenant segment is empty.",
        "Fix the tenant ID or domain setting in the app configuration.",
        "Restart the app and test again."
      ]
    },
    "ja": {
      "title": "サインイン URL のテナントが空になっています",
      "explanation": "このコードはまれで公開リファレンスにもありませんが、名前からは、authority の URL にテナントの部分がまったくなかったことがわかります (テナントが入るべき箇所がスラッシュ 2 つになっているなど)。構成値の未設定か、アプリ内の文字列連結の不具合が主な原因です。",
      "action": [
        "アプリが使った正確な URL (ブラウザーのアドレス バー、ネットワーク トレース、アプリのログ) を確認し、テナント部分が空になっている箇所を特定します。",
        "アプリの構成でテナント ID またはドメインの設定を修正します。",
        "アプリを再起動して、再度テストします。"
      ]
    }
  },
  {
    "code": 900023,
    "identifier": "InvalidTenantNameFormat",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Tenant in the sign-in URL is not a valid tenant ID or domain",
      "explanation": "The code is rarely seen and not in the public reference; its name says the tenant segment of the authority URL was neither a GUID nor a valid domain name. Typical causes are a typo, stray spaces or quotes in configuration, or an email address pasted where the tenant domain belongs.",
      "action": [
        "Check the tenant value in the app configuration for typos, quotes, spaces or an @ sign.",
        "Use the Directory (tenant) ID or a verified domain such as contoso.onmicrosoft.com.",
        "Capture the failing request with a browser network trace or Fiddler and compare it with the protocol documentation for the endpoint."
      ]
    },
    "ja": {
      "title": "サインイン URL のテナントが有効なテナント ID でもドメインでもありません",
      "explanation": "このコードはまれで公開リファレンスにもありませんが、名前からは、authority の URL のテナント部分が GUID でも有効なドメイン名でもなかったことがわかります。入力ミス、構成値に紛れ込んだ空白や引用符、テナントのドメインを入れるべき箇所にメール アドレスを貼り付けたことなどが典型的な原因です。",
      "action": [
        "アプリの構成にあるテナントの値に、誤字、引用符、空白、@ 記号が含まれていないか確認します。",
        "ディレクトリ (テナント) ID か、contoso.onmicrosoft.com のような確認済みドメインを指定します。",
        "ブラウザーのネットワーク トレースや Fiddler で失敗した要求を取得し、エンドポイントのプロトコル仕様と比較します。"
      ]
    }
  },
  {
    "code": 900144,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Token request is missing a required parameter",
      "explanation": "The request sent to the token endpoint did not include a parameter that the chosen grant type requires, such as grant_type, client_id, code, scope or redirect_uri. The error message names the missing parameter.",
      "action": [
        "Read the parameter name in the error message.",
        "Check that the app sends the token request as an HTTP POST with a form-encoded body, not as query string parameters or JSON.",
        "Capture the failing request with a browser network trace or Fiddler and compare it with the protocol documentation for the endpoint."
      ]
    },
    "ja": {
      "title": "トークン要求に必須パラメーターがありません",
      "explanation": "トークン エンドポイントへの要求に、grant_type、client_id、code、scope、redirect_uri など、選んだ付与の種類で必須のパラメーターが含まれていませんでした。エラー メッセージに不足しているパラメーター名が表示されます。",
      "action": [
        "エラー メッセージで不足しているパラメーター名を確認します。",
        "トークン要求がクエリ文字列や JSON ではなく、フォーム エンコードの本文を持つ HTTP POST で送られているか確認します。",
        "ブラウザーのネットワーク トレースや Fiddler で失敗した要求を取得し、エンドポイントのプロトコル仕様と比較します。"
      ]
    }
  },
  {
    "code": 900236,
    "identifier": "InvalidRequestSamlPropertyUnsupported",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "SAML request sets a property that is not supported",
      "explanation": "The SAML authentication request from the service provider contains an attribute or element that Microsoft Entra ID does not support and that must be left out. The error message names the property.",
      "action": [
        "Read the property name in the error and find the matching setting in the service provider SAML configuration.",
        "Turn off or remove that option on the service provider side, then retry.",
        "Capture the AuthnRequest with a SAML tracer to confirm the property is gone."
      ]
    },
    "ja": {
      "title": "SAML 要求にサポートされていないプロパティが設定されています",
      "explanation": "サービス プロバイダーからの SAML 認証要求に、Microsoft Entra ID がサポートしておらず指定してはならない属性や要素が含まれていました。エラー メッセージにそのプロパティ名が表示されます。",
      "action": [
        "エラーに表示されたプロパティ名を確認し、サービス プロバイダー側の SAML 設定で対応する項目を探します。",
        "サービス プロバイダー側でそのオプションを無効にするか削除してから、再試行します。",
        "SAML トレーサーで AuthnRequest を取得し、そのプロパティが含まれていないことを確認します。"
      ]
    }
  },
  {
    "code": 900382,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Confidential client is not supported in a cross-cloud request",
      "explanation": "A confidential client (an app authenticating with a secret or certificate) sent a request that crosses Microsoft cloud boundaries, for example between the global cloud and a national cloud, and that is not supported. Cross-cloud scenarios only work for certain flows and app types.",
      "action": [
        "Confirm which cloud the app is registered in and which cloud the target tenant or resource is in.",
        "Register the app in the same cloud as the tenant it authenticates against and use that cloud authority URL.",
        "If cross-cloud B2B is intended, review Microsoft cloud settings in Cross-tenant access settings and use a supported flow."
      ]
    },
    "ja": {
      "title": "クロスクラウドの要求では機密クライアントはサポートされていません",
      "explanation": "シークレットや証明書で認証する機密クライアントが、グローバル クラウドと国別クラウドの間など Microsoft クラウドの境界をまたぐ要求を送信しましたが、これはサポートされていません。クロスクラウドのシナリオは、特定のフローやアプリの種類でしか動作しません。",
      "action": [
        "アプリがどのクラウドに登録されているか、対象のテナントやリソースがどのクラウドにあるかを確認します。",
        "認証先テナントと同じクラウドにアプリを登録し、そのクラウドの authority の URL を使います。",
        "クロスクラウド B2B を意図している場合は、[テナント間アクセス設定] の Microsoft クラウドの設定を確認し、サポートされているフローを使います。"
      ]
    }
  },
  {
    "code": 900384,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "JWT failed signature validation",
      "explanation": "A JSON Web Token presented to Microsoft Entra ID, such as a client assertion or a token from a federated issuer, did not pass signature validation. The exact reason varies and is included in the returned error message, for example an unknown signing key, a wrong algorithm, or a token altered in transit.",
      "action": [
        "Read the full error message returned to the app for the specific validation failure.",
        "Check that the signing key or certificate matches what is registered (App registrations > Certificates & secrets, or the issuer JWKS for federated credentials).",
        "Make sure nothing re-encodes or truncates the token between creation and use."
      ]
    },
    "ja": {
      "title": "JWT の署名検証に失敗しました",
      "explanation": "クライアント アサーションやフェデレーションされた発行者のトークンなど、Microsoft Entra ID に提示された JSON Web Token が署名検証に通りませんでした。具体的な理由は状況によって異なり、返されるエラー メッセージに含まれます (未知の署名キー、誤ったアルゴリズム、送信途中での改変など)。",
      "action": [
        "アプリに返されたエラー メッセージ全文で、具体的な検証失敗の理由を確認します。",
        "署名キーや証明書が登録内容 ([アプリの登録] > [証明書とシークレット]、フェデレーション資格情報なら発行者の JWKS) と一致しているか確認します。",
        "トークンの作成から使用までの間に、再エンコードや切り詰めが行われていないか確認します。"
      ]
    }
  },
  {
    "code": 900432,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Confidential client is not supported in a cross-cloud request (second code)",
      "explanation": "Microsoft documents this code with the same meaning as 900382: a confidential client made a request across Microsoft cloud boundaries, which is not supported. Handle it the same way; the reason for two codes is not public.",
      "action": [
        "Identify the cloud of the app registration and of the target tenant or resource from the sign-in record.",
        "Use an app registration in the same cloud as the tenant and that cloud authority URL.",
        "Review Microsoft cloud settings in Cross-tenant access settings if cross-cloud collaboration is intended."
      ]
    },
    "ja": {
      "title": "クロスクラウドの要求では機密クライアントはサポートされていません (別コード)",
      "explanation": "Microsoft はこのコードを 900382 と同じ意味で説明しており、機密クライアントが Microsoft クラウドの境界をまたぐ要求を送信したもので、これはサポートされていません。対応も同じで、コードが 2 つある理由は公開されていません。",
      "action": [
        "サインイン記録から、アプリの登録があるクラウドと、対象のテナントやリソースのクラウドを特定します。",
        "テナントと同じクラウドのアプリの登録と、そのクラウドの authority の URL を使います。",
        "クラウドをまたいだ共同作業を意図している場合は、[テナント間アクセス設定] の Microsoft クラウドの設定を確認します。"
      ]
    }
  }
];
