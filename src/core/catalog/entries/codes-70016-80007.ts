// AADSTS 70016–80007: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 70016,
    identifier: 'AuthorizationPending',
    outcome: 'informational',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'Device code sign-in is still waiting for the user',
      explanation:
        'In the device code flow the device polls Entra ID while the user enters the code on another device. Each poll before the user finishes returns this code. It is normal and only means the user has not completed the sign-in yet.',
      action: [
        'No action is needed; look for the later event from the same device that ends in success or in 70019 (code expired).',
        'If the user never completes it, remind them to open https://microsoft.com/devicelogin, enter the code shown, and finish sign-in before it expires.',
        'If the device code flow is unexpected for this user or app, review it, since attackers also use it for phishing; it can be restricted with Conditional Access authentication flows.',
      ],
    },
    ja: {
      title: 'デバイス コードによるサインインがユーザーの操作待ちです',
      explanation:
        'デバイス コード フローでは、ユーザーが別のデバイスでコードを入力している間、デバイスが Entra ID に問い合わせ (ポーリング) を続けます。ユーザーの操作が終わる前の問い合わせには、このコードが返されます。正常な動作で、ユーザーがまだサインインを完了していないことを示すだけです。',
      action: [
        '対応は不要です。同じデバイスからの後続のイベントが成功または 70019 (コードの期限切れ) で終わっているか確認します。',
        'ユーザーが完了しない場合は、https://microsoft.com/devicelogin を開いて表示されたコードを入力し、期限内にサインインを終えるよう案内します。',
        'このユーザーやアプリでデバイス コード フローが想定外であれば、フィッシングに悪用されることもあるため確認し、条件付きアクセスの「認証フロー」条件で制限することを検討します。',
      ],
    },
  },
  {
    code: 70018,
    identifier: 'BadVerificationCode',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'The user entered a wrong code in the device code flow',
      explanation:
        'The code the user typed on the device login page did not match an active device code request. It is usually a typo, or a code copied from an older attempt. The device that started the flow is not authorized.',
      action: [
        'Have the user restart the sign-in on the device to get a fresh code and type it carefully (the code is not case sensitive but must be complete).',
        'Make sure the user enters the code shown by the device they are actually signing in on.',
        'If the user did not start a device sign-in at all, treat it as possible device code phishing and review the account.',
      ],
    },
    ja: {
      title: 'デバイス コード フローでユーザーが誤ったコードを入力しました',
      explanation:
        'ユーザーがデバイス ログイン ページで入力したコードが、有効なデバイス コード要求と一致しませんでした。多くは入力ミスか、以前の試行で表示されたコードを使ったことが原因です。フローを開始したデバイスは承認されません。',
      action: [
        'デバイス側でサインインをやり直して新しいコードを表示させ、最後まで正確に入力してもらいます。',
        '実際にサインインしようとしているデバイスに表示されたコードを入力しているか確認します。',
        'ユーザーがデバイス サインインを開始した覚えがない場合は、デバイス コード フィッシングの可能性があるため、アカウントを調査します。',
      ],
    },
  },
  {
    code: 70019,
    identifier: 'CodeExpired',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'The device code expired before the user finished signing in',
      explanation:
        'A device code is valid only for a limited time (around 15 minutes). The user did not complete the sign-in on the second device within that window, so the device stopped waiting. Starting again gives a new code.',
      action: [
        'Have the user restart sign-in on the device and complete the steps on the second device promptly.',
        'Check that the user could reach https://microsoft.com/devicelogin and was not stopped by MFA or Conditional Access on the way (look for other events with the same correlation ID).',
      ],
    },
    ja: {
      title: 'ユーザーがサインインを終える前にデバイス コードの有効期限が切れました',
      explanation:
        'デバイス コードの有効期間は限られています (おおむね 15 分程度)。ユーザーがその間に別のデバイスでサインインを完了しなかったため、デバイス側が待機をやめました。やり直せば新しいコードが発行されます。',
      action: [
        'デバイス側でサインインをやり直し、別のデバイスでの操作を速やかに完了してもらいます。',
        'ユーザーが https://microsoft.com/devicelogin にアクセスできたか、途中で MFA や条件付きアクセスに止められていないか (同じ相関 ID の他のイベント) を確認します。',
      ],
    },
  },
  {
    code: 70037,
    identifier: '',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'An incorrect challenge response was given and the remote sign-in session was refused',
      explanation:
        'The code is rarely seen and is missing from current Microsoft references; it appears only in an older list. There, it describes a challenge-response step in a remote authentication session that received a wrong answer, after which the session was denied. It may no longer be returned by the service.',
      action: [
        'Ask the user to retry the sign-in from the start, answering any challenge (code, number matching, prompt) on the correct device.',
        'Collect the correlation ID and timestamp, and check the failure reason and authentication details recorded in the sign-in event.',
        'If it recurs, open a support request with those identifiers.',
      ],
    },
    ja: {
      title: 'チャレンジへの応答が正しくなく、リモート サインイン セッションが拒否されました',
      explanation:
        'めったに見られないコードで、現在の Microsoft のリファレンスには掲載されておらず、古い一覧にのみ記載があります。そこでは、リモート認証セッションでのチャレンジ レスポンスに誤った応答があり、セッションが拒否されたことを示すとされています。現在はサービスから返されなくなっている可能性があります。',
      action: [
        'サインインを最初からやり直し、コードや番号の一致などのチャレンジに正しいデバイスで応答するようユーザーに案内します。',
        '相関 ID と日時を控え、サインイン イベントに記録された失敗理由と認証の詳細を確認します。',
        '繰り返し発生する場合は、それらの情報を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 70043,
    identifier: 'BadTokenDueToSignInFrequency',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'The refresh token is too old for the Conditional Access sign-in frequency',
      explanation:
        'A Conditional Access policy with a sign-in frequency control limits how long a sign-in may be reused. The refresh token the app presented was issued before that limit, so it can no longer be used and the user must authenticate again. This is the policy working as configured.',
      action: [
        'Have the user sign in again interactively; the app should prompt automatically.',
        'Check the Conditional Access tab of the sign-in event for the policy with a Sign-in frequency session control and its interval.',
        'If users are prompted too often, review whether the interval fits the app and risk level.',
      ],
    },
    ja: {
      title: '条件付きアクセスのサインインの頻度に対して、更新トークンが古すぎます',
      explanation:
        '「サインインの頻度」セッション制御を持つ条件付きアクセス ポリシーが、サインインを再利用できる期間を制限しています。アプリが提示した更新トークンはその期間より前に発行されたものだったため使用できず、ユーザーは再認証する必要があります。ポリシーが設定どおりに機能した結果です。',
      action: [
        'ユーザーに対話型で再度サインインしてもらいます。通常はアプリが自動的にサインインを求めます。',
        'サインイン イベントの「条件付きアクセス」タブで、サインインの頻度を設定しているポリシーとその間隔を確認します。',
        'サインインを求められる回数が多すぎる場合は、間隔がアプリやリスクの程度に見合っているか見直します。',
      ],
    },
  },
  {
    code: 70044,
    identifier: 'SsoArtifactExpiredDueToConditionalAccess',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'The browser session expired because of a Conditional Access sign-in frequency',
      explanation:
        'The single sign-on session in the browser was older than a Conditional Access sign-in frequency allows, so it could not be reused. The sign-in page tells the user that the organization requires them to sign in again. This code is known from the sign-in page and is not in the public error reference.',
      action: [
        'Have the user sign in again; this is the expected behaviour of the policy.',
        'Identify the policy with a Sign-in frequency session control in the sign-in event Conditional Access tab.',
        'If prompts are too frequent, adjust the frequency interval or the apps the policy targets.',
      ],
    },
    ja: {
      title: '条件付きアクセスのサインインの頻度により、ブラウザー セッションが期限切れになりました',
      explanation:
        'ブラウザーのシングル サインオン セッションが、条件付きアクセスのサインインの頻度で許される期間を超えていたため、再利用できませんでした。サインイン画面には、組織が再サインインを求めている旨が表示されます。このコードはサインイン画面側から知られているもので、公開のエラー リファレンスには掲載されていません。',
      action: [
        'ユーザーに再度サインインしてもらいます。ポリシーとして想定どおりの動作です。',
        'サインイン イベントの「条件付きアクセス」タブで、サインインの頻度を設定しているポリシーを特定します。',
        '再サインインの回数が多すぎる場合は、頻度の間隔や対象アプリを見直します。',
      ],
    },
  },
  {
    code: 70046,
    identifier: 'SsoArtifactExpiredDueToConditionalAccessReAuth',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'The session cannot be reused because Conditional Access requires fresh authentication',
      explanation:
        'A Conditional Access policy requires the user to authenticate again for this request, typically a sign-in frequency set to Every time for a sensitive app or action, so the existing session was not accepted. The sign-in page asks the user to re-authenticate. This code is known from the sign-in page and is not in the public error reference.',
      action: [
        'Have the user complete the new authentication; this is expected for the protected app or action.',
        'Check the sign-in event Conditional Access tab for the policy with Sign-in frequency set to Every time (or a similar reauthentication requirement).',
        'If the prompt is unexpected, review which apps, user actions or risk conditions that policy targets.',
      ],
    },
    ja: {
      title: '条件付きアクセスが改めての認証を求めているため、セッションを再利用できません',
      explanation:
        '条件付きアクセス ポリシーがこの要求に対して再認証を求めているため (重要なアプリや操作に対してサインインの頻度を「毎回」に設定している場合など)、既存のセッションは受け付けられませんでした。サインイン画面でユーザーに再認証が求められます。このコードはサインイン画面側から知られているもので、公開のエラー リファレンスには掲載されていません。',
      action: [
        'ユーザーに改めて認証を完了してもらいます。保護対象のアプリや操作では想定どおりの動作です。',
        'サインイン イベントの「条件付きアクセス」タブで、サインインの頻度が「毎回」になっているポリシー (または同様の再認証要件) を確認します。',
        '想定外の場合は、そのポリシーの対象アプリ、ユーザー操作、リスク条件を見直します。',
      ],
    },
  },
  {
    code: 75001,
    identifier: 'BindingSerializationError',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The SAML message could not be read from its binding',
      explanation:
        'Entra ID could not decode the SAML message the application sent, for example because the encoding or compression of the redirect binding is wrong or the message is truncated. The problem is in how the service provider builds or transmits its SAML request. Users cannot fix it.',
      action: [
        'Capture the SAML request with a browser trace (or a SAML tracer extension) and decode it.',
        'Check that the app deflates and base64-encodes the request for HTTP-Redirect, or base64-encodes it for HTTP-POST, and that the URL is not cut off.',
        'Ask the app vendor to correct the request format, then test again from Enterprise apps > the app > Single sign-on > Test.',
      ],
    },
    ja: {
      title: 'SAML メッセージをバインディングから読み取れませんでした',
      explanation:
        'アプリケーションが送った SAML メッセージを Entra ID がデコードできませんでした。リダイレクト バインディングでのエンコードや圧縮が誤っている、メッセージが途中で切れているといった原因が考えられます。問題はサービス プロバイダー側の SAML 要求の作り方・送り方にあり、ユーザー側では解決できません。',
      action: [
        'ブラウザーのトレース (または SAML トレーサー拡張機能) で SAML 要求を取得してデコードします。',
        'HTTP-Redirect では deflate 圧縮と Base64 エンコード、HTTP-POST では Base64 エンコードが正しく行われているか、URL が途中で切れていないか確認します。',
        'アプリのベンダーに要求形式の修正を依頼し、エンタープライズ アプリケーション > 対象アプリ > シングル サインオン > テスト で再確認します。',
      ],
    },
  },
  {
    code: 75003,
    identifier: 'UnsupportedBindingError',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The app asked for a SAML binding Entra ID does not use for responses',
      explanation:
        'Entra ID returns SAML responses only through the HTTP-POST binding. The application asked for another binding (for example HTTP-Redirect or Artifact) for the response. The service provider configuration must be changed to accept a POSTed response.',
      action: [
        'Decode the SAML request and check the ProtocolBinding attribute.',
        'Set the app (service provider) to expect the response via HTTP-POST at its Assertion Consumer Service URL.',
        'Verify the Reply URL in Enterprise apps > the app > Single sign-on > Basic SAML Configuration matches that endpoint.',
      ],
    },
    ja: {
      title: 'アプリが、Entra ID の応答では使わない SAML バインディングを要求しました',
      explanation:
        'Entra ID は SAML 応答を HTTP-POST バインディングでのみ返します。アプリケーションは応答に別のバインディング (HTTP-Redirect や Artifact など) を要求しました。POST で送られる応答を受け付けるよう、サービス プロバイダー側の設定を変更する必要があります。',
      action: [
        'SAML 要求をデコードし、ProtocolBinding 属性を確認します。',
        'アプリ (サービス プロバイダー) が、アサーション コンシューマー サービス URL で HTTP-POST による応答を受け取るよう設定します。',
        'エンタープライズ アプリケーション > 対象アプリ > シングル サインオン > 基本的な SAML 構成 の応答 URL が、そのエンドポイントと一致しているか確認します。',
      ],
    },
  },
  {
    code: 75005,
    identifier: 'Saml2MessageInvalid',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The SAML request sent by the app is not valid or not supported',
      explanation:
        'Entra ID received something at its SAML endpoint that it does not accept as a SAML 2.0 authentication request. Common causes are a malformed XML document, an unsupported message type, or an app that sends a SAML response instead of a request. It is a service provider configuration problem.',
      action: [
        'Capture and decode the SAML request with a browser trace and check it is a well-formed AuthnRequest.',
        'Check that the app points to the correct Login URL from Enterprise apps > the app > Single sign-on (Set up section).',
        'Ask the app vendor to fix the request format, then use the Test button on the Single sign-on page.',
      ],
    },
    ja: {
      title: 'アプリが送った SAML 要求が無効、またはサポートされていません',
      explanation:
        'Entra ID の SAML エンドポイントに届いたものが、SAML 2.0 の認証要求として受け付けられる形式ではありませんでした。XML の形式が崩れている、サポートされないメッセージの種類である、要求ではなく SAML 応答を送ってきた、といった原因がよくあります。サービス プロバイダー側の構成の問題です。',
      action: [
        'ブラウザーのトレースで SAML 要求を取得・デコードし、正しい形式の AuthnRequest か確認します。',
        'アプリが エンタープライズ アプリケーション > 対象アプリ > シングル サインオン (設定セクション) のログイン URL を正しく指しているか確認します。',
        'アプリのベンダーに要求形式の修正を依頼し、シングル サインオン画面の「テスト」で確認します。',
      ],
    },
  },
  {
    code: 75008,
    identifier: 'RequestDeniedError',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'The SAML request was denied because its Destination is unexpected',
      explanation:
        'The Destination attribute in the SAML request must name the Entra ID endpoint that receives it. Here it pointed somewhere else, for example another tenant\'s URL, an old endpoint, or a different cloud. Entra ID therefore rejected the request.',
      action: [
        'Decode the SAML request and read its Destination attribute.',
        'Compare it with the Login URL shown under Enterprise apps > the app > Single sign-on (Set up section) for this tenant.',
        'Update the app (service provider) with the correct Entra ID login URL or import the current federation metadata.',
      ],
    },
    ja: {
      title: 'SAML 要求の Destination が想定外のため拒否されました',
      explanation:
        'SAML 要求の Destination 属性には、その要求を受け取る Entra ID のエンドポイントを指定する必要があります。この要求では、別テナントの URL、古いエンドポイント、別のクラウドなど、異なる場所が指定されていました。そのため Entra ID は要求を拒否しました。',
      action: [
        'SAML 要求をデコードし、Destination 属性の値を確認します。',
        'エンタープライズ アプリケーション > 対象アプリ > シングル サインオン (設定セクション) に表示される、このテナントのログイン URL と比較します。',
        'アプリ (サービス プロバイダー) に正しい Entra ID のログイン URL を設定するか、最新のフェデレーション メタデータを読み込ませます。',
      ],
    },
  },
  {
    code: 75011,
    identifier: 'NoMatchedAuthnContextInOutputClaims',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'The way the user authenticated does not match what the SAML app demanded',
      explanation:
        'The SAML request contained a RequestedAuthnContext with exact comparison (for example password-protected transport), but the user\'s existing session was established another way, such as Windows integrated authentication, certificate or MFA. Entra ID cannot claim an authentication method that was not used, so it fails. The app usually does not need such a strict requirement.',
      action: [
        'Decode the SAML request and look for the RequestedAuthnContext element and its Comparison attribute.',
        'Ask the app vendor to remove RequestedAuthnContext, or use a comparison that allows stronger methods.',
        'As a short-term workaround, the user can sign in again in a private window so that the requested method is used.',
      ],
    },
    ja: {
      title: 'ユーザーの認証方法が、SAML アプリが要求したものと一致しません',
      explanation:
        'SAML 要求に、完全一致の比較条件を持つ RequestedAuthnContext (パスワード保護トランスポートなど) が含まれていましたが、ユーザーの既存のセッションは Windows 統合認証、証明書、MFA など別の方法で確立されていました。実際に使われていない認証方法を主張することはできないため、Entra ID は失敗を返しました。多くの場合、アプリ側にそこまで厳しい指定は必要ありません。',
      action: [
        'SAML 要求をデコードし、RequestedAuthnContext 要素とその Comparison 属性を確認します。',
        'アプリのベンダーに、RequestedAuthnContext を削除するか、より強い方法も許容する比較条件にするよう依頼します。',
        '当面の回避策として、InPrivate ウィンドウで改めてサインインすると、要求された方法で認証されることがあります。',
      ],
    },
  },
  {
    code: 75016,
    identifier: 'Saml2AuthenticationRequestInvalidNameIDPolicy',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'The SAML request asks for a NameID format Entra ID cannot provide',
      explanation:
        'The NameIDPolicy in the SAML request names a format, or combination of settings, that does not fit what is configured for the app. A frequent case is requesting a specific format while the Name ID claim in Entra ID is set up differently. The request and the claim configuration need to agree.',
      action: [
        'Decode the SAML request and note the NameIDPolicy Format value.',
        'In Enterprise apps > the app > Single sign-on > Attributes & Claims, edit the Unique User Identifier (Name ID) and choose a matching name identifier format and source attribute.',
        'Alternatively, ask the vendor to request the unspecified format or the one you configured, then test again.',
      ],
    },
    ja: {
      title: 'SAML 要求が、Entra ID で提供できない NameID 形式を要求しています',
      explanation:
        'SAML 要求の NameIDPolicy に指定された形式 (または設定の組み合わせ) が、アプリに構成されている内容と合いませんでした。よくあるのは、特定の形式を要求しているのに、Entra ID 側の名前 ID クレームが別の形式で構成されているケースです。要求とクレームの構成を一致させる必要があります。',
      action: [
        'SAML 要求をデコードし、NameIDPolicy の Format の値を確認します。',
        'エンタープライズ アプリケーション > 対象アプリ > シングル サインオン > 属性とクレーム で「一意のユーザー識別子 (名前 ID)」を編集し、一致する名前識別子の形式とソース属性を選びます。',
        'または、unspecified 形式か構成済みの形式を要求するようベンダーに依頼し、再度テストします。',
      ],
    },
  },
  {
    code: 76021,
    identifier: 'ApplicationRequiresSignedRequests',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'The app is set to require signed SAML requests, but this request was not signed',
      explanation:
        'Request signature verification is turned on for this enterprise application, so Entra ID only accepts SAML requests signed with the app\'s registered certificate. The request arrived without a signature. Either the app must sign its requests or the requirement must be relaxed.',
      action: [
        'In Enterprise apps > the app > Single sign-on > SAML Certificates > Verification certificates, check whether Require verification certificates is enabled and which certificate is uploaded.',
        'Configure the app (service provider) to sign its authentication requests with the matching private key.',
        'If signed requests cannot be produced, disable the requirement after weighing the security trade-off.',
      ],
    },
    ja: {
      title: '署名付き SAML 要求が必須に設定されていますが、この要求は署名されていません',
      explanation:
        'このエンタープライズ アプリケーションでは要求署名の検証が有効になっているため、Entra ID は登録済みの証明書で署名された SAML 要求しか受け付けません。届いた要求には署名がありませんでした。アプリ側で要求に署名するか、要件を緩める必要があります。',
      action: [
        'エンタープライズ アプリケーション > 対象アプリ > シングル サインオン > SAML 証明書 > 検証証明書 で、検証証明書の必須化が有効か、どの証明書がアップロードされているか確認します。',
        'アプリ (サービス プロバイダー) が、対応する秘密キーで認証要求に署名するよう設定します。',
        '署名付き要求を送れない場合は、セキュリティ上の影響を検討したうえで必須設定を無効にします。',
      ],
    },
  },
  {
    code: 76026,
    identifier: 'RequestIssueTimeExpired',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The SAML request is too old according to its IssueInstant',
      explanation:
        'Every SAML request carries the time it was created, and Entra ID rejects requests that are too old. The usual causes are a wrong clock on the service provider server, or a request that was cached or bookmarked and replayed later. Starting the sign-in fresh from the app normally works.',
      action: [
        'Decode the SAML request and compare its IssueInstant with the time of the sign-in event.',
        'Check the time synchronization (NTP) of the service provider servers.',
        'Make sure users start from the app rather than from a bookmarked Entra ID sign-in URL that contains an old request.',
      ],
    },
    ja: {
      title: 'IssueInstant から見て、SAML 要求が古すぎます',
      explanation:
        'SAML 要求には作成日時が含まれており、Entra ID は古すぎる要求を拒否します。サービス プロバイダーのサーバーの時刻がずれている、キャッシュやブックマークされた要求が後から再送された、といった原因が一般的です。通常はアプリから改めてサインインを始めれば成功します。',
      action: [
        'SAML 要求をデコードし、IssueInstant とサインイン イベントの日時を比較します。',
        'サービス プロバイダー側サーバーの時刻同期 (NTP) を確認します。',
        '古い要求を含む Entra ID のサインイン URL をブックマークして使っていないか確認し、アプリ側からサインインを始めるよう案内します。',
      ],
    },
  },
  {
    code: 80001,
    identifier: 'OnPremiseStoreIsNotAvailable',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'The pass-through authentication agent cannot reach Active Directory',
      explanation:
        'With pass-through authentication, an on-premises agent checks the password against Active Directory. The agent that took this request could not contact a domain controller. Agents must sit in the same forest as the users and have network access to domain controllers.',
      action: [
        'In Entra admin center > Entra Connect > Connect Sync > Pass-through authentication, check which agents are active and on which servers.',
        'On each agent server, confirm it is domain-joined in the users\' forest and can reach a domain controller (DNS, LDAP and Kerberos ports).',
        'Review the agent event logs (Applications and Services Logs > Microsoft > AzureAdConnect > AuthenticationAgent) for connection errors.',
        'Keep at least two healthy agents so one failure does not stop sign-ins.',
      ],
    },
    ja: {
      title: 'パススルー認証エージェントが Active Directory に接続できません',
      explanation:
        'パススルー認証 (PTA) では、オンプレミスのエージェントが Active Directory に対してパスワードを検証します。この要求を受けたエージェントがドメイン コントローラーに接続できませんでした。エージェントはユーザーと同じフォレストに属し、ドメイン コントローラーへ通信できる必要があります。',
      action: [
        'Microsoft Entra 管理センター > Entra Connect > Connect Sync > パススルー認証 で、どのサーバーのエージェントがアクティブか確認します。',
        '各エージェント サーバーがユーザーのフォレストにドメイン参加しており、ドメイン コントローラーへ (DNS、LDAP、Kerberos のポートで) 到達できるか確認します。',
        'エージェントのイベント ログ (アプリケーションとサービス ログ > Microsoft > AzureAdConnect > AuthenticationAgent) で接続エラーを確認します。',
        '1 台の障害でサインインが止まらないよう、正常なエージェントを 2 台以上維持します。',
      ],
    },
  },
  {
    code: 80002,
    identifier: 'OnPremisePasswordValidatorRequestTimedout',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'Password validation through the pass-through agent timed out',
      explanation:
        'Entra ID handed the password check to an on-premises pass-through authentication agent, but no answer came back in time. Slow or unavailable domain controllers, an overloaded agent server, or network problems between the agent and Active Directory are the usual reasons. Retrying may succeed if another agent picks up the request.',
      action: [
        'Check agent status under Entra Connect > Connect Sync > Pass-through authentication and look for agents that are inactive.',
        'On the agent servers, check CPU, memory and the AuthenticationAgent event log for timeouts.',
        'Confirm that domain controllers respond normally to the agents and that no firewall change is delaying traffic.',
        'If everything looks healthy and it continues, open a support request with the correlation ID and timestamp.',
      ],
    },
    ja: {
      title: 'パススルー認証エージェント経由のパスワード検証がタイムアウトしました',
      explanation:
        'Entra ID はパスワード検証をオンプレミスのパススルー認証エージェントに依頼しましたが、時間内に応答が返ってきませんでした。ドメイン コントローラーの応答遅延や停止、エージェント サーバーの過負荷、エージェントと Active Directory 間のネットワーク障害がよくある原因です。別のエージェントが処理すれば、再試行で成功することもあります。',
      action: [
        'Entra Connect > Connect Sync > パススルー認証 でエージェントの状態を確認し、非アクティブなものがないか調べます。',
        'エージェント サーバーの CPU やメモリ、AuthenticationAgent のイベント ログでタイムアウトを確認します。',
        'ドメイン コントローラーがエージェントに正常に応答しているか、ファイアウォールの変更で通信が遅れていないか確認します。',
        'すべて正常に見えるのに続く場合は、相関 ID と日時を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 80003,
    identifier: '',
    outcome: 'failure',
    category: 'federation',
    actor: 'microsoft',
    en: {
      title: 'The pass-through authentication agent returned an invalid response',
      explanation:
        'The code is rarely seen and is not in current Microsoft references; an older list describes it as an unexpected, unreadable response from the agent while validating against on-premises Active Directory. The underlying cause is not exposed in the error itself. It may have been replaced by other 800xx codes.',
      action: [
        'Check the health of the pass-through agents in Entra Connect > Connect Sync > Pass-through authentication and update any outdated agent version.',
        'Review the AuthenticationAgent event log on the agent servers at the time of the failure.',
        'Collect the correlation ID and timestamp and open a support request if the error repeats.',
      ],
    },
    ja: {
      title: 'パススルー認証エージェントから無効な応答が返されました',
      explanation:
        'めったに見られないコードで、現在の Microsoft のリファレンスには掲載されていません。古い一覧では、オンプレミスの Active Directory で検証する際に、エージェントから想定外の読み取れない応答が返されたものと説明されています。根本原因はエラー自体からは分かりません。ほかの 800xx 番台のコードに置き換えられた可能性もあります。',
      action: [
        'Entra Connect > Connect Sync > パススルー認証 でエージェントの正常性を確認し、古いバージョンのエージェントは更新します。',
        '失敗した時刻のエージェント サーバー上の AuthenticationAgent イベント ログを確認します。',
        '繰り返し発生する場合は、相関 ID と日時を控えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 80005,
    identifier: 'OnPremisePasswordValidatorUnpredictableWebException',
    outcome: 'failure',
    category: 'federation',
    actor: 'microsoft',
    en: {
      title: 'An unknown error occurred while handling the pass-through agent response',
      explanation:
        'Entra ID hit an unexpected error while processing the answer from an on-premises pass-through authentication agent. It is often transient, for example a connection dropped mid-response. Persistent occurrences need Microsoft to look at the service-side details.',
      action: [
        'Ask the user to retry the sign-in.',
        'Check that all agents are active and up to date in Entra Connect > Connect Sync > Pass-through authentication, and that their outbound connections to Microsoft are not being interrupted by a proxy.',
        'If it keeps failing, open a support request with the correlation ID and timestamp.',
      ],
    },
    ja: {
      title: 'パススルー認証エージェントの応答処理中に不明なエラーが発生しました',
      explanation:
        'オンプレミスのパススルー認証エージェントからの応答を処理する際に、Entra ID で想定外のエラーが発生しました。応答の途中で接続が切れたなど、一時的な原因であることが多いです。継続して発生する場合は、Microsoft がサービス側の詳細を調べる必要があります。',
      action: [
        'ユーザーにサインインを再試行してもらいます。',
        'Entra Connect > Connect Sync > パススルー認証 ですべてのエージェントがアクティブで最新か、プロキシによって Microsoft への送信接続が切断されていないか確認します。',
        '失敗が続く場合は、相関 ID と日時を添えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 80007,
    identifier: 'OnPremisePasswordValidatorErrorOccurredOnPrem',
    outcome: 'failure',
    category: 'federation',
    actor: 'tenant-admin',
    en: {
      title: 'The pass-through agent could not validate the password on premises',
      explanation:
        'The on-premises agent received the request but the validation against Active Directory failed with an error on the local side. The cause is recorded in the agent\'s own logs, not in the sign-in log. Problems with the agent service account, domain controller errors or local policy can all lead here.',
      action: [
        'Open the AuthenticationAgent event log and the agent trace logs on the agent servers for the time of the failure.',
        'Verify Active Directory is healthy (replication, domain controller availability) and that the user account is not locked or restricted on premises.',
        'Restart or reinstall the affected agent if its logs show repeated internal errors.',
      ],
    },
    ja: {
      title: 'パススルー認証エージェントがオンプレミスでパスワードを検証できませんでした',
      explanation:
        'オンプレミスのエージェントは要求を受け取りましたが、Active Directory に対する検証がローカル側のエラーで失敗しました。原因はサインイン ログではなく、エージェント自身のログに記録されます。エージェントのサービス アカウントの問題、ドメイン コントローラーのエラー、ローカル ポリシーなどが原因になり得ます。',
      action: [
        '失敗した時刻について、エージェント サーバーの AuthenticationAgent イベント ログとトレース ログを確認します。',
        'Active Directory が正常か (レプリケーション、ドメイン コントローラーの稼働)、ユーザー アカウントがオンプレミスでロックや制限を受けていないか確認します。',
        'ログに内部エラーが繰り返し出ている場合は、該当エージェントを再起動または再インストールします。',
      ],
    },
  },
];
