// GENERATED from src/core/catalog/data/codes-90092-90112.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 90092,
    "identifier": "GraphNonRetryableError",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "An internal directory call failed with an error that retrying will not fix",
      "explanation": "Entra ID called its directory (Graph) service during the sign-in and received an error marked as not retryable. The code is rarely seen and the public reference gives only its name. The specific cause is not visible to the tenant, so Microsoft needs the request identifiers.",
      "action": [
        "Collect the correlation ID, request ID and timestamp from the sign-in event.",
        "Check whether the failure is tied to a single user, app or object that was recently changed.",
        "Open a support request with these details."
      ]
    },
    "ja": {
      "title": "ディレクトリへの内部呼び出しが、再試行では解決しないエラーで失敗しました",
      "explanation": "サインイン中に Entra ID がディレクトリ (Graph) サービスを呼び出し、再試行不可とされたエラーを受け取りました。めったに見られないコードで、公開リファレンスには名前しか載っていません。具体的な原因はテナント側からは見えないため、Microsoft に要求の識別情報を伝える必要があります。",
      "action": [
        "サインイン イベントから相関 ID、要求 ID、日時を控えます。",
        "最近変更した特定のユーザー、アプリ、オブジェクトに限られた失敗かどうかを確認します。",
        "これらの情報を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 90093,
    "identifier": "GraphUserUnauthorized",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "A directory (Graph) call made for this request was refused as forbidden",
      "explanation": "During the sign-in Entra ID made a directory call on behalf of the request, and it came back forbidden. The public reference says only that much. In practice it points to missing rights: the signed-in user or the app is not allowed to perform the directory operation the flow needs, for example consenting to permissions that require an administrator.",
      "action": [
        "Read the error description the app received and the sign-in event details to see which operation was attempted.",
        "Check whether the user has the directory role the operation needs, and whether the app's permissions have been consented (Enterprise apps > the app > Permissions).",
        "Collect the correlation ID and timestamp and contact the app vendor or Microsoft support if the cause is not clear."
      ]
    },
    "ja": {
      "title": "この要求のために行われたディレクトリ (Graph) 呼び出しが禁止として拒否されました",
      "explanation": "サインイン中に Entra ID が要求の代わりにディレクトリ呼び出しを行い、禁止 (forbidden) の応答が返されました。公開リファレンスの説明はここまでです。実際には権限不足を示しており、サインインしたユーザーまたはアプリが、フローに必要なディレクトリ操作 (管理者が必要なアクセス許可への同意など) を行えないことが考えられます。",
      "action": [
        "アプリが受け取ったエラーの説明とサインイン イベントの詳細から、どの操作が試みられたか確認します。",
        "ユーザーが操作に必要なディレクトリ ロールを持っているか、アプリのアクセス許可に同意済みか (エンタープライズ アプリケーション > 対象アプリ > アクセス許可) を確認します。",
        "原因がはっきりしない場合は、相関 ID と日時を控えてアプリのベンダーまたは Microsoft サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 90094,
    "identifier": "AdminConsentRequired",
    "outcome": "failure",
    "category": "consent",
    "actor": "tenant-admin",
    "en": {
      "title": "The app needs administrator consent before users can use it",
      "explanation": "The app requests permissions that an ordinary user is not allowed to grant, either because the permissions are admin-only or because the tenant has restricted user consent. Until an administrator consents on behalf of the organization, users cannot sign in to it. This is the consent policy working as configured.",
      "action": [
        "Identify the app and the permissions it asks for (Enterprise apps > the app > Permissions, or the consent prompt details).",
        "Review the publisher and permissions; if the app is approved, select Grant admin consent for the tenant.",
        "Consider enabling the admin consent workflow (Enterprise apps > Consent and permissions > Admin consent settings) so users can request approval instead of hitting this error."
      ]
    },
    "ja": {
      "title": "ユーザーが使う前に、アプリには管理者の同意が必要です",
      "explanation": "アプリは、一般ユーザーには付与できないアクセス許可を要求しています。管理者専用のアクセス許可であるか、テナントでユーザーの同意が制限されているためです。管理者が組織を代表して同意するまで、ユーザーはこのアプリにサインインできません。同意ポリシーが設定どおりに機能した結果です。",
      "action": [
        "アプリと要求しているアクセス許可を特定します (エンタープライズ アプリケーション > 対象アプリ > アクセス許可、または同意画面の詳細)。",
        "発行元とアクセス許可を確認し、承認できるアプリであればテナントに対して「管理者の同意を与えます」を実行します。",
        "エラーで止まる代わりにユーザーが承認を依頼できるよう、管理者の同意ワークフロー (エンタープライズ アプリケーション > 同意とアクセス許可 > 管理者の同意の設定) の有効化を検討します。"
      ]
    }
  },
  {
    "code": 90095,
    "identifier": "AdminConsentRequiredRequestAccess",
    "outcome": "interrupted",
    "category": "consent",
    "actor": "user",
    "en": {
      "title": "The user was offered to request admin approval for the app",
      "explanation": "The app needs administrator consent, and the tenant has the admin consent workflow enabled. Instead of a plain error, the user sees a page where they can explain why they need the app and send a request to the designated reviewers. The sign-in cannot continue until a reviewer approves.",
      "action": [
        "Let the user submit the request with a short justification.",
        "Reviewers handle it in Entra admin center > Enterprise apps > Admin consent requests, approving or denying after checking the permissions.",
        "After approval the user signs in again; check the reviewer list in Admin consent settings if requests go unanswered."
      ]
    },
    "ja": {
      "title": "ユーザーに、アプリの管理者承認を依頼する画面が表示されました",
      "explanation": "アプリには管理者の同意が必要で、テナントでは管理者の同意ワークフローが有効になっています。そのためエラーではなく、アプリが必要な理由を記入して指定のレビュー担当者に依頼を送れる画面が表示されました。レビュー担当者が承認するまでサインインは先に進めません。",
      "action": [
        "ユーザーに、簡単な理由を添えて依頼を送信してもらいます。",
        "レビュー担当者は Microsoft Entra 管理センター > エンタープライズ アプリケーション > 管理者の同意要求 で、アクセス許可を確認したうえで承認または拒否します。",
        "承認後、ユーザーに再度サインインしてもらいます。依頼が放置されている場合は、管理者の同意の設定でレビュー担当者を確認します。"
      ]
    }
  },
  {
    "code": 90099,
    "identifier": "",
    "outcome": "failure",
    "category": "consent",
    "actor": "tenant-admin",
    "en": {
      "title": "A partner delegated administrator used an app that is not authorized in the customer tenant",
      "explanation": "A partner administrator, working in a customer tenant through delegated admin privileges, tried to use an application that has not been authorized in that customer tenant. Such apps must be consented or pre-authorized in the customer tenant before delegated admins can use them. The fix is on the partner and customer administration side.",
      "action": [
        "Identify the application and customer tenant from the error text and sign-in event.",
        "Have the partner pre-consent the application for the customer (for example through the Partner Center consent APIs) or have a customer admin consent to it.",
        "Check that the partner's delegated admin relationship (GDAP) and roles for that customer are active."
      ]
    },
    "ja": {
      "title": "パートナーの委任管理者が、顧客テナントで承認されていないアプリを使いました",
      "explanation": "委任管理者特権で顧客テナントを管理しているパートナーの管理者が、その顧客テナントで承認されていないアプリケーションを使おうとしました。このようなアプリは、委任管理者が使う前に顧客テナントで同意または事前承認されている必要があります。対処はパートナーと顧客の管理者側で行います。",
      "action": [
        "エラー文とサインイン イベントから、アプリケーションと顧客テナントを特定します。",
        "パートナーが Partner Center の同意 API などで顧客向けにアプリを事前同意するか、顧客の管理者がアプリに同意します。",
        "その顧客に対するパートナーの委任管理関係 (GDAP) とロールが有効か確認します。"
      ]
    }
  },
  {
    "code": 90100,
    "identifier": "InvalidRequestParameter",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "A request parameter was empty or had an invalid value",
      "explanation": "One of the parameters in the request was missing its value or contained something Entra ID does not accept. The error text sent to the app usually names the parameter. It is a defect or misconfiguration in the calling app.",
      "action": [
        "Read the full error description from the app logs or error page to find the parameter.",
        "Check that the app fills it correctly (client_id, redirect_uri, scope, response_type and similar).",
        "Fix the configuration or code and retest."
      ]
    },
    "ja": {
      "title": "要求パラメーターが空、または無効な値でした",
      "explanation": "要求に含まれるパラメーターの 1 つに値がない、または Entra ID が受け付けない値が入っていました。通常、アプリに返されるエラー文にパラメーター名が記載されます。呼び出し元アプリの不具合または設定ミスです。",
      "action": [
        "アプリ ログやエラー画面でエラーの説明全体を確認し、該当するパラメーターを特定します。",
        "アプリがそのパラメーター (client_id、redirect_uri、scope、response_type など) を正しく設定しているか確認します。",
        "設定またはコードを修正して再テストします。"
      ]
    }
  },
  {
    "code": 90101,
    "identifier": "InvalidEmailAddress",
    "outcome": "failure",
    "category": "other",
    "actor": "user",
    "en": {
      "title": "The value supplied is not a valid email address",
      "explanation": "A field that expects an email address received something that does not have the form name@domain. It is usually a typing error by the user or a malformed value passed by an app as a hint. Entering a correctly formed address resolves it.",
      "action": [
        "Ask the user to re-enter the address in the form someone@example.com, without spaces.",
        "If the value was pre-filled by an app (for example login_hint), have the app owner check what it sends."
      ]
    },
    "ja": {
      "title": "指定された値は有効なメール アドレスではありません",
      "explanation": "メール アドレスを入力すべき項目に、name@domain の形式になっていない値が渡されました。ユーザーの入力ミスか、アプリがヒントとして渡した値の形式の誤りがほとんどです。正しい形式のアドレスを入力すれば解決します。",
      "action": [
        "空白を含めず someone@example.com の形式でアドレスを入力し直すようユーザーに案内します。",
        "アプリがあらかじめ値を入れている場合 (login_hint など) は、送っている値をアプリの所有者に確認してもらいます。"
      ]
    }
  },
  {
    "code": 90102,
    "identifier": "InvalidUriParameter",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "A URI parameter is not a valid absolute URI",
      "explanation": "A parameter that must contain a full URI (scheme and host, such as https://app.example.com/callback) contained a relative path or malformed value. Redirect URIs and resource identifiers are the usual suspects. The app configuration needs correcting.",
      "action": [
        "Find which URI parameter is invalid from the error text.",
        "Make sure the app sends an absolute, correctly encoded URI that also matches the registration (App registrations > the app > Authentication).",
        "Retest after the fix."
      ]
    },
    "ja": {
      "title": "URI パラメーターが有効な絶対 URI ではありません",
      "explanation": "完全な URI (https://app.example.com/callback のようにスキームとホストを含むもの) を指定すべきパラメーターに、相対パスや形式の誤った値が入っていました。リダイレクト URI やリソース識別子がよくある原因です。アプリの設定を修正する必要があります。",
      "action": [
        "エラー文から、どの URI パラメーターが無効か特定します。",
        "アプリが正しくエンコードされた絶対 URI を送り、それが登録内容 (アプリの登録 > 対象アプリ > 認証) とも一致しているか確認します。",
        "修正後に再テストします。"
      ]
    }
  },
  {
    "code": 90107,
    "identifier": "InvalidXml",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The XML in the request could not be parsed",
      "explanation": "The request contained XML (typically a SAML or WS-Federation message) that is malformed or includes invalid characters. Entra ID cannot process a document it cannot parse. The sending application must produce well-formed, correctly encoded XML.",
      "action": [
        "Capture and decode the message with a browser trace or SAML tracer and validate the XML.",
        "Look for unescaped characters, wrong encoding declarations, or truncation caused by the transport.",
        "Ask the app vendor to fix message generation, then retest."
      ]
    },
    "ja": {
      "title": "要求に含まれる XML を解析できませんでした",
      "explanation": "要求に含まれる XML (主に SAML や WS-Federation のメッセージ) の形式が崩れているか、無効な文字を含んでいました。解析できない文書は Entra ID では処理できません。送信側アプリが、正しい形式でエンコードされた XML を生成する必要があります。",
      "action": [
        "ブラウザーのトレースや SAML トレーサーでメッセージを取得・デコードし、XML を検証します。",
        "エスケープされていない文字、誤ったエンコード宣言、転送途中での切れがないか確認します。",
        "メッセージ生成の修正をアプリのベンダーに依頼し、再テストします。"
      ]
    }
  },
  {
    "code": 90112,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The application identifier in the request is not a GUID",
      "explanation": "Entra ID expected the application (client) ID as a GUID, but the request carried something else, such as a display name, a placeholder, an empty value or an App ID URI. It is almost always a configuration mistake in the app settings or environment variables.",
      "action": [
        "Check the client_id value the app sends (often in its configuration file or environment variables).",
        "Replace it with the Application (client) ID shown in App registrations > the app > Overview.",
        "Restart or redeploy the app and retest sign-in."
      ]
    },
    "ja": {
      "title": "要求内のアプリケーション識別子が GUID 形式ではありません",
      "explanation": "Entra ID はアプリケーション (クライアント) ID を GUID 形式で受け取る必要がありますが、要求には表示名、プレースホルダー、空の値、アプリ ID URI など別のものが入っていました。ほぼ確実に、アプリの設定ファイルや環境変数の設定ミスです。",
      "action": [
        "アプリが送っている client_id の値 (設定ファイルや環境変数にあることが多い) を確認します。",
        "アプリの登録 > 対象アプリ > 概要 に表示されるアプリケーション (クライアント) ID に置き換えます。",
        "アプリを再起動または再デプロイして、サインインを再テストします。"
      ]
    }
  }
];
