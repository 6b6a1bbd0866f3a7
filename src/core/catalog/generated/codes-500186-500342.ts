// GENERATED from src/core/catalog/data/codes-500186-500342.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 500186,
    "identifier": "CertificateValidationBlockedByPolicy",
    "outcome": "failure",
    "category": "credentials",
    "actor": "tenant-admin",
    "en": {
      "title": "Certificate-based sign-in is not allowed for this user",
      "explanation": "The user presented a certificate (for example a smart card), but the authentication methods policy does not allow certificate-based authentication (CBA) for them. The CBA method may be disabled, the user may be outside the targeted group, or the authentication binding and username binding rules may not cover this certificate.",
      "action": [
        "Open Entra admin center > Authentication methods > Policies > Certificate-based authentication and check enablement and targeted groups.",
        "Review the authentication binding and username binding rules on the Configure tab for the certificate issuer and policy OIDs used.",
        "Confirm the issuing CA is listed under Security > Certificate authorities (PKI).",
        "Have the user sign in with another method until the policy is adjusted."
      ]
    },
    "ja": {
      "title": "このユーザーには証明書ベースのサインインが許可されていません",
      "explanation": "ユーザーはスマート カードなどの証明書を提示しましたが、認証方法ポリシーでこのユーザーには証明書ベース認証 (CBA) が許可されていません。CBA が無効、ユーザーが対象グループに含まれていない、または認証バインドやユーザー名バインドのルールがこの証明書に対応していない可能性があります。",
      "action": [
        "Microsoft Entra 管理センターの [認証方法] > [ポリシー] > [証明書ベースの認証] で、有効化の状態と対象グループを確認します。",
        "[構成] タブの認証バインドとユーザー名バインドのルールが、使われた証明書の発行者やポリシー OID に対応しているか確認します。",
        "発行元 CA が [セキュリティ] > [証明機関 (PKI)] に登録されているか確認します。",
        "ポリシーを調整するまでは、別の方法でサインインしてもらいます。"
      ]
    }
  },
  {
    "code": 500201,
    "identifier": "UserUnauthorizedApiVersionNotSupported",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "This account type cannot sign in through the API version the app uses",
      "explanation": "The code is not in the public reference, but its name says the user was refused because the application called an endpoint version that does not support this kind of account. A typical case is an app on the older v1.0 endpoint receiving a personal Microsoft account, which needs the v2.0 endpoint.",
      "action": [
        "Note the account type (work or school, personal, guest) and the application in the sign-in record.",
        "Check whether the app calls the v1.0 endpoint (/oauth2/authorize) or v2.0 (/oauth2/v2.0/authorize); move to v2.0 with MSAL if other account types must be supported.",
        "If the app is meant only for work accounts, ask the user to sign in with their organizational account."
      ]
    },
    "ja": {
      "title": "アプリが使っている API バージョンではこの種類のアカウントでサインインできません",
      "explanation": "このコードは公開リファレンスには載っていませんが、名前からは、アプリケーションがこの種類のアカウントに対応していないバージョンのエンドポイントを呼び出したためにユーザーが拒否されたことがわかります。典型的には、古い v1.0 エンドポイントを使うアプリに個人用 Microsoft アカウントでサインインしたケースで、この場合は v2.0 エンドポイントが必要です。",
      "action": [
        "サインイン記録でアカウントの種類 (職場または学校、個人、ゲスト) とアプリケーションを確認します。",
        "アプリが v1.0 (/oauth2/authorize) と v2.0 (/oauth2/v2.0/authorize) のどちらのエンドポイントを呼んでいるか確認し、他の種類のアカウントに対応する必要があれば MSAL で v2.0 に移行します。",
        "職場アカウント専用のアプリであれば、組織のアカウントでサインインするようユーザーに伝えます。"
      ]
    }
  },
  {
    "code": 500202,
    "identifier": "UserUnauthorizedMsaGuestUsersNotSupported",
    "outcome": "failure",
    "category": "account-state",
    "actor": "tenant-admin",
    "en": {
      "title": "Guest users with personal Microsoft accounts are not supported here",
      "explanation": "The code is not in the public reference; its name says the user is a guest whose home account is a personal Microsoft account (MSA), and the application or endpoint does not accept such guests. Some services and older apps only work for guests from another Microsoft Entra organization.",
      "action": [
        "Confirm in Users > select the user that the identity source is MicrosoftAccount.",
        "Check whether the target application supports personal-account guests; if not, invite the person with a work account or an email one-time passcode identity instead.",
        "If the app is in-house, review its supported account types and endpoint usage under App registrations."
      ]
    },
    "ja": {
      "title": "個人用 Microsoft アカウントのゲスト ユーザーはここではサポートされていません",
      "explanation": "このコードは公開リファレンスにはありませんが、名前からは、ホーム アカウントが個人用 Microsoft アカウント (MSA) のゲストで、アプリケーションまたはエンドポイントがそのようなゲストを受け付けていないことがわかります。サービスや古いアプリの中には、他の Microsoft Entra 組織のゲストにしか対応していないものがあります。",
      "action": [
        "[ユーザー] > 対象ユーザーで、ID の発行元が MicrosoftAccount になっていることを確認します。",
        "対象アプリが個人アカウントのゲストに対応しているか確認し、対応していなければ職場アカウントやメールのワンタイム パスコードの ID で招待し直します。",
        "自社アプリであれば、[アプリの登録] でサポートされるアカウントの種類とエンドポイントの使い方を見直します。"
      ]
    }
  },
  {
    "code": 500207,
    "identifier": "",
    "outcome": "failure",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "This type of account cannot be used for the requested resource",
      "explanation": "The resource the user tried to reach does not accept the kind of account they signed in with, for example a personal Microsoft account where only work or school accounts are allowed, or the reverse. The account itself is fine; it is the wrong kind for this resource.",
      "action": [
        "Check the account type in the sign-in record (user type and identity provider).",
        "Ask the user to sign out and sign in again with the correct account, for example their organizational account.",
        "If the app is yours and should accept this account type, review Supported account types under App registrations > Authentication."
      ]
    },
    "ja": {
      "title": "この種類のアカウントは要求されたリソースに使えません",
      "explanation": "アクセスしようとしたリソースが、サインインに使われた種類のアカウントを受け付けていません。たとえば職場または学校アカウントのみ許可されているところに個人用 Microsoft アカウントを使った場合や、その逆です。アカウント自体には問題がなく、このリソースに対して種類が合っていないだけです。",
      "action": [
        "サインイン記録でアカウントの種類 (ユーザーの種類と ID プロバイダー) を確認します。",
        "いったんサインアウトし、組織のアカウントなど正しいアカウントでサインインし直してもらいます。",
        "自社アプリでこの種類のアカウントも受け付けるべき場合は、[アプリの登録] > [認証] の [サポートされているアカウントの種類] を見直します。"
      ]
    }
  },
  {
    "code": 500208,
    "identifier": "",
    "outcome": "failure",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "Domain is not a valid sign-in domain for this account type",
      "explanation": "The domain in the user name does not fit the kind of account the tenant or application expects. A common case is a personal Microsoft account being used on a sign-in that only allows work or school accounts.",
      "action": [
        "Check which user name the user typed and whether its domain is a verified domain of your tenant (Entra admin center > Domain names).",
        "Ask the user to sign in with their organizational account instead of a personal one.",
        "If personal accounts should be allowed, review the application supported account types or invite the person as a guest."
      ]
    },
    "ja": {
      "title": "ドメインがこのアカウントの種類の有効なサインイン ドメインではありません",
      "explanation": "ユーザー名のドメインが、テナントやアプリケーションが想定しているアカウントの種類に合っていません。職場または学校アカウントのみ許可されたサインインで、個人用 Microsoft アカウントを使った場合によく起こります。",
      "action": [
        "ユーザーが入力したユーザー名を確認し、そのドメインがテナントの確認済みドメイン (Microsoft Entra 管理センターの [ドメイン名]) か確認します。",
        "個人用アカウントではなく、組織のアカウントでサインインしてもらいます。",
        "個人用アカウントも許可すべき場合は、アプリのサポートされているアカウントの種類を見直すか、その人をゲストとして招待します。"
      ]
    }
  },
  {
    "code": 500209,
    "identifier": "CredentialDoesNotSupportNativeRecovery",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "Account credential cannot be recovered through this in-app flow",
      "explanation": "The code is not in the public reference; its name says the recovery flow the app started, typically a password reset inside an app that uses native authentication, does not work for the credential this account uses. For example, an account that signs in only with an email one-time passcode or a federated identity has no password to reset there.",
      "action": [
        "Check how the account signs in (password, email one-time passcode, social or federated identity) in the user record.",
        "Direct the user to the sign-in method that matches their account instead of the reset flow.",
        "If you build the app, handle this error by showing a message that explains which method to use."
      ]
    },
    "ja": {
      "title": "このアカウントの資格情報はアプリ内の回復フローでは回復できません",
      "explanation": "このコードは公開リファレンスには載っていませんが、名前からは、アプリが開始した回復フロー (典型的にはネイティブ認証を使うアプリ内でのパスワード リセット) が、このアカウントの資格情報の種類に対応していないことがわかります。たとえばメールのワンタイム パスコードやフェデレーション ID だけでサインインするアカウントには、そこでリセットするパスワードがありません。",
      "action": [
        "ユーザー情報で、そのアカウントのサインイン方法 (パスワード、メールのワンタイム パスコード、ソーシャルやフェデレーションの ID) を確認します。",
        "リセットではなく、アカウントに合ったサインイン方法を使うようユーザーに案内します。",
        "アプリを開発している場合は、このエラーを受け取ったら使うべき方法を説明するメッセージを表示するようにします。"
      ]
    }
  },
  {
    "code": 500212,
    "identifier": "NotAllowedByOutboundPolicyTenant",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Your own organization blocks access to this external tenant",
      "explanation": "The user home tenant has an outbound cross-tenant access policy that does not allow its users to reach the resource tenant, or this app in it. The block comes from the user side, not from the organization that owns the resource.",
      "action": [
        "In the user home tenant, open Entra admin center > External Identities > Cross-tenant access settings and check the default outbound settings and any organization-specific entry for the resource tenant.",
        "Check the B2B collaboration or B2B direct connect outbound rules for the users, groups and applications involved.",
        "If the access is approved, add the resource tenant or adjust the rule; otherwise tell the user the block is intended."
      ]
    },
    "ja": {
      "title": "自組織の設定により、この外部テナントへのアクセスがブロックされています",
      "explanation": "ユーザーのホーム テナントの送信 (アウトバウンド) テナント間アクセス ポリシーで、リソース テナントやそのアプリへのアクセスが許可されていません。ブロックはリソースを所有する組織ではなく、ユーザー側の組織の設定によるものです。",
      "action": [
        "ユーザーのホーム テナントで、Microsoft Entra 管理センターの [外部 ID] > [テナント間アクセス設定] を開き、既定の送信設定とリソース テナント向けの組織別の設定を確認します。",
        "対象のユーザー、グループ、アプリケーションについて、B2B コラボレーションまたは B2B 直接接続の送信ルールを確認します。",
        "アクセスが承認されていればリソース テナントを追加するかルールを調整し、そうでなければ意図したブロックであることをユーザーに伝えます。"
      ]
    }
  },
  {
    "code": 500213,
    "identifier": "NotAllowedByInboundPolicyTenant",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Resource organization does not accept users from this tenant",
      "explanation": "The tenant that owns the resource has an inbound cross-tenant access policy that does not let users from the user home tenant in, or not for this app. Only an administrator of the resource tenant can change that.",
      "action": [
        "If you own the resource tenant, open External Identities > Cross-tenant access settings and review the default inbound settings and any entry for the user home tenant.",
        "Check which users, groups and applications the inbound B2B collaboration or direct connect rules allow.",
        "If you are on the user side, contact the resource organization and give them your tenant ID and the app the user needs."
      ]
    },
    "ja": {
      "title": "リソース側の組織がこのテナントのユーザーを受け入れていません",
      "explanation": "リソースを所有するテナントの受信 (インバウンド) テナント間アクセス ポリシーで、ユーザーのホーム テナントのユーザー、またはこのアプリへのアクセスが許可されていません。この設定を変更できるのはリソース テナントの管理者だけです。",
      "action": [
        "リソース テナントの管理者であれば、[外部 ID] > [テナント間アクセス設定] で既定の受信設定とユーザーのホーム テナント向けの設定を確認します。",
        "受信の B2B コラボレーションまたは B2B 直接接続のルールで、どのユーザー、グループ、アプリケーションが許可されているか確認します。",
        "ユーザー側の管理者であれば、リソース側の組織に連絡し、自テナントの ID とユーザーが必要とするアプリを伝えます。"
      ]
    }
  },
  {
    "code": 500341,
    "identifier": "UserAccountDeleted",
    "outcome": "failure",
    "category": "account-state",
    "actor": "helpdesk-admin",
    "en": {
      "title": "User account has been deleted",
      "explanation": "The account the user tried to sign in with has been deleted from the directory. It may have been removed on purpose when the person left, by mistake, or by sync when the on-premises object was deleted or moved out of scope.",
      "action": [
        "Check Entra admin center > Users > Deleted users; soft-deleted accounts can be restored for 30 days.",
        "Look in Audit logs for the delete event to see who or what removed the account.",
        "For synced users, restore or move the AD object back into the sync scope instead of restoring only in the cloud.",
        "If the deletion was intended, tell the user or the app owner that the account no longer exists."
      ]
    },
    "ja": {
      "title": "ユーザー アカウントは削除されています",
      "explanation": "サインインしようとしたアカウントはディレクトリから削除されています。退職に伴う意図的な削除、誤削除、またはオンプレミスのオブジェクトが削除されたり同期対象外に移動されたりしたことによる同期での削除が考えられます。",
      "action": [
        "Microsoft Entra 管理センターの [ユーザー] > [削除済みユーザー] を確認します。論理削除されたアカウントは 30 日間復元できます。",
        "監査ログで削除イベントを探し、誰 (または何) が削除したかを確認します。",
        "同期ユーザーの場合は、クラウドだけで復元せず、AD のオブジェクトを復元するか同期対象の OU に戻します。",
        "意図した削除であれば、アカウントが存在しないことをユーザーやアプリの所有者に伝えます。"
      ]
    }
  },
  {
    "code": 500342,
    "identifier": "UserAccountNotFoundNotConfiguredForRemoteNgc",
    "outcome": "failure",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "Account not found or not set up for phone sign-in",
      "explanation": "The code is not in the public reference; its name says that, during a phone sign-in with Microsoft Authenticator, no account set up for that method was found. The user may have mistyped the user name, or may not have enabled phone sign-in for this account in the Authenticator app.",
      "action": [
        "Check that the user name entered matches the UPN under Entra admin center > Users.",
        "Ask the user to open Microsoft Authenticator, select the account and enable phone sign-in, or register it again if it is missing.",
        "Check Users > select the user > Authentication methods for a Microsoft Authenticator entry with passwordless capability.",
        "Let the user sign in with password and MFA in the meantime."
      ]
    },
    "ja": {
      "title": "アカウントが見つからないか、電話によるサインインが設定されていません",
      "explanation": "このコードは公開リファレンスには載っていませんが、名前からは、Microsoft Authenticator による電話サインインの際に、その方法が設定されたアカウントが見つからなかったことがわかります。ユーザー名の入力ミスか、Authenticator アプリでこのアカウントの電話によるサインインを有効にしていない可能性があります。",
      "action": [
        "入力されたユーザー名が、Microsoft Entra 管理センターの [ユーザー] にある UPN と一致しているか確認します。",
        "Microsoft Authenticator で該当アカウントを選んで電話によるサインインを有効にしてもらい、アカウントがなければ登録し直してもらいます。",
        "[ユーザー] > 対象ユーザー > [認証方法] に、パスワードレス対応の Microsoft Authenticator が登録されているか確認します。",
        "その間はパスワードと MFA でサインインしてもらいます。"
      ]
    }
  }
];
