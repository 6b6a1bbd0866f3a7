// GENERATED from src/core/catalog/data/codes-90008-90020.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 90008,
    "identifier": "TokenForItselfRequiresGraphPermission",
    "outcome": "failure",
    "category": "consent",
    "actor": "app-developer",
    "en": {
      "title": "The app requested a token for itself without the basic sign-in permission",
      "explanation": "When an app asks for a token whose audience is the app itself, Entra ID requires that it has at least the basic permission to sign the user in and read their profile (User.Read on Microsoft Graph) and that this has been consented. Here that permission is missing or not consented. The registration, not the user, needs fixing.",
      "action": [
        "In App registrations > the app > API permissions, make sure Microsoft Graph User.Read (delegated) is listed.",
        "Grant consent for it (Grant admin consent, or let the user consent if allowed).",
        "Ask the user to sign in again after the permission is consented."
      ]
    },
    "ja": {
      "title": "アプリが基本的なサインインのアクセス許可なしに自分自身向けのトークンを要求しました",
      "explanation": "アプリが自分自身を対象 (audience) とするトークンを要求する場合、Entra ID は少なくともユーザーのサインインとプロファイル読み取りの基本的なアクセス許可 (Microsoft Graph の User.Read) があり、それに同意済みであることを求めます。今回はそのアクセス許可がない、または同意されていませんでした。修正が必要なのはユーザーではなくアプリの登録です。",
      "action": [
        "アプリの登録 > 対象アプリ > API のアクセス許可 に Microsoft Graph の User.Read (委任) があるか確認します。",
        "そのアクセス許可に同意を付与します (管理者の同意を与える、または許可されていればユーザーが同意)。",
        "同意後、ユーザーにもう一度サインインしてもらいます。"
      ]
    }
  },
  {
    "code": 90009,
    "identifier": "TokenForItselfMissingIdenticalAppIdentifier",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "An app requested a token for itself but did not name itself by its application ID",
      "explanation": "An app may request a token whose audience is itself, but only when it names that resource by its GUID application (client) ID. This request used another form, such as an App ID URI, so Entra ID refused it. Changing the resource or scope value in the app fixes it.",
      "action": [
        "Check the resource or scope parameter the app sends when requesting a token for its own API.",
        "Use the application (client) ID GUID from App registrations > the app > Overview, for example <client ID>/.default.",
        "Retest the token request."
      ]
    },
    "ja": {
      "title": "アプリが自分自身向けのトークンを要求しましたが、アプリケーション ID で指定していません",
      "explanation": "アプリは自分自身を対象とするトークンを要求できますが、そのリソースを GUID 形式のアプリケーション (クライアント) ID で指定した場合に限られます。この要求はアプリ ID URI など別の形式を使ったため、Entra ID に拒否されました。アプリ側の resource や scope の値を変更すれば解消します。",
      "action": [
        "自分自身の API 向けにトークンを要求する際、アプリが送る resource または scope パラメーターを確認します。",
        "アプリの登録 > 対象アプリ > 概要 にあるアプリケーション (クライアント) ID の GUID を使い、<クライアント ID>/.default のように指定します。",
        "トークン要求を再テストします。"
      ]
    }
  },
  {
    "code": 90010,
    "identifier": "NotSupported",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The request uses something Entra ID does not support",
      "explanation": "The request could not be served because it relies on an unsupported option. Known cases are an HTTP method other than the one the endpoint accepts (for example GET instead of POST) and a token signing algorithm that cannot be created. It points to a defect or outdated setting in the calling app.",
      "action": [
        "Check the HTTP method and the algorithm-related parameters of the failing request.",
        "Make sure token requests are sent with POST and that the app does not ask for an unsupported signing algorithm.",
        "Update the authentication library to a current version and retest."
      ]
    },
    "ja": {
      "title": "要求が Entra ID でサポートされていない内容を使っています",
      "explanation": "サポートされていないオプションに依存していたため、要求を処理できませんでした。エンドポイントが受け付けない HTTP メソッド (POST ではなく GET など) を使った場合や、作成できないトークン署名アルゴリズムを要求した場合が知られています。呼び出し元アプリの不具合や古い設定を示しています。",
      "action": [
        "失敗した要求の HTTP メソッドと、アルゴリズムに関するパラメーターを確認します。",
        "トークン要求が POST で送られているか、サポートされない署名アルゴリズムを要求していないか確認します。",
        "認証ライブラリを最新バージョンに更新して再テストします。"
      ]
    }
  },
  {
    "code": 90012,
    "identifier": "RequestTimeout",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "The request timed out inside the sign-in service",
      "explanation": "Entra ID could not finish processing the request within its time limit. This is generally a transient service-side condition. Retrying shortly afterwards normally succeeds.",
      "action": [
        "Ask the user to retry after a short wait.",
        "If many sign-ins fail at the same time, check service health for incidents.",
        "For repeated failures, open a support request with the correlation ID and timestamp."
      ]
    },
    "ja": {
      "title": "サインイン サービス内で要求がタイムアウトしました",
      "explanation": "Entra ID が制限時間内に要求の処理を終えられませんでした。一般的にはサービス側の一時的な状態によるものです。少し時間を置いて再試行すれば、通常は成功します。",
      "action": [
        "少し待ってから再試行するようユーザーに案内します。",
        "同時刻に多数のサインインが失敗している場合は、サービス正常性で障害情報を確認します。",
        "繰り返し失敗する場合は、相関 ID と日時を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 90013,
    "identifier": "InvalidUserInput",
    "outcome": "failure",
    "category": "other",
    "actor": "user",
    "en": {
      "title": "The value the user entered was not valid",
      "explanation": "Something the user typed on a sign-in page could not be accepted, for example a malformed username or code. The exact field is not named by the code itself. Re-entering the value carefully usually solves it.",
      "action": [
        "Ask the user which page and field they were filling in, and have them re-enter the value (check for spaces, wrong format, full UPN).",
        "Open the sign-in event to see the step that failed and any additional details.",
        "If the input looked correct, collect the correlation ID and timestamp for further investigation."
      ]
    },
    "ja": {
      "title": "ユーザーが入力した値が無効でした",
      "explanation": "形式の誤ったユーザー名やコードなど、ユーザーがサインイン画面で入力した内容を受け付けられませんでした。どの項目かはコード自体からは分かりません。落ち着いて入力し直せば、たいていは解決します。",
      "action": [
        "どの画面のどの項目を入力していたかユーザーに確認し、空白の混入や形式 (UPN 全体を入力しているか) に注意して入力し直してもらいます。",
        "サインイン イベントを開き、失敗した手順と追加の詳細を確認します。",
        "入力内容に問題がないように見える場合は、相関 ID と日時を控えて調査を進めます。"
      ]
    }
  },
  {
    "code": 90014,
    "identifier": "MissingRequiredField",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "A field required by the protocol was missing from the request",
      "explanation": "The protocol message or credential the app sent lacked a field that Entra ID needs, such as a parameter in the token request or a claim in an assertion. The error text normally names the missing field. It is a bug or misconfiguration in the calling app.",
      "action": [
        "Read the full error message (app logs or the sign-in event additional details) to find which field is missing.",
        "Have the developer add that parameter or claim; compare the request with the protocol documentation for the flow being used.",
        "If the app is a third-party product, report the error text and correlation ID to the vendor."
      ]
    },
    "ja": {
      "title": "プロトコルで必須の項目が要求に含まれていませんでした",
      "explanation": "アプリが送ったプロトコル メッセージや資格情報に、トークン要求のパラメーターやアサーションのクレームなど、Entra ID が必要とする項目が欠けていました。通常、どの項目が欠けているかはエラー文に記載されます。呼び出し元アプリの不具合または設定ミスです。",
      "action": [
        "アプリ ログやサインイン イベントの追加の詳細でエラー全文を確認し、欠けている項目を特定します。",
        "使用しているフローのプロトコル ドキュメントと比較し、そのパラメーターやクレームを追加するよう開発者に依頼します。",
        "サードパーティ製品の場合は、エラー文と相関 ID をベンダーに伝えます。"
      ]
    }
  },
  {
    "code": 90015,
    "identifier": "QueryStringTooLong",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The request URL query string was too long",
      "explanation": "The sign-in request carried more data in its URL than Entra ID accepts. Large state values, very long scope lists, or big SAML requests sent with the redirect binding are the usual causes. The app needs to send less data in the URL.",
      "action": [
        "Capture the failing URL and see which parameter is largest (state, scope, SAMLRequest, claims).",
        "Keep large application state on the server side and send only a short reference in state.",
        "For SAML apps, switch to the HTTP-POST binding for requests if the request is large."
      ]
    },
    "ja": {
      "title": "要求 URL のクエリ文字列が長すぎました",
      "explanation": "サインイン要求の URL に、Entra ID が受け付ける量を超えるデータが含まれていました。大きな state の値、非常に長いスコープの一覧、リダイレクト バインディングで送られた大きな SAML 要求などが主な原因です。アプリ側で URL に載せるデータを減らす必要があります。",
      "action": [
        "失敗した URL を取得し、どのパラメーター (state、scope、SAMLRequest、claims など) が大きいか確認します。",
        "アプリの状態はサーバー側に保持し、state には短い参照値だけを入れるよう修正します。",
        "SAML アプリで要求が大きい場合は、要求の送信に HTTP-POST バインディングを使うよう切り替えます。"
      ]
    }
  },
  {
    "code": 90016,
    "identifier": "MissingRequiredClaim",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "A token presented to Entra ID lacks a required claim",
      "explanation": "The app sent a token (for example an access token used as an assertion in an on-behalf-of request) that does not contain a claim Entra ID needs. Often the wrong kind of token was passed, such as an ID token instead of an access token, or a token issued for a different audience.",
      "action": [
        "Check which token the app passes as the assertion and decode it (for example with jwt.ms) to see its claims and audience.",
        "For on-behalf-of, pass the access token that was issued to the middle-tier API, not an ID token or a Graph token.",
        "Fix the app and retest."
      ]
    },
    "ja": {
      "title": "Entra ID に提示されたトークンに必須のクレームがありません",
      "explanation": "アプリが送ったトークン (On-Behalf-Of 要求でアサーションとして使うアクセス トークンなど) に、Entra ID が必要とするクレームが含まれていませんでした。アクセス トークンの代わりに ID トークンを渡した、別の対象 (audience) 向けに発行されたトークンを渡した、といった取り違えがよくある原因です。",
      "action": [
        "アプリがアサーションとして渡しているトークンを jwt.ms などでデコードし、クレームと対象を確認します。",
        "On-Behalf-Of では、ID トークンや Graph 向けトークンではなく、中間層 API 向けに発行されたアクセス トークンを渡すようにします。",
        "アプリを修正して再テストします。"
      ]
    }
  },
  {
    "code": 90019,
    "identifier": "MissingTenantRealm",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Entra ID could not work out which tenant the request is for",
      "explanation": "The request did not identify a tenant, and nothing in it (user name, credentials) allowed Entra ID to infer one. This happens when a flow that needs a specific tenant, such as client credentials, is sent to /common, or when no tenant-identifying information is provided at all.",
      "action": [
        "Check the authority the app uses; replace /common or /organizations with the tenant ID or verified domain where the flow requires it.",
        "For app-only (client credentials) requests always use the tenant-specific endpoint.",
        "Retest after updating the configuration."
      ]
    },
    "ja": {
      "title": "Entra ID が要求の対象テナントを判断できませんでした",
      "explanation": "要求にテナントの指定がなく、ユーザー名や資格情報など要求内のどの情報からもテナントを推測できませんでした。クライアント資格情報フローのように特定のテナントが必要なフローを /common に送った場合や、テナントを示す情報がまったくない場合に起こります。",
      "action": [
        "アプリが使う authority を確認し、フローで必要な場合は /common や /organizations をテナント ID や確認済みドメインに置き換えます。",
        "アプリのみ (クライアント資格情報) の要求では、必ずテナント固有のエンドポイントを使います。",
        "設定変更後に再テストします。"
      ]
    }
  },
  {
    "code": 90020,
    "identifier": "",
    "outcome": "failure",
    "category": "federation",
    "actor": "identity-provider",
    "en": {
      "title": "The SAML 1.1 token from the federated identity provider lacks the user's ImmutableID",
      "explanation": "For a federated domain, the identity provider (AD FS or a third-party IdP using WS-Federation) must include the user's ImmutableID (sourceAnchor) in the SAML 1.1 assertion. This assertion arrived without it, so Entra ID cannot match it to a cloud user. The claim rules on the identity provider must be corrected.",
      "action": [
        "Identify the federated domain and identity provider from the sign-in event (federated users show the IdP in Authentication details).",
        "On the IdP, check the relying party configuration for Microsoft Entra ID / Microsoft 365 and make sure it issues the ImmutableID claim (for AD FS, the issuance transform rules of the Microsoft Office 365 Identity Platform trust).",
        "Confirm the value matches the user's onPremisesImmutableId in Entra ID, then retest."
      ]
    },
    "ja": {
      "title": "フェデレーション IdP からの SAML 1.1 トークンにユーザーの ImmutableID がありません",
      "explanation": "フェデレーション ドメインでは、ID プロバイダー (AD FS や WS-Federation を使うサードパーティ IdP) が SAML 1.1 アサーションにユーザーの ImmutableID (sourceAnchor) を含める必要があります。届いたアサーションにはそれがなかったため、Entra ID はクラウド上のユーザーと対応付けられませんでした。ID プロバイダー側のクレーム ルールを修正する必要があります。",
      "action": [
        "サインイン イベントから、フェデレーション ドメインと ID プロバイダーを特定します (フェデレーション ユーザーは認証の詳細に IdP が表示されます)。",
        "IdP で Microsoft Entra ID / Microsoft 365 向けの証明書利用者の構成を確認し、ImmutableID クレームを発行しているか確認します (AD FS では Microsoft Office 365 Identity Platform 信頼の発行変換規則)。",
        "その値が Entra ID のユーザーの onPremisesImmutableId と一致しているか確認してから再テストします。"
      ]
    }
  }
];
