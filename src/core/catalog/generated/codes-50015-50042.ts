// GENERATED from src/core/catalog/data/codes-50015-50042.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50015,
    "identifier": "ViralUserLegalAgeConsentRequiredState",
    "outcome": "failure",
    "category": "consent",
    "actor": "user",
    "en": {
      "title": "The user must complete legal-age (parental) consent before signing in",
      "explanation": "The account's legal age group requires consent that has not been given, typically because the user is recorded as a minor and parental consent is missing. The identifier refers to self-service (viral) accounts, where this is most likely. Entra ID will not issue tokens until the consent requirement is met, and the case is rare in ordinary organizational tenants.",
      "action": [
        "Check the user's Age group and Consent provided for minor settings (Users > select the user > Properties), or the ageGroup and consentProvidedForMinor properties in Microsoft Graph.",
        "If the user is a minor, have a parent or guardian give consent through the process your organization uses, then record it on the user.",
        "If the age information is wrong, correct it on the user object and have the user try again."
      ]
    },
    "ja": {
      "title": "サインインの前に法定年齢 (保護者) の同意が必要",
      "explanation": "アカウントの法定年齢グループに必要な同意が得られていない状態です。多くはユーザーが未成年として記録され、保護者の同意がないことが原因です。識別子はセルフサービス (バイラル) で作成されたアカウントを指しており、そうしたアカウントで起こりやすいものです。同意の要件を満たすまでトークンは発行されませんが、一般的な組織のテナントではまれです。",
      "action": [
        "[ユーザー] > 対象ユーザー > [プロパティ] の [年齢グループ] と [未成年者に対する同意] を確認します。Microsoft Graph では ageGroup と consentProvidedForMinor のプロパティです。",
        "未成年の場合は、組織で定めた手順で保護者の同意を得たうえで、ユーザーに記録します。",
        "年齢の情報が誤っている場合は、ユーザー オブジェクトを修正してから再試行してもらいます。"
      ]
    }
  },
  {
    "code": 50017,
    "identifier": "CertificateValidationFailed",
    "outcome": "failure",
    "category": "credentials",
    "actor": "tenant-admin",
    "en": {
      "title": "The user's certificate could not be validated (chain or revocation check failed)",
      "explanation": "During certificate-based authentication, Entra ID could not validate the certificate the user presented. Typical reasons are an issuing CA that is not in the trusted list, a certificate revocation list (CRL) that cannot be downloaded or read in time, or a delta CRL configured without its base CRL. When a CRL endpoint is down or misconfigured, every user of that CA tends to be affected.",
      "action": [
        "In the Entra admin center, check the certificate authorities trusted for certificate-based authentication: the issuing and intermediate CAs must both be present.",
        "Verify that each CA's CRL distribution point is reachable from the internet over HTTP and that the CRL is current and not excessively large.",
        "If a delta CRL URL is configured, make sure the matching base CRL URL is configured too.",
        "Use the Additional details field of the sign-in to see exactly which validation step failed, then have the user retry after the fix."
      ]
    },
    "ja": {
      "title": "ユーザー証明書を検証できなかった (チェーンまたは失効の確認に失敗)",
      "explanation": "証明書ベース認証の際に、ユーザーが提示した証明書を Entra ID が検証できませんでした。発行元 CA が信頼済みの一覧にない、証明書失効リスト (CRL) をダウンロードできない、または時間内に読み込めない、ベース CRL なしでデルタ CRL を構成している、といった理由が典型的です。CRL の配布先が停止していたり設定が誤っていたりすると、その CA の利用者全員が影響を受けやすくなります。",
      "action": [
        "Microsoft Entra 管理センターで、証明書ベース認証用に信頼している証明機関を確認します。発行元 CA と中間 CA の両方が必要です。",
        "各 CA の CRL 配布ポイントにインターネットから HTTP で到達でき、CRL が最新で極端に大きくないことを確認します。",
        "デルタ CRL の URL を設定している場合は、対応するベース CRL の URL も設定されているか確認します。",
        "サインインの [追加の詳細] でどの検証段階で失敗したかを確認し、修正後にユーザーに再試行してもらいます。"
      ]
    }
  },
  {
    "code": 50019,
    "identifier": "",
    "outcome": "interrupted",
    "category": "other",
    "actor": "user",
    "en": {
      "title": "Sign-in interrupt with code 50019 (meaning not publicly documented)",
      "explanation": "This code is rarely seen and is not in Microsoft's public list of AADSTS codes. Microsoft's own sign-in failure analysis workbook counts it among the interrupts, meaning the sign-in stopped to ask the user for something rather than failing outright. Unless the same user keeps getting stuck, treat it as an unfinished sign-in.",
      "action": [
        "In Sign-in logs, check whether a successful sign-in by the same user and app follows shortly after; if so, nothing needs to be done.",
        "Open the sign-in details and read the Failure reason and Additional details fields for the service's own description.",
        "If the user cannot get past it, collect the correlation ID, request ID and timestamp and open a Microsoft support request."
      ]
    },
    "ja": {
      "title": "コード 50019 によるサインインの中断 (意味は公開されていない)",
      "explanation": "まれにしか見られないコードで、Microsoft が公開している AADSTS コードの一覧には載っていません。Microsoft 自身のサインイン失敗分析ブックでは「中断」として扱われており、失敗ではなく、ユーザーに何かを求めるためにサインインが止まったことを意味します。同じユーザーが何度も先に進めない場合を除き、未完了のサインインとして扱ってください。",
      "action": [
        "サインイン ログで、直後に同じユーザー・同じアプリの成功サインインがあるか確認します。あれば対応は不要です。",
        "サインインの詳細を開き、[失敗の理由] と [追加の詳細] に書かれたサービス側の説明を確認します。",
        "ユーザーが先に進めない場合は、相関 ID、要求 ID、日時を控えて Microsoft サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50020,
    "identifier": "UserUnauthorized",
    "outcome": "failure",
    "category": "account-state",
    "actor": "tenant-admin",
    "en": {
      "title": "The account is not allowed here: it is not in the tenant, or the endpoint does not accept it",
      "explanation": "Entra ID refused the sign-in because the account cannot be used with this tenant or endpoint. Most often it is an account from another organization or identity provider that has not been added to the resource tenant as a guest. Another frequent case is a personal Microsoft account used with an app or endpoint that only accepts work or school accounts.",
      "action": [
        "Read the error details: note the account, the identity provider and the tenant named in the message.",
        "If the user should have access, invite the account as a guest (Users > All users > New user > Invite external user) and ask the user to accept.",
        "If a personal account was used with a work-only app, ask the user to sign in with their organizational account.",
        "Developer: check Supported account types under App registrations > the app > Authentication, and use the matching authority (tenant-specific, organizations or common)."
      ]
    },
    "ja": {
      "title": "このアカウントは利用を許可されていない (テナントに存在しない、またはエンドポイントが受け付けない)",
      "explanation": "アカウントがこのテナントまたはエンドポイントでは使えないため、Entra ID がサインインを拒否しました。最も多いのは、他の組織や ID プロバイダーのアカウントがリソース テナントにゲストとして追加されていないケースです。職場または学校アカウント専用のアプリやエンドポイントで個人の Microsoft アカウントを使った場合にもよく起こります。",
      "action": [
        "エラーの詳細を読み、メッセージに含まれるアカウント、ID プロバイダー、テナントを控えます。",
        "アクセスを認めるべきユーザーであれば、そのアカウントをゲストとして招待し ([ユーザー] > [すべてのユーザー] > [新しいユーザー] > [外部ユーザーを招待する])、受諾してもらいます。",
        "職場専用のアプリに個人アカウントでサインインしていた場合は、組織のアカウントでサインインし直すよう案内します。",
        "開発者: [アプリの登録] > 対象アプリ > [認証] の [サポートされているアカウントの種類] を確認し、それに合った機関 (テナント固有、organizations、common) を使います。"
      ]
    }
  },
  {
    "code": 50027,
    "identifier": "InvalidJwtToken",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "A JSON Web Token presented to Entra ID was invalid",
      "explanation": "A JWT sent to Entra ID, such as an ID token from an external provider, a client assertion or a token used in an exchange, failed validation. Causes include a missing nonce or sub claim, an unexpected issuer or audience, a token outside its validity window, duplicate claims, a broken format, or a signature from the issuer that does not verify.",
      "action": [
        "Decode the token locally and check iss, aud, sub, nonce, nbf and exp.",
        "If an external OpenID Connect identity provider issued it, confirm its issuer and signing keys match the configuration under External Identities.",
        "Check the clock of the system that created the token.",
        "Developer: build and pass tokens with a maintained library (MSAL or the provider's SDK) rather than custom code."
      ]
    },
    "ja": {
      "title": "Entra ID に提示された JWT が無効",
      "explanation": "外部プロバイダーの ID トークン、クライアント アサーション、トークン交換に使うトークンなど、Entra ID に送られた JWT が検証に失敗しました。nonce や sub のクレームがない、発行者や対象ユーザーが想定外、有効期間外、クレームの重複、形式の誤り、発行者の署名を検証できない、といった原因があります。",
      "action": [
        "トークンを手元でデコードし、iss、aud、sub、nonce、nbf、exp を確認します。",
        "外部の OpenID Connect ID プロバイダーが発行したトークンであれば、発行者と署名キーが [外部 ID] の設定と一致しているか確認します。",
        "トークンを作成したシステムの時刻を確認します。",
        "開発者: トークンの作成と受け渡しには独自実装ではなく、保守されているライブラリ (MSAL やプロバイダーの SDK) を使います。"
      ]
    }
  },
  {
    "code": 50029,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Invalid URI: the domain name in the request contains invalid characters",
      "explanation": "The request used a URL whose domain or tenant part contains characters that are not allowed. It usually comes from a mistyped authority or tenant name in the app configuration, or from a URL assembled by string concatenation that picked up spaces or stray symbols. Nothing the user does will fix it.",
      "action": [
        "Developer: check the authority URL the app uses (for example https://login.microsoftonline.com/<tenant>/) for typos, spaces or extra characters.",
        "Check any domain hint or tenant name that is inserted into the request from configuration files or user input.",
        "Prefer the tenant ID (a GUID) over a domain name in the authority to avoid encoding problems."
      ]
    },
    "ja": {
      "title": "URI が無効 (要求内のドメイン名に使用できない文字が含まれている)",
      "explanation": "要求に使われた URL のドメインまたはテナントの部分に、使用できない文字が含まれていました。アプリ設定での機関 (authority) やテナント名の入力ミス、文字列の連結で URL を組み立てた際に空白や記号が紛れ込んだ、といった原因が一般的です。ユーザー側の操作では解決しません。",
      "action": [
        "開発者: アプリが使う機関の URL (例: https://login.microsoftonline.com/<テナント>/) に、入力ミス、空白、余分な文字がないか確認します。",
        "設定ファイルやユーザー入力から要求に差し込んでいるドメインのヒントやテナント名も確認します。",
        "エンコードの問題を避けるため、機関にはドメイン名ではなくテナント ID (GUID) を使うことをお勧めします。"
      ]
    }
  },
  {
    "code": 50032,
    "identifier": "WeakRsaKey",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "An RSA key that is too weak was used",
      "explanation": "The credential presented, typically a certificate an app uses for client authentication or request signing, has an RSA key shorter than Entra ID accepts. Keys below 2048 bits are treated as weak and rejected.",
      "action": [
        "Identify the certificate involved (its thumbprint appears under App registrations > the app > Certificates & secrets).",
        "Create a new certificate with an RSA key of at least 2048 bits, upload its public key, and switch the app to it.",
        "Remove the weak certificate from the app registration once the new one is in use."
      ]
    },
    "ja": {
      "title": "強度が不十分な RSA キーが使われた",
      "explanation": "提示された資格情報 (多くはアプリがクライアント認証や要求の署名に使う証明書) の RSA キー長が、Entra ID で受け付ける長さに足りませんでした。2048 ビット未満のキーは弱いものとして拒否されます。",
      "action": [
        "対象の証明書を特定します。拇印は [アプリの登録] > 対象アプリ > [証明書とシークレット] で確認できます。",
        "2048 ビット以上の RSA キーで新しい証明書を作成し、公開キーをアップロードしてアプリの設定を切り替えます。",
        "新しい証明書に切り替えた後、弱い証明書をアプリの登録から削除します。"
      ]
    }
  },
  {
    "code": 50033,
    "identifier": "RetryableError",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "Temporary error in the sign-in service; a retry usually succeeds",
      "explanation": "Entra ID hit a transient internal error that is not related to its directory data and is safe to retry. A single occurrence is not a concern. Many occurrences in a short time usually line up with a service incident.",
      "action": [
        "Retry the sign-in; apps should retry once after a short back-off.",
        "If many users are affected, check Service health in the Microsoft 365 admin center.",
        "If it keeps happening for one user or app, collect the correlation ID and timestamp and open a support request."
      ]
    },
    "ja": {
      "title": "サインイン サービスの一時的なエラー (再試行で成功することが多い)",
      "explanation": "Entra ID で、ディレクトリのデータとは関係のない一時的な内部エラーが発生しました。再試行して問題のない種類のエラーです。単発であれば心配はいりませんが、短時間に多発している場合はサービス障害と重なっていることが多いです。",
      "action": [
        "サインインを再試行します。アプリは少し間をおいて 1 回再試行する実装にしておきます。",
        "多数のユーザーで起きている場合は、Microsoft 365 管理センターの [サービス正常性] を確認します。",
        "特定のユーザーやアプリで続く場合は、相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50034,
    "identifier": "UserAccountNotFound",
    "outcome": "failure",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "The user account does not exist in this directory",
      "explanation": "Entra ID could not find the account that was entered in the tenant the sign-in went to. Common reasons are a typo in the user name, an old address or alias used instead of the UPN, a deleted account, or an app that sent the user to the wrong tenant. A steady stream of this code for random names can indicate account enumeration or password spraying.",
      "action": [
        "Ask the user to check the exact sign-in name; it is usually the UPN, which can differ from the email address.",
        "Search for the user in Entra admin center > Users > All users and in Deleted users; restore the account if it was removed by mistake.",
        "If the person belongs to another organization and should have access, invite them as a guest.",
        "If many unknown names come from the same IP addresses, treat it as an attack and review or block those sources."
      ]
    },
    "ja": {
      "title": "このディレクトリにユーザー アカウントが存在しない",
      "explanation": "サインイン先のテナントで、入力されたアカウントを Entra ID が見つけられませんでした。ユーザー名の入力ミス、UPN ではなく旧アドレスや別名を使った、アカウントが削除された、アプリが誤ったテナントにユーザーを送った、といった理由がよくあります。でたらめな名前でこのコードが継続的に記録される場合は、アカウントの列挙やパスワード スプレー攻撃の可能性があります。",
      "action": [
        "サインイン名を正確に確認するようユーザーに依頼します。通常は UPN で、メール アドレスと異なる場合があります。",
        "Microsoft Entra 管理センターの [ユーザー] > [すべてのユーザー] と [削除済みのユーザー] で検索し、誤って削除されていれば復元します。",
        "他の組織の人でアクセスを認めるべき場合は、ゲストとして招待します。",
        "同じ IP アドレスから存在しない名前が大量に試されている場合は攻撃とみなし、送信元を確認してブロックを検討します。"
      ]
    }
  },
  {
    "code": 50042,
    "identifier": "UnableToGeneratePairwiseIdentifierWithMissingSalt",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "tenant-admin",
    "en": {
      "title": "A pairwise (per-app) identifier could not be generated because its salt is missing",
      "explanation": "Entra ID builds some user identifiers separately for each application (pairwise identifiers) using a salt stored on a principal, and the required salt was not found. This is rare and points to a data problem inside the service rather than anything the user did. It tends to affect one application consistently.",
      "action": [
        "Note the application and user from the sign-in log, and check whether all users of that app fail or only some.",
        "Look in the Audit logs for recent changes to the app registration or service principal, such as deletion and re-creation.",
        "Open a Microsoft support request with the correlation ID and timestamp; the salt cannot be set from the portal."
      ]
    },
    "ja": {
      "title": "ソルトがないためペアワイズ (アプリ単位) の識別子を生成できなかった",
      "explanation": "Entra ID はアプリごとに異なるユーザー識別子 (ペアワイズ識別子) をプリンシパルに保存されたソルトを使って生成しますが、必要なソルトが見つかりませんでした。まれなエラーで、ユーザーの操作ではなくサービス内部のデータの問題を示しています。特定のアプリケーションで継続して起こる傾向があります。",
      "action": [
        "サインイン ログから対象のアプリとユーザーを控え、そのアプリの全ユーザーが失敗するのか一部だけなのかを確認します。",
        "監査ログで、アプリの登録やサービス プリンシパルに最近の変更 (削除と再作成など) がないか確認します。",
        "ソルトはポータルから設定できないため、相関 ID と日時を添えて Microsoft サポートに問い合わせます。"
      ]
    }
  }
];
