// AADSTS 90008–90055: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 90008,
    identifier: 'TokenForItselfRequiresGraphPermission',
    outcome: 'failure',
    category: 'consent',
    actor: 'app-developer',
    en: {
      title: 'The app requested a token for itself without the basic sign-in permission',
      explanation:
        'When an app asks for a token whose audience is the app itself, Entra ID requires that it has at least the basic permission to sign the user in and read their profile (User.Read on Microsoft Graph) and that this has been consented. Here that permission is missing or not consented. The registration, not the user, needs fixing.',
      action: [
        'In App registrations > the app > API permissions, make sure Microsoft Graph User.Read (delegated) is listed.',
        'Grant consent for it (Grant admin consent, or let the user consent if allowed).',
        'Ask the user to sign in again after the permission is consented.',
      ],
    },
    ja: {
      title: 'アプリが基本的なサインインのアクセス許可なしに自分自身向けのトークンを要求しました',
      explanation:
        'アプリが自分自身を対象 (audience) とするトークンを要求する場合、Entra ID は少なくともユーザーのサインインとプロファイル読み取りの基本的なアクセス許可 (Microsoft Graph の User.Read) があり、それに同意済みであることを求めます。今回はそのアクセス許可がない、または同意されていませんでした。修正が必要なのはユーザーではなくアプリの登録です。',
      action: [
        'アプリの登録 > 対象アプリ > API のアクセス許可 に Microsoft Graph の User.Read (委任) があるか確認します。',
        'そのアクセス許可に同意を付与します (管理者の同意を与える、または許可されていればユーザーが同意)。',
        '同意後、ユーザーにもう一度サインインしてもらいます。',
      ],
    },
  },
  {
    code: 90009,
    identifier: 'TokenForItselfMissingIdenticalAppIdentifier',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'An app requested a token for itself but did not name itself by its application ID',
      explanation:
        'An app may request a token whose audience is itself, but only when it names that resource by its GUID application (client) ID. This request used another form, such as an App ID URI, so Entra ID refused it. Changing the resource or scope value in the app fixes it.',
      action: [
        'Check the resource or scope parameter the app sends when requesting a token for its own API.',
        'Use the application (client) ID GUID from App registrations > the app > Overview, for example <client ID>/.default.',
        'Retest the token request.',
      ],
    },
    ja: {
      title: 'アプリが自分自身向けのトークンを要求しましたが、アプリケーション ID で指定していません',
      explanation:
        'アプリは自分自身を対象とするトークンを要求できますが、そのリソースを GUID 形式のアプリケーション (クライアント) ID で指定した場合に限られます。この要求はアプリ ID URI など別の形式を使ったため、Entra ID に拒否されました。アプリ側の resource や scope の値を変更すれば解消します。',
      action: [
        '自分自身の API 向けにトークンを要求する際、アプリが送る resource または scope パラメーターを確認します。',
        'アプリの登録 > 対象アプリ > 概要 にあるアプリケーション (クライアント) ID の GUID を使い、<クライアント ID>/.default のように指定します。',
        'トークン要求を再テストします。',
      ],
    },
  },
  {
    code: 90010,
    identifier: 'NotSupported',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The request uses something Entra ID does not support',
      explanation:
        'The request could not be served because it relies on an unsupported option. Known cases are an HTTP method other than the one the endpoint accepts (for example GET instead of POST) and a token signing algorithm that cannot be created. It points to a defect or outdated setting in the calling app.',
      action: [
        'Check the HTTP method and the algorithm-related parameters of the failing request.',
        'Make sure token requests are sent with POST and that the app does not ask for an unsupported signing algorithm.',
        'Update the authentication library to a current version and retest.',
      ],
    },
    ja: {
      title: '要求が Entra ID でサポートされていない内容を使っています',
      explanation:
        'サポートされていないオプションに依存していたため、要求を処理できませんでした。エンドポイントが受け付けない HTTP メソッド (POST ではなく GET など) を使った場合や、作成できないトークン署名アルゴリズムを要求した場合が知られています。呼び出し元アプリの不具合や古い設定を示しています。',
      action: [
        '失敗した要求の HTTP メソッドと、アルゴリズムに関するパラメーターを確認します。',
        'トークン要求が POST で送られているか、サポートされない署名アルゴリズムを要求していないか確認します。',
        '認証ライブラリを最新バージョンに更新して再テストします。',
      ],
    },
  },
  {
    code: 90012,
    identifier: 'RequestTimeout',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'The request timed out inside the sign-in service',
      explanation:
        'Entra ID could not finish processing the request within its time limit. This is generally a transient service-side condition. Retrying shortly afterwards normally succeeds.',
      action: [
        'Ask the user to retry after a short wait.',
        'If many sign-ins fail at the same time, check service health for incidents.',
        'For repeated failures, open a support request with the correlation ID and timestamp.',
      ],
    },
    ja: {
      title: 'サインイン サービス内で要求がタイムアウトしました',
      explanation:
        'Entra ID が制限時間内に要求の処理を終えられませんでした。一般的にはサービス側の一時的な状態によるものです。少し時間を置いて再試行すれば、通常は成功します。',
      action: [
        '少し待ってから再試行するようユーザーに案内します。',
        '同時刻に多数のサインインが失敗している場合は、サービス正常性で障害情報を確認します。',
        '繰り返し失敗する場合は、相関 ID と日時を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90013,
    identifier: 'InvalidUserInput',
    outcome: 'failure',
    category: 'other',
    actor: 'user',
    en: {
      title: 'The value the user entered was not valid',
      explanation:
        'Something the user typed on a sign-in page could not be accepted, for example a malformed username or code. The exact field is not named by the code itself. Re-entering the value carefully usually solves it.',
      action: [
        'Ask the user which page and field they were filling in, and have them re-enter the value (check for spaces, wrong format, full UPN).',
        'Open the sign-in event to see the step that failed and any additional details.',
        'If the input looked correct, collect the correlation ID and timestamp for further investigation.',
      ],
    },
    ja: {
      title: 'ユーザーが入力した値が無効でした',
      explanation:
        '形式の誤ったユーザー名やコードなど、ユーザーがサインイン画面で入力した内容を受け付けられませんでした。どの項目かはコード自体からは分かりません。落ち着いて入力し直せば、たいていは解決します。',
      action: [
        'どの画面のどの項目を入力していたかユーザーに確認し、空白の混入や形式 (UPN 全体を入力しているか) に注意して入力し直してもらいます。',
        'サインイン イベントを開き、失敗した手順と追加の詳細を確認します。',
        '入力内容に問題がないように見える場合は、相関 ID と日時を控えて調査を進めます。',
      ],
    },
  },
  {
    code: 90014,
    identifier: 'MissingRequiredField',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'A field required by the protocol was missing from the request',
      explanation:
        'The protocol message or credential the app sent lacked a field that Entra ID needs, such as a parameter in the token request or a claim in an assertion. The error text normally names the missing field. It is a bug or misconfiguration in the calling app.',
      action: [
        'Read the full error message (app logs or the sign-in event additional details) to find which field is missing.',
        'Have the developer add that parameter or claim; compare the request with the protocol documentation for the flow being used.',
        'If the app is a third-party product, report the error text and correlation ID to the vendor.',
      ],
    },
    ja: {
      title: 'プロトコルで必須の項目が要求に含まれていませんでした',
      explanation:
        'アプリが送ったプロトコル メッセージや資格情報に、トークン要求のパラメーターやアサーションのクレームなど、Entra ID が必要とする項目が欠けていました。通常、どの項目が欠けているかはエラー文に記載されます。呼び出し元アプリの不具合または設定ミスです。',
      action: [
        'アプリ ログやサインイン イベントの追加の詳細でエラー全文を確認し、欠けている項目を特定します。',
        '使用しているフローのプロトコル ドキュメントと比較し、そのパラメーターやクレームを追加するよう開発者に依頼します。',
        'サードパーティ製品の場合は、エラー文と相関 ID をベンダーに伝えます。',
      ],
    },
  },
  {
    code: 90015,
    identifier: 'QueryStringTooLong',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The request URL query string was too long',
      explanation:
        'The sign-in request carried more data in its URL than Entra ID accepts. Large state values, very long scope lists, or big SAML requests sent with the redirect binding are the usual causes. The app needs to send less data in the URL.',
      action: [
        'Capture the failing URL and see which parameter is largest (state, scope, SAMLRequest, claims).',
        'Keep large application state on the server side and send only a short reference in state.',
        'For SAML apps, switch to the HTTP-POST binding for requests if the request is large.',
      ],
    },
    ja: {
      title: '要求 URL のクエリ文字列が長すぎました',
      explanation:
        'サインイン要求の URL に、Entra ID が受け付ける量を超えるデータが含まれていました。大きな state の値、非常に長いスコープの一覧、リダイレクト バインディングで送られた大きな SAML 要求などが主な原因です。アプリ側で URL に載せるデータを減らす必要があります。',
      action: [
        '失敗した URL を取得し、どのパラメーター (state、scope、SAMLRequest、claims など) が大きいか確認します。',
        'アプリの状態はサーバー側に保持し、state には短い参照値だけを入れるよう修正します。',
        'SAML アプリで要求が大きい場合は、要求の送信に HTTP-POST バインディングを使うよう切り替えます。',
      ],
    },
  },
  {
    code: 90016,
    identifier: 'MissingRequiredClaim',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'A token presented to Entra ID lacks a required claim',
      explanation:
        'The app sent a token (for example an access token used as an assertion in an on-behalf-of request) that does not contain a claim Entra ID needs. Often the wrong kind of token was passed, such as an ID token instead of an access token, or a token issued for a different audience.',
      action: [
        'Check which token the app passes as the assertion and decode it (for example with jwt.ms) to see its claims and audience.',
        'For on-behalf-of, pass the access token that was issued to the middle-tier API, not an ID token or a Graph token.',
        'Fix the app and retest.',
      ],
    },
    ja: {
      title: 'Entra ID に提示されたトークンに必須のクレームがありません',
      explanation:
        'アプリが送ったトークン (On-Behalf-Of 要求でアサーションとして使うアクセス トークンなど) に、Entra ID が必要とするクレームが含まれていませんでした。アクセス トークンの代わりに ID トークンを渡した、別の対象 (audience) 向けに発行されたトークンを渡した、といった取り違えがよくある原因です。',
      action: [
        'アプリがアサーションとして渡しているトークンを jwt.ms などでデコードし、クレームと対象を確認します。',
        'On-Behalf-Of では、ID トークンや Graph 向けトークンではなく、中間層 API 向けに発行されたアクセス トークンを渡すようにします。',
        'アプリを修正して再テストします。',
      ],
    },
  },
  {
    code: 90019,
    identifier: 'MissingTenantRealm',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Entra ID could not work out which tenant the request is for',
      explanation:
        'The request did not identify a tenant, and nothing in it (user name, credentials) allowed Entra ID to infer one. This happens when a flow that needs a specific tenant, such as client credentials, is sent to /common, or when no tenant-identifying information is provided at all.',
      action: [
        'Check the authority the app uses; replace /common or /organizations with the tenant ID or verified domain where the flow requires it.',
        'For app-only (client credentials) requests always use the tenant-specific endpoint.',
        'Retest after updating the configuration.',
      ],
    },
    ja: {
      title: 'Entra ID が要求の対象テナントを判断できませんでした',
      explanation:
        '要求にテナントの指定がなく、ユーザー名や資格情報など要求内のどの情報からもテナントを推測できませんでした。クライアント資格情報フローのように特定のテナントが必要なフローを /common に送った場合や、テナントを示す情報がまったくない場合に起こります。',
      action: [
        'アプリが使う authority を確認し、フローで必要な場合は /common や /organizations をテナント ID や確認済みドメインに置き換えます。',
        'アプリのみ (クライアント資格情報) の要求では、必ずテナント固有のエンドポイントを使います。',
        '設定変更後に再テストします。',
      ],
    },
  },
  {
    code: 90020,
    identifier: '',
    outcome: 'failure',
    category: 'federation',
    actor: 'identity-provider',
    en: {
      title: 'The SAML 1.1 token from the federated identity provider lacks the user\'s ImmutableID',
      explanation:
        'For a federated domain, the identity provider (AD FS or a third-party IdP using WS-Federation) must include the user\'s ImmutableID (sourceAnchor) in the SAML 1.1 assertion. This assertion arrived without it, so Entra ID cannot match it to a cloud user. The claim rules on the identity provider must be corrected.',
      action: [
        'Identify the federated domain and identity provider from the sign-in event (federated users show the IdP in Authentication details).',
        'On the IdP, check the relying party configuration for Microsoft Entra ID / Microsoft 365 and make sure it issues the ImmutableID claim (for AD FS, the issuance transform rules of the Microsoft Office 365 Identity Platform trust).',
        'Confirm the value matches the user\'s onPremisesImmutableId in Entra ID, then retest.',
      ],
    },
    ja: {
      title: 'フェデレーション IdP からの SAML 1.1 トークンにユーザーの ImmutableID がありません',
      explanation:
        'フェデレーション ドメインでは、ID プロバイダー (AD FS や WS-Federation を使うサードパーティ IdP) が SAML 1.1 アサーションにユーザーの ImmutableID (sourceAnchor) を含める必要があります。届いたアサーションにはそれがなかったため、Entra ID はクラウド上のユーザーと対応付けられませんでした。ID プロバイダー側のクレーム ルールを修正する必要があります。',
      action: [
        'サインイン イベントから、フェデレーション ドメインと ID プロバイダーを特定します (フェデレーション ユーザーは認証の詳細に IdP が表示されます)。',
        'IdP で Microsoft Entra ID / Microsoft 365 向けの証明書利用者の構成を確認し、ImmutableID クレームを発行しているか確認します (AD FS では Microsoft Office 365 Identity Platform 信頼の発行変換規則)。',
        'その値が Entra ID のユーザーの onPremisesImmutableId と一致しているか確認してから再テストします。',
      ],
    },
  },
  {
    code: 90022,
    identifier: 'AuthenticatedInvalidPrincipalNameFormat',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'A principal name in the request has an invalid format',
      explanation:
        'Entra ID expected a principal name shaped like name, name/host, or name@realm, optionally combined, but received something that does not follow that pattern. Only the name part is mandatory. The value usually comes from app configuration, such as a service principal name or resource identifier.',
      action: [
        'Find the principal name value in the error text or request.',
        'Correct the configured value so that it follows name[/host][@realm], without extra characters or spaces.',
        'Retest the request.',
      ],
    },
    ja: {
      title: '要求内のプリンシパル名の形式が無効です',
      explanation:
        'Entra ID は name、name/host、name@realm (およびその組み合わせ) という形のプリンシパル名を想定していましたが、その形式に従わない値を受け取りました。必須なのは name の部分だけです。値はサービス プリンシパル名やリソース識別子など、アプリの設定から来ていることがほとんどです。',
      action: [
        'エラー文や要求からプリンシパル名の値を確認します。',
        '設定値を name[/host][@realm] の形式に従うよう、余分な文字や空白を除いて修正します。',
        '要求を再テストします。',
      ],
    },
  },
  {
    code: 90023,
    identifier: 'InvalidRequest',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The authentication request was not valid',
      explanation:
        'Entra ID rejected the request as invalid without a more specific code. The error description the app received normally says what was wrong, for example an unexpected parameter, an unsupported combination or a bad value. Users can occasionally trigger it by going back in the browser and resubmitting an old page.',
      action: [
        'Read the full error description returned to the app or shown on the error page.',
        'Capture the request with a network trace and compare it with the protocol documentation for the flow.',
        'If the user reached it with the browser back button, have them start the sign-in again from the app.',
      ],
    },
    ja: {
      title: '認証要求が無効でした',
      explanation:
        'Entra ID はより具体的なコードを使わず、要求を無効として拒否しました。想定外のパラメーター、サポートされない組み合わせ、不正な値など、何が問題かは通常アプリが受け取ったエラーの説明に書かれています。ブラウザーの「戻る」で古いページを再送信したときに、ユーザー操作で起きることもあります。',
      action: [
        'アプリが受け取ったエラーの説明、またはエラー画面の表示内容を確認します。',
        'ネットワーク トレースで要求を取得し、使用しているフローのプロトコル ドキュメントと比較します。',
        'ブラウザーの「戻る」で発生した場合は、アプリから改めてサインインを始めてもらいます。',
      ],
    },
  },
  {
    code: 90024,
    identifier: 'RequestBudgetExceededError',
    outcome: 'failure',
    category: 'throttling-lockout',
    actor: 'app-developer',
    en: {
      title: 'The request exceeded a processing budget and failed transiently',
      explanation:
        'Entra ID stopped processing the request because it used up its allowed budget, which the reference describes as a transient error. Retrying usually works, but apps that send bursts of requests are more likely to hit it. It is a signal to reduce request volume rather than a configuration error.',
      action: [
        'Retry the request after a short delay.',
        'If one app triggers it repeatedly, check in the sign-in log how many requests it makes, and have the developer add token caching and back-off.',
        'Open a support request with the correlation ID if it persists at normal volumes.',
      ],
    },
    ja: {
      title: '要求が処理上の上限を超え、一時的に失敗しました',
      explanation:
        '要求が許容された処理量を使い切ったため、Entra ID は処理を止めました。リファレンスでは一時的なエラーとされています。再試行すれば通常は成功しますが、短時間に大量の要求を送るアプリほど発生しやすくなります。構成の誤りというより、要求量を減らすべきというサインです。',
      action: [
        '少し間を置いてから要求を再試行します。',
        '特定のアプリで繰り返し発生する場合は、サインイン ログでそのアプリの要求数を確認し、トークン キャッシュとバックオフを実装するよう開発者に依頼します。',
        '通常の要求量でも続く場合は、相関 ID を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90027,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'The app uses a protocol version that cannot issue tokens for personal accounts',
      explanation:
        'The app used the older (v1.0) endpoint to sign in a personal Microsoft account. Tokens for personal accounts are only issued through the v2.0 endpoint, so the request fails. The app vendor has to move the app to v2.0.',
      action: [
        'Confirm from the sign-in event or error that the user is a personal Microsoft account.',
        'Have the developer switch the app to the v2.0 endpoints (or a current MSAL version) and set Supported account types to include personal accounts.',
        'Until then, users must sign in with a work or school account if the app supports it.',
      ],
    },
    ja: {
      title: 'アプリが個人用アカウント向けにトークンを発行できないプロトコル バージョンを使っています',
      explanation:
        'アプリが旧来の (v1.0) エンドポイントで個人用 Microsoft アカウントをサインインさせようとしました。個人用アカウントのトークンは v2.0 エンドポイントでしか発行されないため、要求は失敗します。アプリのベンダーが v2.0 に移行する必要があります。',
      action: [
        'サインイン イベントやエラーから、ユーザーが個人用 Microsoft アカウントであることを確認します。',
        'アプリを v2.0 エンドポイント (または最新の MSAL) に移行し、サポートされているアカウントの種類に個人用アカウントを含めるよう開発者に依頼します。',
        'それまでの間、アプリが対応していれば職場または学校アカウントでサインインしてもらいます。',
      ],
    },
  },
  {
    code: 90033,
    identifier: 'MsodsServiceUnavailable',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'The directory service behind Entra ID was unavailable',
      explanation:
        'Entra ID could not read what it needed from its directory store (Microsoft Online Directory Service). This is a temporary Microsoft-side outage or overload. Nothing in the tenant configuration causes it.',
      action: [
        'Ask the user to retry after a few minutes.',
        'Check Microsoft 365 / Azure service health for an active incident.',
        'If failures continue, open a support request with correlation IDs and timestamps.',
      ],
    },
    ja: {
      title: 'Entra ID の背後にあるディレクトリ サービスが利用できませんでした',
      explanation:
        'Entra ID が、ディレクトリ ストア (Microsoft Online Directory Service) から必要な情報を読み取れませんでした。Microsoft 側の一時的な障害または過負荷です。テナントの設定が原因で起きるものではありません。',
      action: [
        '数分後に再試行するようユーザーに案内します。',
        'Microsoft 365 や Azure のサービス正常性で障害が発生していないか確認します。',
        '失敗が続く場合は、相関 ID と日時を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90036,
    identifier: 'MsodsServiceUnretryableFailure',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'The directory service returned an unexpected error that retrying will not fix',
      explanation:
        'Entra ID received an unexpected, non-retryable error from its directory service while processing the sign-in. Unlike transient failures, repeating the same request is not expected to help. Microsoft support needs the request identifiers to investigate.',
      action: [
        'Collect the correlation ID, request ID and timestamp from the sign-in event.',
        'Check whether it affects one user or object (for example a recently changed account) or the whole tenant.',
        'Open a support request with those details.',
      ],
    },
    ja: {
      title: 'ディレクトリ サービスが、再試行では解決しない想定外のエラーを返しました',
      explanation:
        'サインインの処理中に、Entra ID がディレクトリ サービスから再試行不可の想定外のエラーを受け取りました。一時的な障害とは異なり、同じ要求を繰り返しても解決は見込めません。調査には Microsoft サポートに要求の識別情報を伝える必要があります。',
      action: [
        'サインイン イベントから相関 ID、要求 ID、日時を控えます。',
        '特定のユーザーやオブジェクト (最近変更したアカウントなど) だけか、テナント全体かを確認します。',
        'これらの情報を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90038,
    identifier: 'NationalCloudTenantRedirection',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'app-developer',
    en: {
      title: 'The tenant lives in a national cloud that this cloud does not federate with',
      explanation:
        'The tenant named in the request belongs to a national cloud (for example Azure Government or Azure operated by 21Vianet), and the cloud instance that received the request cannot serve it. The app must use the sign-in endpoint of the cloud where the tenant lives.',
      action: [
        'Check which cloud the tenant belongs to and which authority host the app uses (login.microsoftonline.com, login.microsoftonline.us, login.chinacloudapi.cn).',
        'Configure the app with the authority and resource endpoints of the correct cloud.',
        'For multi-cloud apps, make sure the app is registered in each cloud where it must sign users in.',
      ],
    },
    ja: {
      title: 'テナントが、このクラウドとフェデレーションしていない国内クラウドにあります',
      explanation:
        '要求で指定されたテナントは国内クラウド (Azure Government や 21Vianet が運営する Azure など) に属しており、要求を受けたクラウドでは処理できませんでした。アプリはテナントが存在するクラウドのサインイン エンドポイントを使う必要があります。',
      action: [
        'テナントがどのクラウドに属するか、アプリがどの authority ホスト (login.microsoftonline.com、login.microsoftonline.us、login.chinacloudapi.cn) を使っているかを確認します。',
        '正しいクラウドの authority とリソースのエンドポイントをアプリに設定します。',
        '複数クラウドに対応するアプリであれば、サインインさせる各クラウドにアプリが登録されているか確認します。',
      ],
    },
  },
  {
    code: 90043,
    identifier: 'NationalCloudAuthCodeRedirection',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'app-developer',
    en: {
      title: 'Cross-cloud authorization code redirection is not available',
      explanation:
        'The request tried to complete an authorization code flow across cloud boundaries (between the global cloud and a national cloud), and the service reports that this feature is disabled. The public description says no more than that. The app should run the whole flow against the cloud where the user\'s tenant lives.',
      action: [
        'Check which cloud the user\'s tenant belongs to and which authority the app uses for the authorize and token calls.',
        'Make sure both calls go to the same, correct cloud endpoint.',
        'If the scenario is a supported cross-cloud setup, collect the correlation ID and timestamp and open a support request.',
      ],
    },
    ja: {
      title: 'クラウド間での認可コードのリダイレクトは利用できません',
      explanation:
        '要求は、グローバル クラウドと国内クラウドの境界をまたいで認可コード フローを完了しようとしましたが、サービスはこの機能が無効であると報告しました。公開されている説明はそれ以上ありません。アプリは、ユーザーのテナントが存在するクラウドに対してフロー全体を実行する必要があります。',
      action: [
        'ユーザーのテナントがどのクラウドに属するか、アプリが authorize と token の呼び出しにどの authority を使っているかを確認します。',
        '両方の呼び出しが同じ正しいクラウドのエンドポイントに送られるようにします。',
        'サポートされているクラウド間構成のはずであれば、相関 ID と日時を控えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90051,
    identifier: 'InvalidNationalCloudId',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'app-developer',
    en: {
      title: 'The request names a national cloud identifier that is not valid',
      explanation:
        'A token or request carried a national cloud identifier that Entra ID does not recognise, so the delegated token could not be used. This typically comes from mixing endpoints or tokens of different clouds in the same app. The app configuration must consistently target one cloud.',
      action: [
        'Read the cloud identifier mentioned in the error text.',
        'Check that the app\'s authority, resource URLs and cached tokens all belong to the same cloud.',
        'Clear the app\'s token cache and retest after correcting the configuration.',
      ],
    },
    ja: {
      title: '要求に無効な国内クラウド識別子が指定されています',
      explanation:
        'トークンまたは要求に、Entra ID が認識できない国内クラウドの識別子が含まれていたため、委任トークンを使用できませんでした。同じアプリの中で異なるクラウドのエンドポイントやトークンを混在させた場合によく起こります。アプリの構成を 1 つのクラウドに統一する必要があります。',
      action: [
        'エラー文に記載されたクラウド識別子を確認します。',
        'アプリの authority、リソース URL、キャッシュされたトークンがすべて同じクラウドのものか確認します。',
        '構成を修正したら、アプリのトークン キャッシュを消去して再テストします。',
      ],
    },
  },
  {
    code: 90055,
    identifier: 'TenantThrottlingError',
    outcome: 'failure',
    category: 'throttling-lockout',
    actor: 'tenant-admin',
    en: {
      title: 'Requests for this tenant are being throttled',
      explanation:
        'Entra ID is receiving too many requests for this tenant and has started refusing some of them. This is applied at tenant level, so a single misbehaving app or script can affect everyone in the organization. Requests succeed again once the volume drops or the block is lifted.',
      action: [
        'Use the sign-in logs (including service principal sign-ins) to find the apps, users or IP addresses generating unusual request volumes.',
        'Stop or fix the offending script or app (token caching, back-off, fewer parallel calls).',
        'If the volume is legitimate or the throttling does not clear, open a support request with examples of correlation IDs.',
      ],
    },
    ja: {
      title: 'このテナントへの要求がスロットリングされています',
      explanation:
        'このテナント宛ての要求が多すぎるため、Entra ID が一部を拒否し始めました。制限はテナント単位でかかるため、1 つの不具合のあるアプリやスクリプトが組織全体に影響することがあります。要求量が減るか制限が解除されれば、再び成功するようになります。',
      action: [
        'サインイン ログ (サービス プリンシパルのサインインを含む) から、異常な量の要求を出しているアプリ、ユーザー、IP アドレスを特定します。',
        '原因のスクリプトやアプリを停止または修正します (トークン キャッシュ、バックオフ、並列呼び出しの削減)。',
        '正当な要求量である場合や制限が解除されない場合は、相関 ID の例を添えてサポートに問い合わせます。',
      ],
    },
  },
];
