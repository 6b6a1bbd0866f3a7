// GENERATED from src/core/catalog/data/codes-5000224-7500529.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 5000224,
    "identifier": "NotAllowedTenantBlockedTenantFraud",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "microsoft",
    "en": {
      "title": "Tenant has been blocked by Microsoft for suspected fraud",
      "explanation": "Microsoft has blocked the tenant that owns the resource because of suspected fraud or abuse, so no sign-ins to it are allowed. Nothing on the user side can change this; only Microsoft can lift the block after review.",
      "action": [
        "Check which tenant is affected (the resource tenant in the sign-in record).",
        "If it is your own tenant and you believe the block is a mistake, open a support case with Microsoft through the admin portal of an unaffected account or by phone.",
        "If it belongs to another organization, tell the user the resource is unavailable and contact that organization through other channels."
      ]
    },
    "ja": {
      "title": "不正の疑いにより Microsoft がテナントをブロックしています",
      "explanation": "リソースを所有するテナントが、不正行為や悪用の疑いにより Microsoft によってブロックされているため、そのテナントへのサインインは一切できません。ユーザー側では何も変更できず、Microsoft の審査の後でしか解除されません。",
      "action": [
        "サインイン記録のリソース テナントから、どのテナントが対象かを確認します。",
        "自社のテナントで誤りだと考えられる場合は、影響を受けていないアカウントの管理ポータルや電話で Microsoft サポートに問い合わせます。",
        "他の組織のテナントであれば、リソースが利用できないことをユーザーに伝え、別の手段でその組織に連絡します。"
      ]
    }
  },
  {
    "code": 5000819,
    "identifier": "InvalidSamlTokenEmailMissingOrInvalid",
    "outcome": "failure",
    "category": "federation",
    "actor": "identity-provider",
    "en": {
      "title": "SAML assertion from the external identity provider lacks a usable email",
      "explanation": "The SAML assertion returned by a federated external identity provider (for example a SAML or WS-Fed partner used for B2B guests) has no email address claim, or the address does not belong to the domain federated with that provider. Microsoft Entra ID uses that email to match the guest, so the sign-in is refused.",
      "action": [
        "Ask the identity provider owner to release the email address claim in the assertion, with a value in the federated domain.",
        "Capture a SAML trace of the sign-in to see which claims the provider actually sends.",
        "In External Identities > All identity providers, check which domains are configured for the SAML/WS-Fed provider and that the guest email uses one of them."
      ]
    },
    "ja": {
      "title": "外部 ID プロバイダーの SAML アサーションに使えるメール アドレスがありません",
      "explanation": "フェデレーションしている外部 ID プロバイダー (B2B ゲスト用の SAML や WS-Fed のパートナーなど) が返した SAML アサーションにメール アドレスの要求がないか、そのアドレスがプロバイダーとフェデレーションしているドメインのものではありませんでした。Microsoft Entra ID はこのメール アドレスでゲストを照合するため、サインインは拒否されます。",
      "action": [
        "ID プロバイダーの管理者に、フェデレーションしているドメインの値でメール アドレスの要求をアサーションに含めるよう依頼します。",
        "サインイン時の SAML トレースを取得し、プロバイダーが実際に送っている要求を確認します。",
        "[外部 ID] > [すべての ID プロバイダー] で SAML/WS-Fed プロバイダーに構成されているドメインを確認し、ゲストのメール アドレスがそのいずれかに属しているか確認します。"
      ]
    }
  },
  {
    "code": 5001256,
    "identifier": "",
    "outcome": "failure",
    "category": "federation",
    "actor": "identity-provider",
    "en": {
      "title": "External identity provider returned an invalid ID token",
      "explanation": "Sign-in through an external identity provider could not complete because the ID token it returned failed validation. The error message carries the failure details, such as a wrong audience, an expired token or an unknown signing key.",
      "action": [
        "Read the failure details in the error message or in Additional details of the sign-in record.",
        "Compare the client ID, issuer and metadata URL configured for the provider (External Identities > All identity providers) with the provider registration.",
        "Ask the identity provider owner to check their token signing keys and clock, and whether anything changed recently."
      ]
    },
    "ja": {
      "title": "外部 ID プロバイダーが無効な ID トークンを返しました",
      "explanation": "外部 ID プロバイダーが返した ID トークンが検証に失敗したため、そのプロバイダー経由のサインインを完了できませんでした。エラー メッセージには、対象ユーザー (aud) の誤り、トークンの期限切れ、未知の署名キーなど失敗の詳細が含まれます。",
      "action": [
        "エラー メッセージ、またはサインイン記録の [追加の詳細] で失敗の詳細を確認します。",
        "プロバイダーに構成したクライアント ID、発行者、メタデータ URL ([外部 ID] > [すべての ID プロバイダー]) を、プロバイダー側の登録内容と比較します。",
        "ID プロバイダーの管理者に、トークン署名キーや時刻、最近の変更の有無を確認してもらいます。"
      ]
    }
  },
  {
    "code": 7000112,
    "identifier": "UnauthorizedClientApplicationDisabled",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Client application is disabled",
      "explanation": "The application that requested the token has been disabled in this tenant, so it cannot get tokens. An administrator may have turned off sign-in for its enterprise application, or the app may have been disabled by Microsoft, for example after being flagged as malicious.",
      "action": [
        "Open Entra admin center > Enterprise applications, find the app, and check Properties > Enabled for users to sign-in.",
        "Check Audit logs for who disabled it and why before turning it back on.",
        "If the setting is enabled but the error remains, the app may be disabled at the publisher or by Microsoft; contact the publisher or open a support case."
      ]
    },
    "ja": {
      "title": "クライアント アプリケーションが無効になっています",
      "explanation": "トークンを要求したアプリケーションがこのテナントで無効になっているため、トークンを取得できません。管理者がエンタープライズ アプリケーションのサインインを無効にしたか、悪意のあるアプリと判定されるなどして Microsoft に無効化された可能性があります。",
      "action": [
        "Microsoft Entra 管理センターの [エンタープライズ アプリケーション] で対象アプリを開き、[プロパティ] の [ユーザーのサインインが有効になっていますか?] を確認します。",
        "有効に戻す前に、監査ログで誰がなぜ無効にしたかを確認します。",
        "設定が有効なのにエラーが続く場合は、発行元または Microsoft によって無効化されている可能性があるため、発行元に連絡するかサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 7000114,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Application is not allowed to make app-only on-behalf-of calls",
      "explanation": "The app tried an on-behalf-of (OBO) exchange using an application token rather than a user token, and this application is not permitted to do that. OBO is meant to carry a signed-in user through a chain of APIs; for app-to-app calls the client credentials flow is the right tool.",
      "action": [
        "Check whether the incoming token passed to the OBO request is an app-only token (no scp claim).",
        "For service-to-service calls without a user, switch to the client credentials flow with application permissions.",
        "For user-delegated chains, make sure the first API receives a user access token and passes that one on."
      ]
    },
    "ja": {
      "title": "アプリケーションにはアプリ専用の代理呼び出しが許可されていません",
      "explanation": "アプリがユーザーのトークンではなくアプリケーションのトークンで代理 (OBO) の交換を試みましたが、このアプリケーションにはそれが許可されていません。OBO はサインインしたユーザーを API の連鎖の中で引き継ぐための仕組みで、アプリ同士の呼び出しにはクライアント資格情報フローを使うのが適切です。",
      "action": [
        "OBO 要求に渡している受信トークンが、アプリ専用トークン (scp クレームなし) になっていないか確認します。",
        "ユーザーを伴わないサービス間の呼び出しであれば、アプリケーションのアクセス許可を使うクライアント資格情報フローに切り替えます。",
        "ユーザーの委任を引き継ぐ連鎖であれば、最初の API がユーザーのアクセス トークンを受け取り、それを渡しているか確認します。"
      ]
    }
  },
  {
    "code": 7000215,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Client secret sent by the app is wrong",
      "explanation": "The app authenticated with a client secret that does not match any valid secret on its registration. A frequent mistake is using the Secret ID instead of the secret Value, or a value that was copied incompletely or belongs to another app.",
      "action": [
        "Open App registrations > select the app > Certificates & secrets and check the client secrets and their expiry dates.",
        "If the value is not known any more, create a new secret, copy its Value immediately, and update the app configuration or key vault.",
        "Confirm the app sends the secret for the right client ID and tenant."
      ]
    },
    "ja": {
      "title": "アプリが送ったクライアント シークレットが正しくありません",
      "explanation": "アプリが、登録されている有効なシークレットのどれとも一致しないクライアント シークレットで認証しました。シークレットの値ではなくシークレット ID を使った、値を途中までしかコピーしていない、別のアプリの値を使ったといったミスがよくあります。",
      "action": [
        "[アプリの登録] > 対象アプリ > [証明書とシークレット] で、クライアント シークレットとその有効期限を確認します。",
        "値がわからなくなっている場合は新しいシークレットを作成してすぐに [値] をコピーし、アプリの構成やキー コンテナーを更新します。",
        "アプリが正しいクライアント ID とテナントに対してシークレットを送っているか確認します。"
      ]
    }
  },
  {
    "code": 7000218,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Token request has neither a client secret nor a client assertion",
      "explanation": "The token endpoint expected the app to authenticate as a confidential client, but the request body contained neither client_secret nor client_assertion. This often happens when a desktop or script uses a public-client flow such as device code or username/password while the app registration does not allow public client flows.",
      "action": [
        "If the app is a public client, open App registrations > select the app > Authentication and set Allow public client flows to Yes.",
        "If the app is a confidential client, make sure the secret or certificate is loaded from configuration and sent with the request.",
        "Capture the failing request with a browser network trace or Fiddler and compare it with the protocol documentation for the endpoint."
      ]
    },
    "ja": {
      "title": "トークン要求にクライアント シークレットもクライアント アサーションも含まれていません",
      "explanation": "トークン エンドポイントはアプリが機密クライアントとして認証することを求めていましたが、要求本文に client_secret も client_assertion もありませんでした。デスクトップ アプリやスクリプトがデバイス コードやユーザー名とパスワードなどのパブリック クライアント フローを使っているのに、アプリの登録でパブリック クライアント フローが許可されていない場合によく起こります。",
      "action": [
        "パブリック クライアントであれば、[アプリの登録] > 対象アプリ > [認証] で [パブリック クライアント フローを許可する] を [はい] にします。",
        "機密クライアントであれば、シークレットや証明書が構成から読み込まれ、要求と一緒に送られているか確認します。",
        "ブラウザーのネットワーク トレースや Fiddler で失敗した要求を取得し、エンドポイントのプロトコル仕様と比較します。"
      ]
    }
  },
  {
    "code": 7000222,
    "identifier": "InvalidClientSecretExpiredKeysProvided",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Client secret used by the app has expired",
      "explanation": "The app authenticated with a client secret whose expiry date has passed. Secrets have a limited lifetime, and apps stop working on the day they expire unless the secret was rotated in time.",
      "action": [
        "Open App registrations > select the app > Certificates & secrets and check the client secrets and their expiry dates.",
        "Create a new secret (or, better, upload a certificate or use a managed identity or federated credential) and update the app configuration.",
        "Remove the expired secret and set up expiry monitoring, for example an alert from the app credential report or a workbook."
      ]
    },
    "ja": {
      "title": "アプリが使ったクライアント シークレットの有効期限が切れています",
      "explanation": "アプリは有効期限を過ぎたクライアント シークレットで認証しました。シークレットには有効期間があり、期限までに更新しないと、その日からアプリが動かなくなります。",
      "action": [
        "[アプリの登録] > 対象アプリ > [証明書とシークレット] で、クライアント シークレットとその有効期限を確認します。",
        "新しいシークレットを作成し (できれば証明書のアップロード、マネージド ID、フェデレーション資格情報を検討します)、アプリの構成を更新します。",
        "期限切れのシークレットを削除し、アプリの資格情報レポートやブックを使ったアラートなどで有効期限を監視します。"
      ]
    }
  },
  {
    "code": 7500514,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "No supported SAML response type was found in the message",
      "explanation": "Microsoft Entra ID received a SAML message that contained neither a SAML 2.0 protocol Response nor an Assertion element in the expected namespaces. The sending party, usually an application or a federated SAML identity provider, is posting the wrong kind of message or a malformed one.",
      "action": [
        "Capture the posted message with a SAML tracer and check its root element and namespace.",
        "If the sender is your application, make sure it posts an AuthnRequest to the sign-in endpoint and a logout request to the logout endpoint, not a response.",
        "If the sender is a federated SAML identity provider, ask its owner to send a SAML 2.0 Response."
      ]
    },
    "ja": {
      "title": "メッセージにサポートされている種類の SAML 応答が見つかりませんでした",
      "explanation": "Microsoft Entra ID が受け取った SAML メッセージに、想定される名前空間の SAML 2.0 プロトコルの Response 要素も Assertion 要素も含まれていませんでした。送信元 (多くはアプリケーションか、フェデレーションしている SAML ID プロバイダー) が、誤った種類のメッセージか形式の崩れたメッセージを送っています。",
      "action": [
        "SAML トレーサーで送信されたメッセージを取得し、ルート要素と名前空間を確認します。",
        "送信元が自社のアプリであれば、サインイン エンドポイントには応答ではなく AuthnRequest を、ログアウト エンドポイントにはログアウト要求を送っているか確認します。",
        "送信元がフェデレーションしている SAML ID プロバイダーであれば、SAML 2.0 の Response を送るよう管理者に依頼します。"
      ]
    }
  },
  {
    "code": 7500529,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "SAML request ID is not a valid SAML identifier",
      "explanation": "The ID attribute of the SAML request sent by the application is not a valid SAML ID, most commonly because it starts with a digit. Microsoft Entra ID copies this value into InResponseTo of its response, so it must follow the XML ID rules.",
      "action": [
        "Check the ID value of the AuthnRequest in a SAML trace.",
        "Change the service provider so the ID starts with a letter or underscore, for example by prefixing a GUID with id or _.",
        "If the service provider is a vendor product, ask the vendor for a fix or a setting that changes the ID format."
      ]
    },
    "ja": {
      "title": "SAML 要求の ID が有効な SAML 識別子ではありません",
      "explanation": "アプリケーションが送った SAML 要求の ID 属性が有効な SAML ID ではなく、多くの場合は数字で始まっていることが原因です。Microsoft Entra ID はこの値を応答の InResponseTo にそのまま使うため、XML の ID の規則に従っている必要があります。",
      "action": [
        "SAML トレースで AuthnRequest の ID の値を確認します。",
        "GUID の前に id や _ を付けるなどして、ID が英字またはアンダースコアで始まるようサービス プロバイダー側を変更します。",
        "ベンダー製品の場合は、修正版や ID の形式を変える設定がないかベンダーに問い合わせます。"
      ]
    }
  }
];
