// AADSTS 120008–130505: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 120008,
    identifier: 'PasswordChangeAsyncJobStateTerminated',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'Password change job stopped with an error that cannot be retried',
      explanation:
        'The background job that applies a password change or reset ended in a terminal state, so the new password was not saved. This code comes from the self-service password reset (SSPR) and password change pipeline, not from an ordinary sign-in. It usually points to a back-end problem or a failed hand-off to password writeback rather than to anything the user typed.',
      action: [
        'Ask the user to try the change once more from https://aka.ms/sspr or the My Account password page, and note the exact time.',
        'In the Entra admin center, open Monitoring & health > Audit logs, filter on the service Self-service Password Management and the user, and read the status reason of the failed event.',
        'If the user is synced from on-premises AD, check Password reset > On-premises integration for the writeback status and the Application event log on the Microsoft Entra Connect server (or Cloud Sync agent host) for the same time.',
        'If it keeps failing, open a Microsoft support request with the correlation ID and timestamp.',
      ],
    },
    ja: {
      title: 'パスワード変更ジョブが再試行できないエラーで終了しました',
      explanation:
        'パスワードの変更やリセットを反映するバックグラウンド ジョブが途中で終了したため、新しいパスワードは保存されていません。このコードは通常のサインインではなく、セルフサービス パスワード リセット (SSPR) やパスワード変更の処理から返されます。ユーザーの入力ミスではなく、サービス側の問題やパスワード ライトバックへの引き渡しの失敗が原因であることがほとんどです。',
      action: [
        'ユーザーに https://aka.ms/sspr または「マイ アカウント」のパスワード変更画面からもう一度だけ実行してもらい、実行時刻を控えます。',
        'Microsoft Entra 管理センターの [監視と正常性] > [監査ログ] で、サービス「Self-service Password Management」と対象ユーザーに絞り込み、失敗イベントの状態の理由を確認します。',
        'オンプレミス AD から同期されたユーザーの場合は、[パスワード リセット] > [オンプレミス統合] でライトバックの状態を確認し、同じ時刻の Microsoft Entra Connect サーバー (または Cloud Sync エージェント) のアプリケーション イベント ログも確認します。',
        '繰り返し失敗する場合は、相関 ID とタイムスタンプを添えて Microsoft サポートに問い合わせます。',
      ],
    },
  },
  {
    code: 120011,
    identifier: 'PasswordChangeAsyncUpnInferenceFailed',
    outcome: 'failure',
    category: 'credentials',
    actor: 'helpdesk-admin',
    en: {
      title: 'Password change could not tell which account the request was for',
      explanation:
        'During a password change or reset, the service could not resolve the entered name to one user principal name (UPN). This tends to happen when the user enters an email alias instead of the sign-in name, when an alternate login ID is in use, or when the on-premises and cloud UPNs of a synced user differ.',
      action: [
        'Look up the exact UPN in Entra admin center > Users > select the user > Overview, and have the user enter that value.',
        'For synced users, compare userPrincipalName in on-premises AD with the cloud UPN and check whether an alternate login ID is configured in Microsoft Entra Connect.',
        'Find the matching event in Audit logs (service Self-service Password Management) to see which identifier was submitted.',
        'If the names really differ, correct the UPN at the source (AD) and wait for the next sync cycle, or reset the password for the user as an administrator.',
      ],
    },
    ja: {
      title: 'パスワード変更の対象アカウントを特定できませんでした',
      explanation:
        'パスワードの変更またはリセットの際、入力された名前を 1 つのユーザー プリンシパル名 (UPN) に結び付けられませんでした。サインイン名ではなくメールのエイリアスを入力した場合、代替ログイン ID を使っている場合、または同期ユーザーのオンプレミスとクラウドで UPN が異なる場合によく起こります。',
      action: [
        'Microsoft Entra 管理センターの [ユーザー] > 対象ユーザー > [概要] で正確な UPN を確認し、その値を入力してもらいます。',
        '同期ユーザーの場合は、オンプレミス AD の userPrincipalName とクラウド側の UPN を比較し、Microsoft Entra Connect で代替ログイン ID が構成されていないか確認します。',
        '[監査ログ] (サービス「Self-service Password Management」) で該当イベントを探し、どの識別子が送信されたかを確認します。',
        '実際に UPN が食い違っている場合は、AD 側で UPN を修正して次回の同期を待つか、管理者としてパスワードをリセットします。',
      ],
    },
  },
  {
    code: 120012,
    identifier: 'PasswordChangeNeedsToHappenOnPrem',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'tenant-admin',
    en: {
      title: 'Password has to be changed in on-premises Active Directory',
      explanation:
        'The password of this account is mastered in on-premises Active Directory, and the cloud service is not allowed to write a new one back. In practice this means password writeback is turned off or not covered by the tenant license, so a change started in the cloud cannot be applied.',
      action: [
        'Have the user change the password on a domain-joined PC (Ctrl+Alt+Del > Change a password) or through your on-premises reset process.',
        'If cloud-initiated changes are wanted, open Entra admin center > Password reset > On-premises integration and enable writing passwords back to the on-premises directory.',
        'Confirm that password writeback is also enabled in Microsoft Entra Connect (Optional features) or in the Cloud Sync configuration, and that users hold a license that includes it (Entra ID P1 or higher).',
      ],
    },
    ja: {
      title: 'パスワードはオンプレミスの Active Directory で変更する必要があります',
      explanation:
        'このアカウントのパスワードはオンプレミスの Active Directory で管理されており、クラウド側から新しいパスワードを書き戻すことが許可されていません。実際にはパスワード ライトバックが無効になっているか、テナントのライセンスでライトバックが使えない状態のため、クラウドで始めた変更を反映できません。',
      action: [
        'ドメイン参加済み PC で Ctrl+Alt+Del > [パスワードの変更] から変更してもらうか、社内のオンプレミス向けリセット手順で対応します。',
        'クラウドからの変更を許可したい場合は、Microsoft Entra 管理センターの [パスワード リセット] > [オンプレミス統合] でオンプレミス ディレクトリへのパスワード書き戻しを有効にします。',
        'Microsoft Entra Connect の [オプション機能] または Cloud Sync の構成でもパスワード ライトバックが有効になっていること、対象ユーザーにライトバックを含むライセンス (Entra ID P1 以上) が割り当てられていることを確認します。',
      ],
    },
  },
  {
    code: 120013,
    identifier: 'PasswordChangeOnPremisesConnectivityFailure',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'tenant-admin',
    en: {
      title: 'Password writeback could not reach on-premises Active Directory',
      explanation:
        'The service accepted the new password but could not pass it to the on-premises directory through password writeback. Typical causes are a stopped Microsoft Entra Connect sync service or provisioning agent, an outbound firewall or proxy rule that blocks the writeback channel, or a domain controller the connector cannot contact.',
      action: [
        'Check Entra admin center > Password reset > On-premises integration; the writeback client should be shown as running and connected.',
        'On the Microsoft Entra Connect server (or Cloud Sync agent host), confirm the service or agent is running and review the Application event log for PasswordResetService errors.',
        'Verify outbound HTTPS from that server to the required Microsoft endpoints and that no proxy or TLS inspection breaks the connection.',
        'Once connectivity is back, ask the user to repeat the change.',
      ],
    },
    ja: {
      title: 'パスワード ライトバックがオンプレミスの Active Directory に到達できませんでした',
      explanation:
        '新しいパスワードはサービス側で受け付けられましたが、パスワード ライトバック経由でオンプレミスのディレクトリに渡せませんでした。Microsoft Entra Connect の同期サービスやプロビジョニング エージェントの停止、ライトバック通信を遮断するファイアウォールやプロキシの設定、コネクタからドメイン コントローラーに接続できないことが典型的な原因です。',
      action: [
        'Microsoft Entra 管理センターの [パスワード リセット] > [オンプレミス統合] で、ライトバック クライアントが実行中で接続済みと表示されているか確認します。',
        'Microsoft Entra Connect サーバー (または Cloud Sync エージェントのホスト) でサービスやエージェントが動作しているか確認し、アプリケーション イベント ログの PasswordResetService のエラーを確認します。',
        'そのサーバーから必要な Microsoft のエンドポイントへ HTTPS で外向き通信でき、プロキシや TLS インスペクションで通信が壊れていないことを確認します。',
        '接続が回復したら、ユーザーにもう一度変更してもらいます。',
      ],
    },
  },
  {
    code: 120014,
    identifier: 'PasswordChangeOnPremUserAccountLockedOutOrDisabled',
    outcome: 'failure',
    category: 'account-state',
    actor: 'helpdesk-admin',
    en: {
      title: 'On-premises account is locked out or disabled, so the password could not be written back',
      explanation:
        'Password writeback tried to set the new password in Active Directory, but the AD account is locked out or disabled there. The cloud account can look perfectly healthy while the on-premises object blocks the change.',
      action: [
        'In Active Directory Users and Computers (or with Get-ADUser), check whether the account is disabled or locked out.',
        'Unlock the account, or re-enable it only after confirming with the owner or manager that the disablement was a mistake.',
        'If you want users to unlock themselves, check the unlock option under Entra admin center > Password reset > On-premises integration.',
        'Ask the user to retry the password change once the account is usable again.',
      ],
    },
    ja: {
      title: 'オンプレミスのアカウントがロックアウトまたは無効化されているため、パスワードを書き戻せませんでした',
      explanation:
        'パスワード ライトバックで Active Directory に新しいパスワードを設定しようとしましたが、AD 側のアカウントがロックアウトまたは無効化されていました。クラウド側のアカウントには何も問題がないように見えても、オンプレミスのオブジェクトが変更を妨げていることがあります。',
      action: [
        '[Active Directory ユーザーとコンピューター] または Get-ADUser で、アカウントが無効化やロックアウトの状態になっていないか確認します。',
        'ロックアウトを解除します。無効化されている場合は、誤って無効化されたことを本人または上長に確認してから有効に戻します。',
        'ユーザー自身でロック解除できるようにしたい場合は、Microsoft Entra 管理センターの [パスワード リセット] > [オンプレミス統合] にあるロック解除の設定を確認します。',
        'アカウントが使える状態に戻ったら、ユーザーにもう一度パスワードを変更してもらいます。',
      ],
    },
  },
  {
    code: 120015,
    identifier: 'PasswordChangeADAdminActionRequired',
    outcome: 'failure',
    category: 'credentials',
    actor: 'tenant-admin',
    en: {
      title: 'Active Directory needs an administrator before this password can be changed',
      explanation:
        'Password writeback reached Active Directory, but AD refused the change in a way that only an administrator can resolve. Frequent reasons are accounts in protected privileged groups (covered by AdminSDHolder), missing permissions for the Microsoft Entra Connect connector account on the user object, or an object setting that blocks resets.',
      action: [
        'Check whether the user is a member of a protected group such as Domain Admins; those passwords are normally managed on-premises only.',
        'Verify that the AD DS connector account has the Reset password and Change password rights and write access to lockoutTime and pwdLastSet on the OU that holds the user.',
        'Read the PasswordResetService events on the Microsoft Entra Connect server for the exact AD error.',
        'Reset the password on-premises as a domain administrator if the account has to stay protected.',
      ],
    },
    ja: {
      title: 'このパスワードを変更するには Active Directory 管理者の対応が必要です',
      explanation:
        'パスワード ライトバックは Active Directory まで届きましたが、管理者でなければ解決できない理由で AD が変更を拒否しました。よくある原因は、保護された特権グループ (AdminSDHolder の対象) に属するアカウント、Microsoft Entra Connect のコネクタ アカウントにユーザー オブジェクトへの権限が不足していること、またはリセットを妨げるオブジェクトの設定です。',
      action: [
        '対象ユーザーが Domain Admins などの保護されたグループに所属していないか確認します。これらのアカウントのパスワードは通常オンプレミスでのみ管理します。',
        'AD DS コネクタ アカウントが、ユーザーを含む OU に対して [パスワードのリセット]・[パスワードの変更] の権限と lockoutTime・pwdLastSet への書き込み権限を持っているか確認します。',
        'Microsoft Entra Connect サーバーの PasswordResetService のイベントで、AD が返した具体的なエラーを確認します。',
        '保護を維持すべきアカウントの場合は、ドメイン管理者がオンプレミスでパスワードをリセットします。',
      ],
    },
  },
  {
    code: 120016,
    identifier: 'PasswordChangeUserNotFoundBySspr',
    outcome: 'failure',
    category: 'account-state',
    actor: 'helpdesk-admin',
    en: {
      title: 'Password reset could not find the user account',
      explanation:
        'Self-service password reset (SSPR) found no account matching the identifier that was entered. The user may have typed an old or wrong address, the account may have been renamed or deleted, or it may belong to a different tenant.',
      action: [
        'Search Entra admin center > Users for the value the user entered, and check Deleted users as well.',
        'Make sure the user enters the current UPN and not an old address or a mail alias that is not the sign-in name.',
        'If the account was renamed, give the user the new sign-in name; if it was deleted by mistake, restore it from Deleted users.',
      ],
    },
    ja: {
      title: 'パスワード リセットでユーザー アカウントが見つかりませんでした',
      explanation:
        'セルフサービス パスワード リセット (SSPR) で、入力された識別子に一致するアカウントが見つかりませんでした。古いアドレスや誤ったアドレスを入力した、アカウントの名前変更や削除が行われた、あるいは別のテナントのアカウントである、といった可能性があります。',
      action: [
        'Microsoft Entra 管理センターの [ユーザー] でユーザーが入力した値を検索し、[削除済みユーザー] も確認します。',
        '古いアドレスやサインイン名ではないメール エイリアスではなく、現在の UPN を入力しているか確認します。',
        '名前が変更されていた場合は新しいサインイン名を伝え、誤って削除されていた場合は [削除済みユーザー] から復元します。',
      ],
    },
  },
  {
    code: 120018,
    identifier: 'PasswordChangePasswordDoesnotComplyFuzzyPolicy',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'New password was rejected as too close to a banned password',
      explanation:
        'The chosen password matched, or came too close to, an entry in the global or custom banned password list of Microsoft Entra Password Protection. Small variations such as adding a year or swapping letters for digits are still detected, so the password was refused.',
      action: [
        'Ask the user to pick a genuinely different passphrase that avoids company and product names, seasons, years and common words with character substitutions.',
        'If many users hit this, review the custom banned password list under Entra admin center > Authentication methods > Password protection for overly broad terms.',
        'For changes made on-premises, check the Password Protection DC agent event log to see which rule rejected the password.',
      ],
    },
    ja: {
      title: '新しいパスワードが禁止パスワードに近すぎるため拒否されました',
      explanation:
        '選んだパスワードが、Microsoft Entra パスワード保護のグローバルまたはカスタムの禁止パスワード リストに一致するか、非常に近いものでした。年号を付け足したり文字を数字に置き換えたりといった小さな変更でも検出されるため、パスワードは受け付けられませんでした。',
      action: [
        '会社名や製品名、季節、年号、文字を置き換えただけの一般的な単語を避け、まったく異なるパスフレーズを考えてもらいます。',
        '多くのユーザーで発生する場合は、Microsoft Entra 管理センターの [認証方法] > [パスワード保護] でカスタム禁止パスワード リストに広すぎる語句が入っていないか確認します。',
        'オンプレミスでの変更の場合は、パスワード保護 DC エージェントのイベント ログで、どのルールで拒否されたかを確認します。',
      ],
    },
  },
  {
    code: 120020,
    identifier: 'PasswordChangeFailure',
    outcome: 'failure',
    category: 'credentials',
    actor: 'helpdesk-admin',
    en: {
      title: 'Password change failed for an unspecified reason',
      explanation:
        'The password change or reset did not complete, and the service returned only this generic failure. It is a catch-all code, so the actual cause has to be read from the audit record or the writeback logs.',
      action: [
        'Open Entra admin center > Monitoring & health > Audit logs, filter on Self-service Password Management and the user, and read the status reason of the failed event.',
        'For synced users, check the PasswordResetService events on the Microsoft Entra Connect server at the same time.',
        'Let the user retry once; if it still fails, reset the password as an administrator and keep the correlation ID for a support case.',
      ],
    },
    ja: {
      title: '原因が特定されない理由でパスワード変更に失敗しました',
      explanation:
        'パスワードの変更またはリセットが完了せず、サービスからはこの汎用的なエラーだけが返されました。いわゆる包括的なコードのため、実際の原因は監査ログやライトバックのログから読み取る必要があります。',
      action: [
        'Microsoft Entra 管理センターの [監視と正常性] > [監査ログ] で「Self-service Password Management」と対象ユーザーに絞り込み、失敗イベントの状態の理由を確認します。',
        '同期ユーザーの場合は、同じ時刻の Microsoft Entra Connect サーバーの PasswordResetService イベントを確認します。',
        'ユーザーに一度だけ再試行してもらい、それでも失敗する場合は管理者がパスワードをリセットし、サポートへの問い合わせ用に相関 ID を控えておきます。',
      ],
    },
  },
  {
    code: 120021,
    identifier: 'PartnerServiceSsprInternalServiceError',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'Internal error in the password reset service',
      explanation:
        'The self-service password reset service ran into an internal error while processing the request. The request itself was most likely fine; the failure is on the Microsoft side and is usually short-lived.',
      action: [
        'Ask the user to wait a few minutes and try again.',
        'Check Microsoft 365 admin center > Health > Service health and the Azure status page for incidents affecting Microsoft Entra.',
        'If the error persists, reset the password as an administrator as a workaround and open a support case with the correlation ID and timestamp.',
      ],
    },
    ja: {
      title: 'パスワード リセット サービスで内部エラーが発生しました',
      explanation:
        'セルフサービス パスワード リセットのサービスで、要求の処理中に内部エラーが発生しました。要求の内容自体には問題がない可能性が高く、Microsoft 側の障害で、多くは一時的なものです。',
      action: [
        '数分待ってから再度試すようユーザーに伝えます。',
        'Microsoft 365 管理センターの [正常性] > [サービス正常性] や Azure の状態ページで、Microsoft Entra に影響する障害が出ていないか確認します。',
        '解消しない場合は、回避策として管理者がパスワードをリセットし、相関 ID とタイムスタンプを添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 130004,
    identifier: 'NgcKeyNotFound',
    outcome: 'failure',
    category: 'device',
    actor: 'helpdesk-admin',
    en: {
      title: 'Windows Hello for Business key is not registered for this user',
      explanation:
        'The sign-in used a Windows Hello for Business (NGC) key, but Microsoft Entra ID holds no matching key for the user. This happens after the key was deleted from the account, after the device was reimaged or re-joined, or when provisioning never finished.',
      action: [
        'Have the user sign in with their password, then remove and set up the PIN again under Settings > Accounts > Sign-in options to re-provision Windows Hello for Business.',
        'Check Entra admin center > Users > select the user > Authentication methods for the registered Windows Hello for Business entries.',
        'Run dsregcmd /status on the device and check the join state and the NgcSet value.',
        'If keys were removed on purpose, for example after a security incident, confirm that the user is expected to enroll again.',
      ],
    },
    ja: {
      title: 'このユーザーの Windows Hello for Business キーが登録されていません',
      explanation:
        'Windows Hello for Business (NGC) のキーでサインインしようとしましたが、Microsoft Entra ID 側に対応するキーがありません。アカウントからキーが削除された場合、デバイスの再イメージ化や再参加を行った場合、またはプロビジョニングが完了していなかった場合に起こります。',
      action: [
        'ユーザーにパスワードでサインインしてもらい、[設定] > [アカウント] > [サインイン オプション] で PIN を削除して再設定し、Windows Hello for Business をプロビジョニングし直します。',
        'Microsoft Entra 管理センターの [ユーザー] > 対象ユーザー > [認証方法] で、Windows Hello for Business の登録状況を確認します。',
        'デバイスで dsregcmd /status を実行し、参加状態と NgcSet の値を確認します。',
        'セキュリティ インシデント対応などで意図的にキーを削除した場合は、再登録させてよいかを確認します。',
      ],
    },
  },
  {
    code: 130005,
    identifier: 'NgcInvalidSignature',
    outcome: 'failure',
    category: 'device',
    actor: 'helpdesk-admin',
    en: {
      title: 'Windows Hello for Business key signature could not be verified',
      explanation:
        'The device signed the sign-in challenge with a Windows Hello for Business key, but the signature did not match the public key stored in Microsoft Entra ID. A damaged key container on the device, a TPM problem, or a key that was replaced on only one side are the usual reasons.',
      action: [
        'Run dsregcmd /status on the device and look for errors in the NGC and TPM related fields.',
        'Have the user reset the Windows Hello PIN; if that does not help, delete the Hello container (certutil -DeleteHelloContainer), sign out and provision again.',
        'If several users on the same device are affected, check TPM health (tpm.msc) and pending firmware updates.',
      ],
    },
    ja: {
      title: 'Windows Hello for Business キーの署名を検証できませんでした',
      explanation:
        'デバイスは Windows Hello for Business のキーでサインインのチャレンジに署名しましたが、Microsoft Entra ID に保存されている公開キーと一致しませんでした。デバイス上のキー コンテナーの破損、TPM の不具合、片側だけでキーが置き換わっていることが主な原因です。',
      action: [
        'デバイスで dsregcmd /status を実行し、NGC や TPM に関する項目にエラーがないか確認します。',
        'Windows Hello の PIN をリセットしてもらい、改善しない場合は certutil -DeleteHelloContainer で Hello コンテナーを削除し、サインアウトしてから再プロビジョニングします。',
        '同じデバイスの複数ユーザーで発生している場合は、tpm.msc で TPM の状態を確認し、ファームウェア更新の有無も確認します。',
      ],
    },
  },
  {
    code: 130006,
    identifier: 'NgcTransportKeyNotFound',
    outcome: 'failure',
    category: 'device',
    actor: 'helpdesk-admin',
    en: {
      title: 'Windows Hello transport key is missing on the device',
      explanation:
        'The Windows Hello for Business sign-in needed the device transport key, but it is not present in the device registration. The registration is usually incomplete or damaged, for example after a failed join or a TPM reset.',
      action: [
        'Run dsregcmd /status and confirm the device is joined and has a valid device certificate.',
        'Leave and re-join the device (dsregcmd /leave, then join again or let hybrid join run), and then set up Windows Hello for Business again.',
        'In Entra admin center > Devices > All devices, make sure only one current object exists for this device and remove stale duplicates.',
      ],
    },
    ja: {
      title: 'デバイスに Windows Hello のトランスポート キーがありません',
      explanation:
        'Windows Hello for Business でのサインインにはデバイスのトランスポート キーが必要ですが、デバイス登録の中に見つかりませんでした。参加処理の失敗や TPM のリセットなどにより、デバイス登録が不完全または壊れていることがほとんどです。',
      action: [
        'dsregcmd /status を実行し、デバイスが参加済みで有効なデバイス証明書を持っているか確認します。',
        'dsregcmd /leave でいったん参加を解除して再参加 (またはハイブリッド参加の再実行) を行い、Windows Hello for Business を設定し直します。',
        'Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] で、このデバイスの有効なオブジェクトが 1 つだけであることを確認し、古い重複は削除します。',
      ],
    },
  },
  {
    code: 130007,
    identifier: 'NgcDeviceIsDisabled',
    outcome: 'failure',
    category: 'device',
    actor: 'helpdesk-admin',
    en: {
      title: 'Windows Hello sign-in blocked because the device is disabled',
      explanation:
        'The device that holds the Windows Hello for Business key is disabled in Microsoft Entra ID, so keys bound to it are not accepted. Devices get disabled by an administrator, by a stale-device cleanup job, or when a device is retired in Intune.',
      action: [
        'Find the device in Entra admin center > Devices > All devices, check its Enabled state, and look in Audit logs for who disabled it and when.',
        'If the device is still in legitimate use, enable it again; otherwise have the user sign in from a supported device.',
        'Review stale-device cleanup scripts or lifecycle rules so that active devices are not disabled.',
      ],
    },
    ja: {
      title: 'デバイスが無効化されているため Windows Hello でサインインできません',
      explanation:
        'Windows Hello for Business のキーを保持しているデバイスが Microsoft Entra ID で無効化されているため、そのデバイスに紐づくキーは受け付けられません。デバイスは管理者の操作、古いデバイスの整理ジョブ、または Intune でのデバイスの提供終了 (リタイア) によって無効化されます。',
      action: [
        'Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] で対象デバイスの有効状態を確認し、監査ログで誰がいつ無効化したかを調べます。',
        'まだ正当に使われているデバイスであれば有効に戻し、そうでなければサポート対象のデバイスからサインインしてもらいます。',
        '使用中のデバイスが無効化されないよう、古いデバイスを整理するスクリプトやライフサイクルのルールを見直します。',
      ],
    },
  },
  {
    code: 130008,
    identifier: 'NgcDeviceIsNotFound',
    outcome: 'failure',
    category: 'device',
    actor: 'helpdesk-admin',
    en: {
      title: 'Device linked to the Windows Hello key no longer exists',
      explanation:
        'The Windows Hello for Business key points to a device object that is no longer in Microsoft Entra ID. The device object was most likely deleted, for example during cleanup of stale devices, while the local key was still in use.',
      action: [
        'Search Entra admin center > Devices > All devices and the Audit logs (category Device) for the device name to confirm the deletion.',
        'Re-join or re-register the device, then have the user set up Windows Hello for Business again.',
        'Adjust stale-device cleanup so that recently active devices are not deleted.',
      ],
    },
    ja: {
      title: 'Windows Hello キーに紐づくデバイスが存在しません',
      explanation:
        'Windows Hello for Business のキーが参照しているデバイス オブジェクトが、Microsoft Entra ID にもう存在しません。ローカルのキーがまだ使われている間に、古いデバイスの整理などでデバイス オブジェクトが削除された可能性が高いです。',
      action: [
        'Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] と監査ログ (カテゴリ: Device) でデバイス名を検索し、削除されたことを確認します。',
        'デバイスを再参加または再登録し、ユーザーに Windows Hello for Business を設定し直してもらいます。',
        '最近使われているデバイスが削除されないよう、古いデバイスの整理ルールを調整します。',
      ],
    },
  },
  {
    code: 130500,
    identifier: 'PhoneSignInBlockedByUserCredentialPolicy',
    outcome: 'failure',
    category: 'credentials',
    actor: 'tenant-admin',
    en: {
      title: 'Passwordless phone sign-in is not allowed for this user',
      explanation:
        'The user tried passwordless phone sign-in with Microsoft Authenticator, but the authentication methods policy does not allow that mode for them. The user may be outside the targeted group, or Authenticator may be limited to push notifications for MFA only.',
      action: [
        'Open Entra admin center > Authentication methods > Policies > Microsoft Authenticator and check whether it is enabled and which groups are included or excluded.',
        'Check the authentication mode set for the target group (Any, Passwordless or Push) and whether the user is in that group.',
        'If passwordless sign-in is not intended for this user, have them sign in with another allowed method.',
      ],
    },
    ja: {
      title: 'このユーザーにはパスワードレスの電話によるサインインが許可されていません',
      explanation:
        'Microsoft Authenticator を使ったパスワードレスの電話サインインを試みましたが、認証方法ポリシーでこのユーザーにはそのモードが許可されていません。対象グループに含まれていないか、Authenticator が MFA 用のプッシュ通知のみに制限されている可能性があります。',
      action: [
        'Microsoft Entra 管理センターの [認証方法] > [ポリシー] > [Microsoft Authenticator] で、有効になっているか、どのグループが対象または除外になっているかを確認します。',
        '対象グループに設定されている認証モード (任意・パスワードレス・プッシュ) と、ユーザーがそのグループに含まれているかを確認します。',
        'このユーザーにパスワードレス サインインを使わせる想定がない場合は、許可されている別の方法でサインインしてもらいます。',
      ],
    },
  },
  {
    code: 130502,
    identifier: 'AccessPassBlockedByPolicy',
    outcome: 'failure',
    category: 'credentials',
    actor: 'tenant-admin',
    en: {
      title: 'Temporary Access Pass is not allowed for this user',
      explanation:
        'The user entered a Temporary Access Pass (TAP), but that method is disabled or not targeted at the user in the authentication methods policy. The pass itself may be valid; the policy simply prevents it from being used.',
      action: [
        'Open Entra admin center > Authentication methods > Policies > Temporary Access Pass and check enablement and the included and excluded groups.',
        'Add the user, or an onboarding group they belong to, to the target, or use a different onboarding method.',
        'After the policy change, let the user retry with the same pass if it is still within its lifetime.',
      ],
    },
    ja: {
      title: 'このユーザーには一時アクセス パスが許可されていません',
      explanation:
        'ユーザーは一時アクセス パス (TAP) を入力しましたが、認証方法ポリシーでその方法が無効になっているか、ユーザーが対象に含まれていません。パス自体は有効でも、ポリシーによって使用が止められている状態です。',
      action: [
        'Microsoft Entra 管理センターの [認証方法] > [ポリシー] > [一時アクセス パス] で、有効化の状態と対象・除外グループを確認します。',
        'ユーザー本人、またはユーザーが所属するオンボーディング用グループを対象に追加するか、別のオンボーディング方法を使います。',
        'ポリシー変更後、パスの有効期間内であれば同じパスで再度サインインしてもらいます。',
      ],
    },
  },
  {
    code: 130503,
    identifier: 'InvalidAccessPass',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'Temporary Access Pass entered is not valid',
      explanation:
        'The Temporary Access Pass that was typed does not match the pass issued for this account. Typing mistakes, extra spaces from copying, or a pass that was issued for someone else are the usual reasons.',
      action: [
        'Ask the user to enter the pass again carefully, without spaces.',
        'Check Entra admin center > Users > select the user > Authentication methods to confirm a pass exists for this account and has not expired.',
        'If in doubt, delete the pass, create a new one and hand it over through a trusted channel.',
      ],
    },
    ja: {
      title: '入力された一時アクセス パスが正しくありません',
      explanation:
        '入力された一時アクセス パスが、このアカウントに発行されたパスと一致しませんでした。入力ミス、コピー時に入った余分な空白、別のユーザー向けに発行されたパスを使ったことがよくある原因です。',
      action: [
        '空白を入れずに、もう一度慎重に入力してもらいます。',
        'Microsoft Entra 管理センターの [ユーザー] > 対象ユーザー > [認証方法] で、このアカウントにパスが発行されていて期限切れでないことを確認します。',
        '判断がつかない場合は既存のパスを削除して新しく発行し、信頼できる経路で本人に渡します。',
      ],
    },
  },
  {
    code: 130504,
    identifier: 'AccessPassExpired',
    outcome: 'failure',
    category: 'credentials',
    actor: 'helpdesk-admin',
    en: {
      title: 'Temporary Access Pass has expired',
      explanation:
        'The Temporary Access Pass was valid once, but its lifetime has ended. Passes are time-limited by design, so a pass handed out well before onboarding can lapse before the user gets to use it.',
      action: [
        'Delete the expired pass under Users > select the user > Authentication methods and create a new one with a suitable lifetime.',
        'If passes regularly expire too early for your process, review the minimum and maximum lifetime in Authentication methods > Policies > Temporary Access Pass.',
        'Hand over the new pass shortly before the user will actually use it.',
      ],
    },
    ja: {
      title: '一時アクセス パスの有効期限が切れています',
      explanation:
        '一時アクセス パスは以前は有効でしたが、有効期間が終了しています。パスは意図的に期限付きになっているため、オンボーディングよりかなり前に渡したパスは使う前に失効することがあります。',
      action: [
        '[ユーザー] > 対象ユーザー > [認証方法] で期限切れのパスを削除し、適切な有効期間で新しいパスを発行します。',
        '運用上パスの期限が早く切れすぎる場合は、[認証方法] > [ポリシー] > [一時アクセス パス] で最小・最大の有効期間を見直します。',
        '新しいパスは、ユーザーが実際に使う直前に渡すようにします。',
      ],
    },
  },
  {
    code: 130505,
    identifier: 'AccessPassAlreadyUsed',
    outcome: 'failure',
    category: 'credentials',
    actor: 'helpdesk-admin',
    en: {
      title: 'One-time Temporary Access Pass has already been used',
      explanation:
        'The pass was created for one-time use and was already redeemed in an earlier sign-in. A second sign-in, for example on another device or after the browser was closed, cannot use it again.',
      action: [
        'Check in the sign-in logs whether the earlier sign-in with the pass succeeded and whether the user registered a permanent method during it.',
        'If the user still needs access, issue a new pass under Users > select the user > Authentication methods, and choose multi-use if several sign-ins are expected within its lifetime.',
        'Remind the user to register a passkey or Microsoft Authenticator during the first session.',
      ],
    },
    ja: {
      title: '1 回限りの一時アクセス パスは既に使用されています',
      explanation:
        'このパスは 1 回限りの使用として作成されており、以前のサインインで既に使われています。別のデバイスでのサインインやブラウザーを閉じた後のサインインなど、2 回目以降には使えません。',
      action: [
        'サインイン ログで、パスを使った最初のサインインが成功したか、その際に恒久的な認証方法を登録したかを確認します。',
        'まだアクセスが必要な場合は [ユーザー] > 対象ユーザー > [認証方法] で新しいパスを発行し、有効期間内に複数回サインインする見込みがあれば複数回使用可能にします。',
        '最初のセッション中にパスキーや Microsoft Authenticator を登録するよう、ユーザーに案内します。',
      ],
    },
  },
];
