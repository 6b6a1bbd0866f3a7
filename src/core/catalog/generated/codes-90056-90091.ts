// GENERATED from src/core/catalog/data/codes-90056-90091.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 90056,
    "identifier": "BadResourceRequest",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The token endpoint was called the wrong way",
      "explanation": "To exchange an authorization code for tokens, the app must first send the user to the /authorize endpoint and then POST the returned code to the /token endpoint. This request did not follow that pattern, for example it used GET, called the wrong endpoint, or carried no code. Users occasionally cause it by navigating back to an old sign-in page.",
      "action": [
        "Check the HTTP method, URL and body of the failing token request.",
        "Compare the endpoints the app uses with App registrations > the app > Endpoints, and make sure the code is POSTed to the token endpoint.",
        "If it comes from users pressing Back in the browser, it can be ignored when a later sign-in succeeds."
      ]
    },
    "ja": {
      "title": "トークン エンドポイントの呼び出し方が正しくありません",
      "explanation": "認可コードをトークンと交換するには、まずユーザーを /authorize エンドポイントに送り、返されたコードを /token エンドポイントに POST する必要があります。この要求はその手順に従っておらず、GET を使った、別のエンドポイントを呼んだ、コードが含まれていない、などの状態でした。ユーザーがブラウザーで古いサインイン ページに戻った場合に発生することもあります。",
      "action": [
        "失敗したトークン要求の HTTP メソッド、URL、本文を確認します。",
        "アプリが使うエンドポイントを アプリの登録 > 対象アプリ > エンドポイント と比較し、コードが token エンドポイントに POST されているか確認します。",
        "ユーザーがブラウザーの「戻る」を押したことが原因で、その後のサインインが成功していれば無視してかまいません。"
      ]
    }
  },
  {
    "code": 90072,
    "identifier": "PassThroughUserMfaError",
    "outcome": "failure",
    "category": "account-state",
    "actor": "tenant-admin",
    "en": {
      "title": "The account used does not exist in this tenant, so its MFA requirement cannot be met",
      "explanation": "The user signed in with an external account that has no user object in the tenant being accessed, so Entra ID cannot apply the tenant's MFA requirements to it. Despite the identifier name, this is mainly a membership problem: the person was never invited as a guest or signed in with the wrong account. It can also appear for synchronized users whose ImmutableID (sourceAnchor) differs between Active Directory and Entra ID.",
      "action": [
        "Check the Home tenant and Resource tenant of the sign-in event, and the account the user typed.",
        "If the person should have access, invite them as a guest (Users > New user > Invite external user); otherwise ask them to sign in with their account in this tenant.",
        "For synchronized users, compare the on-premises sourceAnchor with the user's onPremisesImmutableId in Entra ID and fix the mismatch through Entra Connect."
      ]
    },
    "ja": {
      "title": "使用したアカウントがこのテナントに存在しないため、MFA 要件を満たせません",
      "explanation": "ユーザーは、アクセス先のテナントにユーザー オブジェクトがない外部アカウントでサインインしたため、Entra ID はテナントの MFA 要件をそのアカウントに適用できませんでした。識別子の名前とは裏腹に、主な原因はゲストとして招待されていない、別のアカウントでサインインした、といった所属の問題です。同期ユーザーで、Active Directory と Entra ID の ImmutableID (sourceAnchor) が一致しない場合にも発生します。",
      "action": [
        "サインイン イベントのホーム テナントとリソース テナント、ユーザーが入力したアカウントを確認します。",
        "アクセスを許可すべき相手であれば ユーザー > 新しいユーザー > 外部ユーザーの招待 でゲストとして招待し、そうでなければこのテナントのアカウントでサインインするよう案内します。",
        "同期ユーザーの場合は、オンプレミスの sourceAnchor と Entra ID の onPremisesImmutableId を比較し、Entra Connect で不一致を修正します。"
      ]
    }
  },
  {
    "code": 90081,
    "identifier": "OrgIdWsFederationMessageInvalid",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The WS-Federation message sent by the app is not valid",
      "explanation": "The application uses WS-Federation to sign users in through Entra ID, and the message it sent could not be processed. Missing or malformed parameters (such as wa, wtrealm or wreply) or an unexpected message type are common reasons. The relying party configuration or code must be fixed.",
      "action": [
        "Capture the sign-in URL and check the wa, wtrealm and wreply parameters.",
        "Make sure wtrealm matches the app Identifier (App ID URI) and wreply matches a registered reply URL in App registrations > the app.",
        "Ask the vendor to correct the message if the app is a third-party product."
      ]
    },
    "ja": {
      "title": "アプリが送った WS-Federation メッセージが無効です",
      "explanation": "このアプリケーションは WS-Federation で Entra ID を使ってサインインしていますが、送られたメッセージを処理できませんでした。wa、wtrealm、wreply などのパラメーターの欠落や形式の誤り、想定外のメッセージの種類がよくある原因です。証明書利用者 (アプリ) 側の構成またはコードを修正する必要があります。",
      "action": [
        "サインイン URL を取得し、wa、wtrealm、wreply の各パラメーターを確認します。",
        "wtrealm がアプリの識別子 (アプリ ID URI) と一致し、wreply が アプリの登録 > 対象アプリ に登録された応答 URL と一致しているか確認します。",
        "サードパーティ製品の場合は、メッセージの修正をベンダーに依頼します。"
      ]
    }
  },
  {
    "code": 90082,
    "identifier": "OrgIdWsFederationNotSupported",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The authentication policy chosen for this WS-Federation request is not supported",
      "explanation": "The WS-Federation request asked for an authentication policy or option that Entra ID does not currently offer. The app probably relies on behaviour of another WS-Federation identity provider. The relying party needs to use options Entra ID supports.",
      "action": [
        "Inspect the request parameters (such as wauth or policy-related values) sent by the app.",
        "Remove the unsupported requirement from the app configuration, or move the app to OpenID Connect or SAML.",
        "Retest after the change."
      ]
    },
    "ja": {
      "title": "この WS-Federation 要求で選ばれた認証ポリシーはサポートされていません",
      "explanation": "WS-Federation 要求が、Entra ID では現在提供していない認証ポリシーやオプションを求めました。アプリが別の WS-Federation ID プロバイダーの動作に依存している可能性があります。証明書利用者側で、Entra ID がサポートするオプションを使うよう変更する必要があります。",
      "action": [
        "アプリが送っている要求パラメーター (wauth やポリシー関連の値など) を確認します。",
        "サポートされない要件をアプリの設定から外すか、アプリを OpenID Connect や SAML に移行します。",
        "変更後に再テストします。"
      ]
    }
  },
  {
    "code": 90084,
    "identifier": "OrgIdWsFederationGuestNotAllowed",
    "outcome": "failure",
    "category": "account-state",
    "actor": "tenant-admin",
    "en": {
      "title": "Guest accounts are not allowed for this WS-Federation site",
      "explanation": "The user is a guest in the tenant, and the WS-Federation application they tried to reach does not accept guest accounts. This is a restriction of that app or its configuration, not a problem with the guest's credentials.",
      "action": [
        "Confirm in the sign-in event that the user type is Guest and identify the application.",
        "If guests should use the app, check with the app owner whether it can support external users, or give the person a member account.",
        "Otherwise tell the user that this site is only available to members of the organization."
      ]
    },
    "ja": {
      "title": "この WS-Federation サイトではゲスト アカウントは許可されていません",
      "explanation": "ユーザーはテナントのゲストで、アクセスしようとした WS-Federation アプリケーションはゲスト アカウントを受け付けていません。アプリまたはその構成による制限であり、ゲストの資格情報に問題があるわけではありません。",
      "action": [
        "サインイン イベントでユーザーの種類がゲストであることを確認し、アプリケーションを特定します。",
        "ゲストにも使わせるべきアプリであれば、外部ユーザーに対応できるかアプリの所有者に確認するか、メンバー アカウントを用意します。",
        "そうでなければ、このサイトは組織のメンバー専用であることをユーザーに伝えます。"
      ]
    }
  },
  {
    "code": 90085,
    "identifier": "OrgIdWsFederationSltRedemptionFailed",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "microsoft",
    "en": {
      "title": "A token cannot be issued because the organization is not fully provisioned yet",
      "explanation": "The service could not issue the token because the company object for the tenant has not finished provisioning. It is seen shortly after a tenant or subscription is created, while back-end setup is still running. It normally clears without intervention.",
      "action": [
        "Wait and retry later; provisioning of a new tenant or service can take some time.",
        "Check in the Microsoft 365 admin center whether the subscription and services show as active.",
        "If it persists well beyond provisioning time, open a support request with the correlation ID and timestamp."
      ]
    },
    "ja": {
      "title": "組織のプロビジョニングが完了していないため、トークンを発行できません",
      "explanation": "テナントの会社オブジェクトのプロビジョニングが終わっていないため、サービスはトークンを発行できませんでした。テナントやサブスクリプションを作成した直後、バックエンドの準備が進行中のときに見られます。通常は何もしなくても解消します。",
      "action": [
        "しばらく待ってから再試行します。新しいテナントやサービスのプロビジョニングには時間がかかることがあります。",
        "Microsoft 365 管理センターで、サブスクリプションとサービスがアクティブになっているか確認します。",
        "通常のプロビジョニング時間を大きく過ぎても続く場合は、相関 ID と日時を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 90086,
    "identifier": "OrgIdWsTrustDaTokenExpired",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "The user's WS-Trust sign-in token has expired",
      "explanation": "Older clients that use WS-Trust keep a user token (called a DA token) to request service tokens without prompting. That token has expired, so it cannot be used any more. The user has to sign in again so the client gets a new one.",
      "action": [
        "Have the user sign out of the client application and sign in again.",
        "If the client is an old Office or legacy application, plan to update it to a version that uses modern authentication."
      ]
    },
    "ja": {
      "title": "ユーザーの WS-Trust サインイン トークンの有効期限が切れています",
      "explanation": "WS-Trust を使う古いクライアントは、サインインを求めずにサービス トークンを取得するため、ユーザー トークン (DA トークン) を保持しています。そのトークンの有効期限が切れたため、もう使用できません。クライアントが新しいトークンを取得できるよう、ユーザーが再度サインインする必要があります。",
      "action": [
        "ユーザーにクライアント アプリからサインアウトし、再度サインインしてもらいます。",
        "古い Office やレガシー アプリの場合は、先進認証に対応したバージョンへの更新を計画します。"
      ]
    }
  },
  {
    "code": 90087,
    "identifier": "OrgIdWsFederationMessageCreationFromUriFailed",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "A WS-Federation message could not be built from the request URL",
      "explanation": "Entra ID tried to read a WS-Federation message from the query string of the URL and failed. The URL is probably truncated, double-encoded or contains invalid characters. The relying party must send a correctly encoded sign-in URL.",
      "action": [
        "Capture the full sign-in URL and check the encoding of its parameters (wa, wtrealm, wreply, wctx).",
        "Make sure the app URL-encodes each parameter once and does not exceed URL length limits.",
        "Ask the vendor to fix the URL construction if needed, then retest."
      ]
    },
    "ja": {
      "title": "要求 URL から WS-Federation メッセージを作成できませんでした",
      "explanation": "Entra ID は URL のクエリ文字列から WS-Federation メッセージを読み取ろうとしましたが、失敗しました。URL が途中で切れている、二重にエンコードされている、無効な文字を含んでいる、といった原因が考えられます。証明書利用者側で、正しくエンコードされたサインイン URL を送る必要があります。",
      "action": [
        "サインイン URL 全体を取得し、各パラメーター (wa、wtrealm、wreply、wctx) のエンコードを確認します。",
        "アプリが各パラメーターを 1 回だけ URL エンコードしているか、URL の長さ制限を超えていないか確認します。",
        "必要に応じて URL の組み立ての修正をベンダーに依頼し、再テストします。"
      ]
    }
  },
  {
    "code": 90090,
    "identifier": "GraphRetryableError",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "An internal directory call failed temporarily",
      "explanation": "While handling the sign-in, Entra ID made an internal call to the directory (Graph) service that failed with a retryable error. It is a transient service-side problem. Retrying after a short wait usually succeeds.",
      "action": [
        "Ask the user to retry after a minute.",
        "Check service health if many users report the same failure.",
        "Open a support request with correlation IDs if it keeps occurring."
      ]
    },
    "ja": {
      "title": "ディレクトリへの内部呼び出しが一時的に失敗しました",
      "explanation": "サインインの処理中に Entra ID がディレクトリ (Graph) サービスへ内部呼び出しを行い、再試行可能なエラーで失敗しました。サービス側の一時的な問題です。少し待ってから再試行すれば、たいていは成功します。",
      "action": [
        "1 分ほど待ってから再試行するようユーザーに案内します。",
        "多数のユーザーから同じ報告がある場合は、サービス正常性を確認します。",
        "繰り返し発生する場合は、相関 ID を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 90091,
    "identifier": "GraphServiceUnreachable",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "Entra ID could not reach its internal directory (Graph) service",
      "explanation": "The sign-in service was unable to contact the directory service it needed for this request. The code is rarely seen and has no public explanation beyond its name; it indicates a Microsoft-side connectivity or availability problem rather than a tenant issue.",
      "action": [
        "Ask the user to retry after a few minutes.",
        "Check Microsoft 365 / Azure service health for incidents.",
        "If it persists, collect the correlation ID and timestamp and open a support request."
      ]
    },
    "ja": {
      "title": "Entra ID が内部のディレクトリ (Graph) サービスに到達できませんでした",
      "explanation": "サインイン サービスが、この要求に必要なディレクトリ サービスに接続できませんでした。めったに見られないコードで、名前以上の公開の説明はありませんが、テナントの問題ではなく Microsoft 側の接続性や可用性の問題を示しています。",
      "action": [
        "数分待ってから再試行するようユーザーに案内します。",
        "Microsoft 365 や Azure のサービス正常性で障害情報を確認します。",
        "解消しない場合は、相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  }
];
