// AADSTS 50003–50042: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 50003,
    identifier: 'MissingSigningKey',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'No signing certificate or key is available for the application',
      explanation:
        'Entra ID could not sign the token for this application because no active signing key or certificate is configured for it. This is most common with SAML single sign-on apps whose SAML signing certificate was never created, was deleted, or is not marked active. Every user of the app is affected until the certificate is fixed.',
      action: [
        'Entra admin center > Enterprise applications > select the app > Single sign-on > SAML Certificates: check that a signing certificate exists, is Active and has not expired.',
        'If none is active, create a new certificate, make it active, and give the application its public certificate or the new federation metadata.',
        'If the app uses a custom signing key on its app registration, check App registrations > the app > Certificates & secrets and that the key it points to is still valid.',
        'Ask the users to retry once the certificate is active.',
      ],
    },
    ja: {
      title: 'アプリケーション用の署名証明書 (キー) がない',
      explanation:
        'このアプリケーションに有効な署名キーや証明書が構成されていないため、Entra ID がトークンに署名できませんでした。SAML シングル サインオンのアプリで、SAML 署名証明書が作成されていない、削除された、またはアクティブになっていない場合によく起こります。証明書を直すまで、アプリの全ユーザーが影響を受けます。',
      action: [
        'Microsoft Entra 管理センターの [エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [SAML 証明書] で、署名証明書が存在し、アクティブで、期限切れでないことを確認します。',
        'アクティブな証明書がなければ新しく作成してアクティブにし、公開証明書または新しいフェデレーション メタデータをアプリケーション側に設定します。',
        'アプリの登録で独自の署名キーを使っている場合は、[アプリの登録] > 対象アプリ > [証明書とシークレット] を開き、参照しているキーが有効か確認します。',
        '証明書がアクティブになったら、ユーザーに再試行してもらいます。',
      ],
    },
  },
  {
    code: 50005,
    identifier: 'DevicePolicyError',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'tenant-admin',
    en: {
      title: 'Conditional Access blocked the sign-in because the device platform is not supported by the policy',
      explanation:
        'A Conditional Access policy applies device-based requirements, and the user signed in from an operating system or platform that the policy does not support or allow. The block is working as configured, unless that platform is supposed to be usable.',
      action: [
        'Open the failed sign-in and use its Conditional Access tab to see which policy applied and what it required.',
        'Check the Device info tab for the operating system and browser the user had.',
        'If the platform should be allowed, review the policy\'s Conditions > Device platforms and its grant controls in Protection > Conditional Access.',
        'Otherwise ask the user to sign in from a supported, managed device.',
      ],
    },
    ja: {
      title: 'デバイスのプラットフォームがポリシーの対象外のため条件付きアクセスでブロック',
      explanation:
        'デバイスに関する要件を含む条件付きアクセス ポリシーが適用されており、ユーザーはそのポリシーがサポートしていない、または許可していない OS やプラットフォームからサインインしました。そのプラットフォームを使えるようにする意図がなければ、ポリシーどおりの動作です。',
      action: [
        '失敗したサインインを開き、[条件付きアクセス] タブで適用されたポリシーと要求された内容を確認します。',
        '[デバイス情報] タブで、ユーザーが使っていた OS とブラウザーを確認します。',
        'そのプラットフォームを許可すべき場合は、[保護] > [条件付きアクセス] で該当ポリシーの [条件] > [デバイス プラットフォーム] と [許可] の設定を見直します。',
        '許可しない場合は、サポート対象の管理されたデバイスからサインインするよう案内します。',
      ],
    },
  },
  {
    code: 50006,
    identifier: 'InvalidSignature',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'A signature on the token or request could not be verified',
      explanation:
        'Entra ID checked the signature on an incoming token, assertion or signed request and it did not verify. Typical causes are a SAML request or client assertion signed with a key Entra ID does not know, a certificate rotated on one side only, or a message altered in transit. For federated domains, a token-signing certificate that changed at the identity provider without being updated in Entra ID has the same effect.',
      action: [
        'Work out what was signed: the app and protocol in the sign-in log tell you whether it was a SAML request, a client assertion or a federated token.',
        'For apps that sign requests or use certificate credentials, compare the certificate thumbprint used by the app with App registrations > the app > Certificates & secrets.',
        'For federated domains, compare the identity provider\'s current token-signing certificate with the one Entra ID holds (Get-MgDomainFederationConfiguration) and update it after a rollover.',
        'Test again once both sides use the same certificate.',
      ],
    },
    ja: {
      title: 'トークンまたは要求の署名を検証できなかった',
      explanation:
        'Entra ID が受け取ったトークン、アサーション、または署名付き要求の署名を検証したところ、一致しませんでした。Entra ID が知らないキーで署名された SAML 要求やクライアント アサーション、片方だけで更新された証明書、途中で改変されたメッセージなどが典型的な原因です。フェデレーション ドメインでは、ID プロバイダー側でトークン署名証明書が更新されたのに Entra ID 側が古いままの場合にも発生します。',
      action: [
        'サインイン ログのアプリとプロトコルから、署名されていたのが SAML 要求、クライアント アサーション、フェデレーション トークンのどれかを確認します。',
        '要求に署名するアプリや証明書の資格情報を使うアプリでは、アプリが使う証明書の拇印を [アプリの登録] > 対象アプリ > [証明書とシークレット] と比べます。',
        'フェデレーション ドメインの場合は、ID プロバイダーの現在のトークン署名証明書と Entra ID 側の証明書 (Get-MgDomainFederationConfiguration) を比べ、更新後であれば Entra ID 側も更新します。',
        '両側の証明書がそろったら、もう一度テストします。',
      ],
    },
  },
  {
    code: 50007,
    identifier: 'PartnerEncryptionCertificateMissing',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'The encryption certificate for the application could not be found',
      explanation:
        'Entra ID was supposed to encrypt the token for this application, but it could not find a usable encryption certificate supplied by the application. This usually follows turning on SAML token encryption without uploading or activating a certificate, or a certificate that was removed or has expired. If the configuration looks correct, Microsoft support has to investigate.',
      action: [
        'Entra admin center > Enterprise applications > select the app > Token encryption: check that a certificate is uploaded, active and not expired.',
        'If the application does not actually expect encrypted tokens, turn token encryption off there.',
        'If the certificate is present and valid but the error continues, open a Microsoft support request with the correlation ID and timestamp.',
      ],
    },
    ja: {
      title: 'アプリケーションの暗号化証明書が見つからない',
      explanation:
        'このアプリケーション向けのトークンを暗号化する必要がありましたが、アプリ側から提供された使用可能な暗号化証明書が見つかりませんでした。SAML トークンの暗号化を有効にしたものの証明書をアップロードまたはアクティブにしていない場合や、証明書が削除・期限切れになった場合によく起こります。設定に問題がなければ、Microsoft サポートによる調査が必要です。',
      action: [
        'Microsoft Entra 管理センターの [エンタープライズ アプリケーション] > 対象アプリ > [トークンの暗号化] で、証明書がアップロード済み、アクティブ、期限内であることを確認します。',
        'アプリケーションが暗号化されたトークンを必要としていない場合は、同じ画面でトークンの暗号化を無効にします。',
        '証明書が正しく登録されているのに続く場合は、相関 ID と日時を添えて Microsoft サポートに問い合わせます。',
      ],
    },
  },
  {
    code: 50008,
    identifier: 'InvalidSamlToken',
    outcome: 'failure',
    category: 'federation',
    actor: 'identity-provider',
    en: {
      title: 'The SAML token from the federated identity provider is missing or badly formed',
      explanation:
        'For a federated sign-in, Entra ID expected a SAML assertion from the identity provider, but the token was missing, incomplete, or did not match the configuration, for example a wrong issuer or a missing immutable ID. The fix belongs on the identity provider side or in the federation settings, not on the user\'s device.',
      action: [
        'Check the identity provider\'s logs and its claim rules for the Entra ID relying party; the token must carry the user\'s immutable ID (source anchor) and UPN as Entra ID expects.',
        'Capture the SAML response with a SAML tracer and compare its issuer and subject with the federation settings of the domain in Entra ID.',
        'For a third-party identity provider, send the operator the user, timestamp and correlation ID.',
      ],
    },
    ja: {
      title: 'フェデレーション ID プロバイダーからの SAML トークンがない、または形式が不正',
      explanation:
        'フェデレーション サインインで Entra ID は ID プロバイダーからの SAML アサーションを待っていましたが、トークンがない、不完全、または設定と合わない (発行者が違う、不変 ID がないなど) 状態でした。修正が必要なのは ID プロバイダー側かフェデレーション設定であり、ユーザーのデバイスではありません。',
      action: [
        'ID プロバイダーのログと、Entra ID 向け証明書利用者の要求規則を確認します。トークンには、Entra ID が想定するユーザーの不変 ID (ソース アンカー) と UPN が含まれている必要があります。',
        'SAML トレーサーなどで SAML 応答を取得し、発行者とサブジェクトを Entra ID 側のドメインのフェデレーション設定と比べます。',
        'サードパーティの ID プロバイダーの場合は、ユーザー、日時、相関 ID を運用者に伝えて調査を依頼します。',
      ],
    },
  },
  {
    code: 50010,
    identifier: 'AudienceUriValidationFailed',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'The token audience could not be validated because the app has no audience configured',
      explanation:
        'Entra ID could not validate the audience, that is the intended recipient of the token, because the application has no identifier configured for tokens to be issued to. It is usually seen with SAML or WS-Federation apps whose Identifier (Entity ID) is missing, or with app registrations that lack an Application ID URI.',
      action: [
        'SAML apps: Enterprise applications > the app > Single sign-on > Basic SAML Configuration, and set Identifier (Entity ID) to exactly what the application sends.',
        'App registrations: App registrations > the app > Expose an API, and set the Application ID URI.',
        'Compare the value the application sends (the issuer of the SAML request, or the realm) with the configured identifier, character for character.',
      ],
    },
    ja: {
      title: 'アプリに対象ユーザー (audience) が構成されておらず検証できない',
      explanation:
        'アプリケーションにトークンの発行先となる識別子が構成されていないため、Entra ID がトークンの対象ユーザー (受け取り手) を検証できませんでした。識別子 (エンティティ ID) が未設定の SAML / WS-Federation アプリや、アプリケーション ID URI のないアプリの登録でよく見られます。',
      action: [
        'SAML アプリの場合: [エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [基本的な SAML 構成] で、[識別子 (エンティティ ID)] をアプリが送る値と完全に一致させます。',
        'アプリの登録の場合: [アプリの登録] > 対象アプリ > [API の公開] でアプリケーション ID URI を設定します。',
        'アプリが送っている値 (SAML 要求の発行者や realm) と構成済みの識別子を、1 文字ずつ比べます。',
      ],
    },
  },
  {
    code: 50011,
    identifier: 'InvalidReplyTo',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'The reply URL (redirect URI) in the request does not match the app\'s registered URLs',
      explanation:
        'The app asked Entra ID to send the user back to a redirect URI (reply URL) that is missing, malformed, or not in the list registered for the application. It is one of the most common integration errors and often appears after an app moves to a new host, switches from http to https, adds a path, or differs only by a trailing slash or letter case.',
      action: [
        'Find the redirect URI the app sent: it is shown in the error details, or in the redirect_uri (OIDC) or AssertionConsumerServiceURL (SAML) of the request.',
        'OIDC/OAuth apps: App registrations > the app > Authentication > Redirect URIs; add the exact value under the right platform (Web, Single-page application, or Mobile and desktop).',
        'SAML apps: Enterprise applications > the app > Single sign-on > Basic SAML Configuration > Reply URL (Assertion Consumer Service URL).',
        'Register only the exact address the app uses; do not add broad or wildcard URLs just to clear the error.',
      ],
    },
    ja: {
      title: '要求内の応答 URL (リダイレクト URI) がアプリに登録された URL と一致しない',
      explanation:
        'アプリが、登録されていない、形式が不正な、または指定のないリダイレクト URI (応答 URL) へユーザーを戻すよう Entra ID に求めました。連携時に最もよく起こるエラーの 1 つで、アプリのホスト移転、http から https への変更、パスの追加のほか、末尾のスラッシュや大文字・小文字だけが違う場合にも発生します。',
      action: [
        'エラーの詳細、または要求内の redirect_uri (OIDC) や AssertionConsumerServiceURL (SAML) から、アプリが送ったリダイレクト URI を確認します。',
        'OIDC / OAuth のアプリ: [アプリの登録] > 対象アプリ > [認証] > [リダイレクト URI] に、正しいプラットフォーム (Web、シングルページ アプリケーション、モバイル アプリケーションとデスクトップ アプリケーション) で同じ値を追加します。',
        'SAML のアプリ: [エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [基本的な SAML 構成] の [応答 URL (Assertion Consumer Service URL)] を修正します。',
        'エラーを消すためだけに広い範囲の URL やワイルドカードを登録せず、アプリが実際に使うアドレスだけを登録します。',
      ],
    },
  },
  {
    code: 50012,
    identifier: 'AuthenticationFailed',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Authentication failed: the certificate or client assertion presented was not accepted',
      explanation:
        'This is a general authentication failure, most often tied to certificates. Causes include a signing certificate that is not trusted or not valid, a certificate chain that does not build, a subject name or thumbprint that is not authorized, a missing trust policy, or a client assertion whose signature does not verify. It is seen both for apps using certificate credentials and for certificate-based user sign-in.',
      action: [
        'Read the Failure reason and Additional details of the sign-in to see which check failed.',
        'For applications: confirm that the certificate used to sign the client assertion is uploaded under App registrations > the app > Certificates & secrets and is within its validity period.',
        'For certificate-based authentication: check that the issuing and intermediate CAs are in the certificate authority list configured for certificate-based authentication in the Entra admin center.',
        'Developer: build client assertions with a current MSAL version instead of hand-written code where possible.',
      ],
    },
    ja: {
      title: '認証に失敗 (提示された証明書またはクライアント アサーションが受け付けられない)',
      explanation:
        '認証の失敗を示す汎用的なコードで、多くは証明書に関係します。署名証明書が信頼されていない・有効でない、証明書チェーンを構築できない、サブジェクト名や拇印が許可されていない、信頼ポリシーがない、クライアント アサーションの署名が検証できない、といった原因があります。証明書の資格情報を使うアプリと、証明書ベース認証でサインインするユーザーの両方で見られます。',
      action: [
        'サインインの [失敗の理由] と [追加の詳細] で、どの検証に失敗したかを確認します。',
        'アプリの場合: クライアント アサーションに署名した証明書が [アプリの登録] > 対象アプリ > [証明書とシークレット] にアップロードされ、有効期間内であることを確認します。',
        '証明書ベース認証の場合: Microsoft Entra 管理センターで証明書ベース認証用に構成した証明機関の一覧に、発行元 CA と中間 CA が登録されているか確認します。',
        '開発者: 可能であれば、クライアント アサーションは独自実装ではなく最新の MSAL で作成します。',
      ],
    },
  },
  {
    code: 50013,
    identifier: 'InvalidAssertion',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The assertion presented to Entra ID is invalid (expired, malformed, or the wrong type)',
      explanation:
        'A token or assertion that the client passed to Entra ID, for example in an on-behalf-of call, as a client assertion or in a token exchange, was rejected. Typical reasons are an issuer that does not fit the expected endpoint version, an expired or malformed assertion, or a plain refresh token where a primary refresh token was required. The client has to obtain a fresh and correct assertion.',
      action: [
        'Decode the assertion locally (do not paste it into public tools) and check iss, aud, exp and nbf against what the token endpoint expects.',
        'In on-behalf-of flows, pass the incoming access token that was issued to the middle-tier API, not an ID token or a token for another audience.',
        'Check the clock of the machine that creates client assertions; a large skew makes them look expired.',
        'Move the app to a current MSAL version, which builds and forwards these assertions correctly.',
      ],
    },
    ja: {
      title: 'Entra ID に提示されたアサーションが無効 (期限切れ、形式不正、種類違い)',
      explanation:
        'クライアントが Entra ID に渡したトークンやアサーション (On-Behalf-Of フロー、クライアント アサーション、トークン交換など) が拒否されました。発行者が想定するエンドポイントのバージョンと合わない、期限切れや形式の誤り、プライマリ更新トークンが必要な場面で通常の更新トークンを渡した、といった理由が典型的です。クライアント側で正しいアサーションを取り直す必要があります。',
      action: [
        'アサーションを手元でデコードし (公開ツールに貼り付けないこと)、iss、aud、exp、nbf がトークン エンドポイントの想定と合っているか確認します。',
        'On-Behalf-Of フローでは、中間層 API 向けに発行された受信アクセス トークンを渡します。ID トークンや別の対象ユーザー向けのトークンは使えません。',
        'クライアント アサーションを作成するマシンの時刻を確認します。大きくずれていると期限切れと判定されます。',
        'アプリを最新の MSAL に更新し、アサーションの作成と受け渡しをライブラリに任せます。',
      ],
    },
  },
  {
    code: 50014,
    identifier: 'GuestUserInPendingState',
    outcome: 'failure',
    category: 'account-state',
    actor: 'tenant-admin',
    en: {
      title: 'The guest account has not finished redeeming its invitation',
      explanation:
        'The user was invited to this tenant as a guest but has not completed redemption, so the account is still pending and cannot sign in to apps. Sometimes the app simply sent the user to the wrong tenant. Once the invitation is accepted, sign-ins work normally.',
      action: [
        'Entra admin center > Users > select the guest: check whether the B2B invitation state is still pending acceptance.',
        'Ask the user to open the invitation email, or resend the invitation from the user\'s overview page.',
        'As an alternative, give the user a direct link to the app or to https://myapps.microsoft.com/?tenantid=<tenant ID>, which also starts redemption.',
        'If the user was never meant to be a guest here, check which tenant the app sent the sign-in to.',
      ],
    },
    ja: {
      title: 'ゲスト アカウントの招待の受諾 (引き換え) が完了していない',
      explanation:
        'ユーザーはゲストとしてこのテナントに招待されていますが、招待の引き換えを完了していないため、アカウントが保留中のままでアプリにサインインできません。アプリがユーザーを誤ったテナントに送っているだけの場合もあります。招待を受諾すれば、通常どおりサインインできるようになります。',
      action: [
        'Microsoft Entra 管理センターの [ユーザー] で対象のゲストを開き、B2B 招待の状態が承諾待ちのままか確認します。',
        '招待メールを開いて受諾するようユーザーに依頼するか、ユーザーの概要ページから招待を再送信します。',
        '別の方法として、アプリへの直接リンクや https://myapps.microsoft.com/?tenantid=<テナント ID> を案内します。これらからも引き換えを開始できます。',
        'このテナントのゲストになる予定のないユーザーであれば、アプリがどのテナントにサインインさせようとしているか確認します。',
      ],
    },
  },
  {
    code: 50015,
    identifier: 'ViralUserLegalAgeConsentRequiredState',
    outcome: 'failure',
    category: 'consent',
    actor: 'user',
    en: {
      title: 'The user must complete legal-age (parental) consent before signing in',
      explanation:
        'The account\'s legal age group requires consent that has not been given, typically because the user is recorded as a minor and parental consent is missing. The identifier refers to self-service (viral) accounts, where this is most likely. Entra ID will not issue tokens until the consent requirement is met, and the case is rare in ordinary organizational tenants.',
      action: [
        'Check the user\'s Age group and Consent provided for minor settings (Users > select the user > Properties), or the ageGroup and consentProvidedForMinor properties in Microsoft Graph.',
        'If the user is a minor, have a parent or guardian give consent through the process your organization uses, then record it on the user.',
        'If the age information is wrong, correct it on the user object and have the user try again.',
      ],
    },
    ja: {
      title: 'サインインの前に法定年齢 (保護者) の同意が必要',
      explanation:
        'アカウントの法定年齢グループに必要な同意が得られていない状態です。多くはユーザーが未成年として記録され、保護者の同意がないことが原因です。識別子はセルフサービス (バイラル) で作成されたアカウントを指しており、そうしたアカウントで起こりやすいものです。同意の要件を満たすまでトークンは発行されませんが、一般的な組織のテナントではまれです。',
      action: [
        '[ユーザー] > 対象ユーザー > [プロパティ] の [年齢グループ] と [未成年者に対する同意] を確認します。Microsoft Graph では ageGroup と consentProvidedForMinor のプロパティです。',
        '未成年の場合は、組織で定めた手順で保護者の同意を得たうえで、ユーザーに記録します。',
        '年齢の情報が誤っている場合は、ユーザー オブジェクトを修正してから再試行してもらいます。',
      ],
    },
  },
  {
    code: 50017,
    identifier: 'CertificateValidationFailed',
    outcome: 'failure',
    category: 'credentials',
    actor: 'tenant-admin',
    en: {
      title: 'The user\'s certificate could not be validated (chain or revocation check failed)',
      explanation:
        'During certificate-based authentication, Entra ID could not validate the certificate the user presented. Typical reasons are an issuing CA that is not in the trusted list, a certificate revocation list (CRL) that cannot be downloaded or read in time, or a delta CRL configured without its base CRL. When a CRL endpoint is down or misconfigured, every user of that CA tends to be affected.',
      action: [
        'In the Entra admin center, check the certificate authorities trusted for certificate-based authentication: the issuing and intermediate CAs must both be present.',
        'Verify that each CA\'s CRL distribution point is reachable from the internet over HTTP and that the CRL is current and not excessively large.',
        'If a delta CRL URL is configured, make sure the matching base CRL URL is configured too.',
        'Use the Additional details field of the sign-in to see exactly which validation step failed, then have the user retry after the fix.',
      ],
    },
    ja: {
      title: 'ユーザー証明書を検証できなかった (チェーンまたは失効の確認に失敗)',
      explanation:
        '証明書ベース認証の際に、ユーザーが提示した証明書を Entra ID が検証できませんでした。発行元 CA が信頼済みの一覧にない、証明書失効リスト (CRL) をダウンロードできない、または時間内に読み込めない、ベース CRL なしでデルタ CRL を構成している、といった理由が典型的です。CRL の配布先が停止していたり設定が誤っていたりすると、その CA の利用者全員が影響を受けやすくなります。',
      action: [
        'Microsoft Entra 管理センターで、証明書ベース認証用に信頼している証明機関を確認します。発行元 CA と中間 CA の両方が必要です。',
        '各 CA の CRL 配布ポイントにインターネットから HTTP で到達でき、CRL が最新で極端に大きくないことを確認します。',
        'デルタ CRL の URL を設定している場合は、対応するベース CRL の URL も設定されているか確認します。',
        'サインインの [追加の詳細] でどの検証段階で失敗したかを確認し、修正後にユーザーに再試行してもらいます。',
      ],
    },
  },
  {
    code: 50019,
    identifier: '',
    outcome: 'interrupted',
    category: 'other',
    actor: 'user',
    en: {
      title: 'Sign-in interrupt with code 50019 (meaning not publicly documented)',
      explanation:
        'This code is rarely seen and is not in Microsoft\'s public list of AADSTS codes. Microsoft\'s own sign-in failure analysis workbook counts it among the interrupts, meaning the sign-in stopped to ask the user for something rather than failing outright. Unless the same user keeps getting stuck, treat it as an unfinished sign-in.',
      action: [
        'In Sign-in logs, check whether a successful sign-in by the same user and app follows shortly after; if so, nothing needs to be done.',
        'Open the sign-in details and read the Failure reason and Additional details fields for the service\'s own description.',
        'If the user cannot get past it, collect the correlation ID, request ID and timestamp and open a Microsoft support request.',
      ],
    },
    ja: {
      title: 'コード 50019 によるサインインの中断 (意味は公開されていない)',
      explanation:
        'まれにしか見られないコードで、Microsoft が公開している AADSTS コードの一覧には載っていません。Microsoft 自身のサインイン失敗分析ブックでは「中断」として扱われており、失敗ではなく、ユーザーに何かを求めるためにサインインが止まったことを意味します。同じユーザーが何度も先に進めない場合を除き、未完了のサインインとして扱ってください。',
      action: [
        'サインイン ログで、直後に同じユーザー・同じアプリの成功サインインがあるか確認します。あれば対応は不要です。',
        'サインインの詳細を開き、[失敗の理由] と [追加の詳細] に書かれたサービス側の説明を確認します。',
        'ユーザーが先に進めない場合は、相関 ID、要求 ID、日時を控えて Microsoft サポートに問い合わせます。',
      ],
    },
  },
  {
    code: 50020,
    identifier: 'UserUnauthorized',
    outcome: 'failure',
    category: 'account-state',
    actor: 'tenant-admin',
    en: {
      title: 'The account is not allowed here: it is not in the tenant, or the endpoint does not accept it',
      explanation:
        'Entra ID refused the sign-in because the account cannot be used with this tenant or endpoint. Most often it is an account from another organization or identity provider that has not been added to the resource tenant as a guest. Another frequent case is a personal Microsoft account used with an app or endpoint that only accepts work or school accounts.',
      action: [
        'Read the error details: note the account, the identity provider and the tenant named in the message.',
        'If the user should have access, invite the account as a guest (Users > All users > New user > Invite external user) and ask the user to accept.',
        'If a personal account was used with a work-only app, ask the user to sign in with their organizational account.',
        'Developer: check Supported account types under App registrations > the app > Authentication, and use the matching authority (tenant-specific, organizations or common).',
      ],
    },
    ja: {
      title: 'このアカウントは利用を許可されていない (テナントに存在しない、またはエンドポイントが受け付けない)',
      explanation:
        'アカウントがこのテナントまたはエンドポイントでは使えないため、Entra ID がサインインを拒否しました。最も多いのは、他の組織や ID プロバイダーのアカウントがリソース テナントにゲストとして追加されていないケースです。職場または学校アカウント専用のアプリやエンドポイントで個人の Microsoft アカウントを使った場合にもよく起こります。',
      action: [
        'エラーの詳細を読み、メッセージに含まれるアカウント、ID プロバイダー、テナントを控えます。',
        'アクセスを認めるべきユーザーであれば、そのアカウントをゲストとして招待し ([ユーザー] > [すべてのユーザー] > [新しいユーザー] > [外部ユーザーを招待する])、受諾してもらいます。',
        '職場専用のアプリに個人アカウントでサインインしていた場合は、組織のアカウントでサインインし直すよう案内します。',
        '開発者: [アプリの登録] > 対象アプリ > [認証] の [サポートされているアカウントの種類] を確認し、それに合った機関 (テナント固有、organizations、common) を使います。',
      ],
    },
  },
  {
    code: 50027,
    identifier: 'InvalidJwtToken',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'A JSON Web Token presented to Entra ID was invalid',
      explanation:
        'A JWT sent to Entra ID, such as an ID token from an external provider, a client assertion or a token used in an exchange, failed validation. Causes include a missing nonce or sub claim, an unexpected issuer or audience, a token outside its validity window, duplicate claims, a broken format, or a signature from the issuer that does not verify.',
      action: [
        'Decode the token locally and check iss, aud, sub, nonce, nbf and exp.',
        'If an external OpenID Connect identity provider issued it, confirm its issuer and signing keys match the configuration under External Identities.',
        'Check the clock of the system that created the token.',
        'Developer: build and pass tokens with a maintained library (MSAL or the provider\'s SDK) rather than custom code.',
      ],
    },
    ja: {
      title: 'Entra ID に提示された JWT が無効',
      explanation:
        '外部プロバイダーの ID トークン、クライアント アサーション、トークン交換に使うトークンなど、Entra ID に送られた JWT が検証に失敗しました。nonce や sub のクレームがない、発行者や対象ユーザーが想定外、有効期間外、クレームの重複、形式の誤り、発行者の署名を検証できない、といった原因があります。',
      action: [
        'トークンを手元でデコードし、iss、aud、sub、nonce、nbf、exp を確認します。',
        '外部の OpenID Connect ID プロバイダーが発行したトークンであれば、発行者と署名キーが [外部 ID] の設定と一致しているか確認します。',
        'トークンを作成したシステムの時刻を確認します。',
        '開発者: トークンの作成と受け渡しには独自実装ではなく、保守されているライブラリ (MSAL やプロバイダーの SDK) を使います。',
      ],
    },
  },
  {
    code: 50029,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Invalid URI: the domain name in the request contains invalid characters',
      explanation:
        'The request used a URL whose domain or tenant part contains characters that are not allowed. It usually comes from a mistyped authority or tenant name in the app configuration, or from a URL assembled by string concatenation that picked up spaces or stray symbols. Nothing the user does will fix it.',
      action: [
        'Developer: check the authority URL the app uses (for example https://login.microsoftonline.com/<tenant>/) for typos, spaces or extra characters.',
        'Check any domain hint or tenant name that is inserted into the request from configuration files or user input.',
        'Prefer the tenant ID (a GUID) over a domain name in the authority to avoid encoding problems.',
      ],
    },
    ja: {
      title: 'URI が無効 (要求内のドメイン名に使用できない文字が含まれている)',
      explanation:
        '要求に使われた URL のドメインまたはテナントの部分に、使用できない文字が含まれていました。アプリ設定での機関 (authority) やテナント名の入力ミス、文字列の連結で URL を組み立てた際に空白や記号が紛れ込んだ、といった原因が一般的です。ユーザー側の操作では解決しません。',
      action: [
        '開発者: アプリが使う機関の URL (例: https://login.microsoftonline.com/<テナント>/) に、入力ミス、空白、余分な文字がないか確認します。',
        '設定ファイルやユーザー入力から要求に差し込んでいるドメインのヒントやテナント名も確認します。',
        'エンコードの問題を避けるため、機関にはドメイン名ではなくテナント ID (GUID) を使うことをお勧めします。',
      ],
    },
  },
  {
    code: 50032,
    identifier: 'WeakRsaKey',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'An RSA key that is too weak was used',
      explanation:
        'The credential presented, typically a certificate an app uses for client authentication or request signing, has an RSA key shorter than Entra ID accepts. Keys below 2048 bits are treated as weak and rejected.',
      action: [
        'Identify the certificate involved (its thumbprint appears under App registrations > the app > Certificates & secrets).',
        'Create a new certificate with an RSA key of at least 2048 bits, upload its public key, and switch the app to it.',
        'Remove the weak certificate from the app registration once the new one is in use.',
      ],
    },
    ja: {
      title: '強度が不十分な RSA キーが使われた',
      explanation:
        '提示された資格情報 (多くはアプリがクライアント認証や要求の署名に使う証明書) の RSA キー長が、Entra ID で受け付ける長さに足りませんでした。2048 ビット未満のキーは弱いものとして拒否されます。',
      action: [
        '対象の証明書を特定します。拇印は [アプリの登録] > 対象アプリ > [証明書とシークレット] で確認できます。',
        '2048 ビット以上の RSA キーで新しい証明書を作成し、公開キーをアップロードしてアプリの設定を切り替えます。',
        '新しい証明書に切り替えた後、弱い証明書をアプリの登録から削除します。',
      ],
    },
  },
  {
    code: 50033,
    identifier: 'RetryableError',
    outcome: 'failure',
    category: 'service',
    actor: 'microsoft',
    en: {
      title: 'Temporary error in the sign-in service; a retry usually succeeds',
      explanation:
        'Entra ID hit a transient internal error that is not related to its directory data and is safe to retry. A single occurrence is not a concern. Many occurrences in a short time usually line up with a service incident.',
      action: [
        'Retry the sign-in; apps should retry once after a short back-off.',
        'If many users are affected, check Service health in the Microsoft 365 admin center.',
        'If it keeps happening for one user or app, collect the correlation ID and timestamp and open a support request.',
      ],
    },
    ja: {
      title: 'サインイン サービスの一時的なエラー (再試行で成功することが多い)',
      explanation:
        'Entra ID で、ディレクトリのデータとは関係のない一時的な内部エラーが発生しました。再試行して問題のない種類のエラーです。単発であれば心配はいりませんが、短時間に多発している場合はサービス障害と重なっていることが多いです。',
      action: [
        'サインインを再試行します。アプリは少し間をおいて 1 回再試行する実装にしておきます。',
        '多数のユーザーで起きている場合は、Microsoft 365 管理センターの [サービス正常性] を確認します。',
        '特定のユーザーやアプリで続く場合は、相関 ID と日時を控えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 50034,
    identifier: 'UserAccountNotFound',
    outcome: 'failure',
    category: 'account-state',
    actor: 'user',
    en: {
      title: 'The user account does not exist in this directory',
      explanation:
        'Entra ID could not find the account that was entered in the tenant the sign-in went to. Common reasons are a typo in the user name, an old address or alias used instead of the UPN, a deleted account, or an app that sent the user to the wrong tenant. A steady stream of this code for random names can indicate account enumeration or password spraying.',
      action: [
        'Ask the user to check the exact sign-in name; it is usually the UPN, which can differ from the email address.',
        'Search for the user in Entra admin center > Users > All users and in Deleted users; restore the account if it was removed by mistake.',
        'If the person belongs to another organization and should have access, invite them as a guest.',
        'If many unknown names come from the same IP addresses, treat it as an attack and review or block those sources.',
      ],
    },
    ja: {
      title: 'このディレクトリにユーザー アカウントが存在しない',
      explanation:
        'サインイン先のテナントで、入力されたアカウントを Entra ID が見つけられませんでした。ユーザー名の入力ミス、UPN ではなく旧アドレスや別名を使った、アカウントが削除された、アプリが誤ったテナントにユーザーを送った、といった理由がよくあります。でたらめな名前でこのコードが継続的に記録される場合は、アカウントの列挙やパスワード スプレー攻撃の可能性があります。',
      action: [
        'サインイン名を正確に確認するようユーザーに依頼します。通常は UPN で、メール アドレスと異なる場合があります。',
        'Microsoft Entra 管理センターの [ユーザー] > [すべてのユーザー] と [削除済みのユーザー] で検索し、誤って削除されていれば復元します。',
        '他の組織の人でアクセスを認めるべき場合は、ゲストとして招待します。',
        '同じ IP アドレスから存在しない名前が大量に試されている場合は攻撃とみなし、送信元を確認してブロックを検討します。',
      ],
    },
  },
  {
    code: 50042,
    identifier: 'UnableToGeneratePairwiseIdentifierWithMissingSalt',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'tenant-admin',
    en: {
      title: 'A pairwise (per-app) identifier could not be generated because its salt is missing',
      explanation:
        'Entra ID builds some user identifiers separately for each application (pairwise identifiers) using a salt stored on a principal, and the required salt was not found. This is rare and points to a data problem inside the service rather than anything the user did. It tends to affect one application consistently.',
      action: [
        'Note the application and user from the sign-in log, and check whether all users of that app fail or only some.',
        'Look in the Audit logs for recent changes to the app registration or service principal, such as deletion and re-creation.',
        'Open a Microsoft support request with the correlation ID and timestamp; the salt cannot be set from the portal.',
      ],
    },
    ja: {
      title: 'ソルトがないためペアワイズ (アプリ単位) の識別子を生成できなかった',
      explanation:
        'Entra ID はアプリごとに異なるユーザー識別子 (ペアワイズ識別子) をプリンシパルに保存されたソルトを使って生成しますが、必要なソルトが見つかりませんでした。まれなエラーで、ユーザーの操作ではなくサービス内部のデータの問題を示しています。特定のアプリケーションで継続して起こる傾向があります。',
      action: [
        'サインイン ログから対象のアプリとユーザーを控え、そのアプリの全ユーザーが失敗するのか一部だけなのかを確認します。',
        '監査ログで、アプリの登録やサービス プリンシパルに最近の変更 (削除と再作成など) がないか確認します。',
        'ソルトはポータルから設定できないため、相関 ID と日時を添えて Microsoft サポートに問い合わせます。',
      ],
    },
  },
];
