// GENERATED from src/core/catalog/data/codes-700016-700084.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 700016,
    "identifier": "UnauthorizedClient_DoesNotMatchRequest",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Application was not found in the tenant the request was sent to",
      "explanation": "The sign-in named an application ID that does not exist in the tenant that received the request. Usually the client ID is mistyped, the request goes to the wrong tenant, or a multi-tenant app has not yet been added or consented in that tenant.",
      "action": [
        "Check the client_id the app sends against the Application (client) ID in App registrations > Overview.",
        "Check the authority URL (tenant ID or domain) in the app configuration; a single-tenant app must use its own tenant.",
        "For a multi-tenant or vendor app, have an administrator of the user tenant add it by granting consent."
      ]
    },
    "ja": {
      "title": "要求の送信先テナントにアプリケーションが見つかりませんでした",
      "explanation": "サインインで指定されたアプリケーション ID が、要求を受け取ったテナントに存在しません。クライアント ID の入力ミス、送信先テナントの誤り、またはマルチテナント アプリがそのテナントにまだ追加・同意されていないことがほとんどです。",
      "action": [
        "アプリが送る client_id と、[アプリの登録] > [概要] のアプリケーション (クライアント) ID を照合します。",
        "アプリの構成にある authority の URL (テナント ID やドメイン) を確認します。シングルテナント アプリは自テナントを指定する必要があります。",
        "マルチテナント アプリやベンダー製アプリの場合は、ユーザー側テナントの管理者が同意してアプリを追加します。"
      ]
    }
  },
  {
    "code": 700020,
    "identifier": "InteractionRequired",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Token request needs the user to interact",
      "explanation": "The app tried to get a token silently, but the grant requires the user to do something first, such as complete MFA, consent, or sign in again. It is expected from time to time; it becomes a problem only if the app does not then show an interactive prompt.",
      "action": [
        "Make sure the app catches this error (MsalUiRequiredException or interaction_required) and retries with an interactive request.",
        "Check the sign-in logs around the same time for the interactive step that was required (MFA, Conditional Access, consent).",
        "Ask the user to open the app in the foreground and sign in when prompted."
      ]
    },
    "ja": {
      "title": "トークンの要求にユーザーの操作が必要です",
      "explanation": "アプリがサイレントでトークンを取得しようとしましたが、MFA の完了、同意、再サインインなど、先にユーザーの操作が必要な状態でした。ときどき発生するのは想定どおりで、その後アプリが対話的な画面を出さない場合にだけ問題になります。",
      "action": [
        "アプリがこのエラー (MsalUiRequiredException や interaction_required) を捕捉し、対話的な要求で再試行しているか確認します。",
        "同じ時間帯のサインイン ログで、どの対話的な手順 (MFA、条件付きアクセス、同意) が必要だったかを確認します。",
        "アプリを前面に表示して、求められたらサインインするようユーザーに伝えます。"
      ]
    }
  },
  {
    "code": 700022,
    "identifier": "InvalidMultipleResourcesScope",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Scope value mixes permissions for more than one resource",
      "explanation": "The token request asked for scopes that belong to different resources at once, for example Microsoft Graph and a custom API. An access token is issued for one resource at a time, so the request is rejected.",
      "action": [
        "Split the request: acquire one token per resource, each with only that resource scopes.",
        "If you want consent for several APIs up front, use the extra scopes to consent option of MSAL while requesting a token for only one resource.",
        "Check the scope string in the failing request to see which resources were combined."
      ]
    },
    "ja": {
      "title": "スコープの値に複数のリソースのアクセス許可が混在しています",
      "explanation": "トークン要求で、Microsoft Graph と独自 API など、異なるリソースのスコープが同時に要求されました。アクセス トークンは 1 回に 1 つのリソースに対してのみ発行されるため、要求は拒否されます。",
      "action": [
        "要求を分け、リソースごとにそのリソースのスコープだけでトークンを取得します。",
        "複数の API への同意を最初にまとめて取りたい場合は、MSAL の追加スコープへの同意機能を使い、トークンは 1 つのリソース分だけ要求します。",
        "失敗した要求のスコープ文字列を確認し、どのリソースが混在していたかを確認します。"
      ]
    }
  },
  {
    "code": 700023,
    "identifier": "InvalidResourcelessScope",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Scope value does not name a resource for the access token",
      "explanation": "The request asked for an access token, but the scope parameter contained only values that do not identify a resource, or an invalid one. Typically the app sent only openid or profile, an empty scope, or a scope string without the resource prefix.",
      "action": [
        "Include a resource-qualified scope, such as https://graph.microsoft.com/User.Read or api://<app-id>/<scope>.",
        "Check that the scope is not empty after configuration values are substituted.",
        "Use .default (for example api://<app-id>/.default) for client credentials requests."
      ]
    },
    "ja": {
      "title": "スコープの値がアクセス トークンのリソースを示していません",
      "explanation": "アクセス トークンを要求しましたが、scope パラメーターにリソースを特定しない値だけ、または無効な値が含まれていました。openid や profile だけを送った、スコープが空だった、リソースの接頭辞のないスコープ文字列を送ったといった場合が典型です。",
      "action": [
        "https://graph.microsoft.com/User.Read や api://<アプリ ID>/<スコープ> のように、リソースを含む形のスコープを指定します。",
        "構成値を埋め込んだ後にスコープが空になっていないか確認します。",
        "クライアント資格情報フローの要求では、.default (例: api://<アプリ ID>/.default) を使います。"
      ]
    }
  },
  {
    "code": 700025,
    "identifier": "InvalidClientPublicClientWithCredential",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Public client sent a client secret or assertion",
      "explanation": "The app is registered as a public client (desktop, mobile or single-page app), yet its token request included a client_secret or client_assertion. Public clients cannot keep secrets, so Microsoft Entra ID refuses credentials from them; the registration and the code disagree about the app type.",
      "action": [
        "Decide whether the app is a public client or a confidential (web or daemon) app.",
        "For a public client, remove the secret or assertion from the token request.",
        "For a confidential app, register the redirect URI under the Web platform in App registrations > Authentication, and check Allow public client flows is set as intended."
      ]
    },
    "ja": {
      "title": "パブリック クライアントがクライアント シークレットやアサーションを送信しました",
      "explanation": "アプリはパブリック クライアント (デスクトップ、モバイル、シングルページ アプリ) として登録されていますが、トークン要求に client_secret または client_assertion が含まれていました。パブリック クライアントは秘密を安全に保持できないため資格情報は拒否され、登録内容とコードでアプリの種類の認識が一致していない状態です。",
      "action": [
        "アプリがパブリック クライアントか、機密クライアント (Web アプリやデーモン) かを決めます。",
        "パブリック クライアントであれば、トークン要求からシークレットやアサーションを取り除きます。",
        "機密クライアントであれば、[アプリの登録] > [認証] でリダイレクト URI を Web プラットフォームとして登録し、[パブリック クライアント フローを許可する] が意図どおりか確認します。"
      ]
    }
  },
  {
    "code": 700027,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Client assertion failed signature validation",
      "explanation": "The app authenticated with a signed client assertion (certificate credential), and Microsoft Entra ID could not validate the signature. The certificate used to sign is usually not uploaded to the app registration, has been replaced or expired, or the assertion header references the wrong thumbprint.",
      "action": [
        "Open App registrations > select the app > Certificates & secrets and compare the thumbprints and expiry dates with the certificate the app uses.",
        "Upload the current public certificate if it is missing, and remove expired ones after rollover.",
        "Check that the assertion header (x5t or kid) matches that certificate and that the signing algorithm is RS256 or PS256."
      ]
    },
    "ja": {
      "title": "クライアント アサーションの署名検証に失敗しました",
      "explanation": "アプリは署名付きクライアント アサーション (証明書の資格情報) で認証しましたが、Microsoft Entra ID は署名を検証できませんでした。署名に使った証明書がアプリの登録にアップロードされていない、置き換えや期限切れになっている、またはアサーションのヘッダーが誤った拇印を参照していることがほとんどです。",
      "action": [
        "[アプリの登録] > 対象アプリ > [証明書とシークレット] で、アプリが使っている証明書と拇印・有効期限を比較します。",
        "証明書がなければ現在の公開証明書をアップロードし、更新後は期限切れのものを削除します。",
        "アサーションのヘッダー (x5t または kid) がその証明書と一致し、署名アルゴリズムが RS256 または PS256 であることを確認します。"
      ]
    }
  },
  {
    "code": 700030,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Certificate subject name is not authorized for this app",
      "explanation": "The app authenticated with a certificate that is trusted by subject name and issuer (SN+I), and none of the subject names in the certificate is authorized for the app. The certificate was probably renewed with a different subject, or the app configuration lists another name.",
      "action": [
        "Read the subject names listed in the error message and compare them with the trusted subject name configured for the app.",
        "If the certificate was renewed, make sure the new one keeps the same subject and is issued by an accepted CA.",
        "Otherwise upload the certificate to App registrations > Certificates & secrets and authenticate with its thumbprint instead."
      ]
    },
    "ja": {
      "title": "証明書のサブジェクト名がこのアプリで承認されていません",
      "explanation": "アプリはサブジェクト名と発行者 (SN+I) で信頼される証明書で認証しましたが、証明書のどのサブジェクト名もこのアプリで承認されていません。証明書が別のサブジェクトで更新されたか、アプリの構成に別の名前が登録されている可能性があります。",
      "action": [
        "エラー メッセージに列挙されたサブジェクト名と、アプリに構成されている信頼済みのサブジェクト名を比較します。",
        "証明書を更新した場合は、新しい証明書が同じサブジェクトを持ち、承認された CA から発行されているか確認します。",
        "それ以外の場合は、[アプリの登録] > [証明書とシークレット] に証明書をアップロードし、拇印による認証に切り替えます。"
      ]
    }
  },
  {
    "code": 700054,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "ID tokens are not enabled for this app in the implicit or hybrid flow",
      "explanation": "The app asked the authorization endpoint to return an id_token directly, but the app registration does not allow ID tokens through the implicit or hybrid flow. This is common with older web apps and libraries that use response_type=id_token or code id_token.",
      "action": [
        "Open App registrations > select the app > Authentication and, under Implicit grant and hybrid flows, tick ID tokens if the app really needs them.",
        "Better, move the app to the authorization code flow with PKCE so the implicit setting is not needed.",
        "Save and test the sign-in again; the change takes effect within a few minutes."
      ]
    },
    "ja": {
      "title": "暗黙的フローまたはハイブリッド フローで ID トークンが有効になっていません",
      "explanation": "アプリが認可エンドポイントに id_token を直接返すよう要求しましたが、アプリの登録で暗黙的フローやハイブリッド フローによる ID トークンの発行が許可されていません。response_type=id_token や code id_token を使う古い Web アプリやライブラリでよく見られます。",
      "action": [
        "[アプリの登録] > 対象アプリ > [認証] を開き、本当に必要であれば [暗黙的な許可およびハイブリッド フロー] の [ID トークン] にチェックを入れます。",
        "可能であれば PKCE 付きの認可コード フローに移行し、暗黙的フローの設定を不要にします。",
        "保存後、数分以内に反映されるので、再度サインインを試します。"
      ]
    }
  },
  {
    "code": 700082,
    "identifier": "ExpiredOrRevokedGrantInactiveToken",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "Refresh token expired after a long period without use",
      "explanation": "The app tried to use a refresh token that had not been used for longer than its inactivity limit, so it has expired. This is part of the normal token lifecycle when a user has not opened the app for a long time.",
      "action": [
        "Have the user sign in to the app again interactively.",
        "If the app is yours, make sure it handles this error by prompting the user instead of failing silently.",
        "No administrator action is needed unless many users hit it at once, which could indicate a broader revocation."
      ]
    },
    "ja": {
      "title": "長期間使われなかったため更新トークンの有効期限が切れました",
      "explanation": "アプリが使った更新トークンは、非アクティブ期間の上限を超えて使われていなかったため失効していました。ユーザーが長い間アプリを開いていなかった場合に起こる、通常のトークンのライフサイクルの一部です。",
      "action": [
        "アプリに対話的にサインインし直してもらいます。",
        "自社アプリであれば、このエラーを受け取ったら黙って失敗せず、ユーザーにサインインを促すよう実装します。",
        "多数のユーザーで同時に発生しない限り管理者の対応は不要です (一斉に発生する場合は広範な取り消しが行われた可能性があります)。"
      ]
    }
  },
  {
    "code": 700084,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "Refresh token of a single-page app reached its fixed lifetime",
      "explanation": "Refresh tokens issued to single-page applications (SPA) have a fixed, non-extendable lifetime, and this one has run out. The browser app has to send the user through the sign-in page again, which normally happens silently if the session is still valid.",
      "action": [
        "Have the user reload the app or sign in again.",
        "If you develop the SPA, handle this error by calling the interactive or redirect sign-in of MSAL.js instead of showing a generic error.",
        "If silent renewal also fails, check that third-party cookies or the session are not being blocked by the browser."
      ]
    },
    "ja": {
      "title": "シングルページ アプリの更新トークンが固定の有効期間に達しました",
      "explanation": "シングルページ アプリケーション (SPA) に発行された更新トークンは延長できない固定の有効期間を持っており、その期間が終了しました。ブラウザー アプリはユーザーを再度サインイン ページに送る必要がありますが、セッションがまだ有効であれば通常は画面に表示されずに完了します。",
      "action": [
        "アプリを再読み込みするか、もう一度サインインしてもらいます。",
        "SPA を開発している場合は、汎用的なエラーを表示せず、MSAL.js の対話的サインインまたはリダイレクトによるサインインを呼び出すようにします。",
        "サイレント更新も失敗する場合は、ブラウザーがサードパーティ Cookie やセッションをブロックしていないか確認します。"
      ]
    }
  }
];
