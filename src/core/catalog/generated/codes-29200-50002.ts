// GENERATED from src/core/catalog/data/codes-29200-50002.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 29200,
    "identifier": "",
    "outcome": "interrupted",
    "category": "other",
    "actor": "user",
    "en": {
      "title": "Sign-in interrupt with code 29200 (meaning not publicly documented)",
      "explanation": "This code is rarely seen and is not in Microsoft's public list of AADSTS codes. Microsoft's own sign-in failure analysis workbook counts it among the interrupts, that is, steps where the user is asked to do something before the sign-in can finish. Treat it as an unfinished rather than a failed sign-in unless the same user keeps getting stuck.",
      "action": [
        "In Sign-in logs, look for a successful sign-in by the same user and app shortly afterwards; if there is one, no action is needed.",
        "Open the sign-in details and read the Failure reason and Additional details fields, which carry the service's own description.",
        "If the user is blocked repeatedly, collect the correlation ID, request ID and timestamp and open a Microsoft support request."
      ]
    },
    "ja": {
      "title": "コード 29200 によるサインインの中断 (意味は公開されていない)",
      "explanation": "まれにしか見られないコードで、Microsoft が公開している AADSTS コードの一覧には載っていません。Microsoft 自身のサインイン失敗分析ブックでは「中断」、つまりサインインを完了する前にユーザーに何らかの操作を求める段階として扱われています。同じユーザーが何度も先に進めない場合を除き、失敗ではなく未完了のサインインとして扱ってください。",
      "action": [
        "サインイン ログで、直後に同じユーザー・同じアプリの成功サインインがあるか確認します。あれば対応は不要です。",
        "サインインの詳細を開き、サービス側の説明が入る [失敗の理由] と [追加の詳細] を確認します。",
        "同じユーザーが繰り返し先に進めない場合は、相関 ID、要求 ID、日時を控えて Microsoft サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 30030,
    "identifier": "",
    "outcome": "failure",
    "category": "throttling-lockout",
    "actor": "helpdesk-admin",
    "en": {
      "title": "AD FS locked the account after repeated bad passwords (AD FS sign-in record)",
      "explanation": "This code appears in the AD FS sign-in records that Microsoft Entra Connect Health sends to Entra ID; Microsoft's AD FS sign-in workbook uses it for account lockouts built from AD FS events 411 and 1500. It means AD FS refused the sign-in because the account was locked, typically by extranet lockout after too many bad passwords. Lockouts from many unfamiliar IP addresses usually point to password spraying, while a single user is often an old password saved on a phone or mail app.",
      "action": [
        "In the AD FS sign-in records, check the IP addresses and user agents of the attempts to tell an attack from a device that still has an old password.",
        "On the AD FS server, check the account with Get-AdfsAccountActivity and, once the user is confirmed, clear the lockout with Reset-AdfsAccountLockout.",
        "Ask the user to update the password saved in mail clients and mobile devices.",
        "When querying ADFSSignInLogs yourself, also look for code 300300, which Microsoft's sample queries use for AD FS lockouts."
      ]
    },
    "ja": {
      "title": "パスワードの誤りが続いたため AD FS がアカウントをロック (AD FS のサインイン記録)",
      "explanation": "Microsoft Entra Connect Health が Entra ID に送る AD FS のサインイン記録に現れるコードで、Microsoft の AD FS サインイン分析ブックでは、AD FS のイベント 411 と 1500 から集計したアカウント ロックアウトとして扱われています。パスワードの誤りが続いたことによるエクストラネット ロックアウトなどで、AD FS がサインインを拒否したことを示します。見慣れない多数の IP アドレスからのロックアウトはパスワード スプレー攻撃の可能性が高く、特定の 1 人だけの場合はスマートフォンやメール アプリに古いパスワードが残っていることがよくあります。",
      "action": [
        "AD FS のサインイン記録で試行元の IP アドレスとユーザー エージェントを確認し、攻撃なのか、古いパスワードが残った端末なのかを見分けます。",
        "AD FS サーバーで Get-AdfsAccountActivity を使ってアカウントの状態を確認し、本人確認のうえ Reset-AdfsAccountLockout でロックを解除します。",
        "メール クライアントやモバイル デバイスに保存されたパスワードを更新するようユーザーに依頼します。",
        "ADFSSignInLogs を独自に検索する場合は、Microsoft のサンプル クエリが AD FS のロックアウトに使っているコード 300300 も併せて確認します。"
      ]
    }
  },
  {
    "code": 40008,
    "identifier": "OAuth2IdPUnretryableServerError",
    "outcome": "failure",
    "category": "federation",
    "actor": "identity-provider",
    "en": {
      "title": "The external OAuth 2.0 / OpenID Connect identity provider returned a permanent server error",
      "explanation": "The sign-in was handed to an external identity provider that Entra ID reaches over OAuth 2.0 or OpenID Connect (for example a social or partner identity provider used for guests), and that provider answered with a server error that a retry will not fix. The problem is on the provider side or in the way the federation with it is configured.",
      "action": [
        "Note which identity provider was used (the Identity provider / Authentication details fields of the sign-in log).",
        "Check the provider's configuration in Entra admin center > External Identities > All identity providers: client ID, client secret and endpoints.",
        "Check the provider's service status, or contact its operator with the timestamp and correlation ID."
      ]
    },
    "ja": {
      "title": "外部の OAuth 2.0 / OpenID Connect ID プロバイダーが再試行で解決しないサーバー エラーを返した",
      "explanation": "Entra ID が OAuth 2.0 または OpenID Connect で連携している外部の ID プロバイダー (ゲスト向けのソーシャル ID やパートナーの ID プロバイダーなど) にサインインを引き渡したところ、再試行では解決しない種類のサーバー エラーが返されました。原因はプロバイダー側、またはそのプロバイダーとのフェデレーション設定にあります。",
      "action": [
        "サインイン ログの [ID プロバイダー] や [認証の詳細] で、どの ID プロバイダーが使われたか確認します。",
        "Microsoft Entra 管理センターの [外部 ID] > [すべての ID プロバイダー] で、そのプロバイダーのクライアント ID、クライアント シークレット、エンドポイントの設定を確認します。",
        "プロバイダーのサービス状態を確認するか、日時と相関 ID を添えて運用者に問い合わせます。"
      ]
    }
  },
  {
    "code": 40009,
    "identifier": "OAuth2IdPRefreshTokenRedemptionUserError",
    "outcome": "failure",
    "category": "federation",
    "actor": "identity-provider",
    "en": {
      "title": "The external identity provider refused to renew the user's session (refresh token rejected)",
      "explanation": "Entra ID tried to use a refresh token it holds from an external identity provider to keep the user signed in, and the provider rejected it for a reason tied to the user. Typical causes are that the user removed the app's access at the provider, changed the password there, or the provider's token expired. A new interactive sign-in at the provider is usually needed.",
      "action": [
        "Ask the user to sign out and sign in again, completing the sign-in at the external provider.",
        "Have the user check whether they removed the app's access in their account settings at the provider (for example the third-party access page of a Google account).",
        "If many users are affected at once, check the provider configuration in External Identities > All identity providers and contact the provider."
      ]
    },
    "ja": {
      "title": "外部 ID プロバイダーが更新トークンを拒否し、ユーザーのセッションを延長できなかった",
      "explanation": "Entra ID が外部 ID プロバイダーから受け取っていた更新トークンを使ってサインイン状態を維持しようとしたところ、プロバイダーがユーザーに関係する理由で拒否しました。ユーザーがプロバイダー側でアプリへのアクセス許可を取り消した、プロバイダー側でパスワードを変更した、プロバイダーのトークンが期限切れになった、といった原因が一般的です。通常はプロバイダーでの対話型サインインをやり直す必要があります。",
      "action": [
        "いったんサインアウトし、外部プロバイダーでのサインインまで含めてやり直すようユーザーに依頼します。",
        "プロバイダー側のアカウント設定 (Google アカウントのサードパーティ アクセスのページなど) でアプリへのアクセスを削除していないか、ユーザーに確認してもらいます。",
        "多数のユーザーで同時に発生している場合は、[外部 ID] > [すべての ID プロバイダー] の設定を確認し、プロバイダーに問い合わせます。"
      ]
    }
  },
  {
    "code": 40010,
    "identifier": "OAuth2IdPRetryableServerError",
    "outcome": "failure",
    "category": "federation",
    "actor": "identity-provider",
    "en": {
      "title": "The external identity provider returned a temporary server error",
      "explanation": "An external OAuth 2.0 / OpenID Connect identity provider answered with an error that it marks as temporary. The sign-in will often succeed if the user retries after a short wait. If it persists, the provider is having a service problem or is throttling requests.",
      "action": [
        "Ask the user to try again after a few minutes.",
        "In Sign-in logs, filter on this code to see whether failures cluster in one time window and on one identity provider.",
        "If it persists, check the provider's service status and contact its operator with timestamps and correlation IDs."
      ]
    },
    "ja": {
      "title": "外部 ID プロバイダーが一時的なサーバー エラーを返した",
      "explanation": "外部の OAuth 2.0 / OpenID Connect ID プロバイダーが、一時的なものとされるエラーを返しました。少し時間をおいて再試行すれば成功することが多いです。続く場合は、プロバイダー側のサービス障害か、要求の制限 (スロットリング) が考えられます。",
      "action": [
        "数分おいてから再試行するようユーザーに案内します。",
        "サインイン ログをこのコードで絞り込み、特定の時間帯や特定の ID プロバイダーに失敗が集中していないか確認します。",
        "続く場合は、プロバイダーのサービス状態を確認し、日時と相関 ID を添えて運用者に問い合わせます。"
      ]
    }
  },
  {
    "code": 40014,
    "identifier": "",
    "outcome": "failure",
    "category": "federation",
    "actor": "identity-provider",
    "en": {
      "title": "Error reported for an external identity provider (code 40014, no current documentation)",
      "explanation": "This code sits in the range Entra ID uses for problems with external OAuth 2.0 identity providers, and the 2019 Microsoft list grouped it with other federated identity provider errors. It is not in Microsoft's current public list and may no longer be issued, so its exact meaning is uncertain. Treat it as a failure on the identity provider side unless the sign-in details say otherwise.",
      "action": [
        "Open the sign-in in Sign-in logs and read the Failure reason and Additional details fields.",
        "Identify the identity provider involved and review its configuration (External Identities > All identity providers, or the federation settings of the user's domain).",
        "Contact the provider's operator with the timestamp and correlation ID; if no external provider is involved, open a Microsoft support request."
      ]
    },
    "ja": {
      "title": "外部 ID プロバイダーに関するエラー (コード 40014、現行ドキュメントに記載なし)",
      "explanation": "Entra ID が外部の OAuth 2.0 ID プロバイダーに関する問題に使う番号帯のコードで、2019 年の Microsoft の一覧では他のフェデレーション ID プロバイダーのエラーと同じ扱いでした。現在の公開一覧には載っておらず、すでに使われていない可能性もあるため、正確な意味ははっきりしません。サインインの詳細に別の記載がない限り、ID プロバイダー側の失敗として扱ってください。",
      "action": [
        "サインイン ログで該当の記録を開き、[失敗の理由] と [追加の詳細] を確認します。",
        "関係する ID プロバイダーを特定し、その設定 ([外部 ID] > [すべての ID プロバイダー]、またはユーザーのドメインのフェデレーション設定) を確認します。",
        "日時と相関 ID を添えてプロバイダーの運用者に問い合わせます。外部プロバイダーが関係しない場合は Microsoft サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 40015,
    "identifier": "OAuth2IdPAuthCodeRedemptionUserError",
    "outcome": "failure",
    "category": "federation",
    "actor": "identity-provider",
    "en": {
      "title": "The external identity provider rejected the authorization code for this user",
      "explanation": "After the user signed in at an external identity provider, Entra ID tried to exchange the authorization code it received, and the provider refused for a reason tied to the user. The code may have expired because the sign-in took too long or was replayed, or the user's account at the provider may be restricted.",
      "action": [
        "Ask the user to start the sign-in again and complete it without long pauses or use of the browser Back button.",
        "Have the user confirm that their account at the external provider is active and allowed to use this kind of sign-in.",
        "If many users are affected, verify the client ID, secret and redirect URI registered for the provider, both in External Identities > All identity providers and at the provider itself."
      ]
    },
    "ja": {
      "title": "外部 ID プロバイダーがこのユーザーの認可コードの引き換えを拒否した",
      "explanation": "ユーザーが外部 ID プロバイダーでサインインした後、Entra ID が受け取った認可コードを引き換えようとしたところ、プロバイダーがユーザーに関係する理由で拒否しました。サインインに時間がかかってコードが期限切れになった、同じコードが再利用された、プロバイダー側でユーザーのアカウントが制限されている、といった原因が考えられます。",
      "action": [
        "最初からサインインをやり直し、途中で長く放置したりブラウザーの [戻る] を使ったりせずに完了するよう案内します。",
        "外部プロバイダーのアカウントが有効で、この種類のサインインに使えるかをユーザーに確認してもらいます。",
        "多数のユーザーで起きている場合は、[外部 ID] > [すべての ID プロバイダー] とプロバイダー側の両方で、クライアント ID、シークレット、リダイレクト URI の登録内容を確認します。"
      ]
    }
  },
  {
    "code": 50000,
    "identifier": "TokenIssuanceError",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "Internal error in the Microsoft sign-in service while issuing a token",
      "explanation": "Entra ID ran into an internal problem while building the token and could not complete the request. In most cases neither the user nor the tenant configuration caused it, and it is often short-lived. Repeated occurrences for one app or user should be reported to Microsoft.",
      "action": [
        "Retry the sign-in after a few minutes.",
        "Check Service health in the Microsoft 365 admin center and the Azure status page for an active incident.",
        "If it continues, collect the correlation ID, request ID and timestamp from the sign-in log and open a Microsoft support request."
      ]
    },
    "ja": {
      "title": "トークン発行中に Microsoft のサインイン サービス内部でエラーが発生",
      "explanation": "Entra ID がトークンを作成する途中で内部的な問題が起き、要求を完了できませんでした。ほとんどの場合、ユーザーやテナントの設定が原因ではなく、短時間で解消することが多いです。特定のアプリやユーザーで繰り返す場合は Microsoft に報告してください。",
      "action": [
        "数分おいてサインインを再試行します。",
        "Microsoft 365 管理センターの [サービス正常性] や Azure の状態ページで、障害が発生していないか確認します。",
        "続く場合は、サインイン ログから相関 ID、要求 ID、日時を控えて Microsoft サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50001,
    "identifier": "InvalidResource",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The requested resource (API) is disabled or does not exist",
      "explanation": "The app asked for a token for a resource that Entra ID could not find or that is disabled. Common causes are a mistyped resource URI or application ID, an API registered in another tenant that has never been provisioned in this one, or a resource service principal that has been disabled or deleted.",
      "action": [
        "Developer: check the resource or scope value in the request against the API's Application ID URI (App registrations > the API > Expose an API).",
        "In Enterprise applications, find the API's service principal and confirm it exists and that Properties > Enabled for users to sign in is set to Yes.",
        "For an API from another tenant (multi-tenant), have an administrator consent to it or provision it in this tenant before clients call it."
      ]
    },
    "ja": {
      "title": "要求されたリソース (API) が無効化されているか存在しない",
      "explanation": "アプリが、Entra ID で見つからない、または無効化されているリソース向けのトークンを要求しました。リソース URI やアプリケーション ID の入力ミス、別テナントで登録された API がこのテナントにまだプロビジョニングされていない、リソースのサービス プリンシパルが無効化または削除された、といった原因がよくあります。",
      "action": [
        "開発者: 要求内のリソースまたはスコープの値を、API のアプリケーション ID URI ([アプリの登録] > 対象 API > [API の公開]) と照合します。",
        "[エンタープライズ アプリケーション] で API のサービス プリンシパルを探し、存在すること、[プロパティ] の [ユーザーのサインインが有効になっていますか?] が [はい] であることを確認します。",
        "他テナントの API (マルチテナント) の場合は、クライアントから呼び出す前に管理者が同意するか、このテナントにプロビジョニングしておきます。"
      ]
    }
  },
  {
    "code": 50002,
    "identifier": "NotAllowedTenant",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Tenant restrictions blocked access to this tenant",
      "explanation": "The sign-in was blocked because tenant restrictions are in force: a proxy that adds the tenant restrictions header, or a tenant restrictions v2 policy, allows only certain tenants, and the tenant being accessed is not one of them. Users typically see this when they try to reach another organization's tenant, or a personal one, from a corporate network or device.",
      "action": [
        "Ask the user which organization they were trying to reach, and read the resource tenant ID in the sign-in log.",
        "If that tenant should be allowed, add it to the Restrict-Access-To-Tenants list on the proxy, or to the tenant restrictions v2 policy in External Identities > Cross-tenant access settings.",
        "If the block is intended, tell the user that access to outside tenants is not permitted from this network or device."
      ]
    },
    "ja": {
      "title": "テナント制限によってこのテナントへのアクセスがブロックされた",
      "explanation": "テナント制限が有効なため、サインインがブロックされました。テナント制限ヘッダーを付与するプロキシ、またはテナント制限 v2 のポリシーで許可されたテナントだけが利用でき、アクセス先のテナントはその中に含まれていません。社内ネットワークや会社のデバイスから、他組織や個人用のテナントにアクセスしようとしたときによく見られます。",
      "action": [
        "どの組織にアクセスしようとしていたかユーザーに確認し、サインイン ログでリソース テナント ID を確認します。",
        "そのテナントを許可すべき場合は、プロキシの Restrict-Access-To-Tenants の一覧、または [外部 ID] > [テナント間アクセス設定] のテナント制限 v2 のポリシーに追加します。",
        "意図したブロックであれば、このネットワークやデバイスからは外部テナントにアクセスできないことをユーザーに説明します。"
      ]
    }
  }
];
