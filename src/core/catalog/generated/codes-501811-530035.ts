// GENERATED from src/core/catalog/data/codes-501811-530035.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 501811,
    "identifier": "InvalidOneTimePasscodeOTPNotGiven",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "One-time passcode was not entered",
      "explanation": "The sign-in step expected a one-time passcode, for example a code sent by email or text message, but the form was submitted without one. The user may have pressed the button too early or the code field was cleared by a browser extension or password manager.",
      "action": [
        "Ask the user to request a new code and type it in before submitting.",
        "If the code never arrives, check spam folders for email codes or the registered phone number for SMS codes.",
        "Try a different browser or disable autofill extensions if the field keeps being emptied."
      ]
    },
    "ja": {
      "title": "ワンタイム パスコードが入力されていません",
      "explanation": "サインインの手順でメールや SMS で送られるワンタイム パスコードの入力が求められましたが、コードなしで送信されました。入力前にボタンを押してしまったか、ブラウザーの拡張機能やパスワード マネージャーが入力欄を消してしまった可能性があります。",
      "action": [
        "新しいコードを要求し、入力してから送信してもらいます。",
        "コードが届かない場合は、メールなら迷惑メール フォルダー、SMS なら登録されている電話番号を確認します。",
        "入力欄が繰り返し空になる場合は、別のブラウザーを使うか自動入力の拡張機能を無効にしてもらいます。"
      ]
    }
  },
  {
    "code": 530001,
    "identifier": "DeviceNotCompliantBrowserNotSupported",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "Compliant device required, but the browser cannot prove the device state",
      "explanation": "A Conditional Access policy requires a compliant device, and the browser used could not pass the device identity to Microsoft Entra ID. The device may well be compliant; the browser simply does not support device-based checks, or is running in private mode or without the required extension or setting.",
      "action": [
        "Have the user sign in with Microsoft Edge signed in with the work profile, or Chrome with the Microsoft Single Sign On extension (Windows) or the required policy.",
        "Make sure the browser is not in InPrivate or Incognito mode.",
        "Check the Device info tab of the sign-in: if Device ID is empty, the browser or app did not pass the device identity.",
        "Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met."
      ]
    },
    "ja": {
      "title": "準拠デバイスが必要ですが、ブラウザーがデバイスの状態を証明できません",
      "explanation": "条件付きアクセス ポリシーで準拠デバイスが要求されていますが、使われたブラウザーがデバイスの ID を Microsoft Entra ID に渡せませんでした。デバイス自体は準拠している可能性が高く、ブラウザーがデバイス ベースの確認に対応していないか、InPrivate モードや必要な拡張機能・設定がない状態で使われています。",
      "action": [
        "職場プロファイルでサインインした Microsoft Edge、または Microsoft Single Sign On 拡張機能 (Windows) や必要なポリシーを設定した Chrome でサインインしてもらいます。",
        "InPrivate やシークレット モードを使っていないか確認します。",
        "サインインの [デバイス情報] タブを確認し、デバイス ID が空であれば、ブラウザーやアプリがデバイスの ID を渡せていません。",
        "[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。"
      ]
    }
  },
  {
    "code": 530002,
    "identifier": "DeviceNotCompliantDeviceCompliantRequired",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "Conditional Access requires a compliant device and this one is not compliant",
      "explanation": "A Conditional Access policy grants access only from devices marked compliant by Intune (or a partner MDM), and this device is not. The device may be failing a compliance setting such as OS version, encryption or a PIN, or its compliance status may not have been evaluated yet.",
      "action": [
        "Check the device in Intune admin center > Devices > select the device > Device compliance to see which setting fails.",
        "Have the user open Company Portal and run Check status (or sync) after fixing the issue, then retry.",
        "Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met.",
        "If the device was enrolled only minutes ago, wait for the first compliance evaluation to finish."
      ]
    },
    "ja": {
      "title": "条件付きアクセスで準拠デバイスが必要ですが、このデバイスは準拠していません",
      "explanation": "条件付きアクセス ポリシーで、Intune (またはパートナーの MDM) が準拠とマークしたデバイスからのアクセスのみが許可されていますが、このデバイスは準拠していません。OS バージョン、暗号化、PIN などのコンプライアンス設定を満たしていないか、まだ準拠状態が評価されていない可能性があります。",
      "action": [
        "Intune 管理センターの [デバイス] > 対象デバイス > [デバイスのコンプライアンス] で、どの設定が不合格かを確認します。",
        "問題を解消したらポータル サイトで [状態の確認] (または同期) を実行してもらい、再度サインインしてもらいます。",
        "[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。",
        "登録して数分しか経っていない場合は、最初のコンプライアンス評価が終わるまで待ちます。"
      ]
    }
  },
  {
    "code": 530003,
    "identifier": "DeviceNotCompliantDeviceManagementRequired",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "Conditional Access requires the device to be managed",
      "explanation": "A Conditional Access policy requires a managed device (enrolled in Intune or joined to the organization), and this device is not managed. This commonly hits personal phones or home PCs that were never enrolled.",
      "action": [
        "Decide whether the device should be enrolled; if so, have the user enroll it through Company Portal (or join it to Microsoft Entra ID for Windows).",
        "If personal devices are not meant to be managed, offer browser access with app-enforced restrictions or a managed device instead.",
        "Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met."
      ]
    },
    "ja": {
      "title": "条件付きアクセスでデバイスの管理が必要です",
      "explanation": "条件付きアクセス ポリシーで管理対象デバイス (Intune に登録済み、または組織に参加済み) が要求されていますが、このデバイスは管理されていません。登録していない個人のスマートフォンや自宅の PC でよく発生します。",
      "action": [
        "デバイスを登録すべきか判断し、登録する場合はポータル サイトから登録 (Windows なら Microsoft Entra 参加) してもらいます。",
        "個人デバイスを管理しない方針であれば、アプリによる制限付きのブラウザー アクセスや会社支給のデバイスを案内します。",
        "[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。"
      ]
    }
  },
  {
    "code": 530011,
    "identifier": "DeviceNotDomainJoinedBrowserNotSupported",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "Hybrid-joined device required, but the browser cannot prove the device",
      "explanation": "A Conditional Access policy requires a Microsoft Entra hybrid joined device, and the browser could not present the device identity. The computer may be joined correctly; the browser does not support the device check or is in private mode.",
      "action": [
        "Have the user use Microsoft Edge signed in with the work profile, or Chrome with the Microsoft Single Sign On extension or the required policy.",
        "Run dsregcmd /status on the PC and confirm DomainJoined and AzureAdJoined are both YES and a PRT is present.",
        "Check the Device info tab of the sign-in: if Device ID is empty, the browser or app did not pass the device identity."
      ]
    },
    "ja": {
      "title": "ハイブリッド参加済みデバイスが必要ですが、ブラウザーがデバイスを証明できません",
      "explanation": "条件付きアクセス ポリシーで Microsoft Entra ハイブリッド参加済みデバイスが要求されていますが、ブラウザーがデバイスの ID を提示できませんでした。PC 自体は正しく参加している可能性があり、ブラウザーがデバイスの確認に対応していないか、プライベート モードで使われています。",
      "action": [
        "職場プロファイルでサインインした Microsoft Edge、または Microsoft Single Sign On 拡張機能や必要なポリシーを設定した Chrome を使ってもらいます。",
        "PC で dsregcmd /status を実行し、DomainJoined と AzureAdJoined がどちらも YES で、PRT があることを確認します。",
        "サインインの [デバイス情報] タブを確認し、デバイス ID が空であれば、ブラウザーやアプリがデバイスの ID を渡せていません。"
      ]
    }
  },
  {
    "code": 530021,
    "identifier": "ApplicationUsedIsNotAnApprovedAppRequiredByConditionalAccess",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "Conditional Access requires an approved client app",
      "explanation": "A Conditional Access policy allows access only from approved client apps, such as Outlook mobile instead of the built-in mail app, and the app used is not on that list. It mostly affects mobile devices using native or third-party apps.",
      "action": [
        "Have the user install and sign in with the Microsoft app for the task (for example Outlook, Teams or Edge mobile).",
        "On iOS and Android, make sure the broker app (Authenticator or Company Portal) is installed, as the approved-app check relies on it.",
        "Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met."
      ]
    },
    "ja": {
      "title": "条件付きアクセスで承認済みクライアント アプリが必要です",
      "explanation": "条件付きアクセス ポリシーで、標準のメール アプリではなく Outlook モバイルを使うなど、承認済みクライアント アプリからのアクセスのみが許可されており、使われたアプリはその一覧に含まれていません。主にモバイル デバイスで標準アプリやサードパーティ製アプリを使った場合に起こります。",
      "action": [
        "用途に応じた Microsoft のアプリ (Outlook、Teams、Edge モバイルなど) をインストールし、そのアプリでサインインしてもらいます。",
        "承認済みアプリの確認にはブローカー アプリが使われるため、iOS や Android では Authenticator またはポータル サイトがインストールされているか確認します。",
        "[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。"
      ]
    }
  },
  {
    "code": 530032,
    "identifier": "BlockedByConditionalAccessOnSecurityPolicy",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "tenant-admin",
    "en": {
      "title": "Sign-in blocked by a tenant security policy",
      "explanation": "A security policy configured at tenant level blocked this request. Unlike a named Conditional Access policy failure, the cause may be a broader tenant security setting, so the sign-in details are the best guide.",
      "action": [
        "Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met.",
        "Read the Failure reason and Additional details of the sign-in for the policy or setting named.",
        "Review tenant-wide protections such as Conditional Access policies targeting all users, authentication flow restrictions and risk-based policies.",
        "If the block is unexpected, use the What If tool in Conditional Access with the same user, app and conditions."
      ]
    },
    "ja": {
      "title": "テナントのセキュリティ ポリシーによりサインインがブロックされました",
      "explanation": "テナント レベルで構成されたセキュリティ ポリシーがこの要求をブロックしました。特定の条件付きアクセス ポリシーによる失敗とは異なり、より広いテナントのセキュリティ設定が原因のこともあるため、サインインの詳細が最も確かな手掛かりになります。",
      "action": [
        "[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。",
        "サインインの [失敗の理由] と [追加の詳細] に記載されたポリシーや設定を確認します。",
        "全ユーザーを対象とする条件付きアクセス ポリシー、認証フローの制限、リスク ベースのポリシーなど、テナント全体の保護設定を見直します。",
        "想定外のブロックであれば、条件付きアクセスの What If ツールで同じユーザー、アプリ、条件を指定して評価します。"
      ]
    }
  },
  {
    "code": 530033,
    "identifier": "BlockedByConditionalAccessForRemoteDeviceFlow",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "tenant-admin",
    "en": {
      "title": "Device code or cross-device sign-in blocked by Conditional Access",
      "explanation": "The sign-in used a flow where the user authenticates on one device for another, such as device code flow or authentication transfer, and Conditional Access blocks that flow. Many organizations block device code flow on purpose because it is widely abused in phishing.",
      "action": [
        "Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met.",
        "Check the policies that use the Authentication flows condition and whether the user, app or location should be excluded.",
        "If the flow is legitimate (for example a shared meeting-room device), scope a narrow exception; otherwise have the user sign in directly on the device."
      ]
    },
    "ja": {
      "title": "デバイス コードまたはデバイス間のサインインが条件付きアクセスでブロックされました",
      "explanation": "デバイス コード フローや認証の転送など、別のデバイスのために一方のデバイスで認証するフローが使われ、条件付きアクセスでそのフローがブロックされました。デバイス コード フローはフィッシングに悪用されることが多いため、意図的にブロックしている組織も多くあります。",
      "action": [
        "[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。",
        "[認証フロー] の条件を使っているポリシーを確認し、このユーザー、アプリ、場所を除外すべきか検討します。",
        "会議室の共有デバイスなど正当な利用であれば範囲を絞って例外を設け、そうでなければデバイス上で直接サインインしてもらいます。"
      ]
    }
  },
  {
    "code": 530034,
    "identifier": "DelegatedAdminBlockedDueToSuspiciousActivity",
    "outcome": "failure",
    "category": "account-state",
    "actor": "tenant-admin",
    "en": {
      "title": "Partner administrator blocked because their own account is at risk",
      "explanation": "A delegated administrator from a partner organization (GDAP or DAP) tried to access this customer tenant, but their account is flagged as risky in their home tenant. Access is refused until the partner organization remediates the risk on that account.",
      "action": [
        "If you are the partner, review the admin account in your own tenant under Protection > Identity Protection > Risky users and remediate (password reset, MFA, dismiss if confirmed safe).",
        "Check the account for signs of compromise before dismissing the risk.",
        "If you are the customer, contact the partner and tell them which admin account was blocked and when."
      ]
    },
    "ja": {
      "title": "パートナー管理者のアカウントにリスクがあるためブロックされました",
      "explanation": "パートナー組織の委任管理者 (GDAP または DAP) がこの顧客テナントにアクセスしようとしましたが、そのアカウントがホーム テナントでリスクありと判定されています。パートナー組織がそのアカウントのリスクを解消するまで、アクセスは拒否されます。",
      "action": [
        "パートナー側であれば、自テナントの [保護] > [Identity Protection] > [危険なユーザー] で管理者アカウントを確認し、パスワード リセットや MFA などで対処します (安全と確認できた場合はリスクを無視)。",
        "リスクを無視する前に、アカウントが侵害されていないか確認します。",
        "顧客側であれば、ブロックされた管理者アカウントと日時をパートナーに伝えます。"
      ]
    }
  },
  {
    "code": 530035,
    "identifier": "BlockedBySecurityDefaults",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "tenant-admin",
    "en": {
      "title": "Sign-in blocked by security defaults",
      "explanation": "The tenant has security defaults turned on, and this request falls under one of their built-in blocks, most often legacy authentication such as IMAP, POP or basic SMTP AUTH. Security defaults cannot be tuned per user or app, so the client has to change or the tenant has to move to Conditional Access.",
      "action": [
        "Check the Client app field of the sign-in; legacy protocols such as IMAP4, POP3 or SMTP will be blocked.",
        "Move the client to modern authentication (for example current Outlook, or OAuth for IMAP/SMTP).",
        "If exceptions are really needed, replace security defaults with Conditional Access policies (Entra ID P1) and design the exceptions there."
      ]
    },
    "ja": {
      "title": "セキュリティの既定値群によりサインインがブロックされました",
      "explanation": "テナントでセキュリティの既定値群が有効になっており、この要求はその組み込みのブロックの対象でした。多くの場合、IMAP、POP、基本認証の SMTP AUTH などのレガシ認証です。セキュリティの既定値群はユーザーやアプリ単位で調整できないため、クライアントを変更するか、条件付きアクセスに移行する必要があります。",
      "action": [
        "サインインの [クライアント アプリ] を確認します。IMAP4、POP3、SMTP などのレガシ プロトコルはブロックされます。",
        "クライアントを最新の Outlook や OAuth 対応の IMAP/SMTP など、先進認証に対応したものに切り替えます。",
        "どうしても例外が必要な場合は、セキュリティの既定値群を条件付きアクセス ポリシー (Entra ID P1) に置き換え、そこで例外を設計します。"
      ]
    }
  }
];
