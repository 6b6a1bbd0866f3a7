// GENERATED from src/core/catalog/data/codes-51005-53010.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 51005,
    "identifier": "TemporaryRedirect",
    "outcome": "informational",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The request was redirected to another location, comparable to HTTP 307",
      "explanation": "Entra ID told the client that what it asked for is served at a different address and that it should repeat the request there, keeping the same method. It is not a failure on its own: a well-behaved client follows the location it was given and carries on. It only becomes a problem when a client ignores the redirect.",
      "action": [
        "No action is needed when the following sign-in event from the same client succeeds.",
        "If the app fails right after this code, check that its HTTP client follows redirects and repeats POST requests as POST.",
        "Use the correlation ID to line up this event with the next attempt in the sign-in log."
      ]
    },
    "ja": {
      "title": "要求が別の場所へリダイレクトされました (HTTP 307 相当)",
      "explanation": "求めた情報は別のアドレスで提供されているため、同じメソッドでそちらに要求し直すよう Entra ID がクライアントに指示しました。これ自体は失敗ではなく、正しく実装されたクライアントであれば指定された場所に従って処理を続けます。問題になるのは、クライアントがリダイレクトを無視した場合だけです。",
      "action": [
        "同じクライアントからの次のサインイン イベントが成功していれば、対応は不要です。",
        "このコードの直後にアプリが失敗している場合は、アプリの HTTP クライアントがリダイレクトに従い、POST を POST のまま再送しているか確認します。",
        "相関 ID を使って、サインイン ログ上でこのイベントと次の試行を突き合わせます。"
      ]
    }
  },
  {
    "code": 51006,
    "identifier": "ForceReauthDueToInsufficientAuth",
    "outcome": "interrupted",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "The user must sign in again with Windows integrated authentication",
      "explanation": "The existing session did not contain proof of Windows integrated authentication, but the request requires it. Entra ID therefore asks the user to authenticate again rather than reusing the session. It is common after signing in from outside the corporate network or from a browser that did not perform integrated sign-in.",
      "action": [
        "Let the user sign in again; from a domain-joined device on the corporate network the integrated sign-in should complete on its own.",
        "If the prompt keeps returning, check that the browser is configured for integrated authentication (intranet zone settings or the Windows accounts extension for Chrome).",
        "Check whether the app explicitly asks for integrated authentication and whether that requirement is really needed."
      ]
    },
    "ja": {
      "title": "Windows 統合認証でのサインインし直しが求められました",
      "explanation": "既存のセッションには Windows 統合認証を行った証拠が含まれていませんでしたが、この要求ではそれが必要でした。そのため Entra ID はセッションを再利用せず、ユーザーにもう一度認証を求めています。社外ネットワークからサインインした場合や、統合認証を行わないブラウザーを使った場合によく見られます。",
      "action": [
        "ユーザーに再度サインインしてもらいます。社内ネットワーク上のドメイン参加デバイスであれば、統合認証が自動的に完了するはずです。",
        "何度も求められる場合は、ブラウザーが統合認証を行える設定 (イントラネット ゾーンの設定や Chrome 用の Windows Accounts 拡張機能) になっているか確認します。",
        "アプリが明示的に統合認証を要求していないか、その要求が本当に必要かを確認します。"
      ]
    }
  },
  {
    "code": 52004,
    "identifier": "DelegationDoesNotExistForLinkedIn",
    "outcome": "interrupted",
    "category": "consent",
    "actor": "user",
    "en": {
      "title": "The user has not agreed to share LinkedIn data",
      "explanation": "The app asked for access to the user's LinkedIn information, but the user has not given consent for that connection. The sign-in pauses so the user can decide. It is tied to the LinkedIn account connections feature in Microsoft 365.",
      "action": [
        "Let the user review the consent prompt and accept it if they want the LinkedIn features; declining is also a valid choice.",
        "Check whether the organization allows LinkedIn account connections in Entra admin center > Users > User settings > LinkedIn account connections.",
        "If the organization does not want this connection, disable it there so users are no longer asked."
      ]
    },
    "ja": {
      "title": "ユーザーが LinkedIn データの共有に同意していません",
      "explanation": "アプリがユーザーの LinkedIn 情報へのアクセスを求めましたが、ユーザーはまだその連携に同意していません。ユーザーが判断できるよう、サインインが一時停止しています。Microsoft 365 の LinkedIn アカウント接続機能に関連するコードです。",
      "action": [
        "ユーザーに同意画面の内容を確認してもらい、LinkedIn 機能を使いたい場合は同意してもらいます。拒否しても問題はありません。",
        "Microsoft Entra 管理センター > ユーザー > ユーザー設定 > LinkedIn アカウント接続 で、組織として連携を許可しているか確認します。",
        "組織として連携を望まない場合は、同じ画面で無効にすればユーザーに確認が表示されなくなります。"
      ]
    }
  },
  {
    "code": 53000,
    "identifier": "DeviceNotCompliant",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "Conditional Access requires a compliant device, and this device is not",
      "explanation": "A Conditional Access policy only grants access from devices that Intune (or another MDM) reports as compliant. The device used is either not enrolled, not yet evaluated, or failing one of its compliance rules. It can also appear when the browser did not pass the device identity, so the device looked unknown.",
      "action": [
        "Open the sign-in event, Conditional Access tab, to see which policy required a compliant device, and the Device info tab to see whether the device was identified.",
        "Have the user enroll the device in Intune (Company Portal) or fix the compliance issues it reports, then sync the device.",
        "In the Intune admin center > Devices > select the device > Device compliance, check which setting is failing.",
        "For browser sign-ins on Windows, make sure a supported browser is used (Edge signed in with the work profile, or Chrome with the Windows accounts extension)."
      ]
    },
    "ja": {
      "title": "条件付きアクセスで準拠デバイスが必要ですが、このデバイスは準拠していません",
      "explanation": "条件付きアクセス ポリシーにより、Intune などの MDM で「準拠」と判定されたデバイスからのアクセスのみ許可されています。使用したデバイスが未登録、まだ評価されていない、またはいずれかのコンプライアンス ルールを満たしていない状態です。ブラウザーがデバイス情報を送らず、不明なデバイスと見なされた場合にも発生します。",
      "action": [
        "サインイン イベントの「条件付きアクセス」タブでどのポリシーが準拠デバイスを要求したかを、「デバイス情報」タブでデバイスが識別されているかを確認します。",
        "ユーザーにポータル サイト (Company Portal) からデバイスを Intune に登録してもらうか、指摘されている非準拠項目を解消して同期してもらいます。",
        "Intune 管理センター > デバイス > 対象デバイス > デバイスのコンプライアンス で、どの設定が非準拠になっているか確認します。",
        "Windows でのブラウザー サインインでは、職場プロファイルでサインインした Edge や Windows Accounts 拡張機能を入れた Chrome など、対応ブラウザーを使っているか確認します。"
      ]
    }
  },
  {
    "code": 53001,
    "identifier": "DeviceNotDomainJoined",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "Conditional Access requires a hybrid-joined device, and this device is not",
      "explanation": "A Conditional Access policy requires a device that is joined to the on-premises domain and registered in Entra ID (Microsoft Entra hybrid joined). The device used does not meet that condition, or its identity was not presented during sign-in. Personal devices and devices whose hybrid join did not finish are the usual cases.",
      "action": [
        "Check the sign-in event Conditional Access tab for the policy that required a hybrid-joined device, and the Device info tab for the join type reported.",
        "Ask the user to use a corporate, domain-joined device.",
        "If the device is domain-joined, run dsregcmd /status on it and confirm AzureAdJoined and DomainJoined are both YES; fix hybrid join if not.",
        "In Entra admin center > Devices > All devices, check that the device object exists and is enabled."
      ]
    },
    "ja": {
      "title": "条件付きアクセスでハイブリッド参加デバイスが必要ですが、このデバイスは該当しません",
      "explanation": "条件付きアクセス ポリシーにより、オンプレミス ドメインに参加し Entra ID にも登録されたデバイス (Microsoft Entra ハイブリッド参加) が必要とされています。使用したデバイスがこの条件を満たしていないか、サインイン時にデバイス情報が提示されませんでした。個人所有のデバイスや、ハイブリッド参加が完了していないデバイスが典型例です。",
      "action": [
        "サインイン イベントの「条件付きアクセス」タブで対象ポリシーを、「デバイス情報」タブで参加の種類を確認します。",
        "会社支給のドメイン参加デバイスを使うようユーザーに案内します。",
        "ドメイン参加済みのデバイスであれば dsregcmd /status を実行し、AzureAdJoined と DomainJoined がともに YES か確認します。そうでなければハイブリッド参加を修復します。",
        "Microsoft Entra 管理センター > デバイス > すべてのデバイス で、デバイス オブジェクトが存在し有効になっているか確認します。"
      ]
    }
  },
  {
    "code": 53002,
    "identifier": "ApplicationUsedIsNotAnApprovedApp",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "Conditional Access requires an approved client app, and this app is not one",
      "explanation": "A Conditional Access policy only allows access from specific client apps (typically Microsoft apps such as Outlook or Teams on mobile). The user tried to connect with an app that is not on that list, for example the built-in mail app or a third-party client. The requirement itself is working as designed.",
      "action": [
        "Check the sign-in event Conditional Access tab to see which policy applied and which grant control failed.",
        "Tell the user which app to use instead (for example Outlook mobile instead of the native mail app).",
        "On mobile devices, make sure the broker app (Microsoft Authenticator on iOS, Company Portal on Android) is installed.",
        "Note that Microsoft is retiring the approved client app grant in favour of app protection policies; plan to move such policies."
      ]
    },
    "ja": {
      "title": "条件付きアクセスで承認済みクライアント アプリが必要ですが、このアプリは対象外です",
      "explanation": "条件付きアクセス ポリシーにより、特定のクライアント アプリ (モバイル版の Outlook や Teams などの Microsoft 製アプリ) からのアクセスのみ許可されています。ユーザーは、標準のメール アプリやサードパーティ製クライアントなど、対象外のアプリで接続しようとしました。制御としては想定どおりに動作しています。",
      "action": [
        "サインイン イベントの「条件付きアクセス」タブで、適用されたポリシーと満たせなかった許可コントロールを確認します。",
        "代わりに使うべきアプリ (標準メール アプリではなく Outlook モバイルなど) をユーザーに案内します。",
        "モバイル デバイスでは、ブローカー アプリ (iOS は Microsoft Authenticator、Android はポータル サイト) がインストールされているか確認します。",
        "「承認されたクライアント アプリが必要」の許可コントロールは廃止予定でアプリ保護ポリシーへの移行が推奨されているため、ポリシーの移行も検討します。"
      ]
    }
  },
  {
    "code": 53003,
    "identifier": "BlockedByConditionalAccess",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "tenant-admin",
    "en": {
      "title": "A Conditional Access policy blocked the sign-in",
      "explanation": "The user's credentials were fine, but a Conditional Access policy decided that this sign-in must not get a token. Typical triggers are a block policy for a location, platform, client app type (such as legacy authentication) or risk level. Whether this is expected depends on the policy that matched.",
      "action": [
        "Open the sign-in event, Conditional Access tab, and find the policy whose result is Failure; note which conditions matched (location, platform, client app, risk).",
        "Use Conditional Access > What If with the same user, app, location and platform to confirm the outcome.",
        "If the block is intended, tell the user what to change (network, device, app); if not, adjust the policy conditions or exclusions.",
        "If no policy is listed as failing, check security defaults and the sign-in's additional details for the precise reason."
      ]
    },
    "ja": {
      "title": "条件付きアクセス ポリシーによってサインインがブロックされました",
      "explanation": "ユーザーの資格情報には問題ありませんでしたが、条件付きアクセス ポリシーがこのサインインにはトークンを発行しないと判断しました。場所、プラットフォーム、クライアント アプリの種類 (レガシー認証など)、リスク レベルを条件とするブロック ポリシーが典型的な原因です。想定どおりかどうかは、該当したポリシーによって決まります。",
      "action": [
        "サインイン イベントの「条件付きアクセス」タブで結果が「失敗」になっているポリシーを探し、一致した条件 (場所、プラットフォーム、クライアント アプリ、リスク) を確認します。",
        "条件付きアクセス > What If で同じユーザー、アプリ、場所、プラットフォームを指定し、結果を再現します。",
        "意図したブロックであれば、ユーザーに変えるべき点 (ネットワーク、デバイス、アプリ) を案内します。意図しないものであれば、ポリシーの条件や除外を見直します。",
        "失敗したポリシーが表示されない場合は、セキュリティの既定値群の設定やサインインの追加の詳細で理由を確認します。"
      ]
    }
  },
  {
    "code": 53004,
    "identifier": "ProofUpBlockedDueToRisk",
    "outcome": "failure",
    "category": "mfa",
    "actor": "helpdesk-admin",
    "en": {
      "title": "The user has to register MFA, but registration is blocked because of risk",
      "explanation": "The user has no usable multifactor authentication method yet and must register one, but Entra ID will not let them register from this sign-in because it looks risky. Letting a possibly compromised session add security info would hand the account to an attacker. An administrator has to confirm the user and clear the risk, or give them a safe way to register.",
      "action": [
        "Check ID Protection > Risky users and Risky sign-ins for this user and investigate the detections.",
        "If the activity is legitimate, confirm the sign-in as safe or dismiss the user risk; if not, reset the password and revoke sessions.",
        "Issue a Temporary Access Pass (Users > select the user > Authentication methods > Add authentication method) so the user can register MFA safely.",
        "Ask the user to register from a trusted network or compliant device, then retry."
      ]
    },
    "ja": {
      "title": "MFA の登録が必要ですが、リスクのため登録がブロックされました",
      "explanation": "ユーザーにはまだ使える多要素認証 (MFA) の方法がなく登録が必要ですが、このサインインは危険と判定されたため、Entra ID は登録を許可しませんでした。乗っ取られている可能性のあるセッションでセキュリティ情報を追加させると、攻撃者にアカウントを渡すことになるためです。管理者がユーザー本人であることを確認してリスクを解消するか、安全な登録手段を用意する必要があります。",
      "action": [
        "ID Protection > 危険なユーザー と 危険なサインイン で対象ユーザーの検出内容を調査します。",
        "正当な操作であれば「安全であることを確認」またはユーザー リスクの無視を行い、不正の疑いがあればパスワードをリセットしてセッションを取り消します。",
        "ユーザー > 対象ユーザー > 認証方法 > 認証方法の追加 で一時アクセス パス (TAP) を発行し、安全に MFA を登録できるようにします。",
        "信頼されたネットワークや準拠デバイスから登録し直すようユーザーに案内します。"
      ]
    }
  },
  {
    "code": 53009,
    "identifier": "RemediateCompliantApp",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "Access requires an app protected by an app protection policy",
      "explanation": "Conditional Access requires an app that is covered by an Intune app protection policy, and the app used does not satisfy that. The sign-in page then points the user to a compliant app or to the broker. This code is known from the sign-in page and is not listed in the public error reference, so details may vary.",
      "action": [
        "Check the sign-in event Conditional Access tab for the policy with the Require app protection policy grant.",
        "Have the user sign in with a supported Microsoft app (for example Outlook or Edge on mobile) rather than a third-party or built-in app.",
        "Make sure the broker app is installed (Microsoft Authenticator on iOS, Company Portal on Android) and that an app protection policy targets the user in the Intune admin center > Apps > App protection policies."
      ]
    },
    "ja": {
      "title": "アプリ保護ポリシーで保護されたアプリの使用が必要です",
      "explanation": "条件付きアクセスにより Intune のアプリ保護ポリシーの対象となるアプリが必要とされていますが、使用したアプリはその条件を満たしていません。サインイン画面では、対応アプリやブローカー アプリへの切り替えが案内されます。このコードはサインイン画面側から知られているもので、公開のエラー リファレンスには掲載されていないため、細部は異なる場合があります。",
      "action": [
        "サインイン イベントの「条件付きアクセス」タブで、「アプリ保護ポリシーが必要」を許可条件とするポリシーを確認します。",
        "サードパーティ製や標準のアプリではなく、モバイル版 Outlook や Edge などの対応 Microsoft アプリでサインインするようユーザーに案内します。",
        "ブローカー アプリ (iOS は Microsoft Authenticator、Android はポータル サイト) が入っているか、Intune 管理センター > アプリ > アプリ保護ポリシー でユーザーが対象になっているかを確認します。"
      ]
    }
  },
  {
    "code": 53010,
    "identifier": "ProofUpBlockedDueToSecurityInfoAcr",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "Security info cannot be registered from this location or device",
      "explanation": "The user tried to add or change MFA methods, but the organization only allows that from certain networks or devices. A Conditional Access policy on the Register security information user action did not accept the current location or device. The rule protects against attackers registering their own methods.",
      "action": [
        "Check the sign-in event Conditional Access tab for the policy targeting the user action Register security information.",
        "Ask the user to register from the corporate network or from a managed device that satisfies the policy.",
        "For remote new hires, issue a Temporary Access Pass and make sure the policy accepts it (or allows that user group) so they can register."
      ]
    },
    "ja": {
      "title": "この場所やデバイスからはセキュリティ情報を登録できません",
      "explanation": "ユーザーが MFA の方法を追加・変更しようとしましたが、組織はそれを特定のネットワークやデバイスからのみ許可しています。ユーザー操作「セキュリティ情報の登録」を対象とする条件付きアクセス ポリシーが、現在の場所またはデバイスを受け付けませんでした。攻撃者が自分の認証方法を登録するのを防ぐための制御です。",
      "action": [
        "サインイン イベントの「条件付きアクセス」タブで、ユーザー操作「セキュリティ情報の登録」を対象とするポリシーを確認します。",
        "社内ネットワークや、ポリシーを満たす管理対象デバイスから登録し直すようユーザーに案内します。",
        "リモートで働く新入社員などには一時アクセス パス (TAP) を発行し、ポリシーがそれを受け付ける (または該当グループを許可する) 構成になっているか確認します。"
      ]
    }
  }
];
