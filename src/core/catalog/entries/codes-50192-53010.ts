// AADSTS 50192–53010: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 50192,
    identifier: 'RawCredentialExpectedNotFound',
    outcome: 'failure',
    category: 'credentials',
    actor: 'helpdesk-admin',
    en: {
      title: 'The sign-in request arrived without the credential it was supposed to carry',
      explanation:
        'Entra ID expected a credential inside the request but found none. The typical case is certificate-based authentication: the user picked the certificate option, but no client certificate reached the service. This happens when the certificate picker was cancelled, the smart card was not inserted, or a TLS-inspecting proxy stripped the certificate on the way.',
      action: [
        'Ask the user whether a certificate prompt appeared and which certificate (or smart card) was chosen; retry with the card inserted.',
        'Check that the certificate is present in the user certificate store and is not expired.',
        'If the failure is widespread, make sure the network proxy or TLS inspection device bypasses certauth.login.microsoftonline.com and the other certificate authentication endpoints.',
        'Review Entra admin center > Authentication methods > Certificate-based authentication to confirm the user is in scope.',
      ],
    },
    ja: {
      title: 'サインイン要求に、送られるはずの資格情報が含まれていませんでした',
      explanation:
        'Entra ID は要求の中に資格情報があることを前提にしていましたが、見つかりませんでした。代表的なのは証明書ベース認証 (CBA) で、ユーザーが証明書でのサインインを選んだのにクライアント証明書がサービスに届かなかったケースです。証明書の選択画面をキャンセルした、スマート カードが挿入されていなかった、TLS 検査を行うプロキシが証明書を取り除いた、といった原因が考えられます。',
      action: [
        '証明書の選択画面が表示されたか、どの証明書 (スマート カード) を選んだかをユーザーに確認し、カードを挿入した状態で再試行してもらいます。',
        'ユーザーの証明書ストアに該当の証明書があり、有効期限が切れていないことを確認します。',
        '多数のユーザーで発生している場合は、プロキシや TLS 検査装置が certauth.login.microsoftonline.com などの証明書認証用エンドポイントを検査対象外にしているか確認します。',
        'Microsoft Entra 管理センター > 認証方法 > 証明書ベースの認証 で、対象ユーザーが有効範囲に含まれているか確認します。',
      ],
    },
  },
  {
    code: 50193,
    identifier: 'InvalidPassword',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'The password that was submitted was rejected as invalid',
      explanation:
        'This code is rarely seen in sign-in logs and is not described in the public error reference; it is known from the sign-in page itself. It signals that the password entered on the sign-in page could not be accepted. In practice treat it like a wrong password: a typo, an old password, or the wrong keyboard layout.',
      action: [
        'Have the user retype the password carefully, checking Caps Lock and keyboard layout.',
        'If the user is unsure of the password, reset it via self-service password reset or Entra admin center > Users > select the user > Reset password.',
        'If it keeps happening after a reset, collect the correlation ID and timestamp from the sign-in log entry and check the failure reason recorded there.',
      ],
    },
    ja: {
      title: '入力されたパスワードが無効として拒否されました',
      explanation:
        'このコードはサインイン ログで見かけることは少なく、公開されているエラー リファレンスにも説明がありません。サインイン画面側のエラー一覧から存在が分かっているコードです。サインイン画面で入力したパスワードが受け付けられなかったことを示すため、実際には「パスワードの誤り」(入力ミス、古いパスワード、キーボード配列の違いなど) と同様に扱って問題ありません。',
      action: [
        'Caps Lock やキーボード配列を確認したうえで、パスワードを入力し直してもらいます。',
        'パスワードが分からない場合は、セルフサービス パスワード リセット (SSPR)、または Microsoft Entra 管理センター > ユーザー > 対象ユーザー > パスワードのリセット でリセットします。',
        'リセット後も続く場合は、サインイン ログの該当イベントから相関 ID と日時を控え、記録されている失敗理由を確認します。',
      ],
    },
  },
  {
    code: 50194,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'A single-tenant app tried to sign in through the /common endpoint',
      explanation:
        'The application is registered for accounts in one organization only, yet its sign-in request went to the /common (or similar multi-tenant) endpoint. Newer single-tenant registrations are not allowed to use /common, so Entra ID refuses the request instead of guessing the tenant. It is a configuration mismatch between the app code and its registration.',
      action: [
        'In the app configuration, replace the /common authority with the tenant-specific one (https://login.microsoftonline.com/<tenant ID or verified domain>).',
        'If the app really must serve users from other organizations, change App registrations > the app > Authentication > Supported account types to a multitenant option.',
        'Redeploy and test sign-in; check that the sign-in log now shows the correct resource tenant.',
      ],
    },
    ja: {
      title: 'シングル テナント アプリが /common エンドポイント経由でサインインしようとしました',
      explanation:
        'このアプリは「この組織のディレクトリのみ」のアカウントを対象に登録されていますが、サインイン要求が /common などのマルチテナント用エンドポイントに送られました。比較的新しいシングル テナント アプリでは /common の利用が認められていないため、Entra ID はテナントを推測せずに要求を拒否します。アプリのコードとアプリの登録内容が食い違っている状態です。',
      action: [
        'アプリの設定で、authority を /common からテナント固有の URL (https://login.microsoftonline.com/<テナント ID または確認済みドメイン>) に変更します。',
        '他組織のユーザーも本当にサインインさせる必要がある場合は、アプリの登録 > 対象アプリ > 認証 > サポートされているアカウントの種類 をマルチテナントに変更します。',
        '再デプロイ後にサインインを試し、サインイン ログで正しいテナントに対して認証されていることを確認します。',
      ],
    },
  },
  {
    code: 50196,
    identifier: 'LoopDetected',
    outcome: 'failure',
    category: 'throttling-lockout',
    actor: 'app-developer',
    en: {
      title: 'The app sent the same token request too many times in a short period',
      explanation:
        'Entra ID noticed a client repeating an identical authentication request over and over and stopped answering it. This is almost always an application bug: tokens are not cached, or an error response triggers an immediate retry that loops. The user sees a loop or an error page while the app keeps calling the sign-in service.',
      action: [
        'Identify the app from the sign-in log (Application and Application ID columns) and check how many requests the user made in the last minutes.',
        'Make sure the app caches tokens (for example with MSAL token cache) and reuses them until they expire instead of requesting a new one each time.',
        'Review the app error handling so that a failed sign-in does not trigger an instant, unbounded retry; add back-off.',
        'As a workaround the user can close the browser or app, wait a few minutes, and try again.',
      ],
    },
    ja: {
      title: 'アプリが短時間に同じトークン要求を繰り返し送信しました',
      explanation:
        '同じ認証要求を何度も繰り返すクライアントを Entra ID が検知し、応答を止めました。ほとんどの場合はアプリ側の不具合で、トークンをキャッシュしていない、あるいはエラー応答を受けるとすぐに再試行してループしている、といった原因が考えられます。ユーザーからは、画面がループする、またはエラー ページが表示されるように見えます。',
      action: [
        'サインイン ログのアプリケーション名とアプリケーション ID から対象アプリを特定し、直近数分間の要求回数を確認します。',
        'アプリがトークンを (MSAL のトークン キャッシュなどで) キャッシュし、有効期限まで再利用しているか開発者に確認してもらいます。',
        'サインイン失敗時に即座に無制限の再試行をしないよう、エラー処理とバックオフを見直してもらいます。',
        '暫定対処として、ユーザーにはブラウザーやアプリを閉じて数分待ってから再試行してもらいます。',
      ],
    },
  },
  {
    code: 50197,
    identifier: 'ConflictingIdentities',
    outcome: 'failure',
    category: 'account-state',
    actor: 'user',
    en: {
      title: 'The user account could not be resolved during sign-in',
      explanation:
        'Entra ID could not settle on a single user object for this sign-in, so it reports the user as not found. It tends to appear when the browser holds sessions for several accounts or when the account was recently renamed, deleted or restored. A clean retry usually works.',
      action: [
        'Ask the user to sign out of all accounts (or use a private browser window) and sign in again with the correct username.',
        'Check in Entra admin center > Users that the account exists with the expected UPN and was not recently deleted or renamed.',
        'If it persists, collect the correlation ID and timestamp from the sign-in log and open a support request.',
      ],
    },
    ja: {
      title: 'サインイン中にユーザー アカウントを特定できませんでした',
      explanation:
        'Entra ID がこのサインインに対応するユーザー オブジェクトを 1 つに決めきれず、ユーザーが見つからないと判断しました。ブラウザーに複数アカウントのセッションが残っている場合や、アカウントの名前変更・削除・復元を行った直後などに見られます。多くの場合、改めてサインインし直せば解消します。',
      action: [
        'ユーザーにすべてのアカウントからサインアウトしてもらう (またはブラウザーの InPrivate ウィンドウを使う) うえで、正しいユーザー名で再度サインインしてもらいます。',
        'Microsoft Entra 管理センター > ユーザー で、アカウントが想定どおりの UPN で存在し、最近削除や名前変更がされていないか確認します。',
        '解消しない場合は、サインイン ログから相関 ID と日時を控えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 50199,
    identifier: 'CmsiInterrupt',
    outcome: 'interrupted',
    category: 'other',
    actor: 'user',
    en: {
      title: 'The user was asked to confirm the app before returning to it',
      explanation:
        'This is a security confirmation, not a real failure. When a native or mobile app receives its sign-in result through a custom URI scheme, Entra ID first asks the user to confirm that they meant to sign in to that app, to prevent another app from capturing the token. The sign-in continues once the user clicks Continue.',
      action: [
        'No action is needed if the user confirmed and the next sign-in event shows success.',
        'If users find the prompt confusing, tell them it is expected for this app and they should continue only if they started the sign-in themselves.',
        'Developers can avoid the prompt by using an http(s) redirect URI, or a broker-based flow, instead of a custom scheme (App registrations > Authentication > Redirect URIs).',
      ],
    },
    ja: {
      title: 'アプリに戻る前に、ユーザーにアプリの確認が求められました',
      explanation:
        'これはセキュリティ上の確認画面であり、実際の失敗ではありません。ネイティブ アプリやモバイル アプリがカスタム URI スキームでサインイン結果を受け取る場合、別のアプリにトークンを横取りされないよう、Entra ID は「このアプリにサインインしようとしていますか」とユーザーに確認します。ユーザーが「続行」を押せばサインインはそのまま進みます。',
      action: [
        'ユーザーが確認を済ませ、直後のサインイン イベントが成功していれば対応は不要です。',
        'ユーザーが戸惑っている場合は、このアプリでは想定どおりの画面であること、自分でサインインを始めたときだけ続行するよう案内します。',
        '開発者は、アプリの登録 > 認証 > リダイレクト URI でカスタム スキームではなく http(s) の URI やブローカー経由のフローを使うことで、この確認を回避できます。',
      ],
    },
  },
  {
    code: 50203,
    identifier: 'AuthenticatorAppRegistrationRequiredInterrupt',
    outcome: 'interrupted',
    category: 'mfa',
    actor: 'user',
    en: {
      title: 'Sign-in paused so the user can register the Microsoft Authenticator app',
      explanation:
        'The sign-in was interrupted to walk the user through setting up Microsoft Authenticator. This usually comes from the registration campaign (the nudge) or from a policy that requires Authenticator as the sign-in method. The code is known from the sign-in page and is not described in the public error reference, so treat the exact trigger with some caution.',
      action: [
        'Let the user finish the Authenticator setup, or skip it if the campaign allows snoozing; the next event should succeed.',
        'Check Entra admin center > Authentication methods > Registration campaign to see whether the nudge is enabled and for whom.',
        'If the user cannot install the app, register another allowed method for them or exclude them from the campaign.',
      ],
    },
    ja: {
      title: 'Microsoft Authenticator アプリを登録させるためにサインインが一時停止しました',
      explanation:
        'ユーザーに Microsoft Authenticator の設定手順を案内するため、サインインが中断されました。多くの場合、登録キャンペーン (ナッジ) や、Authenticator をサインイン方法として必須にしているポリシーによるものです。このコードはサインイン画面側から知られているもので、公開のエラー リファレンスには説明がないため、発生条件は断定せずに扱ってください。',
      action: [
        'ユーザーに Authenticator の設定を完了してもらうか、キャンペーンでスキップが許可されていればスキップしてもらいます。次のサインインは成功するはずです。',
        'Microsoft Entra 管理センター > 認証方法 > 登録キャンペーン で、ナッジが有効になっているか、対象者は誰かを確認します。',
        'ユーザーがアプリをインストールできない事情がある場合は、許可されている別の認証方法を登録するか、キャンペーンの対象から除外します。',
      ],
    },
  },
  {
    code: 51000,
    identifier: 'RequiredFeatureNotEnabled',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'tenant-admin',
    en: {
      title: 'The request depends on a feature that is turned off',
      explanation:
        'The sign-in needed a capability that is not enabled for this tenant or scenario, so Entra ID stopped. The public description only says that the feature is disabled and does not name it; the missing feature is usually visible in the error text the app received or in the sign-in log details.',
      action: [
        'Open the sign-in event and read the failure reason and additional details to learn which feature is involved.',
        'Compare with recent tenant changes (authentication methods, cross-tenant settings, preview features) that might have disabled it.',
        'If the feature cannot be identified, collect the correlation ID and timestamp and open a support request.',
      ],
    },
    ja: {
      title: '要求が、無効になっている機能に依存していました',
      explanation:
        'このサインインには、テナントまたはこのシナリオで有効になっていない機能が必要だったため、Entra ID が処理を止めました。公開されている説明は「機能が無効」というだけで、具体的な機能名は示されていません。どの機能かは、アプリが受け取ったエラー文やサインイン ログの詳細に表れることが多いです。',
      action: [
        'サインイン イベントを開き、失敗理由と追加の詳細からどの機能が関係しているかを確認します。',
        '認証方法、テナント間アクセス設定、プレビュー機能など、最近のテナント設定変更で無効化されたものがないか照らし合わせます。',
        '機能が特定できない場合は、相関 ID と日時を控えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 51001,
    identifier: 'DomainHintMustbePresent',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'A domain hint was required with the on-premises identifier but was missing',
      explanation:
        'The request identified the user by an on-premises value (an on-premises security identifier or on-premises UPN) without also saying which domain it belongs to. Entra ID needs a domain hint in that case to find the right tenant and user. The problem is in how the calling app builds its request.',
      action: [
        'Identify the app in the sign-in log and check which hint parameters it sends.',
        'Have the developer add the domain_hint parameter (the organization domain) whenever an on-premises SID or UPN is used as the hint, or switch to the cloud UPN.',
        'Retest the sign-in and confirm the event now succeeds.',
      ],
    },
    ja: {
      title: 'オンプレミスの識別子と一緒に必要なドメイン ヒントがありませんでした',
      explanation:
        '要求がユーザーをオンプレミスの値 (オンプレミスのセキュリティ識別子やオンプレミスの UPN) で指定していましたが、どのドメインに属するかが示されていませんでした。この場合、Entra ID が正しいテナントとユーザーを見つけるにはドメイン ヒントが必要です。原因は呼び出し側アプリの要求の組み立て方にあります。',
      action: [
        'サインイン ログで対象アプリを特定し、どのヒント パラメーターを送っているか確認します。',
        'オンプレミスの SID や UPN をヒントに使う場合は domain_hint (組織のドメイン) も付けるか、クラウドの UPN を使うよう開発者に修正を依頼します。',
        '修正後にサインインを再テストし、イベントが成功することを確認します。',
      ],
    },
  },
  {
    code: 51004,
    identifier: 'UserAccountNotInDirectory',
    outcome: 'failure',
    category: 'account-state',
    actor: 'tenant-admin',
    en: {
      title: 'The account does not exist in the tenant the app signed in to',
      explanation:
        'The user was authenticated against a directory in which the account does not exist. Most often the app sent the user to the wrong tenant, or the user belongs to another organization and was never invited as a guest. It can also follow a deleted or not-yet-synchronized account.',
      action: [
        'Compare the Home tenant and Resource tenant fields of the sign-in event to see which directory was targeted.',
        'If the person should have access, add them as a guest (Entra admin center > Users > New user > Invite external user) or check that their account was synchronized.',
        'If the wrong tenant was targeted, have the app owner fix the authority or tenant ID the app uses.',
        'Ask the user to confirm they are using the intended account and not a personal or other work account.',
      ],
    },
    ja: {
      title: 'アプリがサインインしたテナントに、そのアカウントが存在しません',
      explanation:
        'ユーザーは、自分のアカウントが存在しないディレクトリに対して認証されました。多いのは、アプリが誤ったテナントにユーザーを送ったケースや、ユーザーが別組織の人でゲストとして招待されていないケースです。アカウントが削除された、またはまだ同期されていない場合にも発生します。',
      action: [
        'サインイン イベントのホーム テナントとリソース テナントを比べ、どのディレクトリが対象になったか確認します。',
        'アクセスを許可すべき相手であれば、Microsoft Entra 管理センター > ユーザー > 新しいユーザー > 外部ユーザーの招待 でゲストとして追加するか、アカウントが同期済みか確認します。',
        'テナントの指定が誤っている場合は、アプリが使う authority やテナント ID を修正するようアプリの所有者に依頼します。',
        '個人用アカウントや別の職場アカウントではなく、想定したアカウントでサインインしているかユーザーに確認します。',
      ],
    },
  },
  {
    code: 51005,
    identifier: 'TemporaryRedirect',
    outcome: 'informational',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The request was redirected to another location, comparable to HTTP 307',
      explanation:
        'Entra ID told the client that what it asked for is served at a different address and that it should repeat the request there, keeping the same method. It is not a failure on its own: a well-behaved client follows the location it was given and carries on. It only becomes a problem when a client ignores the redirect.',
      action: [
        'No action is needed when the following sign-in event from the same client succeeds.',
        'If the app fails right after this code, check that its HTTP client follows redirects and repeats POST requests as POST.',
        'Use the correlation ID to line up this event with the next attempt in the sign-in log.',
      ],
    },
    ja: {
      title: '要求が別の場所へリダイレクトされました (HTTP 307 相当)',
      explanation:
        '求めた情報は別のアドレスで提供されているため、同じメソッドでそちらに要求し直すよう Entra ID がクライアントに指示しました。これ自体は失敗ではなく、正しく実装されたクライアントであれば指定された場所に従って処理を続けます。問題になるのは、クライアントがリダイレクトを無視した場合だけです。',
      action: [
        '同じクライアントからの次のサインイン イベントが成功していれば、対応は不要です。',
        'このコードの直後にアプリが失敗している場合は、アプリの HTTP クライアントがリダイレクトに従い、POST を POST のまま再送しているか確認します。',
        '相関 ID を使って、サインイン ログ上でこのイベントと次の試行を突き合わせます。',
      ],
    },
  },
  {
    code: 51006,
    identifier: 'ForceReauthDueToInsufficientAuth',
    outcome: 'interrupted',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'The user must sign in again with Windows integrated authentication',
      explanation:
        'The existing session did not contain proof of Windows integrated authentication, but the request requires it. Entra ID therefore asks the user to authenticate again rather than reusing the session. It is common after signing in from outside the corporate network or from a browser that did not perform integrated sign-in.',
      action: [
        'Let the user sign in again; from a domain-joined device on the corporate network the integrated sign-in should complete on its own.',
        'If the prompt keeps returning, check that the browser is configured for integrated authentication (intranet zone settings or the Windows accounts extension for Chrome).',
        'Check whether the app explicitly asks for integrated authentication and whether that requirement is really needed.',
      ],
    },
    ja: {
      title: 'Windows 統合認証でのサインインし直しが求められました',
      explanation:
        '既存のセッションには Windows 統合認証を行った証拠が含まれていませんでしたが、この要求ではそれが必要でした。そのため Entra ID はセッションを再利用せず、ユーザーにもう一度認証を求めています。社外ネットワークからサインインした場合や、統合認証を行わないブラウザーを使った場合によく見られます。',
      action: [
        'ユーザーに再度サインインしてもらいます。社内ネットワーク上のドメイン参加デバイスであれば、統合認証が自動的に完了するはずです。',
        '何度も求められる場合は、ブラウザーが統合認証を行える設定 (イントラネット ゾーンの設定や Chrome 用の Windows Accounts 拡張機能) になっているか確認します。',
        'アプリが明示的に統合認証を要求していないか、その要求が本当に必要かを確認します。',
      ],
    },
  },
  {
    code: 52004,
    identifier: 'DelegationDoesNotExistForLinkedIn',
    outcome: 'interrupted',
    category: 'consent',
    actor: 'user',
    en: {
      title: 'The user has not agreed to share LinkedIn data',
      explanation:
        'The app asked for access to the user\'s LinkedIn information, but the user has not given consent for that connection. The sign-in pauses so the user can decide. It is tied to the LinkedIn account connections feature in Microsoft 365.',
      action: [
        'Let the user review the consent prompt and accept it if they want the LinkedIn features; declining is also a valid choice.',
        'Check whether the organization allows LinkedIn account connections in Entra admin center > Users > User settings > LinkedIn account connections.',
        'If the organization does not want this connection, disable it there so users are no longer asked.',
      ],
    },
    ja: {
      title: 'ユーザーが LinkedIn データの共有に同意していません',
      explanation:
        'アプリがユーザーの LinkedIn 情報へのアクセスを求めましたが、ユーザーはまだその連携に同意していません。ユーザーが判断できるよう、サインインが一時停止しています。Microsoft 365 の LinkedIn アカウント接続機能に関連するコードです。',
      action: [
        'ユーザーに同意画面の内容を確認してもらい、LinkedIn 機能を使いたい場合は同意してもらいます。拒否しても問題はありません。',
        'Microsoft Entra 管理センター > ユーザー > ユーザー設定 > LinkedIn アカウント接続 で、組織として連携を許可しているか確認します。',
        '組織として連携を望まない場合は、同じ画面で無効にすればユーザーに確認が表示されなくなります。',
      ],
    },
  },
  {
    code: 53000,
    identifier: 'DeviceNotCompliant',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'Conditional Access requires a compliant device, and this device is not',
      explanation:
        'A Conditional Access policy only grants access from devices that Intune (or another MDM) reports as compliant. The device used is either not enrolled, not yet evaluated, or failing one of its compliance rules. It can also appear when the browser did not pass the device identity, so the device looked unknown.',
      action: [
        'Open the sign-in event, Conditional Access tab, to see which policy required a compliant device, and the Device info tab to see whether the device was identified.',
        'Have the user enroll the device in Intune (Company Portal) or fix the compliance issues it reports, then sync the device.',
        'In the Intune admin center > Devices > select the device > Device compliance, check which setting is failing.',
        'For browser sign-ins on Windows, make sure a supported browser is used (Edge signed in with the work profile, or Chrome with the Windows accounts extension).',
      ],
    },
    ja: {
      title: '条件付きアクセスで準拠デバイスが必要ですが、このデバイスは準拠していません',
      explanation:
        '条件付きアクセス ポリシーにより、Intune などの MDM で「準拠」と判定されたデバイスからのアクセスのみ許可されています。使用したデバイスが未登録、まだ評価されていない、またはいずれかのコンプライアンス ルールを満たしていない状態です。ブラウザーがデバイス情報を送らず、不明なデバイスと見なされた場合にも発生します。',
      action: [
        'サインイン イベントの「条件付きアクセス」タブでどのポリシーが準拠デバイスを要求したかを、「デバイス情報」タブでデバイスが識別されているかを確認します。',
        'ユーザーにポータル サイト (Company Portal) からデバイスを Intune に登録してもらうか、指摘されている非準拠項目を解消して同期してもらいます。',
        'Intune 管理センター > デバイス > 対象デバイス > デバイスのコンプライアンス で、どの設定が非準拠になっているか確認します。',
        'Windows でのブラウザー サインインでは、職場プロファイルでサインインした Edge や Windows Accounts 拡張機能を入れた Chrome など、対応ブラウザーを使っているか確認します。',
      ],
    },
  },
  {
    code: 53001,
    identifier: 'DeviceNotDomainJoined',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'Conditional Access requires a hybrid-joined device, and this device is not',
      explanation:
        'A Conditional Access policy requires a device that is joined to the on-premises domain and registered in Entra ID (Microsoft Entra hybrid joined). The device used does not meet that condition, or its identity was not presented during sign-in. Personal devices and devices whose hybrid join did not finish are the usual cases.',
      action: [
        'Check the sign-in event Conditional Access tab for the policy that required a hybrid-joined device, and the Device info tab for the join type reported.',
        'Ask the user to use a corporate, domain-joined device.',
        'If the device is domain-joined, run dsregcmd /status on it and confirm AzureAdJoined and DomainJoined are both YES; fix hybrid join if not.',
        'In Entra admin center > Devices > All devices, check that the device object exists and is enabled.',
      ],
    },
    ja: {
      title: '条件付きアクセスでハイブリッド参加デバイスが必要ですが、このデバイスは該当しません',
      explanation:
        '条件付きアクセス ポリシーにより、オンプレミス ドメインに参加し Entra ID にも登録されたデバイス (Microsoft Entra ハイブリッド参加) が必要とされています。使用したデバイスがこの条件を満たしていないか、サインイン時にデバイス情報が提示されませんでした。個人所有のデバイスや、ハイブリッド参加が完了していないデバイスが典型例です。',
      action: [
        'サインイン イベントの「条件付きアクセス」タブで対象ポリシーを、「デバイス情報」タブで参加の種類を確認します。',
        '会社支給のドメイン参加デバイスを使うようユーザーに案内します。',
        'ドメイン参加済みのデバイスであれば dsregcmd /status を実行し、AzureAdJoined と DomainJoined がともに YES か確認します。そうでなければハイブリッド参加を修復します。',
        'Microsoft Entra 管理センター > デバイス > すべてのデバイス で、デバイス オブジェクトが存在し有効になっているか確認します。',
      ],
    },
  },
  {
    code: 53002,
    identifier: 'ApplicationUsedIsNotAnApprovedApp',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'Conditional Access requires an approved client app, and this app is not one',
      explanation:
        'A Conditional Access policy only allows access from specific client apps (typically Microsoft apps such as Outlook or Teams on mobile). The user tried to connect with an app that is not on that list, for example the built-in mail app or a third-party client. The requirement itself is working as designed.',
      action: [
        'Check the sign-in event Conditional Access tab to see which policy applied and which grant control failed.',
        'Tell the user which app to use instead (for example Outlook mobile instead of the native mail app).',
        'On mobile devices, make sure the broker app (Microsoft Authenticator on iOS, Company Portal on Android) is installed.',
        'Note that Microsoft is retiring the approved client app grant in favour of app protection policies; plan to move such policies.',
      ],
    },
    ja: {
      title: '条件付きアクセスで承認済みクライアント アプリが必要ですが、このアプリは対象外です',
      explanation:
        '条件付きアクセス ポリシーにより、特定のクライアント アプリ (モバイル版の Outlook や Teams などの Microsoft 製アプリ) からのアクセスのみ許可されています。ユーザーは、標準のメール アプリやサードパーティ製クライアントなど、対象外のアプリで接続しようとしました。制御としては想定どおりに動作しています。',
      action: [
        'サインイン イベントの「条件付きアクセス」タブで、適用されたポリシーと満たせなかった許可コントロールを確認します。',
        '代わりに使うべきアプリ (標準メール アプリではなく Outlook モバイルなど) をユーザーに案内します。',
        'モバイル デバイスでは、ブローカー アプリ (iOS は Microsoft Authenticator、Android はポータル サイト) がインストールされているか確認します。',
        '「承認されたクライアント アプリが必要」の許可コントロールは廃止予定でアプリ保護ポリシーへの移行が推奨されているため、ポリシーの移行も検討します。',
      ],
    },
  },
  {
    code: 53003,
    identifier: 'BlockedByConditionalAccess',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'tenant-admin',
    en: {
      title: 'A Conditional Access policy blocked the sign-in',
      explanation:
        'The user\'s credentials were fine, but a Conditional Access policy decided that this sign-in must not get a token. Typical triggers are a block policy for a location, platform, client app type (such as legacy authentication) or risk level. Whether this is expected depends on the policy that matched.',
      action: [
        'Open the sign-in event, Conditional Access tab, and find the policy whose result is Failure; note which conditions matched (location, platform, client app, risk).',
        'Use Conditional Access > What If with the same user, app, location and platform to confirm the outcome.',
        'If the block is intended, tell the user what to change (network, device, app); if not, adjust the policy conditions or exclusions.',
        'If no policy is listed as failing, check security defaults and the sign-in\'s additional details for the precise reason.',
      ],
    },
    ja: {
      title: '条件付きアクセス ポリシーによってサインインがブロックされました',
      explanation:
        'ユーザーの資格情報には問題ありませんでしたが、条件付きアクセス ポリシーがこのサインインにはトークンを発行しないと判断しました。場所、プラットフォーム、クライアント アプリの種類 (レガシー認証など)、リスク レベルを条件とするブロック ポリシーが典型的な原因です。想定どおりかどうかは、該当したポリシーによって決まります。',
      action: [
        'サインイン イベントの「条件付きアクセス」タブで結果が「失敗」になっているポリシーを探し、一致した条件 (場所、プラットフォーム、クライアント アプリ、リスク) を確認します。',
        '条件付きアクセス > What If で同じユーザー、アプリ、場所、プラットフォームを指定し、結果を再現します。',
        '意図したブロックであれば、ユーザーに変えるべき点 (ネットワーク、デバイス、アプリ) を案内します。意図しないものであれば、ポリシーの条件や除外を見直します。',
        '失敗したポリシーが表示されない場合は、セキュリティの既定値群の設定やサインインの追加の詳細で理由を確認します。',
      ],
    },
  },
  {
    code: 53004,
    identifier: 'ProofUpBlockedDueToRisk',
    outcome: 'failure',
    category: 'mfa',
    actor: 'helpdesk-admin',
    en: {
      title: 'The user has to register MFA, but registration is blocked because of risk',
      explanation:
        'The user has no usable multifactor authentication method yet and must register one, but Entra ID will not let them register from this sign-in because it looks risky. Letting a possibly compromised session add security info would hand the account to an attacker. An administrator has to confirm the user and clear the risk, or give them a safe way to register.',
      action: [
        'Check ID Protection > Risky users and Risky sign-ins for this user and investigate the detections.',
        'If the activity is legitimate, confirm the sign-in as safe or dismiss the user risk; if not, reset the password and revoke sessions.',
        'Issue a Temporary Access Pass (Users > select the user > Authentication methods > Add authentication method) so the user can register MFA safely.',
        'Ask the user to register from a trusted network or compliant device, then retry.',
      ],
    },
    ja: {
      title: 'MFA の登録が必要ですが、リスクのため登録がブロックされました',
      explanation:
        'ユーザーにはまだ使える多要素認証 (MFA) の方法がなく登録が必要ですが、このサインインは危険と判定されたため、Entra ID は登録を許可しませんでした。乗っ取られている可能性のあるセッションでセキュリティ情報を追加させると、攻撃者にアカウントを渡すことになるためです。管理者がユーザー本人であることを確認してリスクを解消するか、安全な登録手段を用意する必要があります。',
      action: [
        'ID Protection > 危険なユーザー と 危険なサインイン で対象ユーザーの検出内容を調査します。',
        '正当な操作であれば「安全であることを確認」またはユーザー リスクの無視を行い、不正の疑いがあればパスワードをリセットしてセッションを取り消します。',
        'ユーザー > 対象ユーザー > 認証方法 > 認証方法の追加 で一時アクセス パス (TAP) を発行し、安全に MFA を登録できるようにします。',
        '信頼されたネットワークや準拠デバイスから登録し直すようユーザーに案内します。',
      ],
    },
  },
  {
    code: 53009,
    identifier: 'RemediateCompliantApp',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'Access requires an app protected by an app protection policy',
      explanation:
        'Conditional Access requires an app that is covered by an Intune app protection policy, and the app used does not satisfy that. The sign-in page then points the user to a compliant app or to the broker. This code is known from the sign-in page and is not listed in the public error reference, so details may vary.',
      action: [
        'Check the sign-in event Conditional Access tab for the policy with the Require app protection policy grant.',
        'Have the user sign in with a supported Microsoft app (for example Outlook or Edge on mobile) rather than a third-party or built-in app.',
        'Make sure the broker app is installed (Microsoft Authenticator on iOS, Company Portal on Android) and that an app protection policy targets the user in the Intune admin center > Apps > App protection policies.',
      ],
    },
    ja: {
      title: 'アプリ保護ポリシーで保護されたアプリの使用が必要です',
      explanation:
        '条件付きアクセスにより Intune のアプリ保護ポリシーの対象となるアプリが必要とされていますが、使用したアプリはその条件を満たしていません。サインイン画面では、対応アプリやブローカー アプリへの切り替えが案内されます。このコードはサインイン画面側から知られているもので、公開のエラー リファレンスには掲載されていないため、細部は異なる場合があります。',
      action: [
        'サインイン イベントの「条件付きアクセス」タブで、「アプリ保護ポリシーが必要」を許可条件とするポリシーを確認します。',
        'サードパーティ製や標準のアプリではなく、モバイル版 Outlook や Edge などの対応 Microsoft アプリでサインインするようユーザーに案内します。',
        'ブローカー アプリ (iOS は Microsoft Authenticator、Android はポータル サイト) が入っているか、Intune 管理センター > アプリ > アプリ保護ポリシー でユーザーが対象になっているかを確認します。',
      ],
    },
  },
  {
    code: 53010,
    identifier: 'ProofUpBlockedDueToSecurityInfoAcr',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'Security info cannot be registered from this location or device',
      explanation:
        'The user tried to add or change MFA methods, but the organization only allows that from certain networks or devices. A Conditional Access policy on the Register security information user action did not accept the current location or device. The rule protects against attackers registering their own methods.',
      action: [
        'Check the sign-in event Conditional Access tab for the policy targeting the user action Register security information.',
        'Ask the user to register from the corporate network or from a managed device that satisfies the policy.',
        'For remote new hires, issue a Temporary Access Pass and make sure the policy accepts it (or allows that user group) so they can register.',
      ],
    },
    ja: {
      title: 'この場所やデバイスからはセキュリティ情報を登録できません',
      explanation:
        'ユーザーが MFA の方法を追加・変更しようとしましたが、組織はそれを特定のネットワークやデバイスからのみ許可しています。ユーザー操作「セキュリティ情報の登録」を対象とする条件付きアクセス ポリシーが、現在の場所またはデバイスを受け付けませんでした。攻撃者が自分の認証方法を登録するのを防ぐための制御です。',
      action: [
        'サインイン イベントの「条件付きアクセス」タブで、ユーザー操作「セキュリティ情報の登録」を対象とするポリシーを確認します。',
        '社内ネットワークや、ポリシーを満たす管理対象デバイスから登録し直すようユーザーに案内します。',
        'リモートで働く新入社員などには一時アクセス パス (TAP) を発行し、ポリシーがそれを受け付ける (または該当グループを許可する) 構成になっているか確認します。',
      ],
    },
  },
];
