// AADSTS 90056–90112: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 90056,
    identifier: 'BadResourceRequest',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The token endpoint was called the wrong way',
      explanation:
        'To exchange an authorization code for tokens, the app must first send the user to the /authorize endpoint and then POST the returned code to the /token endpoint. This request did not follow that pattern, for example it used GET, called the wrong endpoint, or carried no code. Users occasionally cause it by navigating back to an old sign-in page.',
      action: [
        'Check the HTTP method, URL and body of the failing token request.',
        'Compare the endpoints the app uses with App registrations > the app > Endpoints, and make sure the code is POSTed to the token endpoint.',
        'If it comes from users pressing Back in the browser, it can be ignored when a later sign-in succeeds.',
      ],
    },
    ja: {
      title: 'トークン エンドポイントの呼び出し方が正しくありません',
      explanation:
        '認可コードをトークンと交換するには、まずユーザーを /authorize エンドポイントに送り、返されたコードを /token エンドポイントに POST する必要があります。この要求はその手順に従っておらず、GET を使った、別のエンドポイントを呼んだ、コードが含まれていない、などの状態でした。ユーザーがブラウザーで古いサインイン ページに戻った場合に発生することもあります。',
      action: [
        '失敗したトークン要求の HTTP メソッド、URL、本文を確認します。',
        'アプリが使うエンドポイントを アプリの登録 > 対象アプリ > エンドポイント と比較し、コードが token エンドポイントに POST されているか確認します。',
        'ユーザーがブラウザーの「戻る」を押したことが原因で、その後のサインインが成功していれば無視してかまいません。',
      ],
    },
  },
  {
    code: 90072,
    identifier: 'PassThroughUserMfaError',
    outcome: 'failure',
    category: 'account-state',
    actor: 'tenant-admin',
    en: {
      title: 'The account used does not exist in this tenant, so its MFA requirement cannot be met',
      explanation:
        'The user signed in with an external account that has no user object in the tenant being accessed, so Entra ID cannot apply the tenant\'s MFA requirements to it. Despite the identifier name, this is mainly a membership problem: the person was never invited as a guest or signed in with the wrong account. It can also appear for synchronized users whose ImmutableID (sourceAnchor) differs between Active Directory and Entra ID.',
      action: [
        'Check the Home tenant and Resource tenant of the sign-in event, and the account the user typed.',
        'If the person should have access, invite them as a guest (Users > New user > Invite external user); otherwise ask them to sign in with their account in this tenant.',
        'For synchronized users, compare the on-premises sourceAnchor with the user\'s onPremisesImmutableId in Entra ID and fix the mismatch through Entra Connect.',
      ],
    },
    ja: {
      title: '使用したアカウントがこのテナントに存在しないため、MFA 要件を満たせません',
      explanation:
        'ユーザーは、アクセス先のテナントにユーザー オブジェクトがない外部アカウントでサインインしたため、Entra ID はテナントの MFA 要件をそのアカウントに適用できませんでした。識別子の名前とは裏腹に、主な原因はゲストとして招待されていない、別のアカウントでサインインした、といった所属の問題です。同期ユーザーで、Active Directory と Entra ID の ImmutableID (sourceAnchor) が一致しない場合にも発生します。',
      action: [
        'サインイン イベントのホーム テナントとリソース テナント、ユーザーが入力したアカウントを確認します。',
        'アクセスを許可すべき相手であれば ユーザー > 新しいユーザー > 外部ユーザーの招待 でゲストとして招待し、そうでなければこのテナントのアカウントでサインインするよう案内します。',
        '同期ユーザーの場合は、オンプレミスの sourceAnchor と Entra ID の onPremisesImmutableId を比較し、Entra Connect で不一致を修正します。',
      ],
    },
  },
  {
    code: 90081,
    identifier: 'OrgIdWsFederationMessageInvalid',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The WS-Federation message sent by the app is not valid',
      explanation:
        'The application uses WS-Federation to sign users in through Entra ID, and the message it sent could not be processed. Missing or malformed parameters (such as wa, wtrealm or wreply) or an unexpected message type are common reasons. The relying party configuration or code must be fixed.',
      action: [
        'Capture the sign-in URL and check the wa, wtrealm and wreply parameters.',
        'Make sure wtrealm matches the app Identifier (App ID URI) and wreply matches a registered reply URL in App registrations > the app.',
        'Ask the vendor to correct the message if the app is a third-party product.',
      ],
    },
    ja: {
      title: 'アプリが送った WS-Federation メッセージが無効です',
      explanation:
        'このアプリケーションは WS-Federation で Entra ID を使ってサインインしていますが、送られたメッセージを処理できませんでした。wa、wtrealm、wreply などのパラメーターの欠落や形式の誤り、想定外のメッセージの種類がよくある原因です。証明書利用者 (アプリ) 側の構成またはコードを修正する必要があります。',
      action: [
        'サインイン URL を取得し、wa、wtrealm、wreply の各パラメーターを確認します。',
        'wtrealm がアプリの識別子 (アプリ ID URI) と一致し、wreply が アプリの登録 > 対象アプリ に登録された応答 URL と一致しているか確認します。',
        'サードパーティ製品の場合は、メッセージの修正をベンダーに依頼します。',
      ],
    },
  },
  {
    code: 90082,
    identifier: 'OrgIdWsFederationNotSupported',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The authentication policy chosen for this WS-Federation request is not supported',
      explanation:
        'The WS-Federation request asked for an authentication policy or option that Entra ID does not currently offer. The app probably relies on behaviour of another WS-Federation identity provider. The relying party needs to use options Entra ID supports.',
      action: [
        'Inspect the request parameters (such as wauth or policy-related values) sent by the app.',
        'Remove the unsupported requirement from the app configuration, or move the app to OpenID Connect or SAML.',
        'Retest after the change.',
      ],
    },
    ja: {
      title: 'この WS-Federation 要求で選ばれた認証ポリシーはサポートされていません',
      explanation:
        'WS-Federation 要求が、Entra ID では現在提供していない認証ポリシーやオプションを求めました。アプリが別の WS-Federation ID プロバイダーの動作に依存している可能性があります。証明書利用者側で、Entra ID がサポートするオプションを使うよう変更する必要があります。',
      action: [
        'アプリが送っている要求パラメーター (wauth やポリシー関連の値など) を確認します。',
        'サポートされない要件をアプリの設定から外すか、アプリを OpenID Connect や SAML に移行します。',
        '変更後に再テストします。',
      ],
    },
  },
  {
    code: 90084,
    identifier: 'OrgIdWsFederationGuestNotAllowed',
    outcome: 'failure',
    category: 'account-state',
    actor: 'tenant-admin',
    en: {
      title: 'Guest accounts are not allowed for this WS-Federation site',
      explanation:
        'The user is a guest in the tenant, and the WS-Federation application they tried to reach does not accept guest accounts. This is a restriction of that app or its configuration, not a problem with the guest\'s credentials.',
      action: [
        'Confirm in the sign-in event that the user type is Guest and identify the application.',
        'If guests should use the app, check with the app owner whether it can support external users, or give the person a member account.',
        'Otherwise tell the user that this site is only available to members of the organization.',
      ],
    },
    ja: {
      title: 'この WS-Federation サイトではゲスト アカウントは許可されていません',
      explanation:
        'ユーザーはテナントのゲストで、アクセスしようとした WS-Federation アプリケーションはゲスト アカウントを受け付けていません。アプリまたはその構成による制限であり、ゲストの資格情報に問題があるわけではありません。',
      action: [
        'サインイン イベントでユーザーの種類がゲストであることを確認し、アプリケーションを特定します。',
        'ゲストにも使わせるべきアプリであれば、外部ユーザーに対応できるかアプリの所有者に確認するか、メンバー アカウントを用意します。',
        'そうでなければ、このサイトは組織のメンバー専用であることをユーザーに伝えます。',
      ],
    },
  },
  {
    code: 90085,
    identifier: 'OrgIdWsFederationSltRedemptionFailed',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'microsoft',
    en: {
      title: 'A token cannot be issued because the organization is not fully provisioned yet',
      explanation:
        'The service could not issue the token because the company object for the tenant has not finished provisioning. It is seen shortly after a tenant or subscription is created, while back-end setup is still running. It normally clears without intervention.',
      action: [
        'Wait and retry later; provisioning of a new tenant or service can take some time.',
        'Check in the Microsoft 365 admin center whether the subscription and services show as active.',
        'If it persists well beyond provisioning time, open a support request with the correlation ID and timestamp.',
      ],
    },
    ja: {
      title: '組織のプロビジョニングが完了していないため、トークンを発行できません',
      explanation:
        'テナントの会社オブジェクトのプロビジョニングが終わっていないため、サービスはトークンを発行できませんでした。テナントやサブスクリプションを作成した直後、バックエンドの準備が進行中のときに見られます。通常は何もしなくても解消します。',
      action: [
        'しばらく待ってから再試行します。新しいテナントやサービスのプロビジョニングには時間がかかることがあります。',
        'Microsoft 365 管理センターで、サブスクリプションとサービスがアクティブになっているか確認します。',
        '通常のプロビジョニング時間を大きく過ぎても続く場合は、相関 ID と日時を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90086,
    identifier: 'OrgIdWsTrustDaTokenExpired',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'The user\'s WS-Trust sign-in token has expired',
      explanation:
        'Older clients that use WS-Trust keep a user token (called a DA token) to request service tokens without prompting. That token has expired, so it cannot be used any more. The user has to sign in again so the client gets a new one.',
      action: [
        'Have the user sign out of the client application and sign in again.',
        'If the client is an old Office or legacy application, plan to update it to a version that uses modern authentication.',
      ],
    },
    ja: {
      title: 'ユーザーの WS-Trust サインイン トークンの有効期限が切れています',
      explanation:
        'WS-Trust を使う古いクライアントは、サインインを求めずにサービス トークンを取得するため、ユーザー トークン (DA トークン) を保持しています。そのトークンの有効期限が切れたため、もう使用できません。クライアントが新しいトークンを取得できるよう、ユーザーが再度サインインする必要があります。',
      action: [
        'ユーザーにクライアント アプリからサインアウトし、再度サインインしてもらいます。',
        '古い Office やレガシー アプリの場合は、先進認証に対応したバージョンへの更新を計画します。',
      ],
    },
  },
  {
    code: 90087,
    identifier: 'OrgIdWsFederationMessageCreationFromUriFailed',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'A WS-Federation message could not be built from the request URL',
      explanation:
        'Entra ID tried to read a WS-Federation message from the query string of the URL and failed. The URL is probably truncated, double-encoded or contains invalid characters. The relying party must send a correctly encoded sign-in URL.',
      action: [
        'Capture the full sign-in URL and check the encoding of its parameters (wa, wtrealm, wreply, wctx).',
        'Make sure the app URL-encodes each parameter once and does not exceed URL length limits.',
        'Ask the vendor to fix the URL construction if needed, then retest.',
      ],
    },
    ja: {
      title: '要求 URL から WS-Federation メッセージを作成できませんでした',
      explanation:
        'Entra ID は URL のクエリ文字列から WS-Federation メッセージを読み取ろうとしましたが、失敗しました。URL が途中で切れている、二重にエンコードされている、無効な文字を含んでいる、といった原因が考えられます。証明書利用者側で、正しくエンコードされたサインイン URL を送る必要があります。',
      action: [
        'サインイン URL 全体を取得し、各パラメーター (wa、wtrealm、wreply、wctx) のエンコードを確認します。',
        'アプリが各パラメーターを 1 回だけ URL エンコードしているか、URL の長さ制限を超えていないか確認します。',
        '必要に応じて URL の組み立ての修正をベンダーに依頼し、再テストします。',
      ],
    },
  },
  {
    code: 90090,
    identifier: 'GraphRetryableError',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'An internal directory call failed temporarily',
      explanation:
        'While handling the sign-in, Entra ID made an internal call to the directory (Graph) service that failed with a retryable error. It is a transient service-side problem. Retrying after a short wait usually succeeds.',
      action: [
        'Ask the user to retry after a minute.',
        'Check service health if many users report the same failure.',
        'Open a support request with correlation IDs if it keeps occurring.',
      ],
    },
    ja: {
      title: 'ディレクトリへの内部呼び出しが一時的に失敗しました',
      explanation:
        'サインインの処理中に Entra ID がディレクトリ (Graph) サービスへ内部呼び出しを行い、再試行可能なエラーで失敗しました。サービス側の一時的な問題です。少し待ってから再試行すれば、たいていは成功します。',
      action: [
        '1 分ほど待ってから再試行するようユーザーに案内します。',
        '多数のユーザーから同じ報告がある場合は、サービス正常性を確認します。',
        '繰り返し発生する場合は、相関 ID を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90091,
    identifier: 'GraphServiceUnreachable',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'Entra ID could not reach its internal directory (Graph) service',
      explanation:
        'The sign-in service was unable to contact the directory service it needed for this request. The code is rarely seen and has no public explanation beyond its name; it indicates a Microsoft-side connectivity or availability problem rather than a tenant issue.',
      action: [
        'Ask the user to retry after a few minutes.',
        'Check Microsoft 365 / Azure service health for incidents.',
        'If it persists, collect the correlation ID and timestamp and open a support request.',
      ],
    },
    ja: {
      title: 'Entra ID が内部のディレクトリ (Graph) サービスに到達できませんでした',
      explanation:
        'サインイン サービスが、この要求に必要なディレクトリ サービスに接続できませんでした。めったに見られないコードで、名前以上の公開の説明はありませんが、テナントの問題ではなく Microsoft 側の接続性や可用性の問題を示しています。',
      action: [
        '数分待ってから再試行するようユーザーに案内します。',
        'Microsoft 365 や Azure のサービス正常性で障害情報を確認します。',
        '解消しない場合は、相関 ID と日時を控えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90092,
    identifier: 'GraphNonRetryableError',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'An internal directory call failed with an error that retrying will not fix',
      explanation:
        'Entra ID called its directory (Graph) service during the sign-in and received an error marked as not retryable. The code is rarely seen and the public reference gives only its name. The specific cause is not visible to the tenant, so Microsoft needs the request identifiers.',
      action: [
        'Collect the correlation ID, request ID and timestamp from the sign-in event.',
        'Check whether the failure is tied to a single user, app or object that was recently changed.',
        'Open a support request with these details.',
      ],
    },
    ja: {
      title: 'ディレクトリへの内部呼び出しが、再試行では解決しないエラーで失敗しました',
      explanation:
        'サインイン中に Entra ID がディレクトリ (Graph) サービスを呼び出し、再試行不可とされたエラーを受け取りました。めったに見られないコードで、公開リファレンスには名前しか載っていません。具体的な原因はテナント側からは見えないため、Microsoft に要求の識別情報を伝える必要があります。',
      action: [
        'サインイン イベントから相関 ID、要求 ID、日時を控えます。',
        '最近変更した特定のユーザー、アプリ、オブジェクトに限られた失敗かどうかを確認します。',
        'これらの情報を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90093,
    identifier: 'GraphUserUnauthorized',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'A directory (Graph) call made for this request was refused as forbidden',
      explanation:
        'During the sign-in Entra ID made a directory call on behalf of the request, and it came back forbidden. The public reference says only that much. In practice it points to missing rights: the signed-in user or the app is not allowed to perform the directory operation the flow needs, for example consenting to permissions that require an administrator.',
      action: [
        'Read the error description the app received and the sign-in event details to see which operation was attempted.',
        'Check whether the user has the directory role the operation needs, and whether the app\'s permissions have been consented (Enterprise apps > the app > Permissions).',
        'Collect the correlation ID and timestamp and contact the app vendor or Microsoft support if the cause is not clear.',
      ],
    },
    ja: {
      title: 'この要求のために行われたディレクトリ (Graph) 呼び出しが禁止として拒否されました',
      explanation:
        'サインイン中に Entra ID が要求の代わりにディレクトリ呼び出しを行い、禁止 (forbidden) の応答が返されました。公開リファレンスの説明はここまでです。実際には権限不足を示しており、サインインしたユーザーまたはアプリが、フローに必要なディレクトリ操作 (管理者が必要なアクセス許可への同意など) を行えないことが考えられます。',
      action: [
        'アプリが受け取ったエラーの説明とサインイン イベントの詳細から、どの操作が試みられたか確認します。',
        'ユーザーが操作に必要なディレクトリ ロールを持っているか、アプリのアクセス許可に同意済みか (エンタープライズ アプリケーション > 対象アプリ > アクセス許可) を確認します。',
        '原因がはっきりしない場合は、相関 ID と日時を控えてアプリのベンダーまたは Microsoft サポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90094,
    identifier: 'AdminConsentRequired',
    outcome: 'failure',
    category: 'consent',
    actor: 'tenant-admin',
    en: {
      title: 'The app needs administrator consent before users can use it',
      explanation:
        'The app requests permissions that an ordinary user is not allowed to grant, either because the permissions are admin-only or because the tenant has restricted user consent. Until an administrator consents on behalf of the organization, users cannot sign in to it. This is the consent policy working as configured.',
      action: [
        'Identify the app and the permissions it asks for (Enterprise apps > the app > Permissions, or the consent prompt details).',
        'Review the publisher and permissions; if the app is approved, select Grant admin consent for the tenant.',
        'Consider enabling the admin consent workflow (Enterprise apps > Consent and permissions > Admin consent settings) so users can request approval instead of hitting this error.',
      ],
    },
    ja: {
      title: 'ユーザーが使う前に、アプリには管理者の同意が必要です',
      explanation:
        'アプリは、一般ユーザーには付与できないアクセス許可を要求しています。管理者専用のアクセス許可であるか、テナントでユーザーの同意が制限されているためです。管理者が組織を代表して同意するまで、ユーザーはこのアプリにサインインできません。同意ポリシーが設定どおりに機能した結果です。',
      action: [
        'アプリと要求しているアクセス許可を特定します (エンタープライズ アプリケーション > 対象アプリ > アクセス許可、または同意画面の詳細)。',
        '発行元とアクセス許可を確認し、承認できるアプリであればテナントに対して「管理者の同意を与えます」を実行します。',
        'エラーで止まる代わりにユーザーが承認を依頼できるよう、管理者の同意ワークフロー (エンタープライズ アプリケーション > 同意とアクセス許可 > 管理者の同意の設定) の有効化を検討します。',
      ],
    },
  },
  {
    code: 90095,
    identifier: 'AdminConsentRequiredRequestAccess',
    outcome: 'interrupted',
    category: 'consent',
    actor: 'user',
    en: {
      title: 'The user was offered to request admin approval for the app',
      explanation:
        'The app needs administrator consent, and the tenant has the admin consent workflow enabled. Instead of a plain error, the user sees a page where they can explain why they need the app and send a request to the designated reviewers. The sign-in cannot continue until a reviewer approves.',
      action: [
        'Let the user submit the request with a short justification.',
        'Reviewers handle it in Entra admin center > Enterprise apps > Admin consent requests, approving or denying after checking the permissions.',
        'After approval the user signs in again; check the reviewer list in Admin consent settings if requests go unanswered.',
      ],
    },
    ja: {
      title: 'ユーザーに、アプリの管理者承認を依頼する画面が表示されました',
      explanation:
        'アプリには管理者の同意が必要で、テナントでは管理者の同意ワークフローが有効になっています。そのためエラーではなく、アプリが必要な理由を記入して指定のレビュー担当者に依頼を送れる画面が表示されました。レビュー担当者が承認するまでサインインは先に進めません。',
      action: [
        'ユーザーに、簡単な理由を添えて依頼を送信してもらいます。',
        'レビュー担当者は Microsoft Entra 管理センター > エンタープライズ アプリケーション > 管理者の同意要求 で、アクセス許可を確認したうえで承認または拒否します。',
        '承認後、ユーザーに再度サインインしてもらいます。依頼が放置されている場合は、管理者の同意の設定でレビュー担当者を確認します。',
      ],
    },
  },
  {
    code: 90099,
    identifier: '',
    outcome: 'failure',
    category: 'consent',
    actor: 'tenant-admin',
    en: {
      title: 'A partner delegated administrator used an app that is not authorized in the customer tenant',
      explanation:
        'A partner administrator, working in a customer tenant through delegated admin privileges, tried to use an application that has not been authorized in that customer tenant. Such apps must be consented or pre-authorized in the customer tenant before delegated admins can use them. The fix is on the partner and customer administration side.',
      action: [
        'Identify the application and customer tenant from the error text and sign-in event.',
        'Have the partner pre-consent the application for the customer (for example through the Partner Center consent APIs) or have a customer admin consent to it.',
        'Check that the partner\'s delegated admin relationship (GDAP) and roles for that customer are active.',
      ],
    },
    ja: {
      title: 'パートナーの委任管理者が、顧客テナントで承認されていないアプリを使いました',
      explanation:
        '委任管理者特権で顧客テナントを管理しているパートナーの管理者が、その顧客テナントで承認されていないアプリケーションを使おうとしました。このようなアプリは、委任管理者が使う前に顧客テナントで同意または事前承認されている必要があります。対処はパートナーと顧客の管理者側で行います。',
      action: [
        'エラー文とサインイン イベントから、アプリケーションと顧客テナントを特定します。',
        'パートナーが Partner Center の同意 API などで顧客向けにアプリを事前同意するか、顧客の管理者がアプリに同意します。',
        'その顧客に対するパートナーの委任管理関係 (GDAP) とロールが有効か確認します。',
      ],
    },
  },
  {
    code: 90100,
    identifier: 'InvalidRequestParameter',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'A request parameter was empty or had an invalid value',
      explanation:
        'One of the parameters in the request was missing its value or contained something Entra ID does not accept. The error text sent to the app usually names the parameter. It is a defect or misconfiguration in the calling app.',
      action: [
        'Read the full error description from the app logs or error page to find the parameter.',
        'Check that the app fills it correctly (client_id, redirect_uri, scope, response_type and similar).',
        'Fix the configuration or code and retest.',
      ],
    },
    ja: {
      title: '要求パラメーターが空、または無効な値でした',
      explanation:
        '要求に含まれるパラメーターの 1 つに値がない、または Entra ID が受け付けない値が入っていました。通常、アプリに返されるエラー文にパラメーター名が記載されます。呼び出し元アプリの不具合または設定ミスです。',
      action: [
        'アプリ ログやエラー画面でエラーの説明全体を確認し、該当するパラメーターを特定します。',
        'アプリがそのパラメーター (client_id、redirect_uri、scope、response_type など) を正しく設定しているか確認します。',
        '設定またはコードを修正して再テストします。',
      ],
    },
  },
  {
    code: 90101,
    identifier: 'InvalidEmailAddress',
    outcome: 'failure',
    category: 'other',
    actor: 'user',
    en: {
      title: 'The value supplied is not a valid email address',
      explanation:
        'A field that expects an email address received something that does not have the form name@domain. It is usually a typing error by the user or a malformed value passed by an app as a hint. Entering a correctly formed address resolves it.',
      action: [
        'Ask the user to re-enter the address in the form someone@example.com, without spaces.',
        'If the value was pre-filled by an app (for example login_hint), have the app owner check what it sends.',
      ],
    },
    ja: {
      title: '指定された値は有効なメール アドレスではありません',
      explanation:
        'メール アドレスを入力すべき項目に、name@domain の形式になっていない値が渡されました。ユーザーの入力ミスか、アプリがヒントとして渡した値の形式の誤りがほとんどです。正しい形式のアドレスを入力すれば解決します。',
      action: [
        '空白を含めず someone@example.com の形式でアドレスを入力し直すようユーザーに案内します。',
        'アプリがあらかじめ値を入れている場合 (login_hint など) は、送っている値をアプリの所有者に確認してもらいます。',
      ],
    },
  },
  {
    code: 90102,
    identifier: 'InvalidUriParameter',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'A URI parameter is not a valid absolute URI',
      explanation:
        'A parameter that must contain a full URI (scheme and host, such as https://app.example.com/callback) contained a relative path or malformed value. Redirect URIs and resource identifiers are the usual suspects. The app configuration needs correcting.',
      action: [
        'Find which URI parameter is invalid from the error text.',
        'Make sure the app sends an absolute, correctly encoded URI that also matches the registration (App registrations > the app > Authentication).',
        'Retest after the fix.',
      ],
    },
    ja: {
      title: 'URI パラメーターが有効な絶対 URI ではありません',
      explanation:
        '完全な URI (https://app.example.com/callback のようにスキームとホストを含むもの) を指定すべきパラメーターに、相対パスや形式の誤った値が入っていました。リダイレクト URI やリソース識別子がよくある原因です。アプリの設定を修正する必要があります。',
      action: [
        'エラー文から、どの URI パラメーターが無効か特定します。',
        'アプリが正しくエンコードされた絶対 URI を送り、それが登録内容 (アプリの登録 > 対象アプリ > 認証) とも一致しているか確認します。',
        '修正後に再テストします。',
      ],
    },
  },
  {
    code: 90107,
    identifier: 'InvalidXml',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The XML in the request could not be parsed',
      explanation:
        'The request contained XML (typically a SAML or WS-Federation message) that is malformed or includes invalid characters. Entra ID cannot process a document it cannot parse. The sending application must produce well-formed, correctly encoded XML.',
      action: [
        'Capture and decode the message with a browser trace or SAML tracer and validate the XML.',
        'Look for unescaped characters, wrong encoding declarations, or truncation caused by the transport.',
        'Ask the app vendor to fix message generation, then retest.',
      ],
    },
    ja: {
      title: '要求に含まれる XML を解析できませんでした',
      explanation:
        '要求に含まれる XML (主に SAML や WS-Federation のメッセージ) の形式が崩れているか、無効な文字を含んでいました。解析できない文書は Entra ID では処理できません。送信側アプリが、正しい形式でエンコードされた XML を生成する必要があります。',
      action: [
        'ブラウザーのトレースや SAML トレーサーでメッセージを取得・デコードし、XML を検証します。',
        'エスケープされていない文字、誤ったエンコード宣言、転送途中での切れがないか確認します。',
        'メッセージ生成の修正をアプリのベンダーに依頼し、再テストします。',
      ],
    },
  },
  {
    code: 90112,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'The application identifier in the request is not a GUID',
      explanation:
        'Entra ID expected the application (client) ID as a GUID, but the request carried something else, such as a display name, a placeholder, an empty value or an App ID URI. It is almost always a configuration mistake in the app settings or environment variables.',
      action: [
        'Check the client_id value the app sends (often in its configuration file or environment variables).',
        'Replace it with the Application (client) ID shown in App registrations > the app > Overview.',
        'Restart or redeploy the app and retest sign-in.',
      ],
    },
    ja: {
      title: '要求内のアプリケーション識別子が GUID 形式ではありません',
      explanation:
        'Entra ID はアプリケーション (クライアント) ID を GUID 形式で受け取る必要がありますが、要求には表示名、プレースホルダー、空の値、アプリ ID URI など別のものが入っていました。ほぼ確実に、アプリの設定ファイルや環境変数の設定ミスです。',
      action: [
        'アプリが送っている client_id の値 (設定ファイルや環境変数にあることが多い) を確認します。',
        'アプリの登録 > 対象アプリ > 概要 に表示されるアプリケーション (クライアント) ID に置き換えます。',
        'アプリを再起動または再デプロイして、サインインを再テストします。',
      ],
    },
  },
];
