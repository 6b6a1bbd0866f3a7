// GENERATED from src/core/catalog/data/codes-50003-50014.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50003,
    "identifier": "MissingSigningKey",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "No signing certificate or key is available for the application",
      "explanation": "Entra ID could not sign the token for this application because no active signing key or certificate is configured for it. This is most common with SAML single sign-on apps whose SAML signing certificate was never created, was deleted, or is not marked active. Every user of the app is affected until the certificate is fixed.",
      "action": [
        "Entra admin center > Enterprise applications > select the app > Single sign-on > SAML Certificates: check that a signing certificate exists, is Active and has not expired.",
        "If none is active, create a new certificate, make it active, and give the application its public certificate or the new federation metadata.",
        "If the app uses a custom signing key on its app registration, check App registrations > the app > Certificates & secrets and that the key it points to is still valid.",
        "Ask the users to retry once the certificate is active."
      ]
    },
    "ja": {
      "title": "アプリケーション用の署名証明書 (キー) がない",
      "explanation": "このアプリケーションに有効な署名キーや証明書が構成されていないため、Entra ID がトークンに署名できませんでした。SAML シングル サインオンのアプリで、SAML 署名証明書が作成されていない、削除された、またはアクティブになっていない場合によく起こります。証明書を直すまで、アプリの全ユーザーが影響を受けます。",
      "action": [
        "Microsoft Entra 管理センターの [エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [SAML 証明書] で、署名証明書が存在し、アクティブで、期限切れでないことを確認します。",
        "アクティブな証明書がなければ新しく作成してアクティブにし、公開証明書または新しいフェデレーション メタデータをアプリケーション側に設定します。",
        "アプリの登録で独自の署名キーを使っている場合は、[アプリの登録] > 対象アプリ > [証明書とシークレット] を開き、参照しているキーが有効か確認します。",
        "証明書がアクティブになったら、ユーザーに再試行してもらいます。"
      ]
    }
  },
  {
    "code": 50005,
    "identifier": "DevicePolicyError",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "tenant-admin",
    "en": {
      "title": "Conditional Access blocked the sign-in because the device platform is not supported by the policy",
      "explanation": "A Conditional Access policy applies device-based requirements, and the user signed in from an operating system or platform that the policy does not support or allow. The block is working as configured, unless that platform is supposed to be usable.",
      "action": [
        "Open the failed sign-in and use its Conditional Access tab to see which policy applied and what it required.",
        "Check the Device info tab for the operating system and browser the user had.",
        "If the platform should be allowed, review the policy's Conditions > Device platforms and its grant controls in Protection > Conditional Access.",
        "Otherwise ask the user to sign in from a supported, managed device."
      ]
    },
    "ja": {
      "title": "デバイスのプラットフォームがポリシーの対象外のため条件付きアクセスでブロック",
      "explanation": "デバイスに関する要件を含む条件付きアクセス ポリシーが適用されており、ユーザーはそのポリシーがサポートしていない、または許可していない OS やプラットフォームからサインインしました。そのプラットフォームを使えるようにする意図がなければ、ポリシーどおりの動作です。",
      "action": [
        "失敗したサインインを開き、[条件付きアクセス] タブで適用されたポリシーと要求された内容を確認します。",
        "[デバイス情報] タブで、ユーザーが使っていた OS とブラウザーを確認します。",
        "そのプラットフォームを許可すべき場合は、[保護] > [条件付きアクセス] で該当ポリシーの [条件] > [デバイス プラットフォーム] と [許可] の設定を見直します。",
        "許可しない場合は、サポート対象の管理されたデバイスからサインインするよう案内します。"
      ]
    }
  },
  {
    "code": 50006,
    "identifier": "InvalidSignature",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "A signature on the token or request could not be verified",
      "explanation": "Entra ID checked the signature on an incoming token, assertion or signed request and it did not verify. Typical causes are a SAML request or client assertion signed with a key Entra ID does not know, a certificate rotated on one side only, or a message altered in transit. For federated domains, a token-signing certificate that changed at the identity provider without being updated in Entra ID has the same effect.",
      "action": [
        "Work out what was signed: the app and protocol in the sign-in log tell you whether it was a SAML request, a client assertion or a federated token.",
        "For apps that sign requests or use certificate credentials, compare the certificate thumbprint used by the app with App registrations > the app > Certificates & secrets.",
        "For federated domains, compare the identity provider's current token-signing certificate with the one Entra ID holds (Get-MgDomainFederationConfiguration) and update it after a rollover.",
        "Test again once both sides use the same certificate."
      ]
    },
    "ja": {
      "title": "トークンまたは要求の署名を検証できなかった",
      "explanation": "Entra ID が受け取ったトークン、アサーション、または署名付き要求の署名を検証したところ、一致しませんでした。Entra ID が知らないキーで署名された SAML 要求やクライアント アサーション、片方だけで更新された証明書、途中で改変されたメッセージなどが典型的な原因です。フェデレーション ドメインでは、ID プロバイダー側でトークン署名証明書が更新されたのに Entra ID 側が古いままの場合にも発生します。",
      "action": [
        "サインイン ログのアプリとプロトコルから、署名されていたのが SAML 要求、クライアント アサーション、フェデレーション トークンのどれかを確認します。",
        "要求に署名するアプリや証明書の資格情報を使うアプリでは、アプリが使う証明書の拇印を [アプリの登録] > 対象アプリ > [証明書とシークレット] と比べます。",
        "フェデレーション ドメインの場合は、ID プロバイダーの現在のトークン署名証明書と Entra ID 側の証明書 (Get-MgDomainFederationConfiguration) を比べ、更新後であれば Entra ID 側も更新します。",
        "両側の証明書がそろったら、もう一度テストします。"
      ]
    }
  },
  {
    "code": 50007,
    "identifier": "PartnerEncryptionCertificateMissing",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "The encryption certificate for the application could not be found",
      "explanation": "Entra ID was supposed to encrypt the token for this application, but it could not find a usable encryption certificate supplied by the application. This usually follows turning on SAML token encryption without uploading or activating a certificate, or a certificate that was removed or has expired. If the configuration looks correct, Microsoft support has to investigate.",
      "action": [
        "Entra admin center > Enterprise applications > select the app > Token encryption: check that a certificate is uploaded, active and not expired.",
        "If the application does not actually expect encrypted tokens, turn token encryption off there.",
        "If the certificate is present and valid but the error continues, open a Microsoft support request with the correlation ID and timestamp."
      ]
    },
    "ja": {
      "title": "アプリケーションの暗号化証明書が見つからない",
      "explanation": "このアプリケーション向けのトークンを暗号化する必要がありましたが、アプリ側から提供された使用可能な暗号化証明書が見つかりませんでした。SAML トークンの暗号化を有効にしたものの証明書をアップロードまたはアクティブにしていない場合や、証明書が削除・期限切れになった場合によく起こります。設定に問題がなければ、Microsoft サポートによる調査が必要です。",
      "action": [
        "Microsoft Entra 管理センターの [エンタープライズ アプリケーション] > 対象アプリ > [トークンの暗号化] で、証明書がアップロード済み、アクティブ、期限内であることを確認します。",
        "アプリケーションが暗号化されたトークンを必要としていない場合は、同じ画面でトークンの暗号化を無効にします。",
        "証明書が正しく登録されているのに続く場合は、相関 ID と日時を添えて Microsoft サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50008,
    "identifier": "InvalidSamlToken",
    "outcome": "failure",
    "category": "federation",
    "actor": "identity-provider",
    "en": {
      "title": "The SAML token from the federated identity provider is missing or badly formed",
      "explanation": "For a federated sign-in, Entra ID expected a SAML assertion from the identity provider, but the token was missing, incomplete, or did not match the configuration, for example a wrong issuer or a missing immutable ID. The fix belongs on the identity provider side or in the federation settings, not on the user's device.",
      "action": [
        "Check the identity provider's logs and its claim rules for the Entra ID relying party; the token must carry the user's immutable ID (source anchor) and UPN as Entra ID expects.",
        "Capture the SAML response with a SAML tracer and compare its issuer and subject with the federation settings of the domain in Entra ID.",
        "For a third-party identity provider, send the operator the user, timestamp and correlation ID."
      ]
    },
    "ja": {
      "title": "フェデレーション ID プロバイダーからの SAML トークンがない、または形式が不正",
      "explanation": "フェデレーション サインインで Entra ID は ID プロバイダーからの SAML アサーションを待っていましたが、トークンがない、不完全、または設定と合わない (発行者が違う、不変 ID がないなど) 状態でした。修正が必要なのは ID プロバイダー側かフェデレーション設定であり、ユーザーのデバイスではありません。",
      "action": [
        "ID プロバイダーのログと、Entra ID 向け証明書利用者の要求規則を確認します。トークンには、Entra ID が想定するユーザーの不変 ID (ソース アンカー) と UPN が含まれている必要があります。",
        "SAML トレーサーなどで SAML 応答を取得し、発行者とサブジェクトを Entra ID 側のドメインのフェデレーション設定と比べます。",
        "サードパーティの ID プロバイダーの場合は、ユーザー、日時、相関 ID を運用者に伝えて調査を依頼します。"
      ]
    }
  },
  {
    "code": 50010,
    "identifier": "AudienceUriValidationFailed",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The token audience could not be validated because the app has no audience configured",
      "explanation": "Entra ID could not validate the audience, that is the intended recipient of the token, because the application has no identifier configured for tokens to be issued to. It is usually seen with SAML or WS-Federation apps whose Identifier (Entity ID) is missing, or with app registrations that lack an Application ID URI.",
      "action": [
        "SAML apps: Enterprise applications > the app > Single sign-on > Basic SAML Configuration, and set Identifier (Entity ID) to exactly what the application sends.",
        "App registrations: App registrations > the app > Expose an API, and set the Application ID URI.",
        "Compare the value the application sends (the issuer of the SAML request, or the realm) with the configured identifier, character for character."
      ]
    },
    "ja": {
      "title": "アプリに対象ユーザー (audience) が構成されておらず検証できない",
      "explanation": "アプリケーションにトークンの発行先となる識別子が構成されていないため、Entra ID がトークンの対象ユーザー (受け取り手) を検証できませんでした。識別子 (エンティティ ID) が未設定の SAML / WS-Federation アプリや、アプリケーション ID URI のないアプリの登録でよく見られます。",
      "action": [
        "SAML アプリの場合: [エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [基本的な SAML 構成] で、[識別子 (エンティティ ID)] をアプリが送る値と完全に一致させます。",
        "アプリの登録の場合: [アプリの登録] > 対象アプリ > [API の公開] でアプリケーション ID URI を設定します。",
        "アプリが送っている値 (SAML 要求の発行者や realm) と構成済みの識別子を、1 文字ずつ比べます。"
      ]
    }
  },
  {
    "code": 50011,
    "identifier": "InvalidReplyTo",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The reply URL (redirect URI) in the request does not match the app's registered URLs",
      "explanation": "The app asked Entra ID to send the user back to a redirect URI (reply URL) that is missing, malformed, or not in the list registered for the application. It is one of the most common integration errors and often appears after an app moves to a new host, switches from http to https, adds a path, or differs only by a trailing slash or letter case.",
      "action": [
        "Find the redirect URI the app sent: it is shown in the error details, or in the redirect_uri (OIDC) or AssertionConsumerServiceURL (SAML) of the request.",
        "OIDC/OAuth apps: App registrations > the app > Authentication > Redirect URIs; add the exact value under the right platform (Web, Single-page application, or Mobile and desktop).",
        "SAML apps: Enterprise applications > the app > Single sign-on > Basic SAML Configuration > Reply URL (Assertion Consumer Service URL).",
        "Register only the exact address the app uses; do not add broad or wildcard URLs just to clear the error."
      ]
    },
    "ja": {
      "title": "要求内の応答 URL (リダイレクト URI) がアプリに登録された URL と一致しない",
      "explanation": "アプリが、登録されていない、形式が不正な、または指定のないリダイレクト URI (応答 URL) へユーザーを戻すよう Entra ID に求めました。連携時に最もよく起こるエラーの 1 つで、アプリのホスト移転、http から https への変更、パスの追加のほか、末尾のスラッシュや大文字・小文字だけが違う場合にも発生します。",
      "action": [
        "エラーの詳細、または要求内の redirect_uri (OIDC) や AssertionConsumerServiceURL (SAML) から、アプリが送ったリダイレクト URI を確認します。",
        "OIDC / OAuth のアプリ: [アプリの登録] > 対象アプリ > [認証] > [リダイレクト URI] に、正しいプラットフォーム (Web、シングルページ アプリケーション、モバイル アプリケーションとデスクトップ アプリケーション) で同じ値を追加します。",
        "SAML のアプリ: [エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [基本的な SAML 構成] の [応答 URL (Assertion Consumer Service URL)] を修正します。",
        "エラーを消すためだけに広い範囲の URL やワイルドカードを登録せず、アプリが実際に使うアドレスだけを登録します。"
      ]
    }
  },
  {
    "code": 50012,
    "identifier": "AuthenticationFailed",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Authentication failed: the certificate or client assertion presented was not accepted",
      "explanation": "This is a general authentication failure, most often tied to certificates. Causes include a signing certificate that is not trusted or not valid, a certificate chain that does not build, a subject name or thumbprint that is not authorized, a missing trust policy, or a client assertion whose signature does not verify. It is seen both for apps using certificate credentials and for certificate-based user sign-in.",
      "action": [
        "Read the Failure reason and Additional details of the sign-in to see which check failed.",
        "For applications: confirm that the certificate used to sign the client assertion is uploaded under App registrations > the app > Certificates & secrets and is within its validity period.",
        "For certificate-based authentication: check that the issuing and intermediate CAs are in the certificate authority list configured for certificate-based authentication in the Entra admin center.",
        "Developer: build client assertions with a current MSAL version instead of hand-written code where possible."
      ]
    },
    "ja": {
      "title": "認証に失敗 (提示された証明書またはクライアント アサーションが受け付けられない)",
      "explanation": "認証の失敗を示す汎用的なコードで、多くは証明書に関係します。署名証明書が信頼されていない・有効でない、証明書チェーンを構築できない、サブジェクト名や拇印が許可されていない、信頼ポリシーがない、クライアント アサーションの署名が検証できない、といった原因があります。証明書の資格情報を使うアプリと、証明書ベース認証でサインインするユーザーの両方で見られます。",
      "action": [
        "サインインの [失敗の理由] と [追加の詳細] で、どの検証に失敗したかを確認します。",
        "アプリの場合: クライアント アサーションに署名した証明書が [アプリの登録] > 対象アプリ > [証明書とシークレット] にアップロードされ、有効期間内であることを確認します。",
        "証明書ベース認証の場合: Microsoft Entra 管理センターで証明書ベース認証用に構成した証明機関の一覧に、発行元 CA と中間 CA が登録されているか確認します。",
        "開発者: 可能であれば、クライアント アサーションは独自実装ではなく最新の MSAL で作成します。"
      ]
    }
  },
  {
    "code": 50013,
    "identifier": "InvalidAssertion",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The assertion presented to Entra ID is invalid (expired, malformed, or the wrong type)",
      "explanation": "A token or assertion that the client passed to Entra ID, for example in an on-behalf-of call, as a client assertion or in a token exchange, was rejected. Typical reasons are an issuer that does not fit the expected endpoint version, an expired or malformed assertion, or a plain refresh token where a primary refresh token was required. The client has to obtain a fresh and correct assertion.",
      "action": [
        "Decode the assertion locally (do not paste it into public tools) and check iss, aud, exp and nbf against what the token endpoint expects.",
        "In on-behalf-of flows, pass the incoming access token that was issued to the middle-tier API, not an ID token or a token for another audience.",
        "Check the clock of the machine that creates client assertions; a large skew makes them look expired.",
        "Move the app to a current MSAL version, which builds and forwards these assertions correctly."
      ]
    },
    "ja": {
      "title": "Entra ID に提示されたアサーションが無効 (期限切れ、形式不正、種類違い)",
      "explanation": "クライアントが Entra ID に渡したトークンやアサーション (On-Behalf-Of フロー、クライアント アサーション、トークン交換など) が拒否されました。発行者が想定するエンドポイントのバージョンと合わない、期限切れや形式の誤り、プライマリ更新トークンが必要な場面で通常の更新トークンを渡した、といった理由が典型的です。クライアント側で正しいアサーションを取り直す必要があります。",
      "action": [
        "アサーションを手元でデコードし (公開ツールに貼り付けないこと)、iss、aud、exp、nbf がトークン エンドポイントの想定と合っているか確認します。",
        "On-Behalf-Of フローでは、中間層 API 向けに発行された受信アクセス トークンを渡します。ID トークンや別の対象ユーザー向けのトークンは使えません。",
        "クライアント アサーションを作成するマシンの時刻を確認します。大きくずれていると期限切れと判定されます。",
        "アプリを最新の MSAL に更新し、アサーションの作成と受け渡しをライブラリに任せます。"
      ]
    }
  },
  {
    "code": 50014,
    "identifier": "GuestUserInPendingState",
    "outcome": "failure",
    "category": "account-state",
    "actor": "tenant-admin",
    "en": {
      "title": "The guest account has not finished redeeming its invitation",
      "explanation": "The user was invited to this tenant as a guest but has not completed redemption, so the account is still pending and cannot sign in to apps. Sometimes the app simply sent the user to the wrong tenant. Once the invitation is accepted, sign-ins work normally.",
      "action": [
        "Entra admin center > Users > select the guest: check whether the B2B invitation state is still pending acceptance.",
        "Ask the user to open the invitation email, or resend the invitation from the user's overview page.",
        "As an alternative, give the user a direct link to the app or to https://myapps.microsoft.com/?tenantid=<tenant ID>, which also starts redemption.",
        "If the user was never meant to be a guest here, check which tenant the app sent the sign-in to."
      ]
    },
    "ja": {
      "title": "ゲスト アカウントの招待の受諾 (引き換え) が完了していない",
      "explanation": "ユーザーはゲストとしてこのテナントに招待されていますが、招待の引き換えを完了していないため、アカウントが保留中のままでアプリにサインインできません。アプリがユーザーを誤ったテナントに送っているだけの場合もあります。招待を受諾すれば、通常どおりサインインできるようになります。",
      "action": [
        "Microsoft Entra 管理センターの [ユーザー] で対象のゲストを開き、B2B 招待の状態が承諾待ちのままか確認します。",
        "招待メールを開いて受諾するようユーザーに依頼するか、ユーザーの概要ページから招待を再送信します。",
        "別の方法として、アプリへの直接リンクや https://myapps.microsoft.com/?tenantid=<テナント ID> を案内します。これらからも引き換えを開始できます。",
        "このテナントのゲストになる予定のないユーザーであれば、アプリがどのテナントにサインインさせようとしているか確認します。"
      ]
    }
  }
];
