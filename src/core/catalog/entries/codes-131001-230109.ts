// AADSTS 131001–230109: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 131001,
    identifier: 'PublicIdentifierSasBeginCallRetriableError',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'Temporary error while starting a phone-number (SMS) sign-in',
      explanation:
        'The code is rarely seen and is not described in the public reference; its name points to a temporary failure when the sign-in service asked the strong authentication service to start verification for a public identifier, such as a phone number used as the user name in SMS sign-in. Because it is marked as retriable, the request itself was probably fine and a new attempt usually works.',
      action: [
        'Ask the user to wait a minute and sign in again.',
        'In the sign-in logs, open the failed sign-in and read the Authentication Details tab to see which method and step failed.',
        'Check Microsoft 365 admin center > Health > Service health for incidents affecting MFA or SMS delivery.',
        'If it repeats for many users, collect the correlation IDs and timestamps and open a support case.',
      ],
    },
    ja: {
      title: '電話番号 (SMS) によるサインインの開始時に一時的なエラーが発生しました',
      explanation:
        'このコードはまれで、公開されているリファレンスにも説明がありません。名前から判断すると、SMS サインインのようにユーザー名として電話番号などの公開識別子を使う際、サインイン サービスが強力な認証サービスに検証の開始を依頼した段階で一時的に失敗したものと考えられます。再試行可能なエラーとされているため、要求自体には問題がなく、もう一度試せば成功することがほとんどです。',
      action: [
        '1 分ほど待ってから再度サインインしてもらいます。',
        'サインイン ログで失敗したサインインを開き、[認証の詳細] タブでどの方法のどの段階で失敗したかを確認します。',
        'Microsoft 365 管理センターの [正常性] > [サービス正常性] で、MFA や SMS 配信に影響する障害が出ていないか確認します。',
        '多数のユーザーで繰り返し発生する場合は、相関 ID とタイムスタンプを集めてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 131002,
    identifier: 'PublicIdentifierSasBeginCallNonRetriableError',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'Phone-number (SMS) sign-in could not be started',
      explanation:
        'The code is rarely seen; its name indicates that starting verification for a public identifier, such as a phone number used for SMS sign-in, failed in a way that a plain retry will not fix. A phone number that cannot receive SMS, a blocked country or carrier, or a problem on the service side are plausible causes.',
      action: [
        'In the sign-in logs, open the failed sign-in and read the Authentication Details tab to see which method and step failed.',
        'Check the phone number registered under Entra admin center > Users > select the user > Authentication methods, including the country code.',
        'Let the user sign in with another method (Authenticator, password plus MFA) so they are not blocked.',
        'Open a support case with the correlation ID and timestamp if the number is correct and the error persists.',
      ],
    },
    ja: {
      title: '電話番号 (SMS) によるサインインを開始できませんでした',
      explanation:
        'まれなコードですが、名前からは、SMS サインインで使う電話番号などの公開識別子について検証の開始に失敗し、単純な再試行では解決しない状態であることがわかります。SMS を受信できない番号、国や通信事業者によるブロック、サービス側の問題などが考えられます。',
      action: [
        'サインイン ログで失敗したサインインを開き、[認証の詳細] タブでどの方法のどの段階で失敗したかを確認します。',
        'Microsoft Entra 管理センターの [ユーザー] > 対象ユーザー > [認証方法] で、登録されている電話番号を国番号も含めて確認します。',
        'ユーザーが作業を続けられるよう、Authenticator やパスワードと MFA など別の方法でサインインしてもらいます。',
        '番号が正しいのに解消しない場合は、相関 ID とタイムスタンプを添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 131003,
    identifier: 'PublicIdentifierSasEndCallRetriableError',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'Temporary error while checking the code for a phone-number (SMS) sign-in',
      explanation:
        'The code is rarely seen; its name indicates a temporary failure at the step where the strong authentication service verifies the code the user entered for a public identifier sign-in, such as SMS sign-in. It is flagged as retriable, so a fresh attempt normally succeeds.',
      action: [
        'Ask the user to request a new code and sign in again.',
        'In the sign-in logs, open the failed sign-in and read the Authentication Details tab to see which method and step failed.',
        'Check Service health for MFA incidents if several users report the same error at the same time.',
      ],
    },
    ja: {
      title: '電話番号 (SMS) サインインのコード確認中に一時的なエラーが発生しました',
      explanation:
        'まれなコードですが、名前からは、SMS サインインなど公開識別子によるサインインで、ユーザーが入力したコードを強力な認証サービスが確認する段階で一時的に失敗したことがわかります。再試行可能とされているため、改めて試せば通常は成功します。',
      action: [
        '新しいコードを要求して、もう一度サインインしてもらいます。',
        'サインイン ログで失敗したサインインを開き、[認証の詳細] タブでどの方法のどの段階で失敗したかを確認します。',
        '複数のユーザーが同じ時間帯に同じエラーを報告している場合は、サービス正常性で MFA 関連の障害を確認します。',
      ],
    },
  },
  {
    code: 131004,
    identifier: 'PublicIdentifierSasEndCallNonRetriableError',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'Code check for a phone-number (SMS) sign-in failed permanently',
      explanation:
        'The code is rarely seen; its name indicates that verifying the code for a public identifier sign-in, such as SMS sign-in, failed in a way a retry will not fix. An expired or already used code, repeated wrong codes, or a service-side problem can lead here.',
      action: [
        'Have the user start the sign-in from the beginning so a new code is sent, and enter it promptly.',
        'In the sign-in logs, open the failed sign-in and read the Authentication Details tab to see which method and step failed.',
        'Let the user use another registered method meanwhile.',
        'If it keeps happening, open a support case with the correlation ID and timestamp.',
      ],
    },
    ja: {
      title: '電話番号 (SMS) サインインのコード確認が再試行不能なエラーで失敗しました',
      explanation:
        'まれなコードですが、名前からは、SMS サインインなど公開識別子によるサインインのコード確認が、再試行では解決しない形で失敗したことがわかります。コードの期限切れや使用済み、誤ったコードの繰り返し入力、サービス側の問題などが考えられます。',
      action: [
        'サインインを最初からやり直して新しいコードを受け取り、すぐに入力してもらいます。',
        'サインイン ログで失敗したサインインを開き、[認証の詳細] タブでどの方法のどの段階で失敗したかを確認します。',
        'その間は、登録済みの別の認証方法を使ってもらいます。',
        '繰り返し発生する場合は、相関 ID とタイムスタンプを添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 131010,
    identifier: 'PublicIdentifierAuthUserNotAllowedByPolicy',
    outcome: 'failure',
    category: 'credentials',
    actor: 'tenant-admin',
    en: {
      title: 'Phone-number (SMS) sign-in is not allowed for this user',
      explanation:
        'The user tried to sign in with a public identifier such as a phone number, but the authentication methods policy does not allow that for them. SMS can be enabled for MFA only, and the separate option that allows it as a sign-in method may be off or aimed at another group.',
      action: [
        'Open Entra admin center > Authentication methods > Policies > SMS and check whether it is enabled, which groups are targeted, and whether use for sign-in is allowed for them.',
        'Confirm that the user is a member of the targeted group.',
        'If SMS sign-in is not intended for this user, tell them to sign in with their user name and another allowed method.',
      ],
    },
    ja: {
      title: 'このユーザーには電話番号 (SMS) によるサインインが許可されていません',
      explanation:
        '電話番号などの公開識別子でサインインしようとしましたが、認証方法ポリシーでこのユーザーには許可されていません。SMS は MFA 専用として有効にすることもでき、サインイン方法としての利用を許可するオプションが無効か、別のグループが対象になっている可能性があります。',
      action: [
        'Microsoft Entra 管理センターの [認証方法] > [ポリシー] > [SMS] で、有効化の状態、対象グループ、サインインでの利用が許可されているかを確認します。',
        'ユーザーが対象グループに含まれているか確認します。',
        'このユーザーに SMS サインインを使わせる想定がない場合は、ユーザー名と許可されている別の方法でサインインするよう案内します。',
      ],
    },
  },
  {
    code: 135010,
    identifier: 'KeyNotFound',
    outcome: 'failure',
    category: 'device',
    actor: 'helpdesk-admin',
    en: {
      title: 'Key used for device authentication was not found',
      explanation:
        'The public reference gives only the name, so details are uncertain. It is normally seen when a device or a device-bound credential presents a key that Microsoft Entra ID cannot find, for example after the device object was deleted or the registration was reset on one side only.',
      action: [
        'Run dsregcmd /status on the device and check the join state, device certificate and PRT status.',
        'Look up the device in Entra admin center > Devices > All devices and check that the device ID matches the one on the machine.',
        'If the registration is out of sync, leave and re-join or re-register the device, then sign in again.',
        'Collect the correlation ID and timestamp from the sign-in record if the problem remains.',
      ],
    },
    ja: {
      title: 'デバイス認証に使うキーが見つかりませんでした',
      explanation:
        '公開されているリファレンスには名前しか記載されておらず、詳細ははっきりしません。通常は、デバイスまたはデバイスに紐づく資格情報が提示したキーを Microsoft Entra ID 側で見つけられない場合に出ます。デバイス オブジェクトが削除された場合や、登録が片側だけでリセットされた場合などです。',
      action: [
        'デバイスで dsregcmd /status を実行し、参加状態、デバイス証明書、PRT の状態を確認します。',
        'Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] で対象デバイスを探し、デバイス ID が端末側の値と一致しているか確認します。',
        '登録が食い違っている場合は、参加の解除と再参加 (または再登録) を行ってから再度サインインします。',
        '解消しない場合は、サインイン記録の相関 ID とタイムスタンプを控えます。',
      ],
    },
  },
  {
    code: 135011,
    identifier: 'DeviceIsDisabled',
    outcome: 'failure',
    category: 'device',
    actor: 'helpdesk-admin',
    en: {
      title: 'Device used for the sign-in is disabled',
      explanation:
        'The device that took part in the authentication is disabled in Microsoft Entra ID, so its identity is not accepted. An administrator, a stale-device cleanup job, or Intune retirement may have disabled it.',
      action: [
        'Find the device in Entra admin center > Devices > All devices and check the Enabled column; use Audit logs to see who disabled it.',
        'Enable the device again if it is still legitimately in use, or have the user switch to a supported device.',
        'Check your device cleanup rules so that active devices are not disabled.',
      ],
    },
    ja: {
      title: 'サインインに使われたデバイスが無効化されています',
      explanation:
        '認証に使われたデバイスが Microsoft Entra ID で無効化されているため、デバイスの ID が受け付けられません。管理者の操作、古いデバイスの整理ジョブ、または Intune でのリタイアによって無効化された可能性があります。',
      action: [
        'Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] で対象デバイスの [有効] 列を確認し、監査ログで誰が無効化したかを調べます。',
        'まだ正当に使われているデバイスなら有効に戻し、そうでなければサポート対象のデバイスに切り替えてもらいます。',
        '使用中のデバイスが無効化されないよう、デバイスの整理ルールを確認します。',
      ],
    },
  },
  {
    code: 135016,
    identifier: 'FidoBlockedByPolicy',
    outcome: 'failure',
    category: 'credentials',
    actor: 'tenant-admin',
    en: {
      title: 'Passkey (FIDO2) sign-in is blocked by policy',
      explanation:
        'The user tried to sign in with a passkey or FIDO2 security key, but the authentication methods policy does not allow it. The method may be disabled, the user may not be in the targeted group, or key restrictions may block this authenticator model (AAGUID).',
      action: [
        'Open Entra admin center > Authentication methods > Policies > Passkey (FIDO2) and check enablement and the included and excluded groups.',
        'Under the passkey configuration, check whether key restrictions are enforced and whether the AAGUID of the user key is allowed.',
        'Have the user sign in with another method until the policy or the key is sorted out.',
      ],
    },
    ja: {
      title: 'パスキー (FIDO2) によるサインインがポリシーでブロックされています',
      explanation:
        'パスキーまたは FIDO2 セキュリティ キーでサインインしようとしましたが、認証方法ポリシーで許可されていません。方法自体が無効、ユーザーが対象グループに含まれていない、またはキーの制限でこの認証器のモデル (AAGUID) がブロックされている可能性があります。',
      action: [
        'Microsoft Entra 管理センターの [認証方法] > [ポリシー] > [パスキー (FIDO2)] で、有効化の状態と対象・除外グループを確認します。',
        'パスキーの構成でキーの制限が適用されているか、ユーザーのキーの AAGUID が許可されているかを確認します。',
        'ポリシーかキーの問題が解決するまでは、別の方法でサインインしてもらいます。',
      ],
    },
  },
  {
    code: 140000,
    identifier: 'InvalidRequestNonce',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Sign-in request was sent without the required nonce',
      explanation:
        'Some requests, mainly device-bound ones such as primary refresh token (PRT) requests, must include a nonce obtained from Microsoft Entra ID beforehand, and this one did not. It usually comes from a client component that skipped the nonce step, an outdated OS or broker, or a proxy that altered the request.',
      action: [
        'Note which client app and operating system appear in the sign-in record, and check whether they are up to date.',
        'If the failing client is custom code, make sure it requests a fresh nonce before sending the signed request.',
        'Check that no proxy or TLS inspection device modifies traffic to login.microsoftonline.com.',
        'Collect the correlation ID and timestamp if a Microsoft client is affected.',
      ],
    },
    ja: {
      title: '必要なノンスが含まれないままサインイン要求が送信されました',
      explanation:
        'プライマリ更新トークン (PRT) の要求などデバイスに紐づく一部の要求では、事前に Microsoft Entra ID から取得したノンスを含める必要がありますが、この要求には含まれていませんでした。ノンス取得の手順を省いたクライアント コンポーネント、古い OS やブローカー、要求を書き換えるプロキシが主な原因です。',
      action: [
        'サインイン記録に表示されているクライアント アプリと OS を確認し、最新の状態か確認します。',
        '失敗しているのが自社開発のコードであれば、署名付き要求を送る前に新しいノンスを取得しているか確認します。',
        'login.microsoftonline.com への通信をプロキシや TLS インスペクション装置が書き換えていないか確認します。',
        'Microsoft 製のクライアントで発生している場合は、相関 ID とタイムスタンプを控えます。',
      ],
    },
  },
  {
    code: 140001,
    identifier: 'InvalidSessionKey',
    outcome: 'failure',
    category: 'device',
    actor: 'helpdesk-admin',
    en: {
      title: 'Session key of the device sign-in is not valid',
      explanation:
        'The request was protected with a session key, typically the one bound to the primary refresh token (PRT) on a joined or registered device, and Microsoft Entra ID could not accept it. This generally means the device registration or its PRT is out of step, for example after a TPM reset, a re-join or a restored image.',
      action: [
        'Run dsregcmd /status on the device and check AzureAdPrt and the related error fields.',
        'Have the user lock and unlock or sign out and back in to force a new PRT.',
        'If the problem persists, leave and re-join or re-register the device.',
        'Check the device object in Entra admin center > Devices > All devices for duplicates or a disabled state.',
      ],
    },
    ja: {
      title: 'デバイス サインインのセッション キーが無効です',
      explanation:
        '要求はセッション キー (一般には参加済みまたは登録済みデバイスのプライマリ更新トークン (PRT) に紐づくキー) で保護されていましたが、Microsoft Entra ID はそれを受け付けられませんでした。TPM のリセット、再参加、イメージの復元などにより、デバイス登録や PRT の状態が食い違っていることを示すのが一般的です。',
      action: [
        'デバイスで dsregcmd /status を実行し、AzureAdPrt と関連するエラー項目を確認します。',
        'いったんロックして解除するか、サインアウトして再サインインしてもらい、PRT を取り直させます。',
        '解消しない場合は、デバイスの参加解除と再参加 (または再登録) を行います。',
        'Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] で、デバイス オブジェクトが重複していたり無効化されていたりしないか確認します。',
      ],
    },
  },
  {
    code: 160021,
    identifier: 'AppSessionSelectionInvalidSessionNotExist',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'App asked for a user session that no longer exists',
      explanation:
        'The application requested a specific existing session, for example with a session ID or a silent sign-in for a given account, but that session is not present in the browser any more. The user may have signed out, cleared cookies, or the session expired.',
      action: [
        'Have the user sign in again interactively; the app should then get a new session.',
        'If the app is yours, make it fall back to an interactive request when a silent or session-bound request fails, instead of looping.',
        'Check in the sign-in logs whether the user recently signed out or had sessions revoked.',
      ],
    },
    ja: {
      title: 'アプリが既に存在しないユーザー セッションを要求しました',
      explanation:
        'アプリケーションはセッション ID の指定や特定アカウントでのサイレント サインインなどで既存のセッションを要求しましたが、そのセッションはブラウザーにもう存在しません。ユーザーのサインアウト、Cookie の削除、セッションの期限切れが考えられます。',
      action: [
        'ユーザーに対話的にサインインし直してもらうと、新しいセッションが作成されます。',
        '自社のアプリであれば、サイレント要求やセッション指定の要求が失敗したときにループせず、対話的な要求に切り替えるよう実装します。',
        'サインイン ログで、直前にサインアウトやセッションの取り消しがなかったか確認します。',
      ],
    },
  },
  {
    code: 165004,
    identifier: '',
    outcome: 'failure',
    category: 'other',
    actor: 'app-developer',
    en: {
      title: 'Request failed with an error whose text varies at run time',
      explanation:
        'The code is rarely seen and the public reference only says that its message is runtime specific. The useful information is therefore in the full error text returned to the application, not in the number itself.',
      action: [
        'Get the complete error message, including Trace ID and Correlation ID, from the application or its logs.',
        'Find the sign-in in Entra admin center > Monitoring & health > Sign-in logs using the correlation ID and read the Failure reason and Additional details.',
        'If the message points to app settings, check the app under App registrations; otherwise open a support case with the IDs and timestamp.',
      ],
    },
    ja: {
      title: '実行時に内容が変わるエラー メッセージで要求が失敗しました',
      explanation:
        'このコードはまれで、公開されているリファレンスにはメッセージが実行時に決まるとしか書かれていません。そのため、手掛かりは番号ではなく、アプリに返されたエラー メッセージの全文にあります。',
      action: [
        'アプリまたはそのログから、Trace ID と Correlation ID を含むエラー メッセージの全文を入手します。',
        '相関 ID を使って Microsoft Entra 管理センターの [監視と正常性] > [サインイン ログ] で該当のサインインを探し、[失敗の理由] と [追加の詳細] を確認します。',
        'メッセージがアプリの設定を示していれば [アプリの登録] で該当アプリを確認し、そうでなければ ID とタイムスタンプを添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 165100,
    identifier: '',
    outcome: 'interrupted',
    category: 'other',
    actor: 'user',
    en: {
      title: 'Sign-in was interrupted by an extra step (code rarely seen)',
      explanation:
        'There is no public description of this code; Microsoft lists it among the interrupt codes in its sign-in failure analysis workbook. An interrupt means the sign-in paused for an additional prompt or redirect and was not necessarily a failure.',
      action: [
        'Look in the sign-in logs for a later entry with the same correlation ID; if it succeeded, no action is needed.',
        'If the user really could not get in, read the Failure reason and Additional details of this entry and ask the user what was shown on screen.',
        'If it repeats without a following success, collect the correlation ID and timestamp and open a support case.',
      ],
    },
    ja: {
      title: '追加の手順によりサインインが中断されました (まれなコード)',
      explanation:
        'このコードの公開された説明はありませんが、Microsoft のサインイン失敗分析用ブックでは中断 (interrupt) のコードとして扱われています。中断とは、追加の確認やリダイレクトのためにサインインが一時停止した状態で、必ずしも失敗ではありません。',
      action: [
        'サインイン ログで同じ相関 ID の後続エントリを探し、成功していれば対応は不要です。',
        '実際にサインインできなかった場合は、このエントリの [失敗の理由] と [追加の詳細] を確認し、画面に何が表示されたかユーザーに聞き取ります。',
        '成功のエントリが続かずに繰り返す場合は、相関 ID とタイムスタンプを控えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 165900,
    identifier: 'InvalidApiRequest',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Request to the sign-in service API was invalid',
      explanation:
        'The client called an endpoint of the Microsoft Entra sign-in service with a request it could not accept, for example with missing or malformed parameters. It points to the calling code or library rather than to the user or the tenant.',
      action: [
        'Capture the full error response (error_description, Trace ID, Correlation ID) from the application.',
        'Check that the app uses a current MSAL version and does not build authentication requests by hand.',
        'Compare the failing request with the protocol documentation for the endpoint used, for example with a browser network trace or Fiddler.',
      ],
    },
    ja: {
      title: 'サインイン サービスの API への要求が無効です',
      explanation:
        'クライアントが Microsoft Entra のサインイン サービスのエンドポイントに、パラメーターの不足や形式の誤りなど受け付けられない要求を送りました。ユーザーやテナントではなく、呼び出し側のコードやライブラリに原因があることを示しています。',
      action: [
        'アプリから error_description、Trace ID、Correlation ID を含むエラー応答の全文を取得します。',
        'アプリが最新の MSAL を使っており、認証要求を独自に組み立てていないか確認します。',
        'ブラウザーのネットワーク トレースや Fiddler で失敗した要求を取得し、使用しているエンドポイントのプロトコル仕様と比較します。',
      ],
    },
  },
  {
    code: 220300,
    identifier: 'BlockedAdalVersion',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'App uses an ADAL version that is blocked',
      explanation:
        'The application signed in with a version of the Azure AD Authentication Library (ADAL) that Microsoft no longer accepts. ADAL is retired, and old builds can be refused outright, so the app has to be updated rather than the user account.',
      action: [
        'Identify the app from the Application and Client app fields of the sign-in record.',
        'For an in-house app, migrate it from ADAL to MSAL; for a vendor app, ask the vendor for a version built on MSAL.',
        'Use the Entra admin center workbook for apps using ADAL (Monitoring & health > Workbooks) to find other affected apps.',
      ],
    },
    ja: {
      title: 'アプリがブロック対象の ADAL バージョンを使用しています',
      explanation:
        'アプリケーションが、Microsoft がもう受け付けていないバージョンの Azure AD Authentication Library (ADAL) でサインインしました。ADAL は提供終了しており、古いビルドは拒否されることがあるため、ユーザー アカウントではなくアプリを更新する必要があります。',
      action: [
        'サインイン記録の [アプリケーション] と [クライアント アプリ] から対象のアプリを特定します。',
        '自社アプリであれば ADAL から MSAL へ移行し、ベンダー製のアプリであれば MSAL ベースのバージョンの提供をベンダーに依頼します。',
        'Microsoft Entra 管理センターの [監視と正常性] > [ブック] にある ADAL 利用アプリ向けのブックで、影響を受ける他のアプリも洗い出します。',
      ],
    },
  },
  {
    code: 220400,
    identifier: 'BlockedClientId',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Client application ID is blocked from signing in',
      explanation:
        'The code is rarely seen and is not in the public reference; its name says the client ID of the calling application is on a block list. Microsoft can block applications that are abusive, deprecated or known to be compromised, and such a block cannot be lifted from the tenant.',
      action: [
        'Identify the application ID in the sign-in record and check whether it is an in-house, vendor or Microsoft app.',
        'For in-house apps, check the app registration for anything unusual and contact Microsoft support with the app ID and correlation ID.',
        'For vendor apps, contact the vendor; if the app is no longer trusted, remove it from Enterprise applications.',
      ],
    },
    ja: {
      title: 'クライアント アプリケーション ID のサインインがブロックされています',
      explanation:
        'このコードはまれで公開リファレンスにも載っていませんが、名前からは呼び出し元アプリのクライアント ID がブロック リストに入っていることがわかります。Microsoft は悪用されている、非推奨となった、または侵害が判明したアプリケーションをブロックすることがあり、その場合テナント側では解除できません。',
      action: [
        'サインイン記録でアプリケーション ID を確認し、自社アプリ、ベンダー製アプリ、Microsoft 製アプリのどれかを特定します。',
        '自社アプリの場合はアプリの登録に不審な点がないか確認し、アプリ ID と相関 ID を添えて Microsoft サポートに問い合わせます。',
        'ベンダー製アプリの場合はベンダーに連絡し、信頼できなくなったアプリであれば [エンタープライズ アプリケーション] から削除します。',
      ],
    },
  },
  {
    code: 220450,
    identifier: 'UnsupportedAndroidWebViewVersion',
    outcome: 'failure',
    category: 'device',
    actor: 'user',
    en: {
      title: 'Android WebView version on the device is too old',
      explanation:
        'The sign-in page was opened in an Android WebView whose Chrome-based engine is older than Microsoft Entra ID supports. Devices that do not receive Play Store updates, or where Android System WebView was disabled, are typically affected.',
      action: [
        'Have the user update Android System WebView and Google Chrome from the Play Store, then retry.',
        'On managed devices, check that the MDM policy does not block updates to these components.',
        'If the device can no longer be updated, move the user to a supported device.',
      ],
    },
    ja: {
      title: 'デバイスの Android WebView のバージョンが古すぎます',
      explanation:
        'サインイン ページが、Microsoft Entra ID がサポートしていない古い Chrome ベースのエンジンを持つ Android WebView で開かれました。Play ストアの更新を受け取れないデバイスや、Android System WebView が無効にされているデバイスでよく起こります。',
      action: [
        'Play ストアで Android System WebView と Google Chrome を更新してから再試行してもらいます。',
        '管理対象デバイスの場合は、MDM のポリシーでこれらのコンポーネントの更新がブロックされていないか確認します。',
        'デバイスをこれ以上更新できない場合は、サポート対象のデバイスに切り替えてもらいます。',
      ],
    },
  },
  {
    code: 220501,
    identifier: 'InvalidCrlDownload',
    outcome: 'failure',
    category: 'credentials',
    actor: 'tenant-admin',
    en: {
      title: 'Certificate revocation list could not be downloaded for certificate-based sign-in',
      explanation:
        'During certificate-based authentication (CBA), Microsoft Entra ID tried to fetch the certificate revocation list (CRL) of the issuing CA and did not get a usable one. The CRL URL may be unreachable from the internet, time out, return an expired or malformed list, or exceed the supported size.',
      action: [
        'In Entra admin center > Security > Certificate authorities (PKI), check the CRL distribution point configured for the issuing CA.',
        'From outside the corporate network, download that URL and confirm it is reachable over HTTP and the CRL is current.',
        'Check the CRL size and publication schedule with your PKI team; very large or late CRLs cause failures.',
        'After fixing, have the user retry with the smart card or certificate.',
      ],
    },
    ja: {
      title: '証明書ベース認証で証明書失効リストをダウンロードできませんでした',
      explanation:
        '証明書ベース認証 (CBA) の際、Microsoft Entra ID は発行元 CA の証明書失効リスト (CRL) を取得しようとしましたが、利用できるものを取得できませんでした。CRL の URL がインターネットから到達できない、タイムアウトする、期限切れや形式不正のリストを返す、またはサイズが上限を超えていることが考えられます。',
      action: [
        'Microsoft Entra 管理センターの [セキュリティ] > [証明機関 (PKI)] で、発行元 CA に設定されている CRL 配布ポイントを確認します。',
        '社外ネットワークからその URL をダウンロードし、HTTP で到達できて CRL が最新であることを確認します。',
        'PKI 担当者と CRL のサイズと発行スケジュールを確認します。CRL が大きすぎたり更新が遅れたりすると失敗の原因になります。',
        '修正後、スマート カードや証明書で再度サインインしてもらいます。',
      ],
    },
  },
  {
    code: 221000,
    identifier: 'DeviceOnlyTokensNotSupportedByResource',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Resource does not accept device-only tokens',
      explanation:
        'A client asked for a token that represents only the device, without a user, for a resource that is not set up to accept such tokens. The client flow and the resource configuration do not match, so the resource must either support device-only tokens or the client must sign in a user.',
      action: [
        'Identify the client and resource from the sign-in record.',
        'If you own the resource, check whether it is meant to accept device-only tokens and configure it accordingly.',
        'If not, change the client to use a user or application flow that the resource supports.',
      ],
    },
    ja: {
      title: 'リソースがデバイス専用トークンを受け付けていません',
      explanation:
        'クライアントが、ユーザーを含まずデバイスだけを表すトークンを要求しましたが、対象のリソースはそのようなトークンを受け付ける設定になっていません。クライアントの認証フローとリソースの構成が一致していないため、リソース側でデバイス専用トークンに対応するか、クライアント側でユーザーをサインインさせる必要があります。',
      action: [
        'サインイン記録からクライアントとリソースを特定します。',
        '自社管理のリソースであれば、デバイス専用トークンを受け付ける想定かどうかを確認し、必要に応じて構成します。',
        'そうでなければ、リソースが対応しているユーザーまたはアプリケーションのフローを使うようクライアントを変更します。',
      ],
    },
  },
  {
    code: 230109,
    identifier: 'CachedCredentialNonGWAuthNRequestsNotSupported',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'Request reached the backup authentication service directly',
      explanation:
        'Microsoft Entra ID runs a backup authentication service that only accepts sign-in traffic forwarded through its own gateway. This request reached the backup service without going through the gateway, which normally only happens during a service incident or when the traffic is routed unusually.',
      action: [
        'Check Service health and the Azure status page for an ongoing Microsoft Entra incident.',
        'Make sure no hosts-file entry, custom DNS record or proxy rule pins Microsoft sign-in host names to specific IP addresses.',
        'If neither applies, open a support case with the correlation ID and timestamp.',
      ],
    },
    ja: {
      title: '要求がバックアップ認証サービスに直接届きました',
      explanation:
        'Microsoft Entra ID にはバックアップ認証サービスがあり、自社のゲートウェイ経由で転送されたサインイン要求だけを受け付けます。この要求はゲートウェイを通らずにバックアップ サービスへ届いており、通常はサービス障害時か、通信経路が特殊な場合にのみ発生します。',
      action: [
        'サービス正常性や Azure の状態ページで、Microsoft Entra の障害が発生していないか確認します。',
        'hosts ファイル、独自の DNS レコード、プロキシのルールで Microsoft のサインイン用ホスト名を特定の IP アドレスに固定していないか確認します。',
        'どちらにも当てはまらない場合は、相関 ID とタイムスタンプを添えてサポートに問い合わせます。',
      ],
    },
  },
];
