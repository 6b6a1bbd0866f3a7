// GENERATED from src/core/catalog/data/codes-90022-90055.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 90022,
    "identifier": "AuthenticatedInvalidPrincipalNameFormat",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "A principal name in the request has an invalid format",
      "explanation": "Entra ID expected a principal name shaped like name, name/host, or name@realm, optionally combined, but received something that does not follow that pattern. Only the name part is mandatory. The value usually comes from app configuration, such as a service principal name or resource identifier.",
      "action": [
        "Find the principal name value in the error text or request.",
        "Correct the configured value so that it follows name[/host][@realm], without extra characters or spaces.",
        "Retest the request."
      ]
    },
    "ja": {
      "title": "要求内のプリンシパル名の形式が無効です",
      "explanation": "Entra ID は name、name/host、name@realm (およびその組み合わせ) という形のプリンシパル名を想定していましたが、その形式に従わない値を受け取りました。必須なのは name の部分だけです。値はサービス プリンシパル名やリソース識別子など、アプリの設定から来ていることがほとんどです。",
      "action": [
        "エラー文や要求からプリンシパル名の値を確認します。",
        "設定値を name[/host][@realm] の形式に従うよう、余分な文字や空白を除いて修正します。",
        "要求を再テストします。"
      ]
    }
  },
  {
    "code": 90023,
    "identifier": "InvalidRequest",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The authentication request was not valid",
      "explanation": "Entra ID rejected the request as invalid without a more specific code. The error description the app received normally says what was wrong, for example an unexpected parameter, an unsupported combination or a bad value. Users can occasionally trigger it by going back in the browser and resubmitting an old page.",
      "action": [
        "Read the full error description returned to the app or shown on the error page.",
        "Capture the request with a network trace and compare it with the protocol documentation for the flow.",
        "If the user reached it with the browser back button, have them start the sign-in again from the app."
      ]
    },
    "ja": {
      "title": "認証要求が無効でした",
      "explanation": "Entra ID はより具体的なコードを使わず、要求を無効として拒否しました。想定外のパラメーター、サポートされない組み合わせ、不正な値など、何が問題かは通常アプリが受け取ったエラーの説明に書かれています。ブラウザーの「戻る」で古いページを再送信したときに、ユーザー操作で起きることもあります。",
      "action": [
        "アプリが受け取ったエラーの説明、またはエラー画面の表示内容を確認します。",
        "ネットワーク トレースで要求を取得し、使用しているフローのプロトコル ドキュメントと比較します。",
        "ブラウザーの「戻る」で発生した場合は、アプリから改めてサインインを始めてもらいます。"
      ]
    }
  },
  {
    "code": 90024,
    "identifier": "RequestBudgetExceededError",
    "outcome": "failure",
    "category": "throttling-lockout",
    "actor": "app-developer",
    "en": {
      "title": "The request exceeded a processing budget and failed transiently",
      "explanation": "Entra ID stopped processing the request because it used up its allowed budget, which the reference describes as a transient error. Retrying usually works, but apps that send bursts of requests are more likely to hit it. It is a signal to reduce request volume rather than a configuration error.",
      "action": [
        "Retry the request after a short delay.",
        "If one app triggers it repeatedly, check in the sign-in log how many requests it makes, and have the developer add token caching and back-off.",
        "Open a support request with the correlation ID if it persists at normal volumes."
      ]
    },
    "ja": {
      "title": "要求が処理上の上限を超え、一時的に失敗しました",
      "explanation": "要求が許容された処理量を使い切ったため、Entra ID は処理を止めました。リファレンスでは一時的なエラーとされています。再試行すれば通常は成功しますが、短時間に大量の要求を送るアプリほど発生しやすくなります。構成の誤りというより、要求量を減らすべきというサインです。",
      "action": [
        "少し間を置いてから要求を再試行します。",
        "特定のアプリで繰り返し発生する場合は、サインイン ログでそのアプリの要求数を確認し、トークン キャッシュとバックオフを実装するよう開発者に依頼します。",
        "通常の要求量でも続く場合は、相関 ID を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 90027,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The app uses a protocol version that cannot issue tokens for personal accounts",
      "explanation": "The app used the older (v1.0) endpoint to sign in a personal Microsoft account. Tokens for personal accounts are only issued through the v2.0 endpoint, so the request fails. The app vendor has to move the app to v2.0.",
      "action": [
        "Confirm from the sign-in event or error that the user is a personal Microsoft account.",
        "Have the developer switch the app to the v2.0 endpoints (or a current MSAL version) and set Supported account types to include personal accounts.",
        "Until then, users must sign in with a work or school account if the app supports it."
      ]
    },
    "ja": {
      "title": "アプリが個人用アカウント向けにトークンを発行できないプロトコル バージョンを使っています",
      "explanation": "アプリが旧来の (v1.0) エンドポイントで個人用 Microsoft アカウントをサインインさせようとしました。個人用アカウントのトークンは v2.0 エンドポイントでしか発行されないため、要求は失敗します。アプリのベンダーが v2.0 に移行する必要があります。",
      "action": [
        "サインイン イベントやエラーから、ユーザーが個人用 Microsoft アカウントであることを確認します。",
        "アプリを v2.0 エンドポイント (または最新の MSAL) に移行し、サポートされているアカウントの種類に個人用アカウントを含めるよう開発者に依頼します。",
        "それまでの間、アプリが対応していれば職場または学校アカウントでサインインしてもらいます。"
      ]
    }
  },
  {
    "code": 90033,
    "identifier": "MsodsServiceUnavailable",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "The directory service behind Entra ID was unavailable",
      "explanation": "Entra ID could not read what it needed from its directory store (Microsoft Online Directory Service). This is a temporary Microsoft-side outage or overload. Nothing in the tenant configuration causes it.",
      "action": [
        "Ask the user to retry after a few minutes.",
        "Check Microsoft 365 / Azure service health for an active incident.",
        "If failures continue, open a support request with correlation IDs and timestamps."
      ]
    },
    "ja": {
      "title": "Entra ID の背後にあるディレクトリ サービスが利用できませんでした",
      "explanation": "Entra ID が、ディレクトリ ストア (Microsoft Online Directory Service) から必要な情報を読み取れませんでした。Microsoft 側の一時的な障害または過負荷です。テナントの設定が原因で起きるものではありません。",
      "action": [
        "数分後に再試行するようユーザーに案内します。",
        "Microsoft 365 や Azure のサービス正常性で障害が発生していないか確認します。",
        "失敗が続く場合は、相関 ID と日時を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 90036,
    "identifier": "MsodsServiceUnretryableFailure",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "The directory service returned an unexpected error that retrying will not fix",
      "explanation": "Entra ID received an unexpected, non-retryable error from its directory service while processing the sign-in. Unlike transient failures, repeating the same request is not expected to help. Microsoft support needs the request identifiers to investigate.",
      "action": [
        "Collect the correlation ID, request ID and timestamp from the sign-in event.",
        "Check whether it affects one user or object (for example a recently changed account) or the whole tenant.",
        "Open a support request with those details."
      ]
    },
    "ja": {
      "title": "ディレクトリ サービスが、再試行では解決しない想定外のエラーを返しました",
      "explanation": "サインインの処理中に、Entra ID がディレクトリ サービスから再試行不可の想定外のエラーを受け取りました。一時的な障害とは異なり、同じ要求を繰り返しても解決は見込めません。調査には Microsoft サポートに要求の識別情報を伝える必要があります。",
      "action": [
        "サインイン イベントから相関 ID、要求 ID、日時を控えます。",
        "特定のユーザーやオブジェクト (最近変更したアカウントなど) だけか、テナント全体かを確認します。",
        "これらの情報を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 90038,
    "identifier": "NationalCloudTenantRedirection",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "app-developer",
    "en": {
      "title": "The tenant lives in a national cloud that this cloud does not federate with",
      "explanation": "The tenant named in the request belongs to a national cloud (for example Azure Government or Azure operated by 21Vianet), and the cloud instance that received the request cannot serve it. The app must use the sign-in endpoint of the cloud where the tenant lives.",
      "action": [
        "Check which cloud the tenant belongs to and which authority host the app uses (login.microsoftonline.com, login.microsoftonline.us, login.chinacloudapi.cn).",
        "Configure the app with the authority and resource endpoints of the correct cloud.",
        "For multi-cloud apps, make sure the app is registered in each cloud where it must sign users in."
      ]
    },
    "ja": {
      "title": "テナントが、このクラウドとフェデレーションしていない国内クラウドにあります",
      "explanation": "要求で指定されたテナントは国内クラウド (Azure Government や 21Vianet が運営する Azure など) に属しており、要求を受けたクラウドでは処理できませんでした。アプリはテナントが存在するクラウドのサインイン エンドポイントを使う必要があります。",
      "action": [
        "テナントがどのクラウドに属するか、アプリがどの authority ホスト (login.microsoftonline.com、login.microsoftonline.us、login.chinacloudapi.cn) を使っているかを確認します。",
        "正しいクラウドの authority とリソースのエンドポイントをアプリに設定します。",
        "複数クラウドに対応するアプリであれば、サインインさせる各クラウドにアプリが登録されているか確認します。"
      ]
    }
  },
  {
    "code": 90043,
    "identifier": "NationalCloudAuthCodeRedirection",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "app-developer",
    "en": {
      "title": "Cross-cloud authorization code redirection is not available",
      "explanation": "The request tried to complete an authorization code flow across cloud boundaries (between the global cloud and a national cloud), and the service reports that this feature is disabled. The public description says no more than that. The app should run the whole flow against the cloud where the user's tenant lives.",
      "action": [
        "Check which cloud the user's tenant belongs to and which authority the app uses for the authorize and token calls.",
        "Make sure both calls go to the same, correct cloud endpoint.",
        "If the scenario is a supported cross-cloud setup, collect the correlation ID and timestamp and open a support request."
      ]
    },
    "ja": {
      "title": "クラウド間での認可コードのリダイレクトは利用できません",
      "explanation": "要求は、グローバル クラウドと国内クラウドの境界をまたいで認可コード フローを完了しようとしましたが、サービスはこの機能が無効であると報告しました。公開されている説明はそれ以上ありません。アプリは、ユーザーのテナントが存在するクラウドに対してフロー全体を実行する必要があります。",
      "action": [
        "ユーザーのテナントがどのクラウドに属するか、アプリが authorize と token の呼び出しにどの authority を使っているかを確認します。",
        "両方の呼び出しが同じ正しいクラウドのエンドポイントに送られるようにします。",
        "サポートされているクラウド間構成のはずであれば、相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 90051,
    "identifier": "InvalidNationalCloudId",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "app-developer",
    "en": {
      "title": "The request names a national cloud identifier that is not valid",
      "explanation": "A token or request carried a national cloud identifier that Entra ID does not recognise, so the delegated token could not be used. This typically comes from mixing endpoints or tokens of different clouds in the same app. The app configuration must consistently target one cloud.",
      "action": [
        "Read the cloud identifier mentioned in the error text.",
        "Check that the app's authority, resource URLs and cached tokens all belong to the same cloud.",
        "Clear the app's token cache and retest after correcting the configuration."
      ]
    },
    "ja": {
      "title": "要求に無効な国内クラウド識別子が指定されています",
      "explanation": "トークンまたは要求に、Entra ID が認識できない国内クラウドの識別子が含まれていたため、委任トークンを使用できませんでした。同じアプリの中で異なるクラウドのエンドポイントやトークンを混在させた場合によく起こります。アプリの構成を 1 つのクラウドに統一する必要があります。",
      "action": [
        "エラー文に記載されたクラウド識別子を確認します。",
        "アプリの authority、リソース URL、キャッシュされたトークンがすべて同じクラウドのものか確認します。",
        "構成を修正したら、アプリのトークン キャッシュを消去して再テストします。"
      ]
    }
  },
  {
    "code": 90055,
    "identifier": "TenantThrottlingError",
    "outcome": "failure",
    "category": "throttling-lockout",
    "actor": "tenant-admin",
    "en": {
      "title": "Requests for this tenant are being throttled",
      "explanation": "Entra ID is receiving too many requests for this tenant and has started refusing some of them. This is applied at tenant level, so a single misbehaving app or script can affect everyone in the organization. Requests succeed again once the volume drops or the block is lifted.",
      "action": [
        "Use the sign-in logs (including service principal sign-ins) to find the apps, users or IP addresses generating unusual request volumes.",
        "Stop or fix the offending script or app (token caching, back-off, fewer parallel calls).",
        "If the volume is legitimate or the throttling does not clear, open a support request with examples of correlation IDs."
      ]
    },
    "ja": {
      "title": "このテナントへの要求がスロットリングされています",
      "explanation": "このテナント宛ての要求が多すぎるため、Entra ID が一部を拒否し始めました。制限はテナント単位でかかるため、1 つの不具合のあるアプリやスクリプトが組織全体に影響することがあります。要求量が減るか制限が解除されれば、再び成功するようになります。",
      "action": [
        "サインイン ログ (サービス プリンシパルのサインインを含む) から、異常な量の要求を出しているアプリ、ユーザー、IP アドレスを特定します。",
        "原因のスクリプトやアプリを停止または修正します (トークン キャッシュ、バックオフ、並列呼び出しの削減)。",
        "正当な要求量である場合や制限が解除されない場合は、相関 ID の例を添えてサポートに問い合わせます。"
      ]
    }
  }
];
