// GENERATED from src/core/catalog/data/codes-160021-230109.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 160021,
    "identifier": "AppSessionSelectionInvalidSessionNotExist",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "App asked for a user session that no longer exists",
      "explanation": "The application requested a specific existing session, for example with a session ID or a silent sign-in for a given account, but that session is not present in the browser any more. The user may have signed out, cleared cookies, or the session expired.",
      "action": [
        "Have the user sign in again interactively; the app should then get a new session.",
        "If the app is yours, make it fall back to an interactive request when a silent or session-bound request fails, instead of looping.",
        "Check in the sign-in logs whether the user recently signed out or had sessions revoked."
      ]
    },
    "ja": {
      "title": "アプリが既に存在しないユーザー セッションを要求しました",
      "explanation": "アプリケーションはセッション ID の指定や特定アカウントでのサイレント サインインなどで既存のセッションを要求しましたが、そのセッションはブラウザーにもう存在しません。ユーザーのサインアウト、Cookie の削除、セッションの期限切れが考えられます。",
      "action": [
        "ユーザーに対話的にサインインし直してもらうと、新しいセッションが作成されます。",
        "自社のアプリであれば、サイレント要求やセッション指定の要求が失敗したときにループせず、対話的な要求に切り替えるよう実装します。",
        "サインイン ログで、直前にサインアウトやセッションの取り消しがなかったか確認します。"
      ]
    }
  },
  {
    "code": 165004,
    "identifier": "",
    "outcome": "failure",
    "category": "other",
    "actor": "app-developer",
    "en": {
      "title": "Request failed with an error whose text varies at run time",
      "explanation": "The code is rarely seen and the public reference only says that its message is runtime specific. The useful information is therefore in the full error text returned to the application, not in the number itself.",
      "action": [
        "Get the complete error message, including Trace ID and Correlation ID, from the application or its logs.",
        "Find the sign-in in Entra admin center > Monitoring & health > Sign-in logs using the correlation ID and read the Failure reason and Additional details.",
        "If the message points to app settings, check the app under App registrations; otherwise open a support case with the IDs and timestamp."
      ]
    },
    "ja": {
      "title": "実行時に内容が変わるエラー メッセージで要求が失敗しました",
      "explanation": "このコードはまれで、公開されているリファレンスにはメッセージが実行時に決まるとしか書かれていません。そのため、手掛かりは番号ではなく、アプリに返されたエラー メッセージの全文にあります。",
      "action": [
        "アプリまたはそのログから、Trace ID と Correlation ID を含むエラー メッセージの全文を入手します。",
        "相関 ID を使って Microsoft Entra 管理センターの [監視と正常性] > [サインイン ログ] で該当のサインインを探し、[失敗の理由] と [追加の詳細] を確認します。",
        "メッセージがアプリの設定を示していれば [アプリの登録] で該当アプリを確認し、そうでなければ ID とタイムスタンプを添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 165100,
    "identifier": "",
    "outcome": "interrupted",
    "category": "other",
    "actor": "user",
    "en": {
      "title": "Sign-in was interrupted by an extra step (code rarely seen)",
      "explanation": "There is no public description of this code; Microsoft lists it among the interrupt codes in its sign-in failure analysis workbook. An interrupt means the sign-in paused for an additional prompt or redirect and was not necessarily a failure.",
      "action": [
        "Look in the sign-in logs for a later entry with the same correlation ID; if it succeeded, no action is needed.",
        "If the user really could not get in, read the Failure reason and Additional details of this entry and ask the user what was shown on screen.",
        "If it repeats without a following success, collect the correlation ID and timestamp and open a support case."
      ]
    },
    "ja": {
      "title": "追加の手順によりサインインが中断されました (まれなコード)",
      "explanation": "このコードの公開された説明はありませんが、Microsoft のサインイン失敗分析用ブックでは中断 (interrupt) のコードとして扱われています。中断とは、追加の確認やリダイレクトのためにサインインが一時停止した状態で、必ずしも失敗ではありません。",
      "action": [
        "サインイン ログで同じ相関 ID の後続エントリを探し、成功していれば対応は不要です。",
        "実際にサインインできなかった場合は、このエントリの [失敗の理由] と [追加の詳細] を確認し、画面に何が表示されたかユーザーに聞き取ります。",
        "成功のエントリが続かずに繰り返す場合は、相関 ID とタイムスタンプを控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 165900,
    "identifier": "InvalidApiRequest",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Request to the sign-in service API was invalid",
      "explanation": "The client called an endpoint of the Microsoft Entra sign-in service with a request it could not accept, for example with missing or malformed parameters. It points to the calling code or library rather than to the user or the tenant.",
      "action": [
        "Capture the full error response (error_description, Trace ID, Correlation ID) from the application.",
        "Check that the app uses a current MSAL version and does not build authentication requests by hand.",
        "Compare the failing request with the protocol documentation for the endpoint used, for example with a browser network trace or Fiddler."
      ]
    },
    "ja": {
      "title": "サインイン サービスの API への要求が無効です",
      "explanation": "クライアントが Microsoft Entra のサインイン サービスのエンドポイントに、パラメーターの不足や形式の誤りなど受け付けられない要求を送りました。ユーザーやテナントではなく、呼び出し側のコードやライブラリに原因があることを示しています。",
      "action": [
        "アプリから error_description、Trace ID、Correlation ID を含むエラー応答の全文を取得します。",
        "アプリが最新の MSAL を使っており、認証要求を独自に組み立てていないか確認します。",
        "ブラウザーのネットワーク トレースや Fiddler で失敗した要求を取得し、使用しているエンドポイントのプロトコル仕様と比較します。"
      ]
    }
  },
  {
    "code": 220300,
    "identifier": "BlockedAdalVersion",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "App uses an ADAL version that is blocked",
      "explanation": "The application signed in with a version of the Azure AD Authentication Library (ADAL) that Microsoft no longer accepts. ADAL is retired, and old builds can be refused outright, so the app has to be updated rather than the user account.",
      "action": [
        "Identify the app from the Application and Client app fields of the sign-in record.",
        "For an in-house app, migrate it from ADAL to MSAL; for a vendor app, ask the vendor for a version built on MSAL.",
        "Use the Entra admin center workbook for apps using ADAL (Monitoring & health > Workbooks) to find other affected apps."
      ]
    },
    "ja": {
      "title": "アプリがブロック対象の ADAL バージョンを使用しています",
      "explanation": "アプリケーションが、Microsoft がもう受け付けていないバージョンの Azure AD Authentication Library (ADAL) でサインインしました。ADAL は提供終了しており、古いビルドは拒否されることがあるため、ユーザー アカウントではなくアプリを更新する必要があります。",
      "action": [
        "サインイン記録の [アプリケーション] と [クライアント アプリ] から対象のアプリを特定します。",
        "自社アプリであれば ADAL から MSAL へ移行し、ベンダー製のアプリであれば MSAL ベースのバージョンの提供をベンダーに依頼します。",
        "Microsoft Entra 管理センターの [監視と正常性] > [ブック] にある ADAL 利用アプリ向けのブックで、影響を受ける他のアプリも洗い出します。"
      ]
    }
  },
  {
    "code": 220400,
    "identifier": "BlockedClientId",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Client application ID is blocked from signing in",
      "explanation": "The code is rarely seen and is not in the public reference; its name says the client ID of the calling application is on a block list. Microsoft can block applications that are abusive, deprecated or known to be compromised, and such a block cannot be lifted from the tenant.",
      "action": [
        "Identify the application ID in the sign-in record and check whether it is an in-house, vendor or Microsoft app.",
        "For in-house apps, check the app registration for anything unusual and contact Microsoft support with the app ID and correlation ID.",
        "For vendor apps, contact the vendor; if the app is no longer trusted, remove it from Enterprise applications."
      ]
    },
    "ja": {
      "title": "クライアント アプリケーション ID のサインインがブロックされています",
      "explanation": "このコードはまれで公開リファレンスにも載っていませんが、名前からは呼び出し元アプリのクライアント ID がブロック リストに入っていることがわかります。Microsoft は悪用されている、非推奨となった、または侵害が判明したアプリケーションをブロックすることがあり、その場合テナント側では解除できません。",
      "action": [
        "サインイン記録でアプリケーション ID を確認し、自社アプリ、ベンダー製アプリ、Microsoft 製アプリのどれかを特定します。",
        "自社アプリの場合はアプリの登録に不審な点がないか確認し、アプリ ID と相関 ID を添えて Microsoft サポートに問い合わせます。",
        "ベンダー製アプリの場合はベンダーに連絡し、信頼できなくなったアプリであれば [エンタープライズ アプリケーション] から削除します。"
      ]
    }
  },
  {
    "code": 220450,
    "identifier": "UnsupportedAndroidWebViewVersion",
    "outcome": "failure",
    "category": "device",
    "actor": "user",
    "en": {
      "title": "Android WebView version on the device is too old",
      "explanation": "The sign-in page was opened in an Android WebView whose Chrome-based engine is older than Microsoft Entra ID supports. Devices that do not receive Play Store updates, or where Android System WebView was disabled, are typically affected.",
      "action": [
        "Have the user update Android System WebView and Google Chrome from the Play Store, then retry.",
        "On managed devices, check that the MDM policy does not block updates to these components.",
        "If the device can no longer be updated, move the user to a supported device."
      ]
    },
    "ja": {
      "title": "デバイスの Android WebView のバージョンが古すぎます",
      "explanation": "サインイン ページが、Microsoft Entra ID がサポートしていない古い Chrome ベースのエンジンを持つ Android WebView で開かれました。Play ストアの更新を受け取れないデバイスや、Android System WebView が無効にされているデバイスでよく起こります。",
      "action": [
        "Play ストアで Android System WebView と Google Chrome を更新してから再試行してもらいます。",
        "管理対象デバイスの場合は、MDM のポリシーでこれらのコンポーネントの更新がブロックされていないか確認します。",
        "デバイスをこれ以上更新できない場合は、サポート対象のデバイスに切り替えてもらいます。"
      ]
    }
  },
  {
    "code": 220501,
    "identifier": "InvalidCrlDownload",
    "outcome": "failure",
    "category": "credentials",
    "actor": "tenant-admin",
    "en": {
      "title": "Certificate revocation list could not be downloaded for certificate-based sign-in",
      "explanation": "During certificate-based authentication (CBA), Microsoft Entra ID tried to fetch the certificate revocation list (CRL) of the issuing CA and did not get a usable one. The CRL URL may be unreachable from the internet, time out, return an expired or malformed list, or exceed the supported size.",
      "action": [
        "In Entra admin center > Security > Certificate authorities (PKI), check the CRL distribution point configured for the issuing CA.",
        "From outside the corporate network, download that URL and confirm it is reachable over HTTP and the CRL is current.",
        "Check the CRL size and publication schedule with your PKI team; very large or late CRLs cause failures.",
        "After fixing, have the user retry with the smart card or certificate."
      ]
    },
    "ja": {
      "title": "証明書ベース認証で証明書失効リストをダウンロードできませんでした",
      "explanation": "証明書ベース認証 (CBA) の際、Microsoft Entra ID は発行元 CA の証明書失効リスト (CRL) を取得しようとしましたが、利用できるものを取得できませんでした。CRL の URL がインターネットから到達できない、タイムアウトする、期限切れや形式不正のリストを返す、またはサイズが上限を超えていることが考えられます。",
      "action": [
        "Microsoft Entra 管理センターの [セキュリティ] > [証明機関 (PKI)] で、発行元 CA に設定されている CRL 配布ポイントを確認します。",
        "社外ネットワークからその URL をダウンロードし、HTTP で到達できて CRL が最新であることを確認します。",
        "PKI 担当者と CRL のサイズと発行スケジュールを確認します。CRL が大きすぎたり更新が遅れたりすると失敗の原因になります。",
        "修正後、スマート カードや証明書で再度サインインしてもらいます。"
      ]
    }
  },
  {
    "code": 221000,
    "identifier": "DeviceOnlyTokensNotSupportedByResource",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Resource does not accept device-only tokens",
      "explanation": "A client asked for a token that represents only the device, without a user, for a resource that is not set up to accept such tokens. The client flow and the resource configuration do not match, so the resource must either support device-only tokens or the client must sign in a user.",
      "action": [
        "Identify the client and resource from the sign-in record.",
        "If you own the resource, check whether it is meant to accept device-only tokens and configure it accordingly.",
        "If not, change the client to use a user or application flow that the resource supports."
      ]
    },
    "ja": {
      "title": "リソースがデバイス専用トークンを受け付けていません",
      "explanation": "クライアントが、ユーザーを含まずデバイスだけを表すトークンを要求しましたが、対象のリソースはそのようなトークンを受け付ける設定になっていません。クライアントの認証フローとリソースの構成が一致していないため、リソース側でデバイス専用トークンに対応するか、クライアント側でユーザーをサインインさせる必要があります。",
      "action": [
        "サインイン記録からクライアントとリソースを特定します。",
        "自社管理のリソースであれば、デバイス専用トークンを受け付ける想定かどうかを確認し、必要に応じて構成します。",
        "そうでなければ、リソースが対応しているユーザーまたはアプリケーションのフローを使うようクライアントを変更します。"
      ]
    }
  },
  {
    "code": 230109,
    "identifier": "CachedCredentialNonGWAuthNRequestsNotSupported",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "Request reached the backup authentication service directly",
      "explanation": "Microsoft Entra ID runs a backup authentication service that only accepts sign-in traffic forwarded through its own gateway. This request reached the backup service without going through the gateway, which normally only happens during a service incident or when the traffic is routed unusually.",
      "action": [
        "Check Service health and the Azure status page for an ongoing Microsoft Entra incident.",
        "Make sure no hosts-file entry, custom DNS record or proxy rule pins Microsoft sign-in host names to specific IP addresses.",
        "If neither applies, open a support case with the correlation ID and timestamp."
      ]
    },
    "ja": {
      "title": "要求がバックアップ認証サービスに直接届きました",
      "explanation": "Microsoft Entra ID にはバックアップ認証サービスがあり、自社のゲートウェイ経由で転送されたサインイン要求だけを受け付けます。この要求はゲートウェイを通らずにバックアップ サービスへ届いており、通常はサービス障害時か、通信経路が特殊な場合にのみ発生します。",
      "action": [
        "サービス正常性や Azure の状態ページで、Microsoft Entra の障害が発生していないか確認します。",
        "hosts ファイル、独自の DNS レコード、プロキシのルールで Microsoft のサインイン用ホスト名を特定の IP アドレスに固定していないか確認します。",
        "どちらにも当てはまらない場合は、相関 ID とタイムスタンプを添えてサポートに問い合わせます。"
      ]
    }
  }
];
