// GENERATED from src/core/catalog/data/codes-120008-120021.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 120008,
    "identifier": "PasswordChangeAsyncJobStateTerminated",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "Password change job stopped with an error that cannot be retried",
      "explanation": "The background job that applies a password change or reset ended in a terminal state, so the new password was not saved. This code comes from the self-service password reset (SSPR) and password change pipeline, not from an ordinary sign-in. It usually points to a back-end problem or a failed hand-off to password writeback rather than to anything the user typed.",
      "action": [
        "Ask the user to try the change once more from https://aka.ms/sspr or the My Account password page, and note the exact time.",
        "In the Entra admin center, open Monitoring & health > Audit logs, filter on the service Self-service Password Management and the user, and read the status reason of the failed event.",
        "If the user is synced from on-premises AD, check Password reset > On-premises integration for the writeback status and the Application event log on the Microsoft Entra Connect server (or Cloud Sync agent host) for the same time.",
        "If it keeps failing, open a Microsoft support request with the correlation ID and timestamp."
      ]
    },
    "ja": {
      "title": "パスワード変更ジョブが再試行できないエラーで終了しました",
      "explanation": "パスワードの変更やリセットを反映するバックグラウンド ジョブが途中で終了したため、新しいパスワードは保存されていません。このコードは通常のサインインではなく、セルフサービス パスワード リセット (SSPR) やパスワード変更の処理から返されます。ユーザーの入力ミスではなく、サービス側の問題やパスワード ライトバックへの引き渡しの失敗が原因であることがほとんどです。",
      "action": [
        "ユーザーに https://aka.ms/sspr または「マイ アカウント」のパスワード変更画面からもう一度だけ実行してもらい、実行時刻を控えます。",
        "Microsoft Entra 管理センターの [監視と正常性] > [監査ログ] で、サービス「Self-service Password Management」と対象ユーザーに絞り込み、失敗イベントの状態の理由を確認します。",
        "オンプレミス AD から同期されたユーザーの場合は、[パスワード リセット] > [オンプレミス統合] でライトバックの状態を確認し、同じ時刻の Microsoft Entra Connect サーバー (または Cloud Sync エージェント) のアプリケーション イベント ログも確認します。",
        "繰り返し失敗する場合は、相関 ID とタイムスタンプを添えて Microsoft サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 120011,
    "identifier": "PasswordChangeAsyncUpnInferenceFailed",
    "outcome": "failure",
    "category": "credentials",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Password change could not tell which account the request was for",
      "explanation": "During a password change or reset, the service could not resolve the entered name to one user principal name (UPN). This tends to happen when the user enters an email alias instead of the sign-in name, when an alternate login ID is in use, or when the on-premises and cloud UPNs of a synced user differ.",
      "action": [
        "Look up the exact UPN in Entra admin center > Users > select the user > Overview, and have the user enter that value.",
        "For synced users, compare userPrincipalName in on-premises AD with the cloud UPN and check whether an alternate login ID is configured in Microsoft Entra Connect.",
        "Find the matching event in Audit logs (service Self-service Password Management) to see which identifier was submitted.",
        "If the names really differ, correct the UPN at the source (AD) and wait for the next sync cycle, or reset the password for the user as an administrator."
      ]
    },
    "ja": {
      "title": "パスワード変更の対象アカウントを特定できませんでした",
      "explanation": "パスワードの変更またはリセットの際、入力された名前を 1 つのユーザー プリンシパル名 (UPN) に結び付けられませんでした。サインイン名ではなくメールのエイリアスを入力した場合、代替ログイン ID を使っている場合、または同期ユーザーのオンプレミスとクラウドで UPN が異なる場合によく起こります。",
      "action": [
        "Microsoft Entra 管理センターの [ユーザー] > 対象ユーザー > [概要] で正確な UPN を確認し、その値を入力してもらいます。",
        "同期ユーザーの場合は、オンプレミス AD の userPrincipalName とクラウド側の UPN を比較し、Microsoft Entra Connect で代替ログイン ID が構成されていないか確認します。",
        "[監査ログ] (サービス「Self-service Password Management」) で該当イベントを探し、どの識別子が送信されたかを確認します。",
        "実際に UPN が食い違っている場合は、AD 側で UPN を修正して次回の同期を待つか、管理者としてパスワードをリセットします。"
      ]
    }
  },
  {
    "code": 120012,
    "identifier": "PasswordChangeNeedsToHappenOnPrem",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Password has to be changed in on-premises Active Directory",
      "explanation": "The password of this account is mastered in on-premises Active Directory, and the cloud service is not allowed to write a new one back. In practice this means password writeback is turned off or not covered by the tenant license, so a change started in the cloud cannot be applied.",
      "action": [
        "Have the user change the password on a domain-joined PC (Ctrl+Alt+Del > Change a password) or through your on-premises reset process.",
        "If cloud-initiated changes are wanted, open Entra admin center > Password reset > On-premises integration and enable writing passwords back to the on-premises directory.",
        "Confirm that password writeback is also enabled in Microsoft Entra Connect (Optional features) or in the Cloud Sync configuration, and that users hold a license that includes it (Entra ID P1 or higher)."
      ]
    },
    "ja": {
      "title": "パスワードはオンプレミスの Active Directory で変更する必要があります",
      "explanation": "このアカウントのパスワードはオンプレミスの Active Directory で管理されており、クラウド側から新しいパスワードを書き戻すことが許可されていません。実際にはパスワード ライトバックが無効になっているか、テナントのライセンスでライトバックが使えない状態のため、クラウドで始めた変更を反映できません。",
      "action": [
        "ドメイン参加済み PC で Ctrl+Alt+Del > [パスワードの変更] から変更してもらうか、社内のオンプレミス向けリセット手順で対応します。",
        "クラウドからの変更を許可したい場合は、Microsoft Entra 管理センターの [パスワード リセット] > [オンプレミス統合] でオンプレミス ディレクトリへのパスワード書き戻しを有効にします。",
        "Microsoft Entra Connect の [オプション機能] または Cloud Sync の構成でもパスワード ライトバックが有効になっていること、対象ユーザーにライトバックを含むライセンス (Entra ID P1 以上) が割り当てられていることを確認します。"
      ]
    }
  },
  {
    "code": 120013,
    "identifier": "PasswordChangeOnPremisesConnectivityFailure",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Password writeback could not reach on-premises Active Directory",
      "explanation": "The service accepted the new password but could not pass it to the on-premises directory through password writeback. Typical causes are a stopped Microsoft Entra Connect sync service or provisioning agent, an outbound firewall or proxy rule that blocks the writeback channel, or a domain controller the connector cannot contact.",
      "action": [
        "Check Entra admin center > Password reset > On-premises integration; the writeback client should be shown as running and connected.",
        "On the Microsoft Entra Connect server (or Cloud Sync agent host), confirm the service or agent is running and review the Application event log for PasswordResetService errors.",
        "Verify outbound HTTPS from that server to the required Microsoft endpoints and that no proxy or TLS inspection breaks the connection.",
        "Once connectivity is back, ask the user to repeat the change."
      ]
    },
    "ja": {
      "title": "パスワード ライトバックがオンプレミスの Active Directory に到達できませんでした",
      "explanation": "新しいパスワードはサービス側で受け付けられましたが、パスワード ライトバック経由でオンプレミスのディレクトリに渡せませんでした。Microsoft Entra Connect の同期サービスやプロビジョニング エージェントの停止、ライトバック通信を遮断するファイアウォールやプロキシの設定、コネクタからドメイン コントローラーに接続できないことが典型的な原因です。",
      "action": [
        "Microsoft Entra 管理センターの [パスワード リセット] > [オンプレミス統合] で、ライトバック クライアントが実行中で接続済みと表示されているか確認します。",
        "Microsoft Entra Connect サーバー (または Cloud Sync エージェントのホスト) でサービスやエージェントが動作しているか確認し、アプリケーション イベント ログの PasswordResetService のエラーを確認します。",
        "そのサーバーから必要な Microsoft のエンドポイントへ HTTPS で外向き通信でき、プロキシや TLS インスペクションで通信が壊れていないことを確認します。",
        "接続が回復したら、ユーザーにもう一度変更してもらいます。"
      ]
    }
  },
  {
    "code": 120014,
    "identifier": "PasswordChangeOnPremUserAccountLockedOutOrDisabled",
    "outcome": "failure",
    "category": "account-state",
    "actor": "helpdesk-admin",
    "en": {
      "title": "On-premises account is locked out or disabled, so the password could not be written back",
      "explanation": "Password writeback tried to set the new password in Active Directory, but the AD account is locked out or disabled there. The cloud account can look perfectly healthy while the on-premises object blocks the change.",
      "action": [
        "In Active Directory Users and Computers (or with Get-ADUser), check whether the account is disabled or locked out.",
        "Unlock the account, or re-enable it only after confirming with the owner or manager that the disablement was a mistake.",
        "If you want users to unlock themselves, check the unlock option under Entra admin center > Password reset > On-premises integration.",
        "Ask the user to retry the password change once the account is usable again."
      ]
    },
    "ja": {
      "title": "オンプレミスのアカウントがロックアウトまたは無効化されているため、パスワードを書き戻せませんでした",
      "explanation": "パスワード ライトバックで Active Directory に新しいパスワードを設定しようとしましたが、AD 側のアカウントがロックアウトまたは無効化されていました。クラウド側のアカウントには何も問題がないように見えても、オンプレミスのオブジェクトが変更を妨げていることがあります。",
      "action": [
        "[Active Directory ユーザーとコンピューター] または Get-ADUser で、アカウントが無効化やロックアウトの状態になっていないか確認します。",
        "ロックアウトを解除します。無効化されている場合は、誤って無効化されたことを本人または上長に確認してから有効に戻します。",
        "ユーザー自身でロック解除できるようにしたい場合は、Microsoft Entra 管理センターの [パスワード リセット] > [オンプレミス統合] にあるロック解除の設定を確認します。",
        "アカウントが使える状態に戻ったら、ユーザーにもう一度パスワードを変更してもらいます。"
      ]
    }
  },
  {
    "code": 120015,
    "identifier": "PasswordChangeADAdminActionRequired",
    "outcome": "failure",
    "category": "credentials",
    "actor": "tenant-admin",
    "en": {
      "title": "Active Directory needs an administrator before this password can be changed",
      "explanation": "Password writeback reached Active Directory, but AD refused the change in a way that only an administrator can resolve. Frequent reasons are accounts in protected privileged groups (covered by AdminSDHolder), missing permissions for the Microsoft Entra Connect connector account on the user object, or an object setting that blocks resets.",
      "action": [
        "Check whether the user is a member of a protected group such as Domain Admins; those passwords are normally managed on-premises only.",
        "Verify that the AD DS connector account has the Reset password and Change password rights and write access to lockoutTime and pwdLastSet on the OU that holds the user.",
        "Read the PasswordResetService events on the Microsoft Entra Connect server for the exact AD error.",
        "Reset the password on-premises as a domain administrator if the account has to stay protected."
      ]
    },
    "ja": {
      "title": "このパスワードを変更するには Active Directory 管理者の対応が必要です",
      "explanation": "パスワード ライトバックは Active Directory まで届きましたが、管理者でなければ解決できない理由で AD が変更を拒否しました。よくある原因は、保護された特権グループ (AdminSDHolder の対象) に属するアカウント、Microsoft Entra Connect のコネクタ アカウントにユーザー オブジェクトへの権限が不足していること、またはリセットを妨げるオブジェクトの設定です。",
      "action": [
        "対象ユーザーが Domain Admins などの保護されたグループに所属していないか確認します。これらのアカウントのパスワードは通常オンプレミスでのみ管理します。",
        "AD DS コネクタ アカウントが、ユーザーを含む OU に対して [パスワードのリセット]・[パスワードの変更] の権限と lockoutTime・pwdLastSet への書き込み権限を持っているか確認します。",
        "Microsoft Entra Connect サーバーの PasswordResetService のイベントで、AD が返した具体的なエラーを確認します。",
        "保護を維持すべきアカウントの場合は、ドメイン管理者がオンプレミスでパスワードをリセットします。"
      ]
    }
  },
  {
    "code": 120016,
    "identifier": "PasswordChangeUserNotFoundBySspr",
    "outcome": "failure",
    "category": "account-state",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Password reset could not find the user account",
      "explanation": "Self-service password reset (SSPR) found no account matching the identifier that was entered. The user may have typed an old or wrong address, the account may have been renamed or deleted, or it may belong to a different tenant.",
      "action": [
        "Search Entra admin center > Users for the value the user entered, and check Deleted users as well.",
        "Make sure the user enters the current UPN and not an old address or a mail alias that is not the sign-in name.",
        "If the account was renamed, give the user the new sign-in name; if it was deleted by mistake, restore it from Deleted users."
      ]
    },
    "ja": {
      "title": "パスワード リセットでユーザー アカウントが見つかりませんでした",
      "explanation": "セルフサービス パスワード リセット (SSPR) で、入力された識別子に一致するアカウントが見つかりませんでした。古いアドレスや誤ったアドレスを入力した、アカウントの名前変更や削除が行われた、あるいは別のテナントのアカウントである、といった可能性があります。",
      "action": [
        "Microsoft Entra 管理センターの [ユーザー] でユーザーが入力した値を検索し、[削除済みユーザー] も確認します。",
        "古いアドレスやサインイン名ではないメール エイリアスではなく、現在の UPN を入力しているか確認します。",
        "名前が変更されていた場合は新しいサインイン名を伝え、誤って削除されていた場合は [削除済みユーザー] から復元します。"
      ]
    }
  },
  {
    "code": 120018,
    "identifier": "PasswordChangePasswordDoesnotComplyFuzzyPolicy",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "New password was rejected as too close to a banned password",
      "explanation": "The chosen password matched, or came too close to, an entry in the global or custom banned password list of Microsoft Entra Password Protection. Small variations such as adding a year or swapping letters for digits are still detected, so the password was refused.",
      "action": [
        "Ask the user to pick a genuinely different passphrase that avoids company and product names, seasons, years and common words with character substitutions.",
        "If many users hit this, review the custom banned password list under Entra admin center > Authentication methods > Password protection for overly broad terms.",
        "For changes made on-premises, check the Password Protection DC agent event log to see which rule rejected the password."
      ]
    },
    "ja": {
      "title": "新しいパスワードが禁止パスワードに近すぎるため拒否されました",
      "explanation": "選んだパスワードが、Microsoft Entra パスワード保護のグローバルまたはカスタムの禁止パスワード リストに一致するか、非常に近いものでした。年号を付け足したり文字を数字に置き換えたりといった小さな変更でも検出されるため、パスワードは受け付けられませんでした。",
      "action": [
        "会社名や製品名、季節、年号、文字を置き換えただけの一般的な単語を避け、まったく異なるパスフレーズを考えてもらいます。",
        "多くのユーザーで発生する場合は、Microsoft Entra 管理センターの [認証方法] > [パスワード保護] でカスタム禁止パスワード リストに広すぎる語句が入っていないか確認します。",
        "オンプレミスでの変更の場合は、パスワード保護 DC エージェントのイベント ログで、どのルールで拒否されたかを確認します。"
      ]
    }
  },
  {
    "code": 120020,
    "identifier": "PasswordChangeFailure",
    "outcome": "failure",
    "category": "credentials",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Password change failed for an unspecified reason",
      "explanation": "The password change or reset did not complete, and the service returned only this generic failure. It is a catch-all code, so the actual cause has to be read from the audit record or the writeback logs.",
      "action": [
        "Open Entra admin center > Monitoring & health > Audit logs, filter on Self-service Password Management and the user, and read the status reason of the failed event.",
        "For synced users, check the PasswordResetService events on the Microsoft Entra Connect server at the same time.",
        "Let the user retry once; if it still fails, reset the password as an administrator and keep the correlation ID for a support case."
      ]
    },
    "ja": {
      "title": "原因が特定されない理由でパスワード変更に失敗しました",
      "explanation": "パスワードの変更またはリセットが完了せず、サービスからはこの汎用的なエラーだけが返されました。いわゆる包括的なコードのため、実際の原因は監査ログやライトバックのログから読み取る必要があります。",
      "action": [
        "Microsoft Entra 管理センターの [監視と正常性] > [監査ログ] で「Self-service Password Management」と対象ユーザーに絞り込み、失敗イベントの状態の理由を確認します。",
        "同期ユーザーの場合は、同じ時刻の Microsoft Entra Connect サーバーの PasswordResetService イベントを確認します。",
        "ユーザーに一度だけ再試行してもらい、それでも失敗する場合は管理者がパスワードをリセットし、サポートへの問い合わせ用に相関 ID を控えておきます。"
      ]
    }
  },
  {
    "code": 120021,
    "identifier": "PartnerServiceSsprInternalServiceError",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "Internal error in the password reset service",
      "explanation": "The self-service password reset service ran into an internal error while processing the request. The request itself was most likely fine; the failure is on the Microsoft side and is usually short-lived.",
      "action": [
        "Ask the user to wait a few minutes and try again.",
        "Check Microsoft 365 admin center > Health > Service health and the Azure status page for incidents affecting Microsoft Entra.",
        "If the error persists, reset the password as an administrator as a workaround and open a support case with the correlation ID and timestamp."
      ]
    },
    "ja": {
      "title": "パスワード リセット サービスで内部エラーが発生しました",
      "explanation": "セルフサービス パスワード リセットのサービスで、要求の処理中に内部エラーが発生しました。要求の内容自体には問題がない可能性が高く、Microsoft 側の障害で、多くは一時的なものです。",
      "action": [
        "数分待ってから再度試すようユーザーに伝えます。",
        "Microsoft 365 管理センターの [正常性] > [サービス正常性] や Azure の状態ページで、Microsoft Entra に影響する障害が出ていないか確認します。",
        "解消しない場合は、回避策として管理者がパスワードをリセットし、相関 ID とタイムスタンプを添えてサポートに問い合わせます。"
      ]
    }
  }
];
