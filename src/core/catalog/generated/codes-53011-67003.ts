// GENERATED from src/core/catalog/data/codes-53011-67003.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 53011,
    "identifier": "ProofUpBlockedDueToUserRisk",
    "outcome": "failure",
    "category": "account-state",
    "actor": "helpdesk-admin",
    "en": {
      "title": "The user is blocked because their home tenant rates the account as risky",
      "explanation": "Identity Protection in the user's home organization considers the account at risk, so the sign-in (including any attempt to register security info) is refused. For guest users the decisive risk lives in the home tenant, not in the tenant they are visiting. The block stays until an administrator of the home tenant remediates the risk.",
      "action": [
        "Identify the home tenant from the sign-in event (Home tenant ID); for guests, contact that organization's administrators.",
        "In the home tenant, review ID Protection > Risky users for this account and investigate the detections.",
        "Remediate: have the user perform a secure password change, or reset the password and then confirm compromised or dismiss the risk as appropriate.",
        "Retry the sign-in after the risk level shows as remediated or dismissed."
      ]
    },
    "ja": {
      "title": "ホーム テナントでリスクありと判定されているため、ユーザーがブロックされました",
      "explanation": "ユーザーの所属組織 (ホーム テナント) の ID Protection がこのアカウントを危険と判定しているため、サインイン (セキュリティ情報の登録を含む) が拒否されました。ゲスト ユーザーの場合、判断材料になるのは訪問先ではなくホーム テナント側のリスクです。ホーム テナントの管理者がリスクを解消するまでブロックは続きます。",
      "action": [
        "サインイン イベントのホーム テナント ID から所属組織を特定します。ゲストの場合はその組織の管理者に連絡します。",
        "ホーム テナントの ID Protection > 危険なユーザー で該当アカウントの検出内容を調査します。",
        "ユーザー自身による安全なパスワード変更、または管理者によるパスワード リセットを行い、状況に応じて侵害の確認やリスクの無視を実施します。",
        "リスクの状態が「修復済み」または「無視」になったことを確認してから再度サインインしてもらいます。"
      ]
    }
  },
  {
    "code": 54000,
    "identifier": "MinorUserBlockedLegalAgeGroupRule",
    "outcome": "failure",
    "category": "account-state",
    "actor": "tenant-admin",
    "en": {
      "title": "The user is treated as a minor and is blocked by the legal age group rules",
      "explanation": "The account is classified as belonging to a minor, and the tenant or app rules do not allow minors to sign in without parental consent. The classification comes from the ageGroup and consentProvidedForMinor properties on the user. This is common in education tenants.",
      "action": [
        "Check the user's Age group and Consent provided for minor values in Entra admin center > Users > select the user > Properties (Settings section).",
        "If consent has been obtained, set Consent provided for minor to Granted; if the age group is wrong, correct it.",
        "If the block is intended, explain to the user or guardian what consent is required."
      ]
    },
    "ja": {
      "title": "ユーザーが未成年として扱われ、法定年齢グループの規則でブロックされました",
      "explanation": "このアカウントは未成年のユーザーと分類されており、テナントまたはアプリの規則では保護者の同意なしに未成年がサインインすることを認めていません。分類はユーザーの ageGroup と consentProvidedForMinor プロパティに基づきます。教育機関のテナントでよく見られます。",
      "action": [
        "Microsoft Entra 管理センター > ユーザー > 対象ユーザー > プロパティ (設定) で、年齢グループと「未成年者に同意が提供されました」の値を確認します。",
        "同意を得ている場合は「未成年者に同意が提供されました」を「許可」に設定し、年齢グループが誤っていれば修正します。",
        "意図したブロックであれば、必要な同意について本人または保護者に説明します。"
      ]
    }
  },
  {
    "code": 54005,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The authorization code had already been redeemed",
      "explanation": "An authorization code can be exchanged for tokens only once, and this one had already been used. Typical causes are an app that posts the code twice (for example after a page reload or a retry), or two components racing to redeem the same code. The user usually sees a failure only if the app has no fallback.",
      "action": [
        "Check the app logs around the timestamp for two redemptions of the same code.",
        "Have the developer redeem each code once, and use the refresh token or token cache for later token needs.",
        "Ask the user to start the sign-in again from the app home page rather than refreshing the callback page."
      ]
    },
    "ja": {
      "title": "認可コードはすでに使用済みでした",
      "explanation": "認可コードはトークンと 1 回しか交換できませんが、このコードはすでに使われていました。ページの再読み込みや再試行でアプリがコードを 2 回送信した、複数のコンポーネントが同じコードを同時に引き換えようとした、といった原因が典型的です。アプリに代替手段がなければ、ユーザーにはエラーとして見えます。",
      "action": [
        "発生日時前後のアプリ ログで、同じコードが 2 回引き換えられていないか確認します。",
        "コードの引き換えは 1 回だけにし、以降は更新トークンやトークン キャッシュを使うよう開発者に修正を依頼します。",
        "ユーザーには、コールバック ページを再読み込みせず、アプリのトップ ページからサインインをやり直すよう案内します。"
      ]
    }
  },
  {
    "code": 54009,
    "identifier": "InvalidCredentialDueToMfaClassification",
    "outcome": "failure",
    "category": "mfa",
    "actor": "user",
    "en": {
      "title": "The credential used cannot be accepted because of how it is classified for MFA",
      "explanation": "This code is rarely seen; it is known from the sign-in page and has no description in the public error reference. Its name suggests the credential the user presented is not accepted at this step because of the way the method is classified for multifactor authentication. The sign-in page shows the same message for this code and for 54010.",
      "action": [
        "Ask the user which method they used and try another registered method (for example the Authenticator app instead of a phone code).",
        "Check the user's registered methods in Entra admin center > Users > select the user > Authentication methods.",
        "Review Authentication methods > Policies for recent changes to the methods allowed for this user.",
        "If unclear, collect the correlation ID and timestamp and check the failure reason recorded in the sign-in log, then open a support request."
      ]
    },
    "ja": {
      "title": "MFA 上の分類のため、使用した資格情報が受け付けられませんでした",
      "explanation": "このコードはめったに見られず、サインイン画面側から知られているだけで、公開のエラー リファレンスには説明がありません。名前からは、ユーザーが提示した資格情報が、多要素認証 (MFA) における分類のためにこの段階では受け付けられなかったことがうかがえます。サインイン画面では、このコードと 54010 に同じメッセージが表示されます。",
      "action": [
        "ユーザーにどの方法を使ったか確認し、登録済みの別の方法 (電話のコードではなく Authenticator アプリなど) で試してもらいます。",
        "Microsoft Entra 管理センター > ユーザー > 対象ユーザー > 認証方法 で登録済みの方法を確認します。",
        "認証方法 > ポリシー で、このユーザーに許可される方法に最近変更がないか確認します。",
        "原因が分からない場合は、相関 ID と日時を控えてサインイン ログの失敗理由を確認し、サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 54010,
    "identifier": "ProofupBlockedDueToMfaClassification",
    "outcome": "failure",
    "category": "mfa",
    "actor": "user",
    "en": {
      "title": "Security info registration was blocked because of how the method is classified for MFA",
      "explanation": "This code is rarely seen; it is known from the sign-in page and has no description in the public error reference. Its name points to a registration (proof-up) step that was refused because of the method's MFA classification, for example registering with a credential that does not qualify. The sign-in page shows the same message as for 54009.",
      "action": [
        "Ask the user which method they were trying to register and try a different one.",
        "Check Entra admin center > Authentication methods > Policies to see which methods the user may register.",
        "If the user is stuck, issue a Temporary Access Pass so they can register a strong method.",
        "Collect the correlation ID and timestamp and check the failure reason recorded in the sign-in log if the cause stays unclear."
      ]
    },
    "ja": {
      "title": "MFA 上の分類のため、セキュリティ情報の登録がブロックされました",
      "explanation": "このコードはめったに見られず、サインイン画面側から知られているだけで、公開のエラー リファレンスには説明がありません。名前からは、認証方法の MFA 上の分類を理由に登録 (プルーフアップ) が拒否されたこと、たとえば条件を満たさない資格情報で登録しようとしたことがうかがえます。サインイン画面では 54009 と同じメッセージが表示されます。",
      "action": [
        "ユーザーにどの方法を登録しようとしたか確認し、別の方法で試してもらいます。",
        "Microsoft Entra 管理センター > 認証方法 > ポリシー で、ユーザーが登録できる方法を確認します。",
        "登録が進まない場合は一時アクセス パス (TAP) を発行し、強力な認証方法を登録できるようにします。",
        "原因がはっきりしない場合は、相関 ID と日時を控えてサインイン ログの失敗理由を確認します。"
      ]
    }
  },
  {
    "code": 65001,
    "identifier": "DelegationDoesNotExist",
    "outcome": "interrupted",
    "category": "consent",
    "actor": "user",
    "en": {
      "title": "Consent for the app has not been given yet",
      "explanation": "The app wants to act on the user's behalf, but neither the user nor an administrator has consented to the permissions it needs. In an interactive sign-in the user is shown a consent prompt; in a silent or non-interactive request the call fails until consent exists. If user consent is disabled in the tenant, an administrator must grant it.",
      "action": [
        "If a consent prompt was shown, let the user review and accept it (if they are allowed to).",
        "Check Entra admin center > Enterprise apps > select the app > Permissions to see what has been granted.",
        "If users may not consent, have an administrator review the permissions and use Grant admin consent, or process the request under Admin consent requests.",
        "Developers should trigger an interactive request when they get this code from a silent token call."
      ]
    },
    "ja": {
      "title": "アプリへの同意がまだ行われていません",
      "explanation": "アプリはユーザーの代わりに処理を行おうとしていますが、必要なアクセス許可にユーザーも管理者もまだ同意していません。対話型のサインインであれば同意画面が表示され、サイレント (非対話型) の要求では同意が済むまで失敗します。テナントでユーザーの同意が無効になっている場合は、管理者が同意する必要があります。",
      "action": [
        "同意画面が表示された場合は、ユーザーに内容を確認してもらい、許可されていれば同意してもらいます。",
        "Microsoft Entra 管理センター > エンタープライズ アプリケーション > 対象アプリ > アクセス許可 で、付与済みの内容を確認します。",
        "ユーザーが同意できない設定であれば、管理者がアクセス許可を確認して「管理者の同意を与えます」を実行するか、「管理者の同意要求」から処理します。",
        "開発者は、サイレント取得でこのコードを受け取ったら対話型の要求に切り替えるよう実装します。"
      ]
    }
  },
  {
    "code": 65002,
    "identifier": "",
    "outcome": "failure",
    "category": "consent",
    "actor": "app-developer",
    "en": {
      "title": "A Microsoft-owned app ID was used to request a token for an API that has not pre-authorized it",
      "explanation": "Between Microsoft first-party apps and APIs, permissions are not consented by tenants but pre-authorized by the API owner. This request used a Microsoft app ID (for example the Azure CLI or PowerShell client ID) to get a token for an API that has not pre-authorized that app. It usually means someone reused a Microsoft client ID in their own script or app instead of registering one.",
      "action": [
        "Find the client app ID and resource in the sign-in event and check whether the client is a Microsoft-owned app.",
        "Have the developer register their own app in App registrations, add the needed API permissions, and use that client ID.",
        "If a genuine Microsoft product is failing this way, collect the correlation ID and timestamp and open a support request."
      ]
    },
    "ja": {
      "title": "Microsoft 所有のアプリ ID で、事前承認されていない API のトークンを要求しました",
      "explanation": "Microsoft のファースト パーティ アプリと API の間では、アクセス許可はテナントの同意ではなく API 所有者による事前承認で管理されています。この要求は、Microsoft のアプリ ID (Azure CLI や PowerShell のクライアント ID など) を使って、そのアプリを事前承認していない API のトークンを取得しようとしました。多くの場合、独自のスクリプトやアプリで自前の登録をせずに Microsoft のクライアント ID を流用していることを意味します。",
      "action": [
        "サインイン イベントでクライアントのアプリ ID とリソースを確認し、クライアントが Microsoft 所有のアプリかどうかを判断します。",
        "開発者に、アプリの登録で自前のアプリを登録し、必要な API のアクセス許可を追加したうえでそのクライアント ID を使うよう依頼します。",
        "正規の Microsoft 製品がこのエラーで失敗している場合は、相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 65004,
    "identifier": "UserDeclinedConsent",
    "outcome": "failure",
    "category": "consent",
    "actor": "user",
    "en": {
      "title": "The user declined the consent prompt",
      "explanation": "The app asked the user to approve its permissions, and the user chose Cancel or Decline. Without that consent the app cannot get a token. This is a deliberate user choice, though sometimes it happens because the prompt looked suspicious or unclear.",
      "action": [
        "Ask the user whether they declined on purpose; if the app is approved for use, have them sign in again and accept.",
        "Check the publisher and permissions in Entra admin center > Enterprise apps > select the app before advising the user to accept.",
        "To avoid per-user prompts for a sanctioned app, an administrator can grant tenant-wide admin consent."
      ]
    },
    "ja": {
      "title": "ユーザーが同意画面で拒否しました",
      "explanation": "アプリがアクセス許可の承認をユーザーに求め、ユーザーが「キャンセル」または「拒否」を選びました。この同意がないと、アプリはトークンを取得できません。ユーザーの意図的な選択ですが、同意画面が不審に見えた、内容が分かりにくかったといった理由で拒否されることもあります。",
      "action": [
        "意図して拒否したのかユーザーに確認し、利用が認められたアプリであれば再度サインインして同意してもらいます。",
        "ユーザーに同意を勧める前に、Microsoft Entra 管理センター > エンタープライズ アプリケーション > 対象アプリ で発行元とアクセス許可を確認します。",
        "承認済みのアプリで毎回の同意を避けたい場合は、管理者がテナント全体に対して管理者の同意を与えます。"
      ]
    }
  },
  {
    "code": 65005,
    "identifier": "MisconfiguredApplication",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The app requested access that its registration does not declare, or the resource is wrong",
      "explanation": "The app asked for a resource or permission that is not in the list of API permissions on its registration, or the resource it named cannot be found in the tenant. For SAML apps the same code appears when the Identifier (Entity ID) sent by the app does not match the one configured in Entra ID. It is a mismatch between the request and the app configuration.",
      "action": [
        "Read the resource and client app IDs in the sign-in event and error details.",
        "In App registrations > the app > API permissions, add the missing permission for that resource, then grant consent if needed.",
        "Check that the resource app exists in the tenant (Enterprise apps) and that the app requests its correct identifier URI.",
        "For SAML apps, compare Enterprise apps > the app > Single sign-on > Basic SAML Configuration > Identifier with the issuer the app sends."
      ]
    },
    "ja": {
      "title": "アプリの登録で宣言されていないアクセスを要求したか、リソースの指定が誤っています",
      "explanation": "アプリが、登録内容の「API のアクセス許可」に含まれていないリソースやアクセス許可を要求したか、指定したリソースがテナントに見つかりませんでした。SAML アプリでは、アプリが送る識別子 (エンティティ ID) が Entra ID 側の設定と一致しない場合にも同じコードになります。要求内容とアプリの構成が食い違っている状態です。",
      "action": [
        "サインイン イベントとエラーの詳細から、リソースとクライアント アプリの ID を確認します。",
        "アプリの登録 > 対象アプリ > API のアクセス許可 で不足しているアクセス許可を追加し、必要に応じて同意を付与します。",
        "リソース側のアプリがテナントに存在するか (エンタープライズ アプリケーション)、アプリが正しい識別子 URI を要求しているか確認します。",
        "SAML アプリの場合は、エンタープライズ アプリケーション > 対象アプリ > シングル サインオン > 基本的な SAML 構成 の識別子と、アプリが送る発行者を比較します。"
      ]
    }
  },
  {
    "code": 67003,
    "identifier": "ActorNotValidServiceIdentity",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The acting service in the request is not a valid service identity",
      "explanation": "The code is rarely seen and the public reference gives only its name. It points to a token request where one service acts for another (an actor token), and the acting party was not accepted as a valid service identity. It is normally a service-to-service integration problem rather than something the end user caused.",
      "action": [
        "Identify the client app and resource in the sign-in event (service principal sign-ins are a good place to look).",
        "Check whether the calling app is a supported service principal in the tenant and that its credentials and configuration are current.",
        "Collect the correlation ID and timestamp and check the failure reason recorded in the sign-in; open a support request or contact the app vendor if it continues."
      ]
    },
    "ja": {
      "title": "要求の中で代理を行うサービスが、有効なサービス ID ではありません",
      "explanation": "めったに見られないコードで、公開リファレンスには名前しか載っていません。あるサービスが別のサービスの代理として動くトークン要求 (アクター トークン) で、代理側が有効なサービス ID として認められなかったことを示しています。通常はサービス間連携の問題で、エンド ユーザーの操作が原因ではありません。",
      "action": [
        "サインイン イベント (サービス プリンシパルのサインインも含む) でクライアント アプリとリソースを特定します。",
        "呼び出し元のアプリがテナント内で有効なサービス プリンシパルであり、資格情報や構成が最新か確認します。",
        "相関 ID と日時を控えてサインインの失敗理由を確認し、継続する場合はサポートまたはアプリのベンダーに問い合わせます。"
      ]
    }
  }
];
