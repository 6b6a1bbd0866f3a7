// GENERATED from src/core/catalog/data/codes-90114-90130.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 90114,
    "identifier": "InvalidExpiryDate",
    "outcome": "failure",
    "category": "device",
    "actor": "tenant-admin",
    "en": {
      "title": "The bulk enrollment token would be issued already expired",
      "explanation": "Bulk enrollment (for example a Windows provisioning package built with Windows Configuration Designer) uses a bulk token with an expiry date. The expiry requested for this token lies in the past or outside what is allowed, so the token would be useless and is not issued. Devices provisioned with such a package cannot join Entra ID.",
      "action": [
        "Check the expiry date set when the provisioning package or bulk token was created.",
        "Create a new bulk token or package with a valid future expiry (within the maximum allowed period) and redeploy it.",
        "Verify that the account used to create the bulk token is still allowed to join devices (Devices > Device settings)."
      ]
    },
    "ja": {
      "title": "一括登録トークンが、発行時点ですでに期限切れになってしまいます",
      "explanation": "一括登録 (Windows Configuration Designer で作成するプロビジョニング パッケージなど) では、有効期限付きの一括トークンを使います。このトークンに指定された有効期限が過去、または許容範囲外だったため、使えないトークンとなり発行されませんでした。このようなパッケージでプロビジョニングしたデバイスは Entra ID に参加できません。",
      "action": [
        "プロビジョニング パッケージや一括トークンの作成時に設定した有効期限を確認します。",
        "有効な将来の日付 (許容される最大期間内) で一括トークンまたはパッケージを作り直し、再配布します。",
        "一括トークンを作成したアカウントが、引き続きデバイスを参加させられる設定か (デバイス > デバイスの設定) 確認します。"
      ]
    }
  },
  {
    "code": 90117,
    "identifier": "InvalidRequestInput",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The input of the request was not valid",
      "explanation": "The code is rarely seen and the public reference gives only its name. It indicates that Entra ID rejected some input in the request as invalid, without a more specific code. The error description returned to the app is the best source for the exact field.",
      "action": [
        "Read the full error description in the app logs or on the error page.",
        "Capture the request with a network trace and compare its parameters with the protocol documentation.",
        "Collect the correlation ID and timestamp and check the failure reason recorded in the sign-in event; contact the app vendor or support if unresolved."
      ]
    },
    "ja": {
      "title": "要求の入力内容が無効でした",
      "explanation": "めったに見られないコードで、公開リファレンスには名前しか載っていません。より具体的なコードを使わずに、要求の一部の入力を Entra ID が無効として拒否したことを示します。どの項目かを知るには、アプリに返されたエラーの説明を見るのが確実です。",
      "action": [
        "アプリ ログやエラー画面で、エラーの説明全体を確認します。",
        "ネットワーク トレースで要求を取得し、パラメーターをプロトコルのドキュメントと比較します。",
        "相関 ID と日時を控えてサインイン イベントの失敗理由を確認し、解決しない場合はアプリのベンダーまたはサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 90119,
    "identifier": "InvalidUserCode",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "No device code was entered",
      "explanation": "In the device code flow the user submitted the code entry page with an empty code. Nothing can be matched without a code, so the sign-in does not proceed. Entering the code displayed on the device fixes it.",
      "action": [
        "Ask the user to enter the full code shown on the device at https://microsoft.com/devicelogin.",
        "If the device no longer shows a code, restart the sign-in on the device to get a new one."
      ]
    },
    "ja": {
      "title": "デバイス コードが入力されていません",
      "explanation": "デバイス コード フローで、ユーザーがコードを空のままコード入力画面を送信しました。コードがなければ照合できないため、サインインは進みません。デバイスに表示されたコードを入力すれば解決します。",
      "action": [
        "https://microsoft.com/devicelogin で、デバイスに表示されたコードを最後まで入力するようユーザーに案内します。",
        "デバイスにコードが表示されていない場合は、デバイス側でサインインをやり直して新しいコードを取得してもらいます。"
      ]
    }
  },
  {
    "code": 90120,
    "identifier": "InvalidDeviceFlowRequest",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "This device code request was already approved or declined",
      "explanation": "The user entered a device code that has already been used: the request behind it was approved or declined earlier. A device code can be completed only once. It often happens when the user goes back and submits the same code again.",
      "action": [
        "Check whether the device is already signed in; if so, nothing more is needed.",
        "Otherwise restart sign-in on the device to get a new code and complete it once.",
        "If the user did not start the device sign-in, investigate possible device code phishing for the account."
      ]
    },
    "ja": {
      "title": "このデバイス コード要求はすでに承認または拒否されています",
      "explanation": "ユーザーが入力したデバイス コードは使用済みで、対応する要求は以前に承認または拒否されていました。デバイス コードは 1 回しか完了できません。ユーザーが画面を戻って同じコードを再送信したときによく起こります。",
      "action": [
        "デバイスがすでにサインイン済みか確認します。済んでいれば対応は不要です。",
        "サインインできていなければ、デバイス側でやり直して新しいコードを取得し、1 回だけ完了してもらいます。",
        "ユーザーがデバイス サインインを始めた覚えがない場合は、デバイス コード フィッシングの可能性を調査します。"
      ]
    }
  },
  {
    "code": 90121,
    "identifier": "InvalidEmptyRequest",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The request arrived empty",
      "explanation": "Entra ID received a request with no usable content, for example a POST without a body or without any of the expected parameters. It is usually a client bug or a request damaged by a proxy. Users may also trigger it by reloading a page that was meant to be submitted once.",
      "action": [
        "Capture the failing request and confirm whether the body and parameters are present.",
        "Check that no proxy or security device strips the request body.",
        "Have the developer fix the request code; if caused by a page reload, the user can restart the sign-in from the app."
      ]
    },
    "ja": {
      "title": "空の要求が届きました",
      "explanation": "本文のない POST や想定したパラメーターがまったくない要求など、利用できる内容を含まない要求を Entra ID が受け取りました。通常はクライアントの不具合か、プロキシによって要求が壊されたことが原因です。1 回だけ送信する前提のページをユーザーが再読み込みしたときにも起こります。",
      "action": [
        "失敗した要求を取得し、本文とパラメーターが含まれているか確認します。",
        "プロキシやセキュリティ機器が要求の本文を削除していないか確認します。",
        "開発者に要求のコードを修正してもらいます。再読み込みが原因であれば、アプリからサインインをやり直してもらいます。"
      ]
    }
  },
  {
    "code": 90123,
    "identifier": "IdentityProviderAccessDenied",
    "outcome": "failure",
    "category": "federation",
    "actor": "identity-provider",
    "en": {
      "title": "The external identity or claims provider denied the request",
      "explanation": "The sign-in relied on another party, such as a federated identity provider or a claims provider, and that party refused to issue what Entra ID needed. Entra ID therefore cannot issue a token either. The reason is recorded at the external provider, not in Entra ID.",
      "action": [
        "Identify the external provider involved from the sign-in event (federated IdP, external authentication method or claims provider).",
        "Check the provider's own logs and policies for the user and time of the failure (for example AD FS access control policies or the third-party IdP's sign-in log).",
        "Have the provider administrator correct the policy or the user's status there, then retest."
      ]
    },
    "ja": {
      "title": "外部の ID プロバイダーまたはクレーム プロバイダーが要求を拒否しました",
      "explanation": "このサインインはフェデレーション先の ID プロバイダーやクレーム プロバイダーなど別の当事者に依存しており、その当事者が Entra ID に必要なものの発行を拒否しました。そのため Entra ID もトークンを発行できません。拒否の理由は Entra ID ではなく外部プロバイダー側に記録されています。",
      "action": [
        "サインイン イベントから、関係した外部プロバイダー (フェデレーション IdP、外部認証方法、クレーム プロバイダー) を特定します。",
        "失敗した時刻とユーザーについて、プロバイダー側のログやポリシー (AD FS のアクセス制御ポリシーやサードパーティ IdP のサインイン ログなど) を確認します。",
        "プロバイダーの管理者にポリシーやユーザーの状態を修正してもらい、再テストします。"
      ]
    }
  },
  {
    "code": 90124,
    "identifier": "V1ResourceV2GlobalEndpointNotSupported",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "This resource cannot be requested through /common or /consumers",
      "explanation": "The app asked for a token for a resource that only supports work or school accounts, but used the /common or /consumers endpoint, which may route to a personal account. Entra ID refuses because it cannot guarantee a suitable account type. Using /organizations or the tenant-specific endpoint solves it.",
      "action": [
        "Check the authority in the app configuration.",
        "Change it to https://login.microsoftonline.com/organizations or to the specific tenant ID when requesting tokens for this resource.",
        "Retest sign-in with a work or school account."
      ]
    },
    "ja": {
      "title": "このリソースは /common や /consumers 経由では要求できません",
      "explanation": "アプリは職場または学校アカウントにしか対応していないリソースのトークンを要求しましたが、個人用アカウントに振り分けられる可能性がある /common や /consumers のエンドポイントを使いました。適切なアカウントの種類を保証できないため、Entra ID は要求を拒否します。/organizations またはテナント固有のエンドポイントを使えば解決します。",
      "action": [
        "アプリの設定にある authority を確認します。",
        "このリソースのトークンを要求する際は、https://login.microsoftonline.com/organizations または特定のテナント ID に変更します。",
        "職場または学校アカウントでサインインを再テストします。"
      ]
    }
  },
  {
    "code": 90125,
    "identifier": "DebugModeEnrollTenantNotFound",
    "outcome": "failure",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "The user name entered was not found",
      "explanation": "The service could not find the user that was entered, so it cannot continue. A typo in the user name or the use of an address that is not the sign-in name (UPN) are the most likely causes. The identifier suggests a specific enrollment scenario, but the public reference only says the user is not in the system.",
      "action": [
        "Ask the user to check the spelling of the user name and to use their full sign-in name (UPN).",
        "Look the user up in Entra admin center > Users to confirm the account exists and note its UPN.",
        "If the account exists and the error persists, collect the correlation ID and timestamp for support."
      ]
    },
    "ja": {
      "title": "入力されたユーザー名が見つかりませんでした",
      "explanation": "入力されたユーザーが見つからなかったため、サービスは処理を続けられませんでした。ユーザー名の入力ミスや、サインイン名 (UPN) ではないアドレスを入力したことが最も考えられる原因です。識別子の名前は特定の登録シナリオを示唆していますが、公開リファレンスには「ユーザーがシステムに存在しない」としか書かれていません。",
      "action": [
        "ユーザー名のつづりを確認し、完全なサインイン名 (UPN) を入力するようユーザーに案内します。",
        "Microsoft Entra 管理センター > ユーザー でアカウントが存在するか確認し、UPN を控えます。",
        "アカウントが存在するのにエラーが続く場合は、相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 90126,
    "identifier": "DebugModeEnrollTenantNotInferred",
    "outcome": "failure",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "The tenant could not be determined from the user name entered",
      "explanation": "The endpoint used needs to work out the user's organization from the user name, and it could not, or the type of account entered is not supported there. Entering a personal account or an address from an unregistered domain commonly leads to this. The user should sign in with their work or school account.",
      "action": [
        "Ask the user to sign in with their organizational account (UPN) rather than a personal or alias address.",
        "Check that the domain of the user name is a verified domain in Entra admin center > Domain names.",
        "If the account is correct, collect the correlation ID and timestamp and check the failure reason recorded in the sign-in."
      ]
    },
    "ja": {
      "title": "入力されたユーザー名からテナントを判断できませんでした",
      "explanation": "使用されたエンドポイントはユーザー名からユーザーの組織を判断する必要がありますが、それができなかったか、入力された種類のアカウントに対応していませんでした。個人用アカウントや、登録されていないドメインのアドレスを入力した場合によく起こります。ユーザーは職場または学校アカウントでサインインする必要があります。",
      "action": [
        "個人用アドレスや別名ではなく、組織のアカウント (UPN) でサインインするようユーザーに案内します。",
        "ユーザー名のドメインが Microsoft Entra 管理センター > ドメイン名 で確認済みドメインになっているか確認します。",
        "アカウントが正しい場合は、相関 ID と日時を控えてサインインに記録された失敗理由を確認します。"
      ]
    }
  },
  {
    "code": 90130,
    "identifier": "NonConvergedAppV2GlobalEndpointNotSupported",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "This app cannot sign in through /common or /consumers",
      "explanation": "The application is registered in a way that does not support personal Microsoft accounts, yet it sent the user to the /common or /consumers endpoint. Entra ID refuses rather than risk a personal account reaching an app that cannot handle it. Either the endpoint or the app registration must change.",
      "action": [
        "Check the authority used by the app and the Supported account types in App registrations > the app > Authentication.",
        "If only work or school accounts are needed, use /organizations or the tenant-specific endpoint.",
        "If personal accounts must be supported, change Supported account types accordingly (this may require a new registration for older apps)."
      ]
    },
    "ja": {
      "title": "このアプリは /common や /consumers 経由ではサインインできません",
      "explanation": "このアプリケーションは個人用 Microsoft アカウントに対応しない形で登録されていますが、ユーザーを /common や /consumers のエンドポイントに送りました。対応できないアプリに個人用アカウントが届くことを避けるため、Entra ID は要求を拒否します。エンドポイントかアプリの登録のどちらかを変更する必要があります。",
      "action": [
        "アプリが使う authority と、アプリの登録 > 対象アプリ > 認証 の「サポートされているアカウントの種類」を確認します。",
        "職場または学校アカウントだけで十分なら、/organizations またはテナント固有のエンドポイントを使います。",
        "個人用アカウントにも対応する必要がある場合は、サポートされているアカウントの種類を変更します (古いアプリでは登録し直しが必要なこともあります)。"
      ]
    }
  }
];
