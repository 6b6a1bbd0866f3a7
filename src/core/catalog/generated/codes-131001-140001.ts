// GENERATED from src/core/catalog/data/codes-131001-140001.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 131001,
    "identifier": "PublicIdentifierSasBeginCallRetriableError",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "Temporary error while starting a phone-number (SMS) sign-in",
      "explanation": "The code is rarely seen and is not described in the public reference; its name points to a temporary failure when the sign-in service asked the strong authentication service to start verification for a public identifier, such as a phone number used as the user name in SMS sign-in. Because it is marked as retriable, the request itself was probably fine and a new attempt usually works.",
      "action": [
        "Ask the user to wait a minute and sign in again.",
        "In the sign-in logs, open the failed sign-in and read the Authentication Details tab to see which method and step failed.",
        "Check Microsoft 365 admin center > Health > Service health for incidents affecting MFA or SMS delivery.",
        "If it repeats for many users, collect the correlation IDs and timestamps and open a support case."
      ]
    },
    "ja": {
      "title": "電話番号 (SMS) によるサインインの開始時に一時的なエラーが発生しました",
      "explanation": "このコードはまれで、公開されているリファレンスにも説明がありません。名前から判断すると、SMS サインインのようにユーザー名として電話番号などの公開識別子を使う際、サインイン サービスが強力な認証サービスに検証の開始を依頼した段階で一時的に失敗したものと考えられます。再試行可能なエラーとされているため、要求自体には問題がなく、もう一度試せば成功することがほとんどです。",
      "action": [
        "1 分ほど待ってから再度サインインしてもらいます。",
        "サインイン ログで失敗したサインインを開き、[認証の詳細] タブでどの方法のどの段階で失敗したかを確認します。",
        "Microsoft 365 管理センターの [正常性] > [サービス正常性] で、MFA や SMS 配信に影響する障害が出ていないか確認します。",
        "多数のユーザーで繰り返し発生する場合は、相関 ID とタイムスタンプを集めてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 131002,
    "identifier": "PublicIdentifierSasBeginCallNonRetriableError",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "Phone-number (SMS) sign-in could not be started",
      "explanation": "The code is rarely seen; its name indicates that starting verification for a public identifier, such as a phone number used for SMS sign-in, failed in a way that a plain retry will not fix. A phone number that cannot receive SMS, a blocked country or carrier, or a problem on the service side are plausible causes.",
      "action": [
        "In the sign-in logs, open the failed sign-in and read the Authentication Details tab to see which method and step failed.",
        "Check the phone number registered under Entra admin center > Users > select the user > Authentication methods, including the country code.",
        "Let the user sign in with another method (Authenticator, password plus MFA) so they are not blocked.",
        "Open a support case with the correlation ID and timestamp if the number is correct and the error persists."
      ]
    },
    "ja": {
      "title": "電話番号 (SMS) によるサインインを開始できませんでした",
      "explanation": "まれなコードですが、名前からは、SMS サインインで使う電話番号などの公開識別子について検証の開始に失敗し、単純な再試行では解決しない状態であることがわかります。SMS を受信できない番号、国や通信事業者によるブロック、サービス側の問題などが考えられます。",
      "action": [
        "サインイン ログで失敗したサインインを開き、[認証の詳細] タブでどの方法のどの段階で失敗したかを確認します。",
        "Microsoft Entra 管理センターの [ユーザー] > 対象ユーザー > [認証方法] で、登録されている電話番号を国番号も含めて確認します。",
        "ユーザーが作業を続けられるよう、Authenticator やパスワードと MFA など別の方法でサインインしてもらいます。",
        "番号が正しいのに解消しない場合は、相関 ID とタイムスタンプを添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 131003,
    "identifier": "PublicIdentifierSasEndCallRetriableError",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "Temporary error while checking the code for a phone-number (SMS) sign-in",
      "explanation": "The code is rarely seen; its name indicates a temporary failure at the step where the strong authentication service verifies the code the user entered for a public identifier sign-in, such as SMS sign-in. It is flagged as retriable, so a fresh attempt normally succeeds.",
      "action": [
        "Ask the user to request a new code and sign in again.",
        "In the sign-in logs, open the failed sign-in and read the Authentication Details tab to see which method and step failed.",
        "Check Service health for MFA incidents if several users report the same error at the same time."
      ]
    },
    "ja": {
      "title": "電話番号 (SMS) サインインのコード確認中に一時的なエラーが発生しました",
      "explanation": "まれなコードですが、名前からは、SMS サインインなど公開識別子によるサインインで、ユーザーが入力したコードを強力な認証サービスが確認する段階で一時的に失敗したことがわかります。再試行可能とされているため、改めて試せば通常は成功します。",
      "action": [
        "新しいコードを要求して、もう一度サインインしてもらいます。",
        "サインイン ログで失敗したサインインを開き、[認証の詳細] タブでどの方法のどの段階で失敗したかを確認します。",
        "複数のユーザーが同じ時間帯に同じエラーを報告している場合は、サービス正常性で MFA 関連の障害を確認します。"
      ]
    }
  },
  {
    "code": 131004,
    "identifier": "PublicIdentifierSasEndCallNonRetriableError",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "Code check for a phone-number (SMS) sign-in failed permanently",
      "explanation": "The code is rarely seen; its name indicates that verifying the code for a public identifier sign-in, such as SMS sign-in, failed in a way a retry will not fix. An expired or already used code, repeated wrong codes, or a service-side problem can lead here.",
      "action": [
        "Have the user start the sign-in from the beginning so a new code is sent, and enter it promptly.",
        "In the sign-in logs, open the failed sign-in and read the Authentication Details tab to see which method and step failed.",
        "Let the user use another registered method meanwhile.",
        "If it keeps happening, open a support case with the correlation ID and timestamp."
      ]
    },
    "ja": {
      "title": "電話番号 (SMS) サインインのコード確認が再試行不能なエラーで失敗しました",
      "explanation": "まれなコードですが、名前からは、SMS サインインなど公開識別子によるサインインのコード確認が、再試行では解決しない形で失敗したことがわかります。コードの期限切れや使用済み、誤ったコードの繰り返し入力、サービス側の問題などが考えられます。",
      "action": [
        "サインインを最初からやり直して新しいコードを受け取り、すぐに入力してもらいます。",
        "サインイン ログで失敗したサインインを開き、[認証の詳細] タブでどの方法のどの段階で失敗したかを確認します。",
        "その間は、登録済みの別の認証方法を使ってもらいます。",
        "繰り返し発生する場合は、相関 ID とタイムスタンプを添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 131010,
    "identifier": "PublicIdentifierAuthUserNotAllowedByPolicy",
    "outcome": "failure",
    "category": "credentials",
    "actor": "tenant-admin",
    "en": {
      "title": "Phone-number (SMS) sign-in is not allowed for this user",
      "explanation": "The user tried to sign in with a public identifier such as a phone number, but the authentication methods policy does not allow that for them. SMS can be enabled for MFA only, and the separate option that allows it as a sign-in method may be off or aimed at another group.",
      "action": [
        "Open Entra admin center > Authentication methods > Policies > SMS and check whether it is enabled, which groups are targeted, and whether use for sign-in is allowed for them.",
        "Confirm that the user is a member of the targeted group.",
        "If SMS sign-in is not intended for this user, tell them to sign in with their user name and another allowed method."
      ]
    },
    "ja": {
      "title": "このユーザーには電話番号 (SMS) によるサインインが許可されていません",
      "explanation": "電話番号などの公開識別子でサインインしようとしましたが、認証方法ポリシーでこのユーザーには許可されていません。SMS は MFA 専用として有効にすることもでき、サインイン方法としての利用を許可するオプションが無効か、別のグループが対象になっている可能性があります。",
      "action": [
        "Microsoft Entra 管理センターの [認証方法] > [ポリシー] > [SMS] で、有効化の状態、対象グループ、サインインでの利用が許可されているかを確認します。",
        "ユーザーが対象グループに含まれているか確認します。",
        "このユーザーに SMS サインインを使わせる想定がない場合は、ユーザー名と許可されている別の方法でサインインするよう案内します。"
      ]
    }
  },
  {
    "code": 135010,
    "identifier": "KeyNotFound",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Key used for device authentication was not found",
      "explanation": "The public reference gives only the name, so details are uncertain. It is normally seen when a device or a device-bound credential presents a key that Microsoft Entra ID cannot find, for example after the device object was deleted or the registration was reset on one side only.",
      "action": [
        "Run dsregcmd /status on the device and check the join state, device certificate and PRT status.",
        "Look up the device in Entra admin center > Devices > All devices and check that the device ID matches the one on the machine.",
        "If the registration is out of sync, leave and re-join or re-register the device, then sign in again.",
        "Collect the correlation ID and timestamp from the sign-in record if the problem remains."
      ]
    },
    "ja": {
      "title": "デバイス認証に使うキーが見つかりませんでした",
      "explanation": "公開されているリファレンスには名前しか記載されておらず、詳細ははっきりしません。通常は、デバイスまたはデバイスに紐づく資格情報が提示したキーを Microsoft Entra ID 側で見つけられない場合に出ます。デバイス オブジェクトが削除された場合や、登録が片側だけでリセットされた場合などです。",
      "action": [
        "デバイスで dsregcmd /status を実行し、参加状態、デバイス証明書、PRT の状態を確認します。",
        "Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] で対象デバイスを探し、デバイス ID が端末側の値と一致しているか確認します。",
        "登録が食い違っている場合は、参加の解除と再参加 (または再登録) を行ってから再度サインインします。",
        "解消しない場合は、サインイン記録の相関 ID とタイムスタンプを控えます。"
      ]
    }
  },
  {
    "code": 135011,
    "identifier": "DeviceIsDisabled",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Device used for the sign-in is disabled",
      "explanation": "The device that took part in the authentication is disabled in Microsoft Entra ID, so its identity is not accepted. An administrator, a stale-device cleanup job, or Intune retirement may have disabled it.",
      "action": [
        "Find the device in Entra admin center > Devices > All devices and check the Enabled column; use Audit logs to see who disabled it.",
        "Enable the device again if it is still legitimately in use, or have the user switch to a supported device.",
        "Check your device cleanup rules so that active devices are not disabled."
      ]
    },
    "ja": {
      "title": "サインインに使われたデバイスが無効化されています",
      "explanation": "認証に使われたデバイスが Microsoft Entra ID で無効化されているため、デバイスの ID が受け付けられません。管理者の操作、古いデバイスの整理ジョブ、または Intune でのリタイアによって無効化された可能性があります。",
      "action": [
        "Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] で対象デバイスの [有効] 列を確認し、監査ログで誰が無効化したかを調べます。",
        "まだ正当に使われているデバイスなら有効に戻し、そうでなければサポート対象のデバイスに切り替えてもらいます。",
        "使用中のデバイスが無効化されないよう、デバイスの整理ルールを確認します。"
      ]
    }
  },
  {
    "code": 135016,
    "identifier": "FidoBlockedByPolicy",
    "outcome": "failure",
    "category": "credentials",
    "actor": "tenant-admin",
    "en": {
      "title": "Passkey (FIDO2) sign-in is blocked by policy",
      "explanation": "The user tried to sign in with a passkey or FIDO2 security key, but the authentication methods policy does not allow it. The method may be disabled, the user may not be in the targeted group, or key restrictions may block this authenticator model (AAGUID).",
      "action": [
        "Open Entra admin center > Authentication methods > Policies > Passkey (FIDO2) and check enablement and the included and excluded groups.",
        "Under the passkey configuration, check whether key restrictions are enforced and whether the AAGUID of the user key is allowed.",
        "Have the user sign in with another method until the policy or the key is sorted out."
      ]
    },
    "ja": {
      "title": "パスキー (FIDO2) によるサインインがポリシーでブロックされています",
      "explanation": "パスキーまたは FIDO2 セキュリティ キーでサインインしようとしましたが、認証方法ポリシーで許可されていません。方法自体が無効、ユーザーが対象グループに含まれていない、またはキーの制限でこの認証器のモデル (AAGUID) がブロックされている可能性があります。",
      "action": [
        "Microsoft Entra 管理センターの [認証方法] > [ポリシー] > [パスキー (FIDO2)] で、有効化の状態と対象・除外グループを確認します。",
        "パスキーの構成でキーの制限が適用されているか、ユーザーのキーの AAGUID が許可されているかを確認します。",
        "ポリシーかキーの問題が解決するまでは、別の方法でサインインしてもらいます。"
      ]
    }
  },
  {
    "code": 140000,
    "identifier": "InvalidRequestNonce",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Sign-in request was sent without the required nonce",
      "explanation": "Some requests, mainly device-bound ones such as primary refresh token (PRT) requests, must include a nonce obtained from Microsoft Entra ID beforehand, and this one did not. It usually comes from a client component that skipped the nonce step, an outdated OS or broker, or a proxy that altered the request.",
      "action": [
        "Note which client app and operating system appear in the sign-in record, and check whether they are up to date.",
        "If the failing client is custom code, make sure it requests a fresh nonce before sending the signed request.",
        "Check that no proxy or TLS inspection device modifies traffic to login.microsoftonline.com.",
        "Collect the correlation ID and timestamp if a Microsoft client is affected."
      ]
    },
    "ja": {
      "title": "必要なノンスが含まれないままサインイン要求が送信されました",
      "explanation": "プライマリ更新トークン (PRT) の要求などデバイスに紐づく一部の要求では、事前に Microsoft Entra ID から取得したノンスを含める必要がありますが、この要求には含まれていませんでした。ノンス取得の手順を省いたクライアント コンポーネント、古い OS やブローカー、要求を書き換えるプロキシが主な原因です。",
      "action": [
        "サインイン記録に表示されているクライアント アプリと OS を確認し、最新の状態か確認します。",
        "失敗しているのが自社開発のコードであれば、署名付き要求を送る前に新しいノンスを取得しているか確認します。",
        "login.microsoftonline.com への通信をプロキシや TLS インスペクション装置が書き換えていないか確認します。",
        "Microsoft 製のクライアントで発生している場合は、相関 ID とタイムスタンプを控えます。"
      ]
    }
  },
  {
    "code": 140001,
    "identifier": "InvalidSessionKey",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Session key of the device sign-in is not valid",
      "explanation": "The request was protected with a session key, typically the one bound to the primary refresh token (PRT) on a joined or registered device, and Microsoft Entra ID could not accept it. This generally means the device registration or its PRT is out of step, for example after a TPM reset, a re-join or a restored image.",
      "action": [
        "Run dsregcmd /status on the device and check AzureAdPrt and the related error fields.",
        "Have the user lock and unlock or sign out and back in to force a new PRT.",
        "If the problem persists, leave and re-join or re-register the device.",
        "Check the device object in Entra admin center > Devices > All devices for duplicates or a disabled state."
      ]
    },
    "ja": {
      "title": "デバイス サインインのセッション キーが無効です",
      "explanation": "要求はセッション キー (一般には参加済みまたは登録済みデバイスのプライマリ更新トークン (PRT) に紐づくキー) で保護されていましたが、Microsoft Entra ID はそれを受け付けられませんでした。TPM のリセット、再参加、イメージの復元などにより、デバイス登録や PRT の状態が食い違っていることを示すのが一般的です。",
      "action": [
        "デバイスで dsregcmd /status を実行し、AzureAdPrt と関連するエラー項目を確認します。",
        "いったんロックして解除するか、サインアウトして再サインインしてもらい、PRT を取り直させます。",
        "解消しない場合は、デバイスの参加解除と再参加 (または再登録) を行います。",
        "Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] で、デバイス オブジェクトが重複していたり無効化されていたりしないか確認します。"
      ]
    }
  }
];
