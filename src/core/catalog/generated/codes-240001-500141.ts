// GENERATED from src/core/catalog/data/codes-240001-500141.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 240001,
    "identifier": "BulkAADJTokenUnauthorized",
    "outcome": "failure",
    "category": "device",
    "actor": "tenant-admin",
    "en": {
      "title": "Account behind the bulk enrollment token may not join devices",
      "explanation": "A device tried to join Microsoft Entra ID with a bulk enrollment token, for example from a provisioning package built in Windows Configuration Designer, and the account that owns the token is not allowed to register devices. The device join settings may restrict who can join, or the account may have hit the per-user device limit.",
      "action": [
        "Open Entra admin center > Devices > Device settings and check who may join devices to Microsoft Entra ID and the maximum number of devices per user.",
        "Check which account generated the bulk token and whether it is included in the allowed users or groups.",
        "If the token is old or the account changed, create a new provisioning package with a fresh token.",
        "Remove stale devices owned by the package account if the device limit is the problem."
      ]
    },
    "ja": {
      "title": "一括登録トークンのアカウントにはデバイス参加の権限がありません",
      "explanation": "Windows 構成デザイナーで作成したプロビジョニング パッケージなどの一括登録トークンでデバイスを Microsoft Entra ID に参加させようとしましたが、トークンを所有するアカウントにデバイス登録が許可されていません。デバイスの参加設定で参加できるユーザーが制限されているか、そのアカウントがユーザーあたりのデバイス数の上限に達している可能性があります。",
      "action": [
        "Microsoft Entra 管理センターの [デバイス] > [デバイスの設定] で、デバイスを参加させられるユーザーとユーザーあたりの最大デバイス数を確認します。",
        "どのアカウントで一括トークンを生成したかを確認し、そのアカウントが許可されたユーザーやグループに含まれているか確認します。",
        "トークンが古い場合やアカウントが変わった場合は、新しいトークンでプロビジョニング パッケージを作り直します。",
        "デバイス数の上限が原因であれば、そのアカウントが所有する古いデバイスを削除します。"
      ]
    }
  },
  {
    "code": 240002,
    "identifier": "RequiredClaimIsMissing",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "An ID token was used where an access token is required",
      "explanation": "The application sent an ID token as the assertion of a JWT bearer grant, typically in an on-behalf-of (OBO) call, and that is not allowed. The middle-tier API must pass on the access token it received for itself, not the ID token that the client got at sign-in.",
      "action": [
        "Check the token exchange code in the API: the assertion parameter must be the incoming access token whose audience is this API.",
        "Make sure the client requests an access token for the API scope (for example api://<app-id>/access_as_user) and sends that token to the API.",
        "Decode the token with a JWT viewer to confirm the aud and token type before the OBO request is made."
      ]
    },
    "ja": {
      "title": "アクセス トークンが必要な箇所で ID トークンが使われました",
      "explanation": "アプリケーションが、代理 (OBO) フローなどの JWT ベアラー付与のアサーションとして ID トークンを送信しましたが、これは許可されていません。中間層の API は、サインイン時にクライアントが受け取った ID トークンではなく、自分宛てに受け取ったアクセス トークンを渡す必要があります。",
      "action": [
        "API 側のトークン交換処理で、assertion パラメーターにこの API を対象 (aud) とする受信アクセス トークンを指定しているか確認します。",
        "クライアントが API のスコープ (例: api://<アプリ ID>/access_as_user) でアクセス トークンを要求し、そのトークンを API に送っているか確認します。",
        "OBO 要求の前に JWT ビューアーでトークンをデコードし、aud とトークンの種類を確認します。"
      ]
    }
  },
  {
    "code": 399284,
    "identifier": "InboundIdTokenIssuerInvalid",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "ID token from the external identity provider has an unexpected issuer",
      "explanation": "Microsoft Entra ID received an ID token from a federated OpenID Connect identity provider, but its iss value is empty or does not match the issuer configured for that provider. This is usually a configuration mismatch, for example a wrong issuer URI, a changed tenant-specific issuer at the provider, or the wrong well-known metadata URL.",
      "action": [
        "Open the identity provider configuration in Entra admin center (External Identities > All identity providers, or the federation setting of the domain) and note the configured issuer and metadata URL.",
        "Fetch the provider well-known openid-configuration document and compare its issuer value character by character, including trailing slashes.",
        "Decode a token issued by the provider to confirm which iss it actually emits, and ask the provider owner if it has changed.",
        "Correct the configuration and test sign-in again."
      ]
    },
    "ja": {
      "title": "外部 ID プロバイダーの ID トークンの発行者が想定と異なります",
      "explanation": "Microsoft Entra ID はフェデレーションしている OpenID Connect の ID プロバイダーから ID トークンを受け取りましたが、iss の値が空か、そのプロバイダーに構成されている発行者と一致しませんでした。発行者 URI の誤り、プロバイダー側でテナント固有の発行者が変わった、well-known メタデータの URL が違うといった構成の不一致がほとんどです。",
      "action": [
        "Microsoft Entra 管理センターで ID プロバイダーの構成 ([外部 ID] > [すべての ID プロバイダー]、またはドメインのフェデレーション設定) を開き、発行者とメタデータの URL を控えます。",
        "プロバイダーの well-known の openid-configuration を取得し、issuer の値を末尾のスラッシュも含めて 1 文字ずつ比較します。",
        "プロバイダーが発行したトークンをデコードして実際の iss を確認し、変更がなかったかプロバイダーの管理者に確認します。",
        "構成を修正して、もう一度サインインをテストします。"
      ]
    }
  },
  {
    "code": 500011,
    "identifier": "InvalidResourceServicePrincipalNotFound",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Requested resource application does not exist in this tenant",
      "explanation": "The sign-in asked for a token for a resource (API) that has no service principal in the tenant that handled the request. Either the resource app was never added or consented in this tenant, the request went to the wrong tenant, or the resource URI or scope contains a typo.",
      "action": [
        "Read the resource name or ID in the error and check Entra admin center > Enterprise applications for a matching service principal.",
        "Confirm that the app sends the request to the intended tenant (authority URL) and that the resource URI or scope is spelled exactly.",
        "If the resource is a multi-tenant API, have a tenant administrator add it, for example by granting admin consent or by signing in to it once.",
        "For third-party apps, ask the vendor which service principals must exist in your tenant."
      ]
    },
    "ja": {
      "title": "要求されたリソース アプリケーションがこのテナントに存在しません",
      "explanation": "サインインで、要求を処理したテナントにサービス プリンシパルがないリソース (API) のトークンが要求されました。リソース アプリがこのテナントに追加または同意されていない、要求先のテナントが間違っている、リソース URI やスコープに誤字があるといった原因が考えられます。",
      "action": [
        "エラーに含まれるリソース名または ID を確認し、Microsoft Entra 管理センターの [エンタープライズ アプリケーション] に該当するサービス プリンシパルがあるか確認します。",
        "アプリが意図したテナント (authority の URL) に要求を送っているか、リソース URI やスコープの綴りが正確かを確認します。",
        "リソースがマルチテナントの API であれば、管理者の同意を付与するなどしてテナント管理者が追加します。",
        "サードパーティ製アプリの場合は、テナントにどのサービス プリンシパルが必要かベンダーに確認します。"
      ]
    }
  },
  {
    "code": 500014,
    "identifier": "InvalidResourceServicePrincipalDisabled",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Service principal of the requested resource is disabled",
      "explanation": "The resource (API) exists in the tenant, but its service principal is disabled, so no tokens can be issued for it. An administrator may have turned off sign-in for the app, or a subscription that the resource depends on may have lapsed.",
      "action": [
        "Open Entra admin center > Enterprise applications, find the resource, and check Properties > Enabled for users to sign-in.",
        "Check Audit logs for who changed the setting and why before enabling it again.",
        "If the resource is a Microsoft service, verify in the Microsoft 365 admin center that the related subscription is active."
      ]
    },
    "ja": {
      "title": "要求されたリソースのサービス プリンシパルが無効になっています",
      "explanation": "リソース (API) はテナントに存在しますが、サービス プリンシパルが無効になっているため、トークンを発行できません。管理者がアプリのサインインを無効にしたか、リソースが依存するサブスクリプションの期限が切れた可能性があります。",
      "action": [
        "Microsoft Entra 管理センターの [エンタープライズ アプリケーション] でリソースを開き、[プロパティ] の [ユーザーのサインインが有効になっていますか?] を確認します。",
        "有効に戻す前に、監査ログで誰がなぜ設定を変更したかを確認します。",
        "Microsoft のサービスの場合は、Microsoft 365 管理センターで関連するサブスクリプションが有効か確認します。"
      ]
    }
  },
  {
    "code": 500021,
    "identifier": "",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Access to the other tenant was denied by tenant restrictions",
      "explanation": "Your organization uses tenant restrictions: a proxy or the device inserts a list of permitted tenants into sign-in traffic, and the tenant the user tried to reach is not on it. It happens when users open a partner or personal tenant, or a SaaS app hosted in another tenant, from the corporate network.",
      "action": [
        "Confirm which tenant the user tried to access; the error message shows the tenant name or ID.",
        "Check the Restrict-Access-To-Tenants list configured on your proxy, or the tenant restrictions v2 policy in Cross-tenant access settings.",
        "If access is legitimate, add the tenant to the allowed list; otherwise tell the user the block is intended.",
        "Ask the user whether they are on the corporate network or VPN, since the restriction usually applies only there."
      ]
    },
    "ja": {
      "title": "テナント制限により他のテナントへのアクセスが拒否されました",
      "explanation": "組織でテナント制限が使われており、プロキシやデバイスがサインインの通信に許可テナントの一覧を付加していますが、ユーザーがアクセスしようとしたテナントがその一覧に含まれていません。社内ネットワークから取引先や個人のテナント、別テナントでホストされている SaaS アプリを開いたときに起こります。",
      "action": [
        "エラー メッセージに表示されるテナント名または ID から、ユーザーがどのテナントにアクセスしようとしたかを確認します。",
        "プロキシに設定されている Restrict-Access-To-Tenants の一覧、または [テナント間アクセス設定] のテナント制限 v2 のポリシーを確認します。",
        "正当なアクセスであればそのテナントを許可一覧に追加し、そうでなければ意図したブロックであることをユーザーに伝えます。",
        "制限は通常社内ネットワークや VPN 経由の場合にのみかかるため、ユーザーの接続環境も確認します。"
      ]
    }
  },
  {
    "code": 500022,
    "identifier": "",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Access to the other tenant was denied by tenant restrictions (variant code)",
      "explanation": "Microsoft documents this code with the same meaning as 500021: tenant restrictions are in force, and the tenant being accessed is not in the permitted list sent with the request. Treat it the same way; the difference between the two codes is not publicly explained.",
      "action": [
        "Identify the target tenant from the error message or the sign-in record (Resource tenant ID).",
        "Review the tenant restrictions configuration on your proxy (Restrict-Access-To-Tenants header) or the tenant restrictions v2 policy in Cross-tenant access settings.",
        "Add the tenant to the allowed list if the access is business-justified; otherwise confirm that the block is intended."
      ]
    },
    "ja": {
      "title": "テナント制限により他のテナントへのアクセスが拒否されました (別コード)",
      "explanation": "Microsoft はこのコードを 500021 と同じ意味で説明しており、テナント制限が有効で、アクセス先のテナントが要求に付加された許可一覧に含まれていない状態です。対応も同じと考えてよく、2 つのコードの違いは公開されていません。",
      "action": [
        "エラー メッセージまたはサインイン記録 (リソース テナント ID) からアクセス先のテナントを特定します。",
        "プロキシのテナント制限の設定 (Restrict-Access-To-Tenants ヘッダー) または [テナント間アクセス設定] のテナント制限 v2 のポリシーを確認します。",
        "業務上必要なアクセスであればテナントを許可一覧に追加し、そうでなければ意図したブロックであることを確認します。"
      ]
    }
  },
  {
    "code": 500121,
    "identifier": "",
    "outcome": "failure",
    "category": "mfa",
    "actor": "user",
    "en": {
      "title": "Multifactor authentication was not completed",
      "explanation": "The user passed the first factor, but the second factor (MFA) failed or was not finished. Common reasons are a denied or ignored Authenticator notification, a wrong or expired code, an unanswered phone call, or a fraud report by the user; repeated occurrences can also indicate someone else trying the password.",
      "action": [
        "Open the sign-in in Monitoring & health > Sign-in logs and read the Authentication Details tab for the method used and its result (for example denied, timed out or fraud reported).",
        "Ask the user whether they started the sign-in; if not, treat the password as compromised, reset it and revoke sessions.",
        "If the user did sign in, check the registered methods under Users > select the user > Authentication methods and help them fix or re-register the method (phone number, Authenticator on a new phone).",
        "For time-outs, make sure notifications reach the phone and the phone clock is correct."
      ]
    },
    "ja": {
      "title": "多要素認証 (MFA) が完了しませんでした",
      "explanation": "ユーザーは 1 つ目の要素は通過しましたが、2 つ目の要素 (MFA) が失敗したか、最後まで完了しませんでした。Authenticator の通知の拒否や無視、誤ったコードや期限切れのコード、電話に応答しなかった、ユーザーによる不正の報告などがよくある原因で、繰り返し発生する場合は第三者がパスワードを試している可能性もあります。",
      "action": [
        "[監視と正常性] > [サインイン ログ] で該当のサインインを開き、[認証の詳細] タブで使われた方法と結果 (拒否、タイムアウト、不正の報告など) を確認します。",
        "本人がサインインしたかを確認し、身に覚えがない場合はパスワード漏えいとして扱い、パスワードのリセットとセッションの取り消しを行います。",
        "本人のサインインであれば、[ユーザー] > 対象ユーザー > [認証方法] で登録内容を確認し、電話番号の修正や新しいスマートフォンへの Authenticator 再登録を支援します。",
        "タイムアウトの場合は、通知がスマートフォンに届いているか、端末の時刻が正しいかを確認します。"
      ]
    }
  },
  {
    "code": 500133,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Token used as an assertion was outside its validity period",
      "explanation": "The application sent a token as an assertion, most often the incoming access token in an on-behalf-of (OBO) exchange, and that token had already expired or was not yet valid. Long-running requests, cached tokens reused after expiry, or a badly skewed server clock are the usual causes.",
      "action": [
        "Check the exp and nbf values of the token the API passed on, and compare them with the time of the failed request.",
        "Make sure the client refreshes its access token before calling the API, and that the API does not cache user tokens beyond their lifetime.",
        "Verify that the server running the API has correct time synchronization."
      ]
    },
    "ja": {
      "title": "アサーションとして使われたトークンが有効期間外でした",
      "explanation": "アプリケーションがトークンをアサーションとして送信しました (多くは代理 (OBO) フローでの受信アクセス トークン) が、そのトークンは既に期限切れか、まだ有効期間が始まっていませんでした。処理時間の長い要求、期限切れ後のキャッシュ済みトークンの再利用、サーバー時刻の大きなずれが主な原因です。",
      "action": [
        "API が渡したトークンの exp と nbf の値を確認し、失敗した要求の時刻と比較します。",
        "クライアントが API を呼び出す前にアクセス トークンを更新しているか、API がユーザーのトークンを有効期間を超えてキャッシュしていないかを確認します。",
        "API を実行しているサーバーの時刻同期が正しく行われているか確認します。"
      ]
    }
  },
  {
    "code": 500141,
    "identifier": "",
    "outcome": "failure",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "Guest invitation was redeemed, but not through the app that asked for it",
      "explanation": "The user finished accepting a B2B guest invitation, but the redemption was not started by the application they were trying to reach, so the service could not send them back to it. The guest account is usually fine; the user simply needs to open the application again.",
      "action": [
        "Ask the user to open the application link (or My Apps at https://myapps.microsoft.com) again and sign in with the invited account.",
        "Check Users > select the guest > Overview that the invitation state shows as accepted.",
        "If the user is sent round in circles, send a fresh invitation whose redirect URL points to the target app."
      ]
    },
    "ja": {
      "title": "ゲスト招待は引き換えられましたが、要求元のアプリ経由ではありませんでした",
      "explanation": "ユーザーは B2B ゲスト招待の受け入れを完了しましたが、引き換えはアクセスしようとしていたアプリケーションから開始されたものではなかったため、元のアプリに戻せませんでした。ゲスト アカウント自体は通常問題なく、アプリケーションをもう一度開けば使えます。",
      "action": [
        "アプリケーションのリンク (または https://myapps.microsoft.com のマイ アプリ) をもう一度開き、招待されたアカウントでサインインしてもらいます。",
        "[ユーザー] > 対象のゲスト > [概要] で、招待の状態が承諾済みになっているか確認します。",
        "何度も同じ画面に戻される場合は、リダイレクト先を対象アプリにした招待を新しく送ります。"
      ]
    }
  }
];
