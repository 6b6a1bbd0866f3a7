// GENERATED from src/core/catalog/data/codes-80010-81007.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 80010,
    "identifier": "OnPremisePasswordValidationEncryptionException",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "The pass-through agent could not decrypt the password",
      "explanation": "Passwords are sent to pass-through authentication agents encrypted with keys tied to each agent's registration. This agent was unable to decrypt the one it received, which points to a broken or outdated agent registration or certificate. Other agents may still work, so failures can be intermittent.",
      "action": [
        "Identify which agent handled the request from the agent event logs and check its status in Entra Connect > Connect Sync > Pass-through authentication.",
        "Make sure the agent runs a current version and that its certificate has been renewed (agents renew automatically when they can reach Microsoft).",
        "Re-register or reinstall the faulty agent, then remove stale agents from the list."
      ]
    },
    "ja": {
      "title": "パススルー認証エージェントがパスワードを復号できませんでした",
      "explanation": "パスワードは、エージェントごとの登録に結び付いたキーで暗号化されてパススルー認証エージェントに送られます。このエージェントは受け取ったパスワードを復号できませんでした。エージェントの登録や証明書が壊れている、または古いことを示しています。ほかのエージェントは動作している場合があるため、失敗が断続的に見えることがあります。",
      "action": [
        "エージェントのイベント ログから要求を処理したエージェントを特定し、Entra Connect > Connect Sync > パススルー認証 で状態を確認します。",
        "エージェントが最新バージョンで、証明書が更新されているか確認します (Microsoft に接続できれば自動更新されます)。",
        "問題のエージェントを再登録または再インストールし、不要になった古いエージェントを一覧から整理します。"
      ]
    }
  },
  {
    "code": 80011,
    "identifier": "",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "The pass-through agent could not obtain its encryption key",
      "explanation": "The code is rarely seen and is not in current Microsoft references; an older list describes an agent that cannot retrieve the key it needs to decrypt passwords. As with 80010, this indicates a problem with that agent's registration or certificate rather than with the user. It may have been folded into other 800xx codes.",
      "action": [
        "Check the agent list and status in Entra Connect > Connect Sync > Pass-through authentication.",
        "Review the AuthenticationAgent event log on each agent server for key or certificate errors.",
        "Reinstall or re-register the affected agent; collect the correlation ID and timestamp and open a support request if it persists."
      ]
    },
    "ja": {
      "title": "パススルー認証エージェントが暗号化キーを取得できませんでした",
      "explanation": "めったに見られないコードで、現在の Microsoft のリファレンスには掲載されていません。古い一覧では、パスワードの復号に必要なキーをエージェントが取得できない状態と説明されています。80010 と同様、ユーザーではなくエージェントの登録や証明書の問題を示しています。ほかの 800xx 番台のコードに統合された可能性もあります。",
      "action": [
        "Entra Connect > Connect Sync > パススルー認証 でエージェントの一覧と状態を確認します。",
        "各エージェント サーバーの AuthenticationAgent イベント ログで、キーや証明書に関するエラーを確認します。",
        "該当エージェントを再インストールまたは再登録し、解消しない場合は相関 ID と日時を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 80012,
    "identifier": "OnPremisePasswordValidationAccountLogonInvalidHours",
    "outcome": "failure",
    "category": "account-state",
    "actor": "helpdesk-admin",
    "en": {
      "title": "The user tried to sign in outside the logon hours allowed in Active Directory",
      "explanation": "The on-premises account has logon hours configured, and the pass-through agent rejected the sign-in because the current time is outside them. The restriction is an Active Directory setting that Entra ID simply enforces through the agent. Only an AD administrator can change it; otherwise the user must wait.",
      "action": [
        "Confirm the time of the sign-in and the user's logon hours in Active Directory Users and Computers > the user > Account > Logon Hours.",
        "If the user legitimately needs access now, have an AD administrator adjust the logon hours and wait for replication.",
        "Remember that the agent evaluates logon hours in the domain controller time zone, which can differ from the user's."
      ]
    },
    "ja": {
      "title": "Active Directory で許可されたログオン時間外にサインインしようとしました",
      "explanation": "オンプレミスのアカウントにログオン時間が設定されており、現在時刻がその範囲外だったため、パススルー認証エージェントがサインインを拒否しました。この制限は Active Directory の設定で、Entra ID はエージェントを通じてそれを適用しているだけです。変更できるのは AD の管理者のみで、それ以外はユーザーが許可時間まで待つしかありません。",
      "action": [
        "サインインの時刻と、Active Directory ユーザーとコンピューター > 対象ユーザー > アカウント > ログオン時間 の設定を確認します。",
        "業務上いま必要な場合は、AD 管理者にログオン時間を変更してもらい、レプリケーションを待ちます。",
        "ログオン時間はドメイン コントローラーのタイム ゾーンで評価されるため、ユーザーの現地時刻と異なる場合がある点に注意します。"
      ]
    }
  },
  {
    "code": 80013,
    "identifier": "OnPremisePasswordValidationTimeSkew",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "Clock difference between the pass-through agent and Active Directory broke the check",
      "explanation": "The password validation could not be completed because the clock on the agent server and the clock in Active Directory differ too much. Kerberos-based checks tolerate only a few minutes of skew. Fixing time synchronization on the agent server resolves it.",
      "action": [
        "On each agent server run w32tm /query /status and compare with a domain controller.",
        "Make sure the server synchronizes time from the domain hierarchy (not from a separate source) and resync with w32tm /resync.",
        "Check virtualization host time settings if the agent runs in a VM."
      ]
    },
    "ja": {
      "title": "パススルー認証エージェントと Active Directory の時刻のずれで検証できませんでした",
      "explanation": "エージェント サーバーの時刻と Active Directory の時刻の差が大きすぎたため、パスワード検証を完了できませんでした。Kerberos を使う検証では、数分程度のずれしか許容されません。エージェント サーバーの時刻同期を修正すれば解消します。",
      "action": [
        "各エージェント サーバーで w32tm /query /status を実行し、ドメイン コントローラーの時刻と比較します。",
        "サーバーが (別の時刻ソースではなく) ドメイン階層から時刻を取得する設定になっているか確認し、w32tm /resync で再同期します。",
        "エージェントを仮想マシンで動かしている場合は、仮想化ホスト側の時刻設定も確認します。"
      ]
    }
  },
  {
    "code": 80014,
    "identifier": "OnPremisePasswordValidationAuthenticationAgentTimeout",
    "outcome": "failure",
    "category": "federation",
    "actor": "microsoft",
    "en": {
      "title": "The pass-through agent answered after the allowed time had passed",
      "explanation": "An agent did respond to the password validation request, but only after Entra ID had stopped waiting. The cause can be on the agent side (slow domain controllers, overloaded server) or in the path between the agent and Microsoft. The public guidance is to involve Microsoft support with the request identifiers.",
      "action": [
        "Retry the sign-in; a different agent may answer in time.",
        "Check agent server load and domain controller response times, and that outbound traffic from the agents is not slowed by a proxy or inspection device.",
        "Open a support request with the error code, correlation ID and timestamp if it continues."
      ]
    },
    "ja": {
      "title": "パススルー認証エージェントの応答が制限時間を過ぎて届きました",
      "explanation": "エージェントはパスワード検証要求に応答しましたが、それは Entra ID が待機を打ち切った後でした。エージェント側 (ドメイン コントローラーの遅延、サーバーの過負荷) に原因がある場合と、エージェントと Microsoft の間の経路に原因がある場合があります。公開されている案内では、要求の識別情報を添えて Microsoft サポートに相談することになっています。",
      "action": [
        "サインインを再試行します。別のエージェントが時間内に応答する可能性があります。",
        "エージェント サーバーの負荷とドメイン コントローラーの応答時間、エージェントからの送信通信がプロキシや検査装置で遅延していないかを確認します。",
        "継続する場合は、エラー コード、相関 ID、日時を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 81001,
    "identifier": "",
    "outcome": "failure",
    "category": "federation",
    "actor": "helpdesk-admin",
    "en": {
      "title": "The user's Kerberos ticket was too large for seamless SSO",
      "explanation": "The code is not in current Microsoft references; an older list ties it to seamless single sign-on receiving a Kerberos ticket that is too big. Tickets grow with the number of groups the user belongs to, so heavily nested group membership is the usual cause. The user falls back to a normal password prompt.",
      "action": [
        "Check how many security groups (including nested ones) the user is a member of in Active Directory.",
        "Reduce unnecessary group memberships, then have the user sign out of Windows and back in to get a new ticket.",
        "If many users are affected, review group nesting and the Kerberos MaxTokenSize setting; collect correlation IDs for a support request if it persists."
      ]
    },
    "ja": {
      "title": "ユーザーの Kerberos チケットが大きすぎてシームレス SSO を利用できませんでした",
      "explanation": "現在の Microsoft のリファレンスには掲載されていないコードで、古い一覧では、シームレス シングル サインオンが受け取った Kerberos チケットが大きすぎる場合とされています。チケットはユーザーが所属するグループ数に応じて大きくなるため、入れ子の多いグループ所属が主な原因です。ユーザーには通常のパスワード入力画面が表示されます。",
      "action": [
        "Active Directory で、ユーザーが所属するセキュリティ グループの数 (入れ子を含む) を確認します。",
        "不要なグループ所属を減らし、ユーザーに Windows からサインアウトして再ログオンしてもらい、新しいチケットを取得させます。",
        "多数のユーザーに影響がある場合は、グループの入れ子構造や Kerberos の MaxTokenSize を見直し、解消しなければ相関 ID を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 81004,
    "identifier": "DesktopSsoIdentityInTicketIsNotAuthenticated",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "Seamless SSO could not authenticate the user from the Kerberos ticket",
      "explanation": "Seamless single sign-on received a Kerberos ticket from the browser, but the identity in it could not be authenticated. This typically happens when the AZUREADSSOACC computer account key in Active Directory no longer matches what Entra ID holds, for example after the account was recreated or its key was not rolled over correctly. The user falls back to entering a password.",
      "action": [
        "Check Entra admin center > Entra Connect > Connect Sync > Seamless single sign-on and confirm the feature is enabled for the user's AD forest.",
        "Verify the AZUREADSSOACC computer account exists in each forest and was not deleted or moved to an OU that changes it.",
        "Roll over the Kerberos decryption key for the forest with the Update-AzureADSSOForest procedure.",
        "Have the user sign out and back in to Windows (or run klist purge) and retry."
      ]
    },
    "ja": {
      "title": "シームレス SSO で Kerberos チケットからユーザーを認証できませんでした",
      "explanation": "シームレス シングル サインオンはブラウザーから Kerberos チケットを受け取りましたが、その中の ID を認証できませんでした。Active Directory の AZUREADSSOACC コンピューター アカウントのキーが Entra ID 側と一致しなくなった場合 (アカウントを作り直した、キーのロールオーバーが正しく行われなかったなど) によく起こります。ユーザーはパスワード入力にフォールバックします。",
      "action": [
        "Microsoft Entra 管理センター > Entra Connect > Connect Sync > シームレス シングル サインオン で、ユーザーの AD フォレストで機能が有効か確認します。",
        "各フォレストに AZUREADSSOACC コンピューター アカウントが存在し、削除や設定が変わる OU への移動がされていないか確認します。",
        "Update-AzureADSSOForest の手順で、フォレストの Kerberos 復号キーをロールオーバーします。",
        "ユーザーに Windows からサインアウトして再ログオンしてもらう (または klist purge を実行する) うえで再試行します。"
      ]
    }
  },
  {
    "code": 81005,
    "identifier": "DesktopSsoAuthenticationPackageNotSupported",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "Seamless SSO received an authentication package it does not support",
      "explanation": "Seamless single sign-on works only with Kerberos. The browser offered a different package, usually NTLM, because it could not obtain a Kerberos ticket for the Entra ID SSO endpoint. That happens off the corporate network, on non-domain-joined machines, or when the SSO URL is not treated as an intranet site.",
      "action": [
        "Check that https://autologon.microsoftazuread-sso.com is in the Local intranet zone for users (via Group Policy or Intune).",
        "Confirm the device is domain-joined and can reach a domain controller at sign-in time.",
        "Verify the AZUREADSSOACC computer account and its service principal names exist in AD, so a Kerberos ticket can be issued."
      ]
    },
    "ja": {
      "title": "シームレス SSO がサポートしていない認証パッケージを受け取りました",
      "explanation": "シームレス シングル サインオンは Kerberos でのみ動作します。ブラウザーは Entra ID の SSO エンドポイント向けの Kerberos チケットを取得できなかったため、別のパッケージ (多くは NTLM) を提示しました。社外ネットワークにいる場合、ドメインに参加していないマシンの場合、SSO の URL がイントラネット サイトとして扱われていない場合に起こります。",
      "action": [
        "https://autologon.microsoftazuread-sso.com が、グループ ポリシーや Intune でユーザーの「ローカル イントラネット」ゾーンに登録されているか確認します。",
        "デバイスがドメイン参加しており、サインイン時にドメイン コントローラーへ到達できるか確認します。",
        "Kerberos チケットが発行されるよう、AD に AZUREADSSOACC コンピューター アカウントとそのサービス プリンシパル名が存在するか確認します。"
      ]
    }
  },
  {
    "code": 81006,
    "identifier": "DesktopSsoNoAuthorizationHeader",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "Seamless SSO got no Kerberos ticket from the browser",
      "explanation": "The seamless SSO endpoint asked the browser for Kerberos credentials and received no authorization header at all. The browser either does not consider the SSO URL an intranet site, is not allowed to send credentials automatically, or is running on a device that is not domain-joined. In many environments a share of these events is normal and the user simply types a password.",
      "action": [
        "Check the browser configuration: https://autologon.microsoftazuread-sso.com in the Local intranet zone with Automatic logon only in Intranet zone, or the equivalent policy for Chrome, Firefox or Edge.",
        "Confirm the device is domain-joined and on a network where it can reach a domain controller.",
        "If the device is Entra joined or hybrid joined, note that the primary refresh token usually provides SSO instead, and these events can be ignored."
      ]
    },
    "ja": {
      "title": "シームレス SSO がブラウザーから Kerberos チケットを受け取れませんでした",
      "explanation": "シームレス SSO のエンドポイントがブラウザーに Kerberos 資格情報を求めましたが、Authorization ヘッダーがまったく返ってきませんでした。ブラウザーが SSO の URL をイントラネット サイトと見なしていない、資格情報の自動送信が許可されていない、ドメイン参加していないデバイスで動いている、のいずれかです。多くの環境では一定数発生するのが普通で、ユーザーはパスワードを入力して先に進めます。",
      "action": [
        "https://autologon.microsoftazuread-sso.com が「ローカル イントラネット」ゾーンにあり、「イントラネット ゾーンでのみ自動的にログオンする」が有効か (Chrome、Firefox、Edge では同等のポリシーか) を確認します。",
        "デバイスがドメイン参加しており、ドメイン コントローラーに到達できるネットワーク上にあるか確認します。",
        "Entra 参加またはハイブリッド参加のデバイスでは、通常はプライマリ更新トークン (PRT) によって SSO が行われるため、このイベントは無視してかまいません。"
      ]
    }
  },
  {
    "code": 81007,
    "identifier": "DesktopSsoTenantIsNotOptIn",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "Seamless SSO is not enabled for this tenant",
      "explanation": "The browser sent a Kerberos ticket to the seamless SSO endpoint, but the tenant has not turned the feature on. This is typical when the intranet zone policy was deployed but seamless SSO was never enabled, or was disabled later. Users still sign in, just with a password prompt.",
      "action": [
        "Check the status under Entra admin center > Entra Connect > Connect Sync > Seamless single sign-on.",
        "If seamless SSO is wanted, enable it with the Microsoft Entra Connect wizard (Change user sign-in) for each forest.",
        "If it is not wanted, remove the autologon URL from the intranet zone policy so browsers stop attempting it."
      ]
    },
    "ja": {
      "title": "このテナントではシームレス SSO が有効になっていません",
      "explanation": "ブラウザーはシームレス SSO のエンドポイントに Kerberos チケットを送りましたが、テナントでこの機能が有効になっていません。イントラネット ゾーンのポリシーだけ展開してシームレス SSO を有効にしていない、または後から無効にした場合によく見られます。ユーザーはパスワードを入力すればサインインできます。",
      "action": [
        "Microsoft Entra 管理センター > Entra Connect > Connect Sync > シームレス シングル サインオン で状態を確認します。",
        "シームレス SSO を使う場合は、Microsoft Entra Connect ウィザードの「ユーザー サインインの変更」から各フォレストで有効にします。",
        "使わない場合は、ブラウザーが試行しないよう、イントラネット ゾーンのポリシーから autologon の URL を削除します。"
      ]
    }
  }
];
