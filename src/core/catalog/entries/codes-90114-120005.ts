// AADSTS 90114–120005: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 90114,
    identifier: 'InvalidExpiryDate',
    outcome: 'failure',
    category: 'device',
    actor: 'tenant-admin',
    en: {
      title: 'The bulk enrollment token would be issued already expired',
      explanation:
        'Bulk enrollment (for example a Windows provisioning package built with Windows Configuration Designer) uses a bulk token with an expiry date. The expiry requested for this token lies in the past or outside what is allowed, so the token would be useless and is not issued. Devices provisioned with such a package cannot join Entra ID.',
      action: [
        'Check the expiry date set when the provisioning package or bulk token was created.',
        'Create a new bulk token or package with a valid future expiry (within the maximum allowed period) and redeploy it.',
        'Verify that the account used to create the bulk token is still allowed to join devices (Devices > Device settings).',
      ],
    },
    ja: {
      title: '一括登録トークンが、発行時点ですでに期限切れになってしまいます',
      explanation:
        '一括登録 (Windows Configuration Designer で作成するプロビジョニング パッケージなど) では、有効期限付きの一括トークンを使います。このトークンに指定された有効期限が過去、または許容範囲外だったため、使えないトークンとなり発行されませんでした。このようなパッケージでプロビジョニングしたデバイスは Entra ID に参加できません。',
      action: [
        'プロビジョニング パッケージや一括トークンの作成時に設定した有効期限を確認します。',
        '有効な将来の日付 (許容される最大期間内) で一括トークンまたはパッケージを作り直し、再配布します。',
        '一括トークンを作成したアカウントが、引き続きデバイスを参加させられる設定か (デバイス > デバイスの設定) 確認します。',
      ],
    },
  },
  {
    code: 90117,
    identifier: 'InvalidRequestInput',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The input of the request was not valid',
      explanation:
        'The code is rarely seen and the public reference gives only its name. It indicates that Entra ID rejected some input in the request as invalid, without a more specific code. The error description returned to the app is the best source for the exact field.',
      action: [
        'Read the full error description in the app logs or on the error page.',
        'Capture the request with a network trace and compare its parameters with the protocol documentation.',
        'Collect the correlation ID and timestamp and check the failure reason recorded in the sign-in event; contact the app vendor or support if unresolved.',
      ],
    },
    ja: {
      title: '要求の入力内容が無効でした',
      explanation:
        'めったに見られないコードで、公開リファレンスには名前しか載っていません。より具体的なコードを使わずに、要求の一部の入力を Entra ID が無効として拒否したことを示します。どの項目かを知るには、アプリに返されたエラーの説明を見るのが確実です。',
      action: [
        'アプリ ログやエラー画面で、エラーの説明全体を確認します。',
        'ネットワーク トレースで要求を取得し、パラメーターをプロトコルのドキュメントと比較します。',
        '相関 ID と日時を控えてサインイン イベントの失敗理由を確認し、解決しない場合はアプリのベンダーまたはサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90119,
    identifier: 'InvalidUserCode',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'No device code was entered',
      explanation:
        'In the device code flow the user submitted the code entry page with an empty code. Nothing can be matched without a code, so the sign-in does not proceed. Entering the code displayed on the device fixes it.',
      action: [
        'Ask the user to enter the full code shown on the device at https://microsoft.com/devicelogin.',
        'If the device no longer shows a code, restart the sign-in on the device to get a new one.',
      ],
    },
    ja: {
      title: 'デバイス コードが入力されていません',
      explanation:
        'デバイス コード フローで、ユーザーがコードを空のままコード入力画面を送信しました。コードがなければ照合できないため、サインインは進みません。デバイスに表示されたコードを入力すれば解決します。',
      action: [
        'https://microsoft.com/devicelogin で、デバイスに表示されたコードを最後まで入力するようユーザーに案内します。',
        'デバイスにコードが表示されていない場合は、デバイス側でサインインをやり直して新しいコードを取得してもらいます。',
      ],
    },
  },
  {
    code: 90120,
    identifier: 'InvalidDeviceFlowRequest',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'This device code request was already approved or declined',
      explanation:
        'The user entered a device code that has already been used: the request behind it was approved or declined earlier. A device code can be completed only once. It often happens when the user goes back and submits the same code again.',
      action: [
        'Check whether the device is already signed in; if so, nothing more is needed.',
        'Otherwise restart sign-in on the device to get a new code and complete it once.',
        'If the user did not start the device sign-in, investigate possible device code phishing for the account.',
      ],
    },
    ja: {
      title: 'このデバイス コード要求はすでに承認または拒否されています',
      explanation:
        'ユーザーが入力したデバイス コードは使用済みで、対応する要求は以前に承認または拒否されていました。デバイス コードは 1 回しか完了できません。ユーザーが画面を戻って同じコードを再送信したときによく起こります。',
      action: [
        'デバイスがすでにサインイン済みか確認します。済んでいれば対応は不要です。',
        'サインインできていなければ、デバイス側でやり直して新しいコードを取得し、1 回だけ完了してもらいます。',
        'ユーザーがデバイス サインインを始めた覚えがない場合は、デバイス コード フィッシングの可能性を調査します。',
      ],
    },
  },
  {
    code: 90121,
    identifier: 'InvalidEmptyRequest',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The request arrived empty',
      explanation:
        'Entra ID received a request with no usable content, for example a POST without a body or without any of the expected parameters. It is usually a client bug or a request damaged by a proxy. Users may also trigger it by reloading a page that was meant to be submitted once.',
      action: [
        'Capture the failing request and confirm whether the body and parameters are present.',
        'Check that no proxy or security device strips the request body.',
        'Have the developer fix the request code; if caused by a page reload, the user can restart the sign-in from the app.',
      ],
    },
    ja: {
      title: '空の要求が届きました',
      explanation:
        '本文のない POST や想定したパラメーターがまったくない要求など、利用できる内容を含まない要求を Entra ID が受け取りました。通常はクライアントの不具合か、プロキシによって要求が壊されたことが原因です。1 回だけ送信する前提のページをユーザーが再読み込みしたときにも起こります。',
      action: [
        '失敗した要求を取得し、本文とパラメーターが含まれているか確認します。',
        'プロキシやセキュリティ機器が要求の本文を削除していないか確認します。',
        '開発者に要求のコードを修正してもらいます。再読み込みが原因であれば、アプリからサインインをやり直してもらいます。',
      ],
    },
  },
  {
    code: 90123,
    identifier: 'IdentityProviderAccessDenied',
    outcome: 'failure',
    category: 'federation',
    actor: 'identity-provider',
    en: {
      title: 'The external identity or claims provider denied the request',
      explanation:
        'The sign-in relied on another party, such as a federated identity provider or a claims provider, and that party refused to issue what Entra ID needed. Entra ID therefore cannot issue a token either. The reason is recorded at the external provider, not in Entra ID.',
      action: [
        'Identify the external provider involved from the sign-in event (federated IdP, external authentication method or claims provider).',
        'Check the provider\'s own logs and policies for the user and time of the failure (for example AD FS access control policies or the third-party IdP\'s sign-in log).',
        'Have the provider administrator correct the policy or the user\'s status there, then retest.',
      ],
    },
    ja: {
      title: '外部の ID プロバイダーまたはクレーム プロバイダーが要求を拒否しました',
      explanation:
        'このサインインはフェデレーション先の ID プロバイダーやクレーム プロバイダーなど別の当事者に依存しており、その当事者が Entra ID に必要なものの発行を拒否しました。そのため Entra ID もトークンを発行できません。拒否の理由は Entra ID ではなく外部プロバイダー側に記録されています。',
      action: [
        'サインイン イベントから、関係した外部プロバイダー (フェデレーション IdP、外部認証方法、クレーム プロバイダー) を特定します。',
        '失敗した時刻とユーザーについて、プロバイダー側のログやポリシー (AD FS のアクセス制御ポリシーやサードパーティ IdP のサインイン ログなど) を確認します。',
        'プロバイダーの管理者にポリシーやユーザーの状態を修正してもらい、再テストします。',
      ],
    },
  },
  {
    code: 90124,
    identifier: 'V1ResourceV2GlobalEndpointNotSupported',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'This resource cannot be requested through /common or /consumers',
      explanation:
        'The app asked for a token for a resource that only supports work or school accounts, but used the /common or /consumers endpoint, which may route to a personal account. Entra ID refuses because it cannot guarantee a suitable account type. Using /organizations or the tenant-specific endpoint solves it.',
      action: [
        'Check the authority in the app configuration.',
        'Change it to https://login.microsoftonline.com/organizations or to the specific tenant ID when requesting tokens for this resource.',
        'Retest sign-in with a work or school account.',
      ],
    },
    ja: {
      title: 'このリソースは /common や /consumers 経由では要求できません',
      explanation:
        'アプリは職場または学校アカウントにしか対応していないリソースのトークンを要求しましたが、個人用アカウントに振り分けられる可能性がある /common や /consumers のエンドポイントを使いました。適切なアカウントの種類を保証できないため、Entra ID は要求を拒否します。/organizations またはテナント固有のエンドポイントを使えば解決します。',
      action: [
        'アプリの設定にある authority を確認します。',
        'このリソースのトークンを要求する際は、https://login.microsoftonline.com/organizations または特定のテナント ID に変更します。',
        '職場または学校アカウントでサインインを再テストします。',
      ],
    },
  },
  {
    code: 90125,
    identifier: 'DebugModeEnrollTenantNotFound',
    outcome: 'failure',
    category: 'account-state',
    actor: 'user',
    en: {
      title: 'The user name entered was not found',
      explanation:
        'The service could not find the user that was entered, so it cannot continue. A typo in the user name or the use of an address that is not the sign-in name (UPN) are the most likely causes. The identifier suggests a specific enrollment scenario, but the public reference only says the user is not in the system.',
      action: [
        'Ask the user to check the spelling of the user name and to use their full sign-in name (UPN).',
        'Look the user up in Entra admin center > Users to confirm the account exists and note its UPN.',
        'If the account exists and the error persists, collect the correlation ID and timestamp for support.',
      ],
    },
    ja: {
      title: '入力されたユーザー名が見つかりませんでした',
      explanation:
        '入力されたユーザーが見つからなかったため、サービスは処理を続けられませんでした。ユーザー名の入力ミスや、サインイン名 (UPN) ではないアドレスを入力したことが最も考えられる原因です。識別子の名前は特定の登録シナリオを示唆していますが、公開リファレンスには「ユーザーがシステムに存在しない」としか書かれていません。',
      action: [
        'ユーザー名のつづりを確認し、完全なサインイン名 (UPN) を入力するようユーザーに案内します。',
        'Microsoft Entra 管理センター > ユーザー でアカウントが存在するか確認し、UPN を控えます。',
        'アカウントが存在するのにエラーが続く場合は、相関 ID と日時を控えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90126,
    identifier: 'DebugModeEnrollTenantNotInferred',
    outcome: 'failure',
    category: 'account-state',
    actor: 'user',
    en: {
      title: 'The tenant could not be determined from the user name entered',
      explanation:
        'The endpoint used needs to work out the user\'s organization from the user name, and it could not, or the type of account entered is not supported there. Entering a personal account or an address from an unregistered domain commonly leads to this. The user should sign in with their work or school account.',
      action: [
        'Ask the user to sign in with their organizational account (UPN) rather than a personal or alias address.',
        'Check that the domain of the user name is a verified domain in Entra admin center > Domain names.',
        'If the account is correct, collect the correlation ID and timestamp and check the failure reason recorded in the sign-in.',
      ],
    },
    ja: {
      title: '入力されたユーザー名からテナントを判断できませんでした',
      explanation:
        '使用されたエンドポイントはユーザー名からユーザーの組織を判断する必要がありますが、それができなかったか、入力された種類のアカウントに対応していませんでした。個人用アカウントや、登録されていないドメインのアドレスを入力した場合によく起こります。ユーザーは職場または学校アカウントでサインインする必要があります。',
      action: [
        '個人用アドレスや別名ではなく、組織のアカウント (UPN) でサインインするようユーザーに案内します。',
        'ユーザー名のドメインが Microsoft Entra 管理センター > ドメイン名 で確認済みドメインになっているか確認します。',
        'アカウントが正しい場合は、相関 ID と日時を控えてサインインに記録された失敗理由を確認します。',
      ],
    },
  },
  {
    code: 90130,
    identifier: 'NonConvergedAppV2GlobalEndpointNotSupported',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'This app cannot sign in through /common or /consumers',
      explanation:
        'The application is registered in a way that does not support personal Microsoft accounts, yet it sent the user to the /common or /consumers endpoint. Entra ID refuses rather than risk a personal account reaching an app that cannot handle it. Either the endpoint or the app registration must change.',
      action: [
        'Check the authority used by the app and the Supported account types in App registrations > the app > Authentication.',
        'If only work or school accounts are needed, use /organizations or the tenant-specific endpoint.',
        'If personal accounts must be supported, change Supported account types accordingly (this may require a new registration for older apps).',
      ],
    },
    ja: {
      title: 'このアプリは /common や /consumers 経由ではサインインできません',
      explanation:
        'このアプリケーションは個人用 Microsoft アカウントに対応しない形で登録されていますが、ユーザーを /common や /consumers のエンドポイントに送りました。対応できないアプリに個人用アカウントが届くことを避けるため、Entra ID は要求を拒否します。エンドポイントかアプリの登録のどちらかを変更する必要があります。',
      action: [
        'アプリが使う authority と、アプリの登録 > 対象アプリ > 認証 の「サポートされているアカウントの種類」を確認します。',
        '職場または学校アカウントだけで十分なら、/organizations またはテナント固有のエンドポイントを使います。',
        '個人用アカウントにも対応する必要がある場合は、サポートされているアカウントの種類を変更します (古いアプリでは登録し直しが必要なこともあります)。',
      ],
    },
  },
  {
    code: 100007,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The regional token endpoint was used by a client that is not allowed to use it',
      explanation:
        'Entra ID regional endpoints serve only managed identities and a narrow set of Microsoft-internal scenarios (apps using certificate subject name and issuer authentication in Microsoft infrastructure tenants). A regular application sent its token request to a regional endpoint and was refused. The app should use the normal global endpoint.',
      action: [
        'Check whether the app or its MSAL configuration sets an Azure region (for example WithAzureRegion or an AZURE_REGIONAL_AUTHORITY_NAME setting).',
        'Remove the regional setting so requests go to login.microsoftonline.com.',
        'If this is a managed identity scenario that still fails, collect the correlation ID and timestamp and open a support request.',
      ],
    },
    ja: {
      title: '利用が許可されていないクライアントが、リージョン トークン エンドポイントを使いました',
      explanation:
        'Entra ID のリージョン エンドポイントは、マネージド ID と、Microsoft インフラストラクチャ テナントで証明書のサブジェクト名と発行者による認証を使うアプリなど、ごく限られた Microsoft 内部のシナリオ専用です。通常のアプリケーションがリージョン エンドポイントにトークン要求を送ったため、拒否されました。アプリは通常のグローバル エンドポイントを使う必要があります。',
      action: [
        'アプリや MSAL の設定で Azure リージョンを指定していないか (WithAzureRegion や AZURE_REGIONAL_AUTHORITY_NAME などの設定) 確認します。',
        'リージョン指定を外し、要求が login.microsoftonline.com に送られるようにします。',
        'マネージド ID のシナリオなのに失敗する場合は、相関 ID と日時を控えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 120000,
    identifier: 'PasswordChangeIncorrectCurrentPassword',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'Password change failed because the current password was wrong',
      explanation:
        'When changing their password, the user must first type the current one, and what they entered did not match. The new password was therefore not set. It is usually a typo or confusion with an older password.',
      action: [
        'Ask the user to try the change again, typing the current password carefully.',
        'If they do not remember it, use self-service password reset or have the helpdesk reset the password (Users > select the user > Reset password).',
        'Watch for many repeated attempts, which can lead to account lockout.',
      ],
    },
    ja: {
      title: '現在のパスワードが誤っていたため、パスワードの変更に失敗しました',
      explanation:
        'パスワードを変更するには最初に現在のパスワードを入力する必要がありますが、入力された値が一致しませんでした。そのため新しいパスワードは設定されていません。多くは入力ミスか、以前のパスワードとの取り違えです。',
      action: [
        '現在のパスワードを注意して入力し、もう一度変更を試すようユーザーに案内します。',
        '覚えていない場合は、セルフサービス パスワード リセット (SSPR) を使うか、ヘルプデスクがリセットします (ユーザー > 対象ユーザー > パスワードのリセット)。',
        '何度も失敗するとアカウントがロックされることがあるため、繰り返しの試行に注意します。',
      ],
    },
  },
  {
    code: 120002,
    identifier: 'PasswordChangeInvalidNewPasswordWeak',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'The new password was rejected as too weak',
      explanation:
        'The password the user chose does not meet the strength requirements, for example it is too short, too simple, or contains words blocked by Microsoft Entra Password Protection. The old password stays in effect. Choosing a longer, less predictable password solves it.',
      action: [
        'Ask the user to choose a longer password (a passphrase works well) that avoids common words, the company name and simple patterns.',
        'If many users struggle, review the custom banned password list under Authentication methods > Password protection.',
      ],
    },
    ja: {
      title: '新しいパスワードが弱すぎるため拒否されました',
      explanation:
        'ユーザーが選んだパスワードは、短すぎる、単純すぎる、Microsoft Entra パスワード保護で禁止された単語を含むなど、強度の要件を満たしていません。古いパスワードはそのまま有効です。より長く推測されにくいパスワードを選べば解決します。',
      action: [
        'よく使われる単語、会社名、単純なパターンを避けた、より長いパスワード (パスフレーズが有効です) を選ぶようユーザーに案内します。',
        '多くのユーザーが苦労している場合は、認証方法 > パスワード保護 のカスタム禁止パスワード一覧を見直します。',
      ],
    },
  },
  {
    code: 120003,
    identifier: 'PasswordChangeInvalidNewPasswordContainsMemberName',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'The new password contains the user\'s own name',
      explanation:
        'The chosen password includes part of the user\'s account name or display name, which the password rules do not allow. Such passwords are easy to guess. The user needs to pick one that does not contain their name.',
      action: [
        'Ask the user to choose a password that does not include their user name, first name or last name.',
        'Remind them of the other requirements (length, complexity) so the next attempt succeeds.',
      ],
    },
    ja: {
      title: '新しいパスワードにユーザー自身の名前が含まれています',
      explanation:
        '選ばれたパスワードにアカウント名や表示名の一部が含まれており、パスワードの規則で許可されていません。このようなパスワードは推測されやすいためです。名前を含まないパスワードを選ぶ必要があります。',
      action: [
        'ユーザー名や姓・名を含まないパスワードを選ぶようユーザーに案内します。',
        '次の試行で成功するよう、長さや複雑さなどほかの要件もあわせて伝えます。',
      ],
    },
  },
  {
    code: 120004,
    identifier: 'PasswordChangeOnPremComplexity',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'The new password does not meet the on-premises Active Directory password policy',
      explanation:
        'For a synchronized user with password writeback, the new password is set in on-premises Active Directory, and the domain password policy rejected it. Complexity, minimum length, password history or minimum password age rules can all cause this. The cloud may accept a password that AD refuses.',
      action: [
        'Tell the user the on-premises rules (length, complexity, no reuse of recent passwords) and have them choose a different password.',
        'If the user changed the password very recently, the minimum password age may block a new change; wait or have an admin reset it.',
        'Check the domain or fine-grained password policy that applies to the user in Active Directory.',
      ],
    },
    ja: {
      title: '新しいパスワードがオンプレミス Active Directory のパスワード ポリシーを満たしていません',
      explanation:
        'パスワード ライトバックを使う同期ユーザーでは、新しいパスワードがオンプレミスの Active Directory に設定されますが、ドメインのパスワード ポリシーに拒否されました。複雑さ、最小文字数、パスワードの履歴、パスワードの最小有効期間のいずれかが原因になり得ます。クラウド側では通るパスワードでも、AD 側で拒否されることがあります。',
      action: [
        'オンプレミスの規則 (長さ、複雑さ、最近使ったパスワードの再利用不可) を伝え、別のパスワードを選んでもらいます。',
        '直前にパスワードを変更していた場合は、最小有効期間のため再変更できないことがあります。時間を置くか、管理者がリセットします。',
        'Active Directory で、そのユーザーに適用されるドメインまたは細かい設定のパスワード ポリシーを確認します。',
      ],
    },
  },
  {
    code: 120005,
    identifier: 'PasswordChangeOnPremSuccessCloudFail',
    outcome: 'failure',
    category: 'credentials',
    actor: 'helpdesk-admin',
    en: {
      title: 'The password changed on premises, but the cloud update failed',
      explanation:
        'With password writeback, the new password was written successfully to on-premises Active Directory, but the matching update in Entra ID did not complete. For a while the two sides may accept different passwords. Password hash synchronization, if enabled, usually brings them back in line.',
      action: [
        'Tell the user the new password is already active on premises; have them try it for cloud sign-in after a few minutes.',
        'If the cloud still accepts only the old password, check password hash sync and password writeback health in Entra Connect Health.',
        'If the mismatch remains, reset the password once more through a single channel and collect the correlation ID for support.',
      ],
    },
    ja: {
      title: 'オンプレミスではパスワードが変更されましたが、クラウドの更新に失敗しました',
      explanation:
        'パスワード ライトバックにより、新しいパスワードはオンプレミスの Active Directory には正常に書き込まれましたが、対応する Entra ID 側の更新が完了しませんでした。しばらくの間、両者で受け付けられるパスワードが異なる可能性があります。パスワード ハッシュ同期を有効にしていれば、通常はそれによって一致した状態に戻ります。',
      action: [
        '新しいパスワードはオンプレミスではすでに有効であることを伝え、数分後にクラウドへのサインインでも試してもらいます。',
        'クラウドで古いパスワードしか通らない場合は、Entra Connect Health でパスワード ハッシュ同期とパスワード ライトバックの状態を確認します。',
        '不一致が解消しない場合は、1 つの経路でもう一度パスワードをリセットし、相関 ID を控えてサポートに問い合わせます。',
      ],
    },
  },
];
