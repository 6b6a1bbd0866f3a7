// GENERATED from src/core/catalog/data/codes-70000-70012.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 70000,
    "identifier": "InvalidGrant",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The grant presented by the app could not be used",
      "explanation": "The app tried to get a token with a grant (refresh token, authorization code, assertion) that Entra ID considers invalid. Reasons include token binding data that is missing or does not match, an unsupported flow for this type of app, or a grant that was issued for a different client or context. The fix is usually to start a fresh interactive sign-in and, if it recurs, correct how the app uses the grant.",
      "action": [
        "Read the additional details of the sign-in event; they usually say which part of the grant was rejected.",
        "Have the user sign out of the app and sign in again to obtain a new grant.",
        "If it recurs, have the developer check that the grant is redeemed by the same client that obtained it and with the expected flow and parameters."
      ]
    },
    "ja": {
      "title": "アプリが提示したグラントを使用できませんでした",
      "explanation": "アプリがグラント (更新トークン、認可コード、アサーションなど) でトークンを取得しようとしましたが、Entra ID はそれを無効と判断しました。トークン バインドの情報が欠けている・一致しない、このアプリの種類ではサポートされないフローを使った、別のクライアントや状況向けに発行されたグラントを使った、などが原因として挙げられます。通常は対話型のサインインをやり直せば解消し、繰り返す場合はアプリのグラントの使い方を修正します。",
      "action": [
        "サインイン イベントの追加の詳細を確認します。どの部分が拒否されたかが記載されていることが多いです。",
        "ユーザーにアプリからサインアウトして再度サインインしてもらい、新しいグラントを取得させます。",
        "繰り返す場合は、グラントを取得したのと同じクライアントが、想定したフローとパラメーターで引き換えているか開発者に確認してもらいます。"
      ]
    }
  },
  {
    "code": 70001,
    "identifier": "UnauthorizedClient",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "The application is disabled or not available in this tenant",
      "explanation": "Entra ID refused to issue a token to this client because the application is not usable in the tenant. Most often its enterprise application has sign-in disabled, or it has never been added to or consented in the tenant. Requests sent to the wrong tenant produce the same result.",
      "action": [
        "Find the application ID in the sign-in event and look it up in Entra admin center > Enterprise apps.",
        "Open the app > Properties and check Enabled for users to sign in; enable it if the app should be used.",
        "If the app does not exist in the tenant, have an administrator add it or grant consent, or check that the app sends requests to the correct tenant."
      ]
    },
    "ja": {
      "title": "アプリケーションが無効化されているか、このテナントで利用できません",
      "explanation": "アプリケーションがテナント内で利用できない状態のため、Entra ID はこのクライアントへのトークン発行を拒否しました。多いのは、エンタープライズ アプリケーションでサインインが無効になっているケースや、テナントに追加・同意されたことがないケースです。誤ったテナントに要求を送った場合も同じ結果になります。",
      "action": [
        "サインイン イベントでアプリケーション ID を確認し、Microsoft Entra 管理センター > エンタープライズ アプリケーション で検索します。",
        "対象アプリ > プロパティ で「ユーザーのサインインが有効になっていますか?」を確認し、利用すべきアプリであれば「はい」にします。",
        "テナントにアプリが存在しない場合は、管理者が追加または同意するか、アプリが正しいテナントに要求を送っているか確認します。"
      ]
    }
  },
  {
    "code": 70002,
    "identifier": "InvalidClient",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The app's own credentials were rejected",
      "explanation": "The application authenticated itself with a client secret or certificate that Entra ID could not validate. Usually the secret is wrong, expired or belongs to another app registration, or the app is public and should not send a secret at all. The user cannot fix this; the app configuration must be corrected.",
      "action": [
        "Note the application ID from the sign-in event (service principal sign-ins for app-only flows).",
        "In App registrations > the app > Certificates & secrets, check that the secret or certificate in use exists and has not expired.",
        "Create a new secret or upload a new certificate if needed, update the app configuration or key vault, and restart the app.",
        "Make sure the client ID and secret in the app belong to the same registration."
      ]
    },
    "ja": {
      "title": "アプリ自身の資格情報が拒否されました",
      "explanation": "アプリケーションがクライアント シークレットまたは証明書で自身を認証しましたが、Entra ID はそれを検証できませんでした。シークレットの誤り・期限切れ・別のアプリの登録のものを使っている、あるいはパブリック クライアントなのにシークレットを送っている、といった原因が一般的です。ユーザー側では解決できず、アプリの構成を修正する必要があります。",
      "action": [
        "サインイン イベント (アプリのみのフローではサービス プリンシパルのサインイン) でアプリケーション ID を確認します。",
        "アプリの登録 > 対象アプリ > 証明書とシークレット で、使用中のシークレットや証明書が存在し期限切れでないか確認します。",
        "必要なら新しいシークレットを作成するか証明書をアップロードし、アプリの設定や Key Vault を更新してアプリを再起動します。",
        "アプリに設定されたクライアント ID とシークレットが同じアプリの登録のものか確認します。"
      ]
    }
  },
  {
    "code": 70003,
    "identifier": "UnsupportedGrantType",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The app used a grant type that the token endpoint does not support",
      "explanation": "The token request carried a grant_type value that Entra ID does not accept, or not for this kind of app or endpoint. This is a coding or library configuration error that normally shows up during development. Users cannot work around it.",
      "action": [
        "Identify the app in the sign-in log and capture the failing token request (grant_type parameter).",
        "Have the developer use a supported flow (authorization_code, refresh_token, client_credentials, device_code, jwt-bearer for on-behalf-of) and a current MSAL version.",
        "Check that the app calls the correct endpoint version (v1.0 or v2.0) for the flow it uses."
      ]
    },
    "ja": {
      "title": "トークン エンドポイントがサポートしないグラントの種類が使われました",
      "explanation": "トークン要求の grant_type の値が、Entra ID では受け付けられないもの、またはこの種類のアプリやエンドポイントでは使えないものでした。コードやライブラリ設定の誤りで、通常は開発中に見つかります。ユーザー側で回避する方法はありません。",
      "action": [
        "サインイン ログで対象アプリを特定し、失敗しているトークン要求の grant_type パラメーターを確認します。",
        "サポートされるフロー (authorization_code、refresh_token、client_credentials、device_code、On-Behalf-Of 用の jwt-bearer など) と最新の MSAL を使うよう開発者に依頼します。",
        "使用するフローに対して正しいバージョンのエンドポイント (v1.0 または v2.0) を呼び出しているか確認します。"
      ]
    }
  },
  {
    "code": 70004,
    "identifier": "InvalidRedirectUri",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The redirect URI sent by the app is not registered for it",
      "explanation": "The app asked Entra ID to send the sign-in result to an address that does not match any redirect URI configured on its registration. Entra ID will not return tokens to an unregistered address. Small differences count: scheme, host name, port, path, trailing slash and case.",
      "action": [
        "Capture the redirect_uri value the app sent (from the error text or a browser trace).",
        "Compare it with App registrations > the app > Authentication > Redirect URIs, under the right platform (Web, SPA, Mobile and desktop).",
        "Add the exact URI to the registration, or fix the app so it sends one that is already registered."
      ]
    },
    "ja": {
      "title": "アプリが送ったリダイレクト URI が登録されていません",
      "explanation": "アプリはサインイン結果を特定のアドレスに返すよう求めましたが、そのアドレスはアプリの登録に設定されたどのリダイレクト URI とも一致しませんでした。Entra ID は登録されていないアドレスにはトークンを返しません。スキーム、ホスト名、ポート、パス、末尾のスラッシュ、大文字小文字といった小さな違いも不一致になります。",
      "action": [
        "エラー メッセージやブラウザーのトレースから、アプリが送った redirect_uri の値を確認します。",
        "アプリの登録 > 対象アプリ > 認証 > リダイレクト URI で、適切なプラットフォーム (Web、SPA、モバイル アプリケーションとデスクトップ アプリケーション) の値と比較します。",
        "完全に同じ URI を登録に追加するか、登録済みの URI を送るようアプリを修正します。"
      ]
    }
  },
  {
    "code": 70005,
    "identifier": "UnsupportedResponseType",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The app asked for a response type that is not enabled or not valid",
      "explanation": "The authorization request used a response_type that this app may not use. The most common case is an implicit flow request for token or id_token while the matching implicit grant setting is off on the app registration. Asking for id_token without the openid scope also fails this way.",
      "action": [
        "Check the response_type and scope values in the failing request.",
        "If the app really needs the implicit or hybrid flow, enable Access tokens or ID tokens under App registrations > the app > Authentication > Implicit grant and hybrid flows.",
        "Better, move the app to the authorization code flow (with PKCE for browser apps) so the implicit grant can stay off.",
        "When requesting id_token, make sure the openid scope is included."
      ]
    },
    "ja": {
      "title": "アプリが、有効になっていない、または無効な応答の種類を要求しました",
      "explanation": "認可要求の response_type が、このアプリでは使えない値でした。最も多いのは、アプリの登録で暗黙的な許可の設定が無効なまま、暗黙的フローで token や id_token を要求しているケースです。openid スコープなしで id_token を要求した場合も同様に失敗します。",
      "action": [
        "失敗している要求の response_type と scope の値を確認します。",
        "暗黙的フローやハイブリッド フローが本当に必要な場合は、アプリの登録 > 対象アプリ > 認証 > 暗黙的な許可およびハイブリッド フロー で「アクセス トークン」または「ID トークン」を有効にします。",
        "可能であれば、ブラウザー アプリでは PKCE 付きの認可コード フローに移行し、暗黙的な許可は無効のままにします。",
        "id_token を要求する場合は、openid スコープが含まれているか確認します。"
      ]
    }
  },
  {
    "code": 70007,
    "identifier": "UnsupportedResponseMode",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The app asked for a response mode that is not supported",
      "explanation": "The response_mode parameter tells Entra ID how to return the result (query string, fragment or form post). The value the app sent is not supported, or not allowed with the response type it requested. For example, tokens may not be returned in the query string.",
      "action": [
        "Look at the response_mode and response_type values in the failing request.",
        "Have the developer use a supported combination, such as form_post or query for authorization codes and fragment or form_post when tokens are returned directly.",
        "Update to a current MSAL library, which chooses valid combinations automatically."
      ]
    },
    "ja": {
      "title": "アプリがサポートされていない応答モードを要求しました",
      "explanation": "response_mode パラメーターは、結果をどの形式 (クエリ文字列、フラグメント、フォーム POST) で返すかを Entra ID に伝えるものです。アプリが送った値はサポートされていないか、要求した応答の種類とは組み合わせられないものでした。たとえば、トークンをクエリ文字列で返すことはできません。",
      "action": [
        "失敗している要求の response_mode と response_type の値を確認します。",
        "認可コードなら form_post や query、トークンを直接受け取るなら fragment や form_post など、サポートされる組み合わせを使うよう開発者に依頼します。",
        "有効な組み合わせを自動で選んでくれる最新の MSAL ライブラリへの更新を検討します。"
      ]
    }
  },
  {
    "code": 70008,
    "identifier": "ExpiredOrRevokedGrant",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "The refresh token or code has expired or was revoked",
      "explanation": "The app tried to use a refresh token or authorization code that is no longer valid. Refresh tokens expire after a long period without use, and they are revoked when the password changes or an administrator revokes sessions. This is an expected part of the token lifecycle; the user simply has to sign in again.",
      "action": [
        "Have the user sign in to the app again interactively.",
        "If it happens unexpectedly often, check whether sessions were revoked (Users > select the user > Revoke sessions, or a password reset) or whether a sign-in frequency policy applies.",
        "Developers should handle this code by starting an interactive sign-in instead of failing."
      ]
    },
    "ja": {
      "title": "更新トークンまたはコードの有効期限が切れたか、取り消されました",
      "explanation": "アプリが、すでに無効になった更新トークンや認可コードを使おうとしました。更新トークンは長期間使われないと失効し、パスワード変更や管理者によるセッションの取り消しでも無効になります。トークンのライフサイクルとして想定内の動作で、ユーザーがもう一度サインインすれば解決します。",
      "action": [
        "ユーザーにアプリへ対話型で再度サインインしてもらいます。",
        "想定外に頻発する場合は、セッションの取り消し (ユーザー > 対象ユーザー > セッションの取り消し、またはパスワード リセット) やサインインの頻度のポリシーが関係していないか確認します。",
        "開発者は、このコードを受け取ったらエラー終了せず、対話型サインインを開始するよう実装します。"
      ]
    }
  },
  {
    "code": 70011,
    "identifier": "InvalidScope",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The scope requested by the app is not valid",
      "explanation": "The scope parameter in the request is malformed, refers to a resource or permission that does not exist, or mixes scopes in a way the endpoint does not allow. Typical examples are a misspelled permission, an App ID URI without the permission name, or client-credentials requests that do not use the /.default form.",
      "action": [
        "Read the scope value quoted in the error details of the sign-in event or the app logs.",
        "Check the resource App ID URI and permission names under App registrations > the resource app > Expose an API.",
        "For client credentials flows, request <resource>/.default; for delegated flows, request scopes of a single resource per token request."
      ]
    },
    "ja": {
      "title": "アプリが要求したスコープが無効です",
      "explanation": "要求の scope パラメーターの形式が正しくない、存在しないリソースやアクセス許可を指している、またはエンドポイントが認めない組み合わせになっています。アクセス許可名のスペルミス、アクセス許可名を付けずにアプリ ID URI だけを指定した、クライアント資格情報フローで /.default 形式を使っていない、といった例が典型的です。",
      "action": [
        "サインイン イベントのエラー詳細やアプリ ログに記載されている scope の値を確認します。",
        "アプリの登録 > リソース側アプリ > API の公開 で、アプリ ID URI とアクセス許可名を確認します。",
        "クライアント資格情報フローでは <リソース>/.default を要求し、委任フローでは 1 回のトークン要求で 1 つのリソースのスコープだけを指定するよう修正します。"
      ]
    }
  },
  {
    "code": 70012,
    "identifier": "MsaServerError",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "A server error occurred while authenticating a personal Microsoft account",
      "explanation": "The sign-in involved a personal Microsoft account (MSA), and the consumer account service returned an internal error. This is on Microsoft's side and is usually temporary. Tenant settings do not cause it.",
      "action": [
        "Ask the user to wait a few minutes and try again.",
        "Check the Microsoft 365 / Azure service health pages for an ongoing incident.",
        "If it keeps failing, collect the correlation ID and timestamp from the sign-in event and open a support request."
      ]
    },
    "ja": {
      "title": "個人用 Microsoft アカウントの認証中にサーバー エラーが発生しました",
      "explanation": "サインインに個人用 Microsoft アカウント (MSA) が関係しており、コンシューマー アカウント側のサービスが内部エラーを返しました。Microsoft 側の問題で、通常は一時的なものです。テナントの設定が原因で起きるものではありません。",
      "action": [
        "数分待ってから再試行するようユーザーに案内します。",
        "Microsoft 365 や Azure のサービス正常性で障害が発生していないか確認します。",
        "失敗が続く場合は、サインイン イベントから相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  }
];
