// AADSTS 80010–90007: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 80010,
    identifier: 'OnPremisePasswordValidationEncryptionException',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'The pass-through agent could not decrypt the password',
      explanation:
        'Passwords are sent to pass-through authentication agents encrypted with keys tied to each agent\'s registration. This agent was unable to decrypt the one it received, which points to a broken or outdated agent registration or certificate. Other agents may still work, so failures can be intermittent.',
      action: [
        'Identify which agent handled the request from the agent event logs and check its status in Entra Connect > Connect Sync > Pass-through authentication.',
        'Make sure the agent runs a current version and that its certificate has been renewed (agents renew automatically when they can reach Microsoft).',
        'Re-register or reinstall the faulty agent, then remove stale agents from the list.',
      ],
    },
    ja: {
      title: 'パススルー認証エージェントがパスワードを復号できませんでした',
      explanation:
        'パスワードは、エージェントごとの登録に結び付いたキーで暗号化されてパススルー認証エージェントに送られます。このエージェントは受け取ったパスワードを復号できませんでした。エージェントの登録や証明書が壊れている、または古いことを示しています。ほかのエージェントは動作している場合があるため、失敗が断続的に見えることがあります。',
      action: [
        'エージェントのイベント ログから要求を処理したエージェントを特定し、Entra Connect > Connect Sync > パススルー認証 で状態を確認します。',
        'エージェントが最新バージョンで、証明書が更新されているか確認します (Microsoft に接続できれば自動更新されます)。',
        '問題のエージェントを再登録または再インストールし、不要になった古いエージェントを一覧から整理します。',
      ],
    },
  },
  {
    code: 80011,
    identifier: '',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'The pass-through agent could not obtain its encryption key',
      explanation:
        'The code is rarely seen and is not in current Microsoft references; an older list describes an agent that cannot retrieve the key it needs to decrypt passwords. As with 80010, this indicates a problem with that agent\'s registration or certificate rather than with the user. It may have been folded into other 800xx codes.',
      action: [
        'Check the agent list and status in Entra Connect > Connect Sync > Pass-through authentication.',
        'Review the AuthenticationAgent event log on each agent server for key or certificate errors.',
        'Reinstall or re-register the affected agent; collect the correlation ID and timestamp and open a support request if it persists.',
      ],
    },
    ja: {
      title: 'パススルー認証エージェントが暗号化キーを取得できませんでした',
      explanation:
        'めったに見られないコードで、現在の Microsoft のリファレンスには掲載されていません。古い一覧では、パスワードの復号に必要なキーをエージェントが取得できない状態と説明されています。80010 と同様、ユーザーではなくエージェントの登録や証明書の問題を示しています。ほかの 800xx 番台のコードに統合された可能性もあります。',
      action: [
        'Entra Connect > Connect Sync > パススルー認証 でエージェントの一覧と状態を確認します。',
        '各エージェント サーバーの AuthenticationAgent イベント ログで、キーや証明書に関するエラーを確認します。',
        '該当エージェントを再インストールまたは再登録し、解消しない場合は相関 ID と日時を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 80012,
    identifier: 'OnPremisePasswordValidationAccountLogonInvalidHours',
    outcome: 'failure',
    category: 'account-state',
    actor: 'helpdesk-admin',
    en: {
      title: 'The user tried to sign in outside the logon hours allowed in Active Directory',
      explanation:
        'The on-premises account has logon hours configured, and the pass-through agent rejected the sign-in because the current time is outside them. The restriction is an Active Directory setting that Entra ID simply enforces through the agent. Only an AD administrator can change it; otherwise the user must wait.',
      action: [
        'Confirm the time of the sign-in and the user\'s logon hours in Active Directory Users and Computers > the user > Account > Logon Hours.',
        'If the user legitimately needs access now, have an AD administrator adjust the logon hours and wait for replication.',
        'Remember that the agent evaluates logon hours in the domain controller time zone, which can differ from the user\'s.',
      ],
    },
    ja: {
      title: 'Active Directory で許可されたログオン時間外にサインインしようとしました',
      explanation:
        'オンプレミスのアカウントにログオン時間が設定されており、現在時刻がその範囲外だったため、パススルー認証エージェントがサインインを拒否しました。この制限は Active Directory の設定で、Entra ID はエージェントを通じてそれを適用しているだけです。変更できるのは AD の管理者のみで、それ以外はユーザーが許可時間まで待つしかありません。',
      action: [
        'サインインの時刻と、Active Directory ユーザーとコンピューター > 対象ユーザー > アカウント > ログオン時間 の設定を確認します。',
        '業務上いま必要な場合は、AD 管理者にログオン時間を変更してもらい、レプリケーションを待ちます。',
        'ログオン時間はドメイン コントローラーのタイム ゾーンで評価されるため、ユーザーの現地時刻と異なる場合がある点に注意します。',
      ],
    },
  },
  {
    code: 80013,
    identifier: 'OnPremisePasswordValidationTimeSkew',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'Clock difference between the pass-through agent and Active Directory broke the check',
      explanation:
        'The password validation could not be completed because the clock on the agent server and the clock in Active Directory differ too much. Kerberos-based checks tolerate only a few minutes of skew. Fixing time synchronization on the agent server resolves it.',
      action: [
        'On each agent server run w32tm /query /status and compare with a domain controller.',
        'Make sure the server synchronizes time from the domain hierarchy (not from a separate source) and resync with w32tm /resync.',
        'Check virtualization host time settings if the agent runs in a VM.',
      ],
    },
    ja: {
      title: 'パススルー認証エージェントと Active Directory の時刻のずれで検証できませんでした',
      explanation:
        'エージェント サーバーの時刻と Active Directory の時刻の差が大きすぎたため、パスワード検証を完了できませんでした。Kerberos を使う検証では、数分程度のずれしか許容されません。エージェント サーバーの時刻同期を修正すれば解消します。',
      action: [
        '各エージェント サーバーで w32tm /query /status を実行し、ドメイン コントローラーの時刻と比較します。',
        'サーバーが (別の時刻ソースではなく) ドメイン階層から時刻を取得する設定になっているか確認し、w32tm /resync で再同期します。',
        'エージェントを仮想マシンで動かしている場合は、仮想化ホスト側の時刻設定も確認します。',
      ],
    },
  },
  {
    code: 80014,
    identifier: 'OnPremisePasswordValidationAuthenticationAgentTimeout',
    outcome: 'failure',
    category: 'federation',
    actor: 'microsoft',
    en: {
      title: 'The pass-through agent answered after the allowed time had passed',
      explanation:
        'An agent did respond to the password validation request, but only after Entra ID had stopped waiting. The cause can be on the agent side (slow domain controllers, overloaded server) or in the path between the agent and Microsoft. The public guidance is to involve Microsoft support with the request identifiers.',
      action: [
        'Retry the sign-in; a different agent may answer in time.',
        'Check agent server load and domain controller response times, and that outbound traffic from the agents is not slowed by a proxy or inspection device.',
        'Open a support request with the error code, correlation ID and timestamp if it continues.',
      ],
    },
    ja: {
      title: 'パススルー認証エージェントの応答が制限時間を過ぎて届きました',
      explanation:
        'エージェントはパスワード検証要求に応答しましたが、それは Entra ID が待機を打ち切った後でした。エージェント側 (ドメイン コントローラーの遅延、サーバーの過負荷) に原因がある場合と、エージェントと Microsoft の間の経路に原因がある場合があります。公開されている案内では、要求の識別情報を添えて Microsoft サポートに相談することになっています。',
      action: [
        'サインインを再試行します。別のエージェントが時間内に応答する可能性があります。',
        'エージェント サーバーの負荷とドメイン コントローラーの応答時間、エージェントからの送信通信がプロキシや検査装置で遅延していないかを確認します。',
        '継続する場合は、エラー コード、相関 ID、日時を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 81001,
    identifier: '',
    outcome: 'failure',
    category: 'federation',
    actor: 'helpdesk-admin',
    en: {
      title: 'The user\'s Kerberos ticket was too large for seamless SSO',
      explanation:
        'The code is not in current Microsoft references; an older list ties it to seamless single sign-on receiving a Kerberos ticket that is too big. Tickets grow with the number of groups the user belongs to, so heavily nested group membership is the usual cause. The user falls back to a normal password prompt.',
      action: [
        'Check how many security groups (including nested ones) the user is a member of in Active Directory.',
        'Reduce unnecessary group memberships, then have the user sign out of Windows and back in to get a new ticket.',
        'If many users are affected, review group nesting and the Kerberos MaxTokenSize setting; collect correlation IDs for a support request if it persists.',
      ],
    },
    ja: {
      title: 'ユーザーの Kerberos チケットが大きすぎてシームレス SSO を利用できませんでした',
      explanation:
        '現在の Microsoft のリファレンスには掲載されていないコードで、古い一覧では、シームレス シングル サインオンが受け取った Kerberos チケットが大きすぎる場合とされています。チケットはユーザーが所属するグループ数に応じて大きくなるため、入れ子の多いグループ所属が主な原因です。ユーザーには通常のパスワード入力画面が表示されます。',
      action: [
        'Active Directory で、ユーザーが所属するセキュリティ グループの数 (入れ子を含む) を確認します。',
        '不要なグループ所属を減らし、ユーザーに Windows からサインアウトして再ログオンしてもらい、新しいチケットを取得させます。',
        '多数のユーザーに影響がある場合は、グループの入れ子構造や Kerberos の MaxTokenSize を見直し、解消しなければ相関 ID を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 81004,
    identifier: 'DesktopSsoIdentityInTicketIsNotAuthenticated',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'Seamless SSO could not authenticate the user from the Kerberos ticket',
      explanation:
        'Seamless single sign-on received a Kerberos ticket from the browser, but the identity in it could not be authenticated. This typically happens when the AZUREADSSOACC computer account key in Active Directory no longer matches what Entra ID holds, for example after the account was recreated or its key was not rolled over correctly. The user falls back to entering a password.',
      action: [
        'Check Entra admin center > Entra Connect > Connect Sync > Seamless single sign-on and confirm the feature is enabled for the user\'s AD forest.',
        'Verify the AZUREADSSOACC computer account exists in each forest and was not deleted or moved to an OU that changes it.',
        'Roll over the Kerberos decryption key for the forest with the Update-AzureADSSOForest procedure.',
        'Have the user sign out and back in to Windows (or run klist purge) and retry.',
      ],
    },
    ja: {
      title: 'シームレス SSO で Kerberos チケットからユーザーを認証できませんでした',
      explanation:
        'シームレス シングル サインオンはブラウザーから Kerberos チケットを受け取りましたが、その中の ID を認証できませんでした。Active Directory の AZUREADSSOACC コンピューター アカウントのキーが Entra ID 側と一致しなくなった場合 (アカウントを作り直した、キーのロールオーバーが正しく行われなかったなど) によく起こります。ユーザーはパスワード入力にフォールバックします。',
      action: [
        'Microsoft Entra 管理センター > Entra Connect > Connect Sync > シームレス シングル サインオン で、ユーザーの AD フォレストで機能が有効か確認します。',
        '各フォレストに AZUREADSSOACC コンピューター アカウントが存在し、削除や設定が変わる OU への移動がされていないか確認します。',
        'Update-AzureADSSOForest の手順で、フォレストの Kerberos 復号キーをロールオーバーします。',
        'ユーザーに Windows からサインアウトして再ログオンしてもらう (または klist purge を実行する) うえで再試行します。',
      ],
    },
  },
  {
    code: 81005,
    identifier: 'DesktopSsoAuthenticationPackageNotSupported',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'Seamless SSO received an authentication package it does not support',
      explanation:
        'Seamless single sign-on works only with Kerberos. The browser offered a different package, usually NTLM, because it could not obtain a Kerberos ticket for the Entra ID SSO endpoint. That happens off the corporate network, on non-domain-joined machines, or when the SSO URL is not treated as an intranet site.',
      action: [
        'Check that https://autologon.microsoftazuread-sso.com is in the Local intranet zone for users (via Group Policy or Intune).',
        'Confirm the device is domain-joined and can reach a domain controller at sign-in time.',
        'Verify the AZUREADSSOACC computer account and its service principal names exist in AD, so a Kerberos ticket can be issued.',
      ],
    },
    ja: {
      title: 'シームレス SSO がサポートしていない認証パッケージを受け取りました',
      explanation:
        'シームレス シングル サインオンは Kerberos でのみ動作します。ブラウザーは Entra ID の SSO エンドポイント向けの Kerberos チケットを取得できなかったため、別のパッケージ (多くは NTLM) を提示しました。社外ネットワークにいる場合、ドメインに参加していないマシンの場合、SSO の URL がイントラネット サイトとして扱われていない場合に起こります。',
      action: [
        'https://autologon.microsoftazuread-sso.com が、グループ ポリシーや Intune でユーザーの「ローカル イントラネット」ゾーンに登録されているか確認します。',
        'デバイスがドメイン参加しており、サインイン時にドメイン コントローラーへ到達できるか確認します。',
        'Kerberos チケットが発行されるよう、AD に AZUREADSSOACC コンピューター アカウントとそのサービス プリンシパル名が存在するか確認します。',
      ],
    },
  },
  {
    code: 81006,
    identifier: 'DesktopSsoNoAuthorizationHeader',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'Seamless SSO got no Kerberos ticket from the browser',
      explanation:
        'The seamless SSO endpoint asked the browser for Kerberos credentials and received no authorization header at all. The browser either does not consider the SSO URL an intranet site, is not allowed to send credentials automatically, or is running on a device that is not domain-joined. In many environments a share of these events is normal and the user simply types a password.',
      action: [
        'Check the browser configuration: https://autologon.microsoftazuread-sso.com in the Local intranet zone with Automatic logon only in Intranet zone, or the equivalent policy for Chrome, Firefox or Edge.',
        'Confirm the device is domain-joined and on a network where it can reach a domain controller.',
        'If the device is Entra joined or hybrid joined, note that the primary refresh token usually provides SSO instead, and these events can be ignored.',
      ],
    },
    ja: {
      title: 'シームレス SSO がブラウザーから Kerberos チケットを受け取れませんでした',
      explanation:
        'シームレス SSO のエンドポイントがブラウザーに Kerberos 資格情報を求めましたが、Authorization ヘッダーがまったく返ってきませんでした。ブラウザーが SSO の URL をイントラネット サイトと見なしていない、資格情報の自動送信が許可されていない、ドメイン参加していないデバイスで動いている、のいずれかです。多くの環境では一定数発生するのが普通で、ユーザーはパスワードを入力して先に進めます。',
      action: [
        'https://autologon.microsoftazuread-sso.com が「ローカル イントラネット」ゾーンにあり、「イントラネット ゾーンでのみ自動的にログオンする」が有効か (Chrome、Firefox、Edge では同等のポリシーか) を確認します。',
        'デバイスがドメイン参加しており、ドメイン コントローラーに到達できるネットワーク上にあるか確認します。',
        'Entra 参加またはハイブリッド参加のデバイスでは、通常はプライマリ更新トークン (PRT) によって SSO が行われるため、このイベントは無視してかまいません。',
      ],
    },
  },
  {
    code: 81007,
    identifier: 'DesktopSsoTenantIsNotOptIn',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'Seamless SSO is not enabled for this tenant',
      explanation:
        'The browser sent a Kerberos ticket to the seamless SSO endpoint, but the tenant has not turned the feature on. This is typical when the intranet zone policy was deployed but seamless SSO was never enabled, or was disabled later. Users still sign in, just with a password prompt.',
      action: [
        'Check the status under Entra admin center > Entra Connect > Connect Sync > Seamless single sign-on.',
        'If seamless SSO is wanted, enable it with the Microsoft Entra Connect wizard (Change user sign-in) for each forest.',
        'If it is not wanted, remove the autologon URL from the intranet zone policy so browsers stop attempting it.',
      ],
    },
    ja: {
      title: 'このテナントではシームレス SSO が有効になっていません',
      explanation:
        'ブラウザーはシームレス SSO のエンドポイントに Kerberos チケットを送りましたが、テナントでこの機能が有効になっていません。イントラネット ゾーンのポリシーだけ展開してシームレス SSO を有効にしていない、または後から無効にした場合によく見られます。ユーザーはパスワードを入力すればサインインできます。',
      action: [
        'Microsoft Entra 管理センター > Entra Connect > Connect Sync > シームレス シングル サインオン で状態を確認します。',
        'シームレス SSO を使う場合は、Microsoft Entra Connect ウィザードの「ユーザー サインインの変更」から各フォレストで有効にします。',
        '使わない場合は、ブラウザーが試行しないよう、イントラネット ゾーンのポリシーから autologon の URL を削除します。',
      ],
    },
  },
  {
    code: 81009,
    identifier: 'DesktopSsoAuthorizationHeaderValueWithBadFormat',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'Seamless SSO could not validate the Kerberos ticket it received',
      explanation:
        'The browser sent a Kerberos ticket to the seamless SSO endpoint, but the value could not be parsed or validated. Causes include a ticket encrypted with a key Entra ID does not have (for example after the AZUREADSSOACC account changed), unsupported encryption types, or a proxy altering the header. The user falls back to a password prompt.',
      action: [
        'Roll over the Kerberos decryption key for the AD forest (Update-AzureADSSOForest) and make sure AZUREADSSOACC is intact.',
        'Check that the account supports AES encryption types and that no legacy-only Kerberos policy applies.',
        'Ensure no proxy or security product rewrites the Authorization header for the autologon URL.',
      ],
    },
    ja: {
      title: 'シームレス SSO が受け取った Kerberos チケットを検証できませんでした',
      explanation:
        'ブラウザーはシームレス SSO のエンドポイントに Kerberos チケットを送りましたが、その値を解析・検証できませんでした。Entra ID が持っていないキーで暗号化されている (AZUREADSSOACC アカウントが変わった後など)、サポートされない暗号化の種類が使われている、プロキシがヘッダーを書き換えている、といった原因が考えられます。ユーザーはパスワード入力にフォールバックします。',
      action: [
        'Update-AzureADSSOForest で AD フォレストの Kerberos 復号キーをロールオーバーし、AZUREADSSOACC が正常か確認します。',
        'アカウントが AES の暗号化の種類に対応しており、旧式の暗号化のみを強制するポリシーが適用されていないか確認します。',
        'autologon の URL に対して、プロキシやセキュリティ製品が Authorization ヘッダーを書き換えていないか確認します。',
      ],
    },
  },
  {
    code: 81010,
    identifier: 'DesktopSsoAuthTokenInvalid',
    outcome: 'interrupted',
    category: 'federation',
    actor: 'user',
    en: {
      title: 'Seamless SSO did not complete because the Kerberos ticket was expired or invalid',
      explanation:
        'The Kerberos ticket the browser presented for seamless SSO had expired or was otherwise not valid, so automatic sign-in did not happen and the user is shown the normal sign-in page instead. It often follows a long-running Windows session or a password change. Occasional events are expected.',
      action: [
        'Let the user complete the sign-in with their password; nothing else is needed for isolated events.',
        'If it repeats for a user, have them lock and unlock or sign out and back in to Windows, or run klist purge, to get fresh tickets.',
        'If it affects many users, check the Kerberos decryption key rollover status for the forest.',
      ],
    },
    ja: {
      title: 'Kerberos チケットの期限切れまたは無効により、シームレス SSO が完了しませんでした',
      explanation:
        'シームレス SSO 用にブラウザーが提示した Kerberos チケットが期限切れ、または無効だったため、自動サインインは行われず、通常のサインイン画面が表示されました。Windows に長時間サインインしたままの場合やパスワード変更後によく見られます。たまに発生する程度であれば想定内です。',
      action: [
        'ユーザーにパスワードでサインインを完了してもらいます。単発であればほかの対応は不要です。',
        '同じユーザーで繰り返す場合は、Windows のロックと解除、サインアウトと再ログオン、または klist purge で新しいチケットを取得してもらいます。',
        '多数のユーザーで発生する場合は、フォレストの Kerberos 復号キーのロールオーバー状況を確認します。',
      ],
    },
  },
  {
    code: 81011,
    identifier: 'DesktopSsoLookupUserBySidFailed',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'Seamless SSO could not find the user from the Kerberos ticket',
      explanation:
        'The Kerberos ticket was valid, but Entra ID found no cloud user whose on-premises security identifier matches the one in the ticket. The user is probably not synchronized, is synchronized from another forest, or was recently created and not yet synced. The user gets a password prompt instead.',
      action: [
        'Check that the user appears in Entra admin center > Users with On-premises sync enabled and an on-premises security identifier.',
        'Confirm the user\'s OU is in scope for Microsoft Entra Connect sync and look for sync errors in Entra Connect Health.',
        'Wait for or trigger a delta sync (Start-ADSyncSyncCycle -PolicyType Delta) after new accounts are created.',
      ],
    },
    ja: {
      title: 'シームレス SSO で Kerberos チケットからユーザーを見つけられませんでした',
      explanation:
        'Kerberos チケット自体は有効でしたが、チケット内のオンプレミスのセキュリティ識別子 (SID) と一致するクラウド ユーザーが Entra ID に見つかりませんでした。ユーザーが同期されていない、別のフォレストから同期されている、作成直後でまだ同期されていない、などが考えられます。ユーザーにはパスワード入力画面が表示されます。',
      action: [
        'Microsoft Entra 管理センター > ユーザー で対象ユーザーがオンプレミス同期済みで、オンプレミスのセキュリティ識別子を持っているか確認します。',
        'ユーザーの OU が Microsoft Entra Connect の同期対象に含まれているか、Entra Connect Health に同期エラーがないか確認します。',
        '新規作成したアカウントであれば、差分同期を待つか Start-ADSyncSyncCycle -PolicyType Delta で同期を実行します。',
      ],
    },
  },
  {
    code: 81012,
    identifier: 'DesktopSsoMismatchBetweenTokenUpnAndChosenUpn',
    outcome: 'interrupted',
    category: 'federation',
    actor: 'user',
    en: {
      title: 'The account chosen for sign-in differs from the one logged on to Windows',
      explanation:
        'Seamless SSO produced a ticket for the user signed in to the device, but the user asked to sign in to Entra ID with a different account. Entra ID therefore does not use the automatic sign-in and lets the user authenticate as the chosen account. It is not an error condition and can usually be ignored.',
      action: [
        'No action is needed when the user intended to use a different account.',
        'If the user expected automatic sign-in, check that they typed their own UPN and that their Windows logon UPN matches their Entra ID UPN.',
      ],
    },
    ja: {
      title: 'サインインに選んだアカウントが Windows にログオン中のアカウントと異なります',
      explanation:
        'シームレス SSO はデバイスにサインインしているユーザーのチケットを用意しましたが、ユーザーは別のアカウントで Entra ID にサインインしようとしました。そのため Entra ID は自動サインインを使わず、選ばれたアカウントで認証させます。エラー状態ではなく、通常は無視してかまいません。',
      action: [
        'ユーザーが意図して別のアカウントを使った場合、対応は不要です。',
        '自動サインインを期待していた場合は、自分の UPN を入力したか、Windows のログオン UPN と Entra ID の UPN が一致しているかを確認します。',
      ],
    },
  },
  {
    code: 81014,
    identifier: '',
    outcome: 'interrupted',
    category: 'federation',
    actor: 'user',
    en: {
      title: 'Seamless SSO step did not complete (code with no public description)',
      explanation:
        'The code is rarely seen and has no public description or identifier; it is known only because Microsoft\'s sign-in troubleshooting workbook counts it among interrupts. Its number places it with the seamless single sign-on (Desktop SSO) codes. Like its neighbours, it most likely means the automatic Kerberos sign-in was skipped and the user continued through the normal sign-in page.',
      action: [
        'Check whether the next sign-in event from the same user and correlation ID succeeded; if so, no action is needed.',
        'If the user is stuck, review the seamless SSO configuration (intranet zone setting, AZUREADSSOACC account, feature status in Entra Connect).',
        'Collect the correlation ID and timestamp and check the failure reason recorded in the sign-in before opening a support request.',
      ],
    },
    ja: {
      title: 'シームレス SSO の処理が完了しませんでした (公開の説明がないコード)',
      explanation:
        'めったに見られないコードで、公開の説明も識別子もありません。Microsoft のサインイン トラブルシューティング用ブックが中断 (interrupt) の一つとして数えていることで知られているだけです。番号からはシームレス シングル サインオン (Desktop SSO) 関連のコードと考えられます。周辺のコードと同様、Kerberos による自動サインインが行われず、通常のサインイン画面で先に進んだことを示している可能性が高いです。',
      action: [
        '同じユーザー・同じ相関 ID の次のサインイン イベントが成功していれば、対応は不要です。',
        'ユーザーがサインインできずにいる場合は、シームレス SSO の構成 (イントラネット ゾーンの設定、AZUREADSSOACC アカウント、Entra Connect での機能の状態) を確認します。',
        'サポートに問い合わせる前に、相関 ID と日時を控え、サインインに記録された失敗理由を確認します。',
      ],
    },
  },
  {
    code: 90002,
    identifier: 'InvalidTenantName',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'app-developer',
    en: {
      title: 'The tenant named in the request could not be found',
      explanation:
        'The request pointed to a tenant by ID or domain name that Entra ID does not know. Typical causes are a typo in the tenant ID, a domain that is not registered in any tenant, a tenant that was deleted, or an app that targets the wrong cloud (for example a government or China tenant from the global endpoint).',
      action: [
        'Read the tenant value in the request (authority URL) from the app configuration or error text.',
        'Compare it with the Tenant ID and verified domains shown in Entra admin center > Overview and Domain names.',
        'For national cloud tenants, make sure the app uses that cloud\'s sign-in endpoint.',
      ],
    },
    ja: {
      title: '要求で指定されたテナントが見つかりませんでした',
      explanation:
        '要求は ID またはドメイン名でテナントを指定していましたが、Entra ID はそのテナントを認識できませんでした。テナント ID の入力ミス、どのテナントにも登録されていないドメイン、削除されたテナント、誤ったクラウドを対象にしたアプリ (グローバルのエンドポイントから政府機関向けや中国のテナントを指定するなど) が典型的な原因です。',
      action: [
        'アプリの設定やエラー文から、要求 (authority URL) に含まれるテナントの値を確認します。',
        'Microsoft Entra 管理センターの 概要 に表示されるテナント ID や、ドメイン名 の確認済みドメインと比較します。',
        '国内クラウド (ソブリン クラウド) のテナントであれば、アプリがそのクラウドのサインイン エンドポイントを使っているか確認します。',
      ],
    },
  },
  {
    code: 90004,
    identifier: 'InvalidRequestFormat',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The request to Entra ID was not properly formatted',
      explanation:
        'Entra ID could not process the request because its structure is wrong: parameters in the wrong place, bad encoding, or an unexpected content type. It is a client-side bug, common with hand-written HTTP calls rather than a supported library.',
      action: [
        'Capture the failing request (browser developer tools or a network trace) and compare it with the protocol documentation.',
        'Check that token requests are POSTed as application/x-www-form-urlencoded and that parameters are URL-encoded.',
        'Prefer MSAL or another maintained library over custom request code.',
      ],
    },
    ja: {
      title: 'Entra ID への要求の形式が正しくありませんでした',
      explanation:
        'パラメーターの位置が違う、エンコードが誤っている、想定外の Content-Type であるなど、要求の構造に問題があったため、Entra ID は処理できませんでした。クライアント側の不具合で、サポートされたライブラリを使わずに HTTP 呼び出しを自作している場合によく見られます。',
      action: [
        'ブラウザーの開発者ツールやネットワーク トレースで失敗した要求を取得し、プロトコルのドキュメントと比較します。',
        'トークン要求が application/x-www-form-urlencoded の POST で送られ、パラメーターが URL エンコードされているか確認します。',
        '独自の要求コードではなく、MSAL などの保守されているライブラリの利用を検討します。',
      ],
    },
  },
  {
    code: 90005,
    identifier: 'InvalidRequestWithMultipleRequirements',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The request combines parameters that cannot be used together',
      explanation:
        'The request asked Entra ID to satisfy requirements that conflict, for example a specific user identifier together with a login hint for someone else. Entra ID cannot decide which one to honour and stops. The app needs to send only one way of pointing at the user.',
      action: [
        'Inspect the failing request for identifier and hint parameters (such as login_hint, sid, id_token_hint).',
        'Have the developer send only one of them, consistent with the account the user selected.',
        'Retest with a fresh browser session to confirm the fix.',
      ],
    },
    ja: {
      title: '同時に使えないパラメーターを組み合わせた要求です',
      explanation:
        '特定のユーザー識別子と別人のログイン ヒントを同時に指定するなど、両立しない要件を満たすよう Entra ID に求める要求でした。Entra ID はどちらを優先すべきか判断できないため、処理を止めます。アプリは、ユーザーを指定する方法を 1 つだけ送る必要があります。',
      action: [
        '失敗した要求に含まれる識別子やヒントのパラメーター (login_hint、sid、id_token_hint など) を確認します。',
        'ユーザーが選んだアカウントと矛盾しないよう、いずれか 1 つだけを送るよう開発者に修正を依頼します。',
        '新しいブラウザー セッションで再テストし、修正を確認します。',
      ],
    },
  },
  {
    code: 90006,
    identifier: 'ExternalServerRetryableError',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'A service Entra ID depends on was temporarily unavailable',
      explanation:
        'While processing the sign-in, Entra ID called another service that did not answer successfully, and the error is marked as retryable. It is a transient problem on the Microsoft side. A retry after a short wait normally works.',
      action: [
        'Ask the user to try again after a minute or two.',
        'Check Microsoft 365 / Azure service health for incidents if many users are affected.',
        'If it continues, open a support request with the correlation ID and timestamp.',
      ],
    },
    ja: {
      title: 'Entra ID が依存するサービスが一時的に利用できませんでした',
      explanation:
        'サインインの処理中に Entra ID が別のサービスを呼び出しましたが、正常な応答が得られず、再試行可能なエラーとして扱われました。Microsoft 側の一時的な問題です。少し待ってから再試行すれば通常は成功します。',
      action: [
        '1～2 分待ってから再試行するようユーザーに案内します。',
        '多数のユーザーに影響がある場合は、Microsoft 365 や Azure のサービス正常性で障害情報を確認します。',
        '継続する場合は、相関 ID と日時を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 90007,
    identifier: 'InvalidSessionId',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The session ID passed in the request could not be parsed',
      explanation:
        'The request included a session identifier (for example the sid parameter) in a form Entra ID could not read. The app may be sending a corrupted or truncated value, or one taken from a different protocol. It is a request-building problem in the app.',
      action: [
        'Check the session-related parameters in the failing request and where the app obtained them.',
        'Have the developer pass the sid value exactly as received in the ID token, without modification, or omit it.',
        'As a workaround, the user can sign in again in a fresh browser session.',
      ],
    },
    ja: {
      title: '要求で渡されたセッション ID を解析できませんでした',
      explanation:
        '要求にセッション識別子 (sid パラメーターなど) が含まれていましたが、Entra ID が読み取れない形式でした。アプリが壊れた値や途中で切れた値、別のプロトコルから取得した値を送っている可能性があります。アプリ側の要求の組み立ての問題です。',
      action: [
        '失敗した要求に含まれるセッション関連のパラメーターと、アプリがそれをどこから取得したかを確認します。',
        'ID トークンで受け取った sid の値を加工せずにそのまま渡すか、指定しないよう開発者に修正を依頼します。',
        '回避策として、ユーザーには新しいブラウザー セッションでサインインし直してもらいます。',
      ],
    },
  },
];
