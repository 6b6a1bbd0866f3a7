// GENERATED from src/core/catalog/data/codes-70016-75005.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 70016,
    "identifier": "AuthorizationPending",
    "outcome": "informational",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "Device code sign-in is still waiting for the user",
      "explanation": "In the device code flow the device polls Entra ID while the user enters the code on another device. Each poll before the user finishes returns this code. It is normal and only means the user has not completed the sign-in yet.",
      "action": [
        "No action is needed; look for the later event from the same device that ends in success or in 70019 (code expired).",
        "If the user never completes it, remind them to open https://microsoft.com/devicelogin, enter the code shown, and finish sign-in before it expires.",
        "If the device code flow is unexpected for this user or app, review it, since attackers also use it for phishing; it can be restricted with Conditional Access authentication flows."
      ]
    },
    "ja": {
      "title": "デバイス コードによるサインインがユーザーの操作待ちです",
      "explanation": "デバイス コード フローでは、ユーザーが別のデバイスでコードを入力している間、デバイスが Entra ID に問い合わせ (ポーリング) を続けます。ユーザーの操作が終わる前の問い合わせには、このコードが返されます。正常な動作で、ユーザーがまだサインインを完了していないことを示すだけです。",
      "action": [
        "対応は不要です。同じデバイスからの後続のイベントが成功または 70019 (コードの期限切れ) で終わっているか確認します。",
        "ユーザーが完了しない場合は、https://microsoft.com/devicelogin を開いて表示されたコードを入力し、期限内にサインインを終えるよう案内します。",
        "このユーザーやアプリでデバイス コード フローが想定外であれば、フィッシングに悪用されることもあるため確認し、条件付きアクセスの「認証フロー」条件で制限することを検討します。"
      ]
    }
  },
  {
    "code": 70018,
    "identifier": "BadVerificationCode",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "The user entered a wrong code in the device code flow",
      "explanation": "The code the user typed on the device login page did not match an active device code request. It is usually a typo, or a code copied from an older attempt. The device that started the flow is not authorized.",
      "action": [
        "Have the user restart the sign-in on the device to get a fresh code and type it carefully (the code is not case sensitive but must be complete).",
        "Make sure the user enters the code shown by the device they are actually signing in on.",
        "If the user did not start a device sign-in at all, treat it as possible device code phishing and review the account."
      ]
    },
    "ja": {
      "title": "デバイス コード フローでユーザーが誤ったコードを入力しました",
      "explanation": "ユーザーがデバイス ログイン ページで入力したコードが、有効なデバイス コード要求と一致しませんでした。多くは入力ミスか、以前の試行で表示されたコードを使ったことが原因です。フローを開始したデバイスは承認されません。",
      "action": [
        "デバイス側でサインインをやり直して新しいコードを表示させ、最後まで正確に入力してもらいます。",
        "実際にサインインしようとしているデバイスに表示されたコードを入力しているか確認します。",
        "ユーザーがデバイス サインインを開始した覚えがない場合は、デバイス コード フィッシングの可能性があるため、アカウントを調査します。"
      ]
    }
  },
  {
    "code": 70019,
    "identifier": "CodeExpired",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "The device code expired before the user finished signing in",
      "explanation": "A device code is valid only for a limited time (around 15 minutes). The user did not complete the sign-in on the second device within that window, so the device stopped waiting. Starting again gives a new code.",
      "action": [
        "Have the user restart sign-in on the device and complete the steps on the second device promptly.",
        "Check that the user could reach https://microsoft.com/devicelogin and was not stopped by MFA or Conditional Access on the way (look for other events with the same correlation ID)."
      ]
    },
    "ja": {
      "title": "ユーザーがサインインを終える前にデバイス コードの有効期限が切れました",
      "explanation": "デバイス コードの有効期間は限られています (おおむね 15 分程度)。ユーザーがその間に別のデバイスでサインインを完了しなかったため、デバイス側が待機をやめました。やり直せば新しいコードが発行されます。",
      "action": [
        "デバイス側でサインインをやり直し、別のデバイスでの操作を速やかに完了してもらいます。",
        "ユーザーが https://microsoft.com/devicelogin にアクセスできたか、途中で MFA や条件付きアクセスに止められていないか (同じ相関 ID の他のイベント) を確認します。"
      ]
    }
  },
  {
    "code": 70037,
    "identifier": "",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "An incorrect challenge response was given and the remote sign-in session was refused",
      "explanation": "The code is rarely seen and is missing from current Microsoft references; it appears only in an older list. There, it describes a challenge-response step in a remote authentication session that received a wrong answer, after which the session was denied. It may no longer be returned by the service.",
      "action": [
        "Ask the user to retry the sign-in from the start, answering any challenge (code, number matching, prompt) on the correct device.",
        "Collect the correlation ID and timestamp, and check the failure reason and authentication details recorded in the sign-in event.",
        "If it recurs, open a support request with those identifiers."
      ]
    },
    "ja": {
      "title": "チャレンジへの応答が正しくなく、リモート サインイン セッションが拒否されました",
      "explanation": "めったに見られないコードで、現在の Microsoft のリファレンスには掲載されておらず、古い一覧にのみ記載があります。そこでは、リモート認証セッションでのチャレンジ レスポンスに誤った応答があり、セッションが拒否されたことを示すとされています。現在はサービスから返されなくなっている可能性があります。",
      "action": [
        "サインインを最初からやり直し、コードや番号の一致などのチャレンジに正しいデバイスで応答するようユーザーに案内します。",
        "相関 ID と日時を控え、サインイン イベントに記録された失敗理由と認証の詳細を確認します。",
        "繰り返し発生する場合は、それらの情報を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 70043,
    "identifier": "BadTokenDueToSignInFrequency",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "The refresh token is too old for the Conditional Access sign-in frequency",
      "explanation": "A Conditional Access policy with a sign-in frequency control limits how long a sign-in may be reused. The refresh token the app presented was issued before that limit, so it can no longer be used and the user must authenticate again. This is the policy working as configured.",
      "action": [
        "Have the user sign in again interactively; the app should prompt automatically.",
        "Check the Conditional Access tab of the sign-in event for the policy with a Sign-in frequency session control and its interval.",
        "If users are prompted too often, review whether the interval fits the app and risk level."
      ]
    },
    "ja": {
      "title": "条件付きアクセスのサインインの頻度に対して、更新トークンが古すぎます",
      "explanation": "「サインインの頻度」セッション制御を持つ条件付きアクセス ポリシーが、サインインを再利用できる期間を制限しています。アプリが提示した更新トークンはその期間より前に発行されたものだったため使用できず、ユーザーは再認証する必要があります。ポリシーが設定どおりに機能した結果です。",
      "action": [
        "ユーザーに対話型で再度サインインしてもらいます。通常はアプリが自動的にサインインを求めます。",
        "サインイン イベントの「条件付きアクセス」タブで、サインインの頻度を設定しているポリシーとその間隔を確認します。",
        "サインインを求められる回数が多すぎる場合は、間隔がアプリやリスクの程度に見合っているか見直します。"
      ]
    }
  },
  {
    "code": 70044,
    "identifier": "SsoArtifactExpiredDueToConditionalAccess",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "The browser session expired because of a Conditional Access sign-in frequency",
      "explanation": "The single sign-on session in the browser was older than a Conditional Access sign-in frequency allows, so it could not be reused. The sign-in page tells the user that the organization requires them to sign in again. This code is known from the sign-in page and is not in the public error reference.",
      "action": [
        "Have the user sign in again; this is the expected behaviour of the policy.",
        "Identify the policy with a Sign-in frequency session control in the sign-in event Conditional Access tab.",
        "If prompts are too frequent, adjust the frequency interval or the apps the policy targets."
      ]
    },
    "ja": {
      "title": "条件付きアクセスのサインインの頻度により、ブラウザー セッションが期限切れになりました",
      "explanation": "ブラウザーのシングル サインオン セッションが、条件付きアクセスのサインインの頻度で許される期間を超えていたため、再利用できませんでした。サインイン画面には、組織が再サインインを求めている旨が表示されます。このコードはサインイン画面側から知られているもので、公開のエラー リファレンスには掲載されていません。",
      "action": [
        "ユーザーに再度サインインしてもらいます。ポリシーとして想定どおりの動作です。",
        "サインイン イベントの「条件付きアクセス」タブで、サインインの頻度を設定しているポリシーを特定します。",
        "再サインインの回数が多すぎる場合は、頻度の間隔や対象アプリを見直します。"
      ]
    }
  },
  {
    "code": 70046,
    "identifier": "SsoArtifactExpiredDueToConditionalAccessReAuth",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "The session cannot be reused because Conditional Access requires fresh authentication",
      "explanation": "A Conditional Access policy requires the user to authenticate again for this request, typically a sign-in frequency set to Every time for a sensitive app or action, so the existing session was not accepted. The sign-in page asks the user to re-authenticate. This code is known from the sign-in page and is not in the public error reference.",
      "action": [
        "Have the user complete the new authentication; this is expected for the protected app or action.",
        "Check the sign-in event Conditional Access tab for the policy with Sign-in frequency set to Every time (or a similar reauthentication requirement).",
        "If the prompt is unexpected, review which apps, user actions or risk conditions that policy targets."
      ]
    },
    "ja": {
      "title": "条件付きアクセスが改めての認証を求めているため、セッションを再利用できません",
      "explanation": "条件付きアクセス ポリシーがこの要求に対して再認証を求めているため (重要なアプリや操作に対してサインインの頻度を「毎回」に設定している場合など)、既存のセッションは受け付けられませんでした。サインイン画面でユーザーに再認証が求められます。このコードはサインイン画面側から知られているもので、公開のエラー リファレンスには掲載されていません。",
      "action": [
        "ユーザーに改めて認証を完了してもらいます。保護対象のアプリや操作では想定どおりの動作です。",
        "サインイン イベントの「条件付きアクセス」タブで、サインインの頻度が「毎回」になっているポリシー (または同様の再認証要件) を確認します。",
        "想定外の場合は、そのポリシーの対象アプリ、ユーザー操作、リスク条件を見直します。"
      ]
    }
  },
  {
    "code": 75001,
    "identifier": "BindingSerializationError",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The SAML message could not be read from its binding",
      "explanation": "Entra ID could not decode the SAML message the application sent, for example because the encoding or compression of the redirect binding is wrong or the message is truncated. The problem is in how the service provider builds or transmits its SAML request. Users cannot fix it.",
      "action": [
        "Capture the SAML request with a browser trace (or a SAML tracer extension) and decode it.",
        "Check that the app deflates and base64-encodes the request for HTTP-Redirect, or base64-encodes it for HTTP-POST, and that the URL is not cut off.",
        "Ask the app vendor to correct the request format, then test again from Enterprise apps > the app > Single sign-on > Test."
      ]
    },
    "ja": {
      "title": "SAML メッセージをバインディングから読み取れませんでした",
      "explanation": "アプリケーションが送った SAML メッセージを Entra ID がデコードできませんでした。リダイレクト バインディングでのエンコードや圧縮が誤っている、メッセージが途中で切れているといった原因が考えられます。問題はサービス プロバイダー側の SAML 要求の作り方・送り方にあり、ユーザー側では解決できません。",
      "action": [
        "ブラウザーのトレース (または SAML トレーサー拡張機能) で SAML 要求を取得してデコードします。",
        "HTTP-Redirect では deflate 圧縮と Base64 エンコード、HTTP-POST では Base64 エンコードが正しく行われているか、URL が途中で切れていないか確認します。",
        "アプリのベンダーに要求形式の修正を依頼し、エンタープライズ アプリケーション > 対象アプリ > シングル サインオン > テスト で再確認します。"
      ]
    }
  },
  {
    "code": 75003,
    "identifier": "UnsupportedBindingError",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The app asked for a SAML binding Entra ID does not use for responses",
      "explanation": "Entra ID returns SAML responses only through the HTTP-POST binding. The application asked for another binding (for example HTTP-Redirect or Artifact) for the response. The service provider configuration must be changed to accept a POSTed response.",
      "action": [
        "Decode the SAML request and check the ProtocolBinding attribute.",
        "Set the app (service provider) to expect the response via HTTP-POST at its Assertion Consumer Service URL.",
        "Verify the Reply URL in Enterprise apps > the app > Single sign-on > Basic SAML Configuration matches that endpoint."
      ]
    },
    "ja": {
      "title": "アプリが、Entra ID の応答では使わない SAML バインディングを要求しました",
      "explanation": "Entra ID は SAML 応答を HTTP-POST バインディングでのみ返します。アプリケーションは応答に別のバインディング (HTTP-Redirect や Artifact など) を要求しました。POST で送られる応答を受け付けるよう、サービス プロバイダー側の設定を変更する必要があります。",
      "action": [
        "SAML 要求をデコードし、ProtocolBinding 属性を確認します。",
        "アプリ (サービス プロバイダー) が、アサーション コンシューマー サービス URL で HTTP-POST による応答を受け取るよう設定します。",
        "エンタープライズ アプリケーション > 対象アプリ > シングル サインオン > 基本的な SAML 構成 の応答 URL が、そのエンドポイントと一致しているか確認します。"
      ]
    }
  },
  {
    "code": 75005,
    "identifier": "Saml2MessageInvalid",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The SAML request sent by the app is not valid or not supported",
      "explanation": "Entra ID received something at its SAML endpoint that it does not accept as a SAML 2.0 authentication request. Common causes are a malformed XML document, an unsupported message type, or an app that sends a SAML response instead of a request. It is a service provider configuration problem.",
      "action": [
        "Capture and decode the SAML request with a browser trace and check it is a well-formed AuthnRequest.",
        "Check that the app points to the correct Login URL from Enterprise apps > the app > Single sign-on (Set up section).",
        "Ask the app vendor to fix the request format, then use the Test button on the Single sign-on page."
      ]
    },
    "ja": {
      "title": "アプリが送った SAML 要求が無効、またはサポートされていません",
      "explanation": "Entra ID の SAML エンドポイントに届いたものが、SAML 2.0 の認証要求として受け付けられる形式ではありませんでした。XML の形式が崩れている、サポートされないメッセージの種類である、要求ではなく SAML 応答を送ってきた、といった原因がよくあります。サービス プロバイダー側の構成の問題です。",
      "action": [
        "ブラウザーのトレースで SAML 要求を取得・デコードし、正しい形式の AuthnRequest か確認します。",
        "アプリが エンタープライズ アプリケーション > 対象アプリ > シングル サインオン (設定セクション) のログイン URL を正しく指しているか確認します。",
        "アプリのベンダーに要求形式の修正を依頼し、シングル サインオン画面の「テスト」で確認します。"
      ]
    }
  }
];
