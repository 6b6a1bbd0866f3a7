// GENERATED from src/core/catalog/data/codes-50101-50120.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50101,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "An unknown claims transformer is configured for the application",
      "explanation": "The claims configuration of an application (principal) refers to a claims transformer name that Entra ID does not recognize, so the token cannot be built. This typically comes from a hand-edited claims mapping policy with a typo or an unsupported transformation.",
      "action": [
        "Read the transformer name and principal ID in the error details.",
        "Review the definition of the claims mapping policy assigned to that service principal and compare the transformation IDs with the documented ones (such as Join or ExtractMailPrefix).",
        "Correct the policy through Microsoft Graph, or rebuild the claims in the portal under Attributes & Claims."
      ]
    },
    "ja": {
      "title": "アプリケーションに不明なクレーム変換が構成されている",
      "explanation": "アプリケーション (プリンシパル) のクレーム構成が、Entra ID の認識できないクレーム変換の名前を参照しているため、トークンを作成できません。手作業で編集したクレーム マッピング ポリシーの入力ミスや、サポートされていない変換の指定が典型的な原因です。",
      "action": [
        "エラーの詳細で、変換の名前とプリンシパル ID を確認します。",
        "そのサービス プリンシパルに割り当てられたクレーム マッピング ポリシーの定義を確認し、変換の ID をドキュメントに記載のもの (Join、ExtractMailPrefix など) と比べます。",
        "Microsoft Graph でポリシーを修正するか、ポータルの [属性とクレーム] でクレームを作り直します。"
      ]
    }
  },
  {
    "code": 50102,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "A custom claims transformer configured for the application could not be loaded",
      "explanation": "The application's claims configuration points to a custom claims transformer type that Entra ID could not load. The code is rarely seen and points to an old or invalid configuration rather than anything the user did. Tokens for the app fail until the reference is removed or corrected.",
      "action": [
        "Read the transformer type and principal ID named in the error details.",
        "Review the claims mapping policies and claims settings of that service principal and remove the reference to the custom transformer.",
        "If you cannot find where the reference comes from, open a Microsoft support request with the correlation ID."
      ]
    },
    "ja": {
      "title": "アプリケーションに構成されたカスタムのクレーム変換を読み込めない",
      "explanation": "アプリケーションのクレーム構成が、Entra ID で読み込めないカスタムのクレーム変換の型を参照しています。まれなコードで、ユーザーの操作ではなく古い構成や無効な構成を示しています。参照を削除または修正するまで、そのアプリのトークン発行は失敗します。",
      "action": [
        "エラーの詳細で、変換の型とプリンシパル ID を確認します。",
        "そのサービス プリンシパルのクレーム マッピング ポリシーとクレームの設定を確認し、カスタム変換への参照を削除します。",
        "参照元が見つからない場合は、相関 ID を添えて Microsoft サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50103,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Claims transformation failed (the error message gives the reason)",
      "explanation": "A claims transformation configured for the application ran but failed, and the error message carries the specific reason. Common triggers are a source attribute that is empty for this user, or a transformation whose output is not valid for the claim. It may affect only users with unusual attribute values.",
      "action": [
        "Read the reason in the error message or the Additional details field of the sign-in.",
        "Check the user's source attributes used by the transformation (Users > select the user > Properties, or directory extension attributes).",
        "Adjust the transformation in Enterprise applications > the app > Single sign-on > Attributes & Claims, and retest with an affected user."
      ]
    },
    "ja": {
      "title": "クレーム変換に失敗 (理由はエラー メッセージに記載)",
      "explanation": "アプリケーションに構成されたクレーム変換が実行されたものの失敗し、具体的な理由がエラー メッセージに含まれています。このユーザーでは変換元の属性が空である、変換の結果がクレームとして有効でない、といった原因がよくあります。特殊な属性値を持つユーザーだけが影響を受けることもあります。",
      "action": [
        "エラー メッセージまたはサインインの [追加の詳細] で理由を確認します。",
        "変換で使っているユーザーの属性 ([ユーザー] > 対象ユーザー > [プロパティ]、またはディレクトリ拡張属性) を確認します。",
        "[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] で変換を修正し、影響を受けたユーザーで再テストします。"
      ]
    }
  },
  {
    "code": 50105,
    "identifier": "EntitlementGrantsNotFound",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "The user is not assigned to the application",
      "explanation": "The application is set to require assignment, and the signed-in user is not assigned to it, either directly or through a group. It often appears right after an app is onboarded, or when access was granted through a nested group, since assignment does not follow nested group membership.",
      "action": [
        "Entra admin center > Enterprise applications > select the app > Users and groups: add the user, or a group the user is a direct member of.",
        "Check Properties > Assignment required; if every user in the tenant should have access, it can be set to No.",
        "If the app defines app roles, make sure a role is selected for the assignment.",
        "Ask the user to sign in again after the assignment is saved."
      ]
    },
    "ja": {
      "title": "ユーザーがアプリケーションに割り当てられていない",
      "explanation": "アプリケーションで割り当てが必須に設定されているのに、サインインしたユーザーが直接にもグループ経由でも割り当てられていません。アプリを導入した直後や、入れ子のグループ経由でアクセスを与えようとした場合によく起こります。割り当ては入れ子のグループのメンバーシップには適用されません。",
      "action": [
        "Microsoft Entra 管理センターの [エンタープライズ アプリケーション] > 対象アプリ > [ユーザーとグループ] で、ユーザー本人か、ユーザーが直接のメンバーであるグループを追加します。",
        "[プロパティ] の [割り当てが必要ですか?] を確認します。テナントの全ユーザーに使わせる場合は [いいえ] にできます。",
        "アプリがアプリ ロールを定義している場合は、割り当てでロールが選ばれているか確認します。",
        "割り当てを保存した後、もう一度サインインしてもらいます。"
      ]
    }
  },
  {
    "code": 50107,
    "identifier": "InvalidRealmUri",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "The requested federation realm does not exist",
      "explanation": "The federation realm (issuer) named in the sign-in does not match any federation configuration Entra ID knows about. A classic cause is an identity provider that sends an issuer URI not configured for the user's domain, for example when several top-level domains are federated with one AD FS farm without per-domain issuers. Microsoft's current text also describes it as a malformed request that matched no authentication endpoint.",
      "action": [
        "Read the realm or issuer value in the error message.",
        "Compare it with the IssuerUri configured for the user's domain in Entra ID (Get-MgDomainFederationConfiguration).",
        "For AD FS with several federated domains, check that each domain was federated with its own issuer and that the claim rules issue the matching issuer.",
        "If an application sends the realm, check its sign-in request for typos in the realm or tenant value."
      ]
    },
    "ja": {
      "title": "要求されたフェデレーションの領域 (realm) が存在しない",
      "explanation": "サインインで指定されたフェデレーションの領域 (発行者) が、Entra ID にあるどのフェデレーション構成とも一致しませんでした。典型的なのは、ユーザーのドメインに構成されていない発行者 URI を ID プロバイダーが送っているケースで、複数のトップレベル ドメインをドメインごとの発行者なしで 1 つの AD FS ファームとフェデレーションした場合などに起こります。Microsoft の現在の説明では、どの認証エンドポイントにも一致しない不正な要求の場合も含まれています。",
      "action": [
        "エラー メッセージに含まれる領域または発行者の値を確認します。",
        "その値を、Entra ID でユーザーのドメインに構成されている IssuerUri (Get-MgDomainFederationConfiguration) と比べます。",
        "複数のフェデレーション ドメインを持つ AD FS の場合は、各ドメインが個別の発行者でフェデレーションされ、要求規則が対応する発行者を出しているか確認します。",
        "アプリケーションが領域を送っている場合は、サインイン要求の領域やテナントの値に入力ミスがないか確認します。"
      ]
    }
  },
  {
    "code": 50108,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "The claims transformation configuration could not be retrieved",
      "explanation": "Entra ID needed the claims transformation settings for the application but could not read them. The code is rarely seen; it may be a temporary service issue or a damaged or inconsistent claims configuration on the app.",
      "action": [
        "Retry once; if it succeeds, treat it as a transient issue.",
        "If it persists, open Enterprise applications > the app > Single sign-on > Attributes & Claims and check that the configuration loads and looks complete; save it again if needed.",
        "Check claims mapping policies assigned to the service principal, and open a support request with the correlation ID if the problem remains."
      ]
    },
    "ja": {
      "title": "クレーム変換の構成を取得できなかった",
      "explanation": "Entra ID はアプリケーションのクレーム変換の設定を必要としましたが、読み取ることができませんでした。まれなコードで、一時的なサービスの問題か、アプリのクレーム構成が壊れている、または不整合になっている可能性があります。",
      "action": [
        "一度再試行します。成功すれば一時的な問題として扱います。",
        "続く場合は、[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] を開き、構成が正しく表示され欠けがないか確認します。必要であれば保存し直します。",
        "サービス プリンシパルに割り当てられたクレーム マッピング ポリシーを確認し、それでも解決しない場合は相関 ID を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50109,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "The claims configuration uses a transformation Entra ID does not know",
      "explanation": "While reading the application's claims configuration, Entra ID found a claim transformation it does not recognize. As with 50101, this usually comes from a hand-written claims mapping policy with a wrong or unsupported transformation method.",
      "action": [
        "Review the claims mapping policy definition assigned to the service principal and look for misspelled or unsupported transformation methods.",
        "Correct the policy through Microsoft Graph, or remove it and configure the claims in Attributes & Claims instead.",
        "Retest the sign-in with an affected user."
      ]
    },
    "ja": {
      "title": "クレーム構成に Entra ID が認識できない変換が含まれている",
      "explanation": "アプリケーションのクレーム構成を読み込む際に、Entra ID が認識できないクレーム変換が見つかりました。50101 と同様、手作業で記述したクレーム マッピング ポリシーで、誤った変換方法やサポートされていない変換方法を指定していることが主な原因です。",
      "action": [
        "サービス プリンシパルに割り当てられたクレーム マッピング ポリシーの定義を確認し、変換方法のつづりの誤りやサポート外の指定がないか探します。",
        "Microsoft Graph でポリシーを修正するか、ポリシーを外して [属性とクレーム] でクレームを構成し直します。",
        "影響を受けたユーザーでサインインを再テストします。"
      ]
    }
  },
  {
    "code": 50111,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "An unknown claim transformation was requested",
      "explanation": "When building the token, Entra ID was asked to apply a claim transformation it does not know. It belongs to the same family as 50101 and 50109 and points to an invalid transformation in the app's claims configuration or claims mapping policy.",
      "action": [
        "Check the transformations defined for the application in Attributes & Claims and in any claims mapping policy.",
        "Remove or correct the transformation that is not supported, then save the configuration.",
        "Use the Audit logs to find when the claims configuration changed, and test again with an affected user."
      ]
    },
    "ja": {
      "title": "不明なクレーム変換の適用が要求された",
      "explanation": "トークンの作成時に、Entra ID が認識できないクレーム変換の適用を求められました。50101 や 50109 と同じ系統のエラーで、アプリのクレーム構成またはクレーム マッピング ポリシーに無効な変換が含まれていることを示しています。",
      "action": [
        "[属性とクレーム] と、割り当てられたクレーム マッピング ポリシーで、アプリに定義されている変換を確認します。",
        "サポートされていない変換を削除または修正し、構成を保存します。",
        "監査ログでクレーム構成が変更された時期を確認し、影響を受けたユーザーで再テストします。"
      ]
    }
  },
  {
    "code": 50117,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The claims request parameter could not be parsed",
      "explanation": "The application sent a claims parameter, which is JSON asking for specific claims or answering a claims challenge, and Entra ID could not deserialize it. Typical causes are invalid JSON, wrong or double URL encoding, or passing a base64 challenge string without decoding it.",
      "action": [
        "Developer: log the claims value the app sends and validate it as JSON.",
        "URL-encode the value exactly once when putting it on the request.",
        "When responding to a Continuous Access Evaluation or Conditional Access claims challenge, decode the challenge from the WWW-Authenticate header and pass it unchanged (with MSAL, through the claims option of the token request)."
      ]
    },
    "ja": {
      "title": "claims パラメーターの内容を解析できなかった",
      "explanation": "アプリケーションが claims パラメーター (特定のクレームを要求したり、クレーム チャレンジに応答したりするための JSON) を送りましたが、Entra ID が逆シリアル化できませんでした。JSON として不正、URL エンコードの誤りや二重エンコード、base64 のチャレンジ文字列をデコードせずに渡した、といった原因が典型的です。",
      "action": [
        "開発者: アプリが送っている claims の値をログに出し、JSON として正しいか検証します。",
        "要求に載せる際の URL エンコードは 1 回だけにします。",
        "継続的アクセス評価や条件付きアクセスのクレーム チャレンジに応答する場合は、WWW-Authenticate ヘッダーのチャレンジをデコードしてそのまま渡します (MSAL ではトークン要求の claims オプションを使います)。"
      ]
    }
  },
  {
    "code": 50120,
    "identifier": "ThresholdJwtInvalidJwtFormat",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Problem with the JWT header (unknown credential type)",
      "explanation": "A JWT presented to Entra ID had a header it could not interpret, for example a missing or unsupported alg, a missing key identifier (x5t or kid), or a credential type it does not recognize. Microsoft's current text describes it as an unknown credential type caused by the JWT header; the identifier name comes from an earlier revision.",
      "action": [
        "Decode the JWT header locally and check typ, alg and the key identifier (x5t or kid).",
        "For client assertions, sign with RS256 or PS256 and include the certificate thumbprint that matches the one uploaded to the app registration.",
        "Developer: generate the assertion with MSAL instead of custom code."
      ]
    },
    "ja": {
      "title": "JWT のヘッダーに問題がある (不明な資格情報の種類)",
      "explanation": "Entra ID に提示された JWT のヘッダーを解釈できませんでした。alg がない・サポートされていない、キー識別子 (x5t や kid) がない、認識できない資格情報の種類である、といった例があります。Microsoft の現在の説明では JWT ヘッダーに起因する不明な資格情報の種類とされており、識別子名は以前の版に記載されていたものです。",
      "action": [
        "JWT のヘッダーを手元でデコードし、typ、alg、キー識別子 (x5t または kid) を確認します。",
        "クライアント アサーションは RS256 または PS256 で署名し、アプリの登録にアップロードした証明書と一致する拇印を含めます。",
        "開発者: アサーションは独自実装ではなく MSAL で生成します。"
      ]
    }
  }
];
