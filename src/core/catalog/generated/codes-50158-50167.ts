// GENERATED from src/core/catalog/data/codes-50158-50167.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50158,
    "identifier": "ExternalSecurityChallenge",
    "outcome": "interrupted",
    "category": "mfa",
    "actor": "user",
    "en": {
      "title": "External security challenge pending (third-party MFA, custom control or terms of use)",
      "explanation": "The user was sent to another page or provider to meet an extra requirement, such as a third-party MFA provider (custom control or external authentication method) or a terms of use page. This code by itself does not mean the sign-in failed. A later record for the same sign-in shows whether the challenge was passed.",
      "action": [
        "Look at the next record for the same user and correlation ID to see whether the challenge succeeded.",
        "If users repeatedly fail here, check the Conditional Access tab to see which control required the challenge.",
        "For external MFA, check the provider's status and its configuration in Protection > Authentication methods (external authentication methods) or the Conditional Access custom controls."
      ]
    },
    "ja": {
      "title": "外部のセキュリティ チャレンジ待ち (サードパーティ MFA、カスタム コントロール、利用規約)",
      "explanation": "ユーザーは追加の要件を満たすため、別のページやプロバイダーに送られました。サードパーティの MFA プロバイダー (カスタム コントロールや外部認証方法) や利用規約のページなどです。このコードだけではサインインの失敗を意味しません。チャレンジに成功したかどうかは、同じサインインの後の記録でわかります。",
      "action": [
        "同じユーザー・同じ相関 ID の次の記録で、チャレンジが成功したかを確認します。",
        "ここで失敗を繰り返すユーザーがいる場合は、[条件付きアクセス] タブでチャレンジを求めたコントロールを確認します。",
        "外部 MFA の場合は、プロバイダーのサービス状態と、[保護] > [認証方法] の外部認証方法、または条件付きアクセスのカスタム コントロールの設定を確認します。"
      ]
    }
  },
  {
    "code": 50159,
    "identifier": "",
    "outcome": "failure",
    "category": "mfa",
    "actor": "tenant-admin",
    "en": {
      "title": "The external claims provider did not return enough claims",
      "explanation": "An external MFA or claims provider (a custom control or an external authentication method) answered, but its response lacked claims that Entra ID requires, for example the subject or the authentication method claims. This points to a configuration mismatch between the provider and the tenant.",
      "action": [
        "Check the provider's configuration against Microsoft's requirements for external authentication methods or custom controls, including which claims must be returned.",
        "Review the settings in Protection > Authentication methods (external authentication methods) or the custom control definition in Conditional Access.",
        "Contact the provider with the timestamp and correlation ID of an affected sign-in."
      ]
    },
    "ja": {
      "title": "外部のクレーム プロバイダーから返されたクレームが不足している",
      "explanation": "外部の MFA やクレームのプロバイダー (カスタム コントロールや外部認証方法) から応答はありましたが、サブジェクトや認証方法のクレームなど、Entra ID が必要とするクレームが含まれていませんでした。プロバイダーとテナントの間の設定の不一致を示しています。",
      "action": [
        "外部認証方法やカスタム コントロールについて Microsoft が定める要件 (返すべきクレームなど) とプロバイダーの設定を照合します。",
        "[保護] > [認証方法] の外部認証方法の設定、または条件付きアクセスのカスタム コントロールの定義を確認します。",
        "影響を受けたサインインの日時と相関 ID を添えて、プロバイダーに問い合わせます。"
      ]
    }
  },
  {
    "code": 50160,
    "identifier": "",
    "outcome": "informational",
    "category": "tenant-config",
    "actor": "user",
    "en": {
      "title": "A different target tenant is preferred (informational)",
      "explanation": "Entra ID determined that another tenant is preferred for this sign-in and steered the request there. It is recorded for information and does not by itself mean the sign-in failed. Nobody needs to act unless users end up in the wrong organization.",
      "action": [
        "No action is needed; check the following record for the same correlation ID to see the result.",
        "If users land in the wrong organization, check the tenant or domain hint the app sends and ask the user which account they meant to use."
      ]
    },
    "ja": {
      "title": "別の対象テナントが優先された (情報)",
      "explanation": "このサインインには別のテナントが優先されると Entra ID が判断し、要求をそちらに振り向けました。情報として記録されるもので、それ自体はサインインの失敗を意味しません。ユーザーが意図しない組織にサインインしてしまう場合を除き、対応は不要です。",
      "action": [
        "対応は不要です。同じ相関 ID の次の記録で結果を確認します。",
        "ユーザーが意図しない組織に入ってしまう場合は、アプリが送るテナントやドメインのヒントを確認し、どのアカウントを使うつもりだったかユーザーに確認します。"
      ]
    }
  },
  {
    "code": 50161,
    "identifier": "InvalidExternalSecurityChallengeConfiguration",
    "outcome": "failure",
    "category": "mfa",
    "actor": "tenant-admin",
    "en": {
      "title": "The external security challenge is misconfigured (provider claims or authorization URL)",
      "explanation": "The configuration for an external security challenge, such as a third-party MFA provider, is not valid. Earlier Microsoft text described missing or insufficient claims exchanged with the external provider; the current text says the authorization URL of the external claims provider could not be validated. Either way the tenant's configuration of the provider must be corrected.",
      "action": [
        "Check the discovery and authorization URLs of the external authentication method or custom control: they must be correct, reachable and use valid HTTPS.",
        "Compare the claims requested from and returned by the provider with Microsoft's requirements.",
        "Review the configuration in Protection > Authentication methods or the Conditional Access custom controls, and contact the provider if its endpoints changed."
      ]
    },
    "ja": {
      "title": "外部のセキュリティ チャレンジの構成が不正 (プロバイダーのクレームまたは認可 URL)",
      "explanation": "サードパーティの MFA プロバイダーなど、外部のセキュリティ チャレンジの構成が有効ではありません。以前の Microsoft の説明では外部プロバイダーとやり取りするクレームの不足や欠落、現在の説明では外部のクレーム プロバイダーの認可 URL を検証できないこととされています。いずれにしても、テナント側のプロバイダーの構成を修正する必要があります。",
      "action": [
        "外部認証方法やカスタム コントロールの探索 URL と認可 URL が正しく、到達可能で、有効な HTTPS になっているか確認します。",
        "プロバイダーに要求するクレームと返されるクレームを、Microsoft の要件と比べます。",
        "[保護] > [認証方法] または条件付きアクセスのカスタム コントロールの設定を見直し、プロバイダーのエンドポイントが変わっていればプロバイダーに確認します。"
      ]
    }
  },
  {
    "code": 50162,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Claims transformation timed out",
      "explanation": "Building the token took too long because the claims transformations configured for the application are too many or too complex. A retry may succeed, but the configuration should be simplified to prevent recurring failures.",
      "action": [
        "Ask the user to retry once.",
        "Review Enterprise applications > the app > Single sign-on > Attributes & Claims for long chains of transformations or expensive regular expressions.",
        "Simplify or remove transformations that are not needed, then test again."
      ]
    },
    "ja": {
      "title": "クレーム変換がタイムアウトした",
      "explanation": "アプリケーションに構成されたクレーム変換が多すぎる、または複雑すぎるため、トークンの作成に時間がかかりすぎました。再試行で成功することもありますが、失敗が繰り返されないよう構成を簡素化すべきです。",
      "action": [
        "一度再試行してもらいます。",
        "[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] で、長い変換の連鎖や負荷の高い正規表現がないか確認します。",
        "不要な変換を簡素化または削除し、再テストします。"
      ]
    }
  },
  {
    "code": 50163,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "A regular expression transformation produced a claim that is too large",
      "explanation": "A regex replacement in the application's claims transformations produced a claim value larger than the allowed size, so the token was not issued. It often affects only users whose source attribute is unusually long, or a pattern that duplicates text by mistake.",
      "action": [
        "Identify the transformation and source attribute in Enterprise applications > the app > Single sign-on > Attributes & Claims.",
        "Check the affected user's source attribute value for unexpected length.",
        "Fix the regular expression or its replacement pattern so the output stays short, then retest with the affected user."
      ]
    },
    "ja": {
      "title": "正規表現による変換の結果、クレームのサイズが上限を超えた",
      "explanation": "アプリケーションのクレーム変換にある正規表現の置換で、許容されるサイズを超えるクレーム値ができたため、トークンが発行されませんでした。変換元の属性が極端に長いユーザーだけが影響を受ける場合や、パターンの誤りで文字列が重複している場合によく起こります。",
      "action": [
        "[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] で、該当する変換と変換元の属性を特定します。",
        "影響を受けたユーザーの変換元の属性値が、想定外に長くなっていないか確認します。",
        "出力が短く収まるよう正規表現や置換パターンを修正し、そのユーザーで再テストします。"
      ]
    }
  },
  {
    "code": 50164,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The access token was used for a purpose it was not issued for",
      "explanation": "An access token was presented in a flow that needs a token issued for one specific purpose, and this token was issued for a different one. The error message names the expected purpose. It is a client logic error, such as passing the wrong cached token to a token exchange.",
      "action": [
        "Read the expected purpose in the error message.",
        "Developer: trace which token the app passes in this request and obtain one issued for the required purpose and audience.",
        "Check token caching logic so tokens for different purposes or resources are not mixed up."
      ]
    },
    "ja": {
      "title": "アクセス トークンが発行目的とは異なる用途に使われた",
      "explanation": "特定の目的で発行されたトークンが必要なフローに、別の目的で発行されたアクセス トークンが提示されました。エラー メッセージに想定される目的が示されます。トークン交換に誤ったキャッシュ済みトークンを渡したなど、クライアントのロジックの誤りです。",
      "action": [
        "エラー メッセージで、想定されている目的を確認します。",
        "開発者: この要求でアプリが渡しているトークンを追跡し、必要な目的と対象ユーザー向けに発行されたトークンを取得します。",
        "目的やリソースの異なるトークンが混在しないよう、トークンのキャッシュ処理を確認します。"
      ]
    }
  },
  {
    "code": 50165,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The token encryption algorithm requested by the application is not supported",
      "explanation": "The application is configured to receive encrypted tokens with an algorithm that Entra ID does not support for this type of token. No token is issued until the configuration is corrected, and the error indicates a misconfigured application.",
      "action": [
        "Read the algorithm named in the error details.",
        "Check the token encryption settings of the application (Enterprise applications > the app > Token encryption, and the app registration manifest).",
        "Switch to a supported algorithm, or turn token encryption off if the application does not need it."
      ]
    },
    "ja": {
      "title": "アプリケーションが要求するトークンの暗号化アルゴリズムがサポートされていない",
      "explanation": "アプリケーションは、この種類のトークンには Entra ID がサポートしていないアルゴリズムで暗号化されたトークンを受け取るよう構成されています。構成を修正するまでトークンは発行されず、アプリケーションの構成の誤りを示しています。",
      "action": [
        "エラーの詳細で、指定されたアルゴリズムを確認します。",
        "アプリケーションのトークンの暗号化の設定 ([エンタープライズ アプリケーション] > 対象アプリ > [トークンの暗号化]、およびアプリの登録のマニフェスト) を確認します。",
        "サポートされているアルゴリズムに変更するか、アプリに不要であればトークンの暗号化を無効にします。"
      ]
    }
  },
  {
    "code": 50166,
    "identifier": "ExternalClaimsProviderThrottled",
    "outcome": "failure",
    "category": "mfa",
    "actor": "tenant-admin",
    "en": {
      "title": "The call to the external claims provider (external OIDC endpoint) failed",
      "explanation": "Entra ID could not complete its request to an external claims provider, such as the endpoint of an external authentication method or custom MFA control. The identifier points to throttling, and Microsoft's current text says simply that the request to the external OIDC endpoint failed. The provider may be down, slow, rate-limiting, or configured with a wrong endpoint.",
      "action": [
        "Check the external provider's service status and whether failures cluster in time.",
        "Verify the endpoints configured for the external authentication method or custom control and that they are reachable over valid HTTPS.",
        "Contact the provider with timestamps and correlation IDs; ask users to retry after a few minutes meanwhile."
      ]
    },
    "ja": {
      "title": "外部のクレーム プロバイダー (外部の OIDC エンドポイント) への要求が失敗した",
      "explanation": "外部認証方法やカスタム MFA コントロールのエンドポイントなど、外部のクレーム プロバイダーへの要求を Entra ID が完了できませんでした。識別子はスロットリングを示しており、Microsoft の現在の説明では外部の OIDC エンドポイントへの要求が失敗したとだけされています。プロバイダーの停止、応答の遅延、回数制限、エンドポイントの設定誤りなどが考えられます。",
      "action": [
        "外部プロバイダーのサービス状態を確認し、失敗が特定の時間帯に集中していないか見ます。",
        "外部認証方法やカスタム コントロールに設定されたエンドポイントが正しく、有効な HTTPS で到達できるか確認します。",
        "日時と相関 ID を添えてプロバイダーに問い合わせ、その間は数分おいて再試行するようユーザーに案内します。"
      ]
    }
  },
  {
    "code": 50167,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Invalid key for a proof-of-possession token (pop_jwk)",
      "explanation": "The app asked for a proof-of-possession token and supplied a public key that Entra ID could not accept, for example a malformed JSON Web Key or an unsupported key type. No token is issued until the key is sent in the expected form.",
      "action": [
        "Developer: check the JWK the app sends (key type, modulus and exponent, base64url encoding).",
        "Use the proof-of-possession support built into MSAL or the broker rather than building the key parameter by hand.",
        "Update the broker app and the library to current versions if the key is generated by them."
      ]
    },
    "ja": {
      "title": "所有証明 (PoP) トークン用のキー (pop_jwk) が無効",
      "explanation": "アプリが所有証明 (Proof-of-Possession) トークンを要求し、公開キーを渡しましたが、形式の誤った JSON Web Key やサポートされていないキーの種類など、Entra ID が受け付けられないものでした。想定された形式でキーを送るまでトークンは発行されません。",
      "action": [
        "開発者: アプリが送る JWK (キーの種類、モジュラスと指数、base64url エンコード) を確認します。",
        "キーのパラメーターを手作業で組み立てず、MSAL やブローカーに組み込まれた PoP の機能を使います。",
        "キーをブローカーやライブラリが生成している場合は、それらを最新版に更新します。"
      ]
    }
  }
];
