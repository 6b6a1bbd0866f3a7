// GENERATED from src/core/catalog/data/codes-900561-1000104.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 900561,
    "identifier": "BadResourceRequestInvalidRequest",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Endpoint was called with the wrong HTTP method",
      "explanation": "The sign-in endpoint accepts only certain HTTP methods (for example POST) and received another one (for example GET). It is either an app bug, or, very often, a user pressing the browser Back button onto a page that was posted, in which case it can be ignored.",
      "action": [
        "Check whether the user simply went back in the browser; if a new sign-in works, no action is needed.",
        "If the app is yours and the error repeats, check that the token endpoint is called with POST and the authorize endpoint with GET or POST as designed.",
        "Capture the failing request with a browser network trace or Fiddler and compare it with the protocol documentation for the endpoint."
      ]
    },
    "ja": {
      "title": "エンドポイントが誤った HTTP メソッドで呼び出されました",
      "explanation": "サインインのエンドポイントは特定の HTTP メソッド (POST など) しか受け付けませんが、別のメソッド (GET など) で呼び出されました。アプリの不具合か、非常によくあるのはユーザーがブラウザーの [戻る] でポスト済みのページに戻った場合で、後者であれば無視してかまいません。",
      "action": [
        "ユーザーがブラウザーで戻っただけかを確認し、新しくサインインして成功するなら対応は不要です。",
        "自社アプリで繰り返し発生する場合は、トークン エンドポイントを POST で、認可エンドポイントを設計どおり GET または POST で呼び出しているか確認します。",
        "ブラウザーのネットワーク トレースや Fiddler で失敗した要求を取得し、エンドポイントのプロトコル仕様と比較します。"
      ]
    }
  },
  {
    "code": 900971,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "No reply address was provided",
      "explanation": "The sign-in request carried no redirect (reply) URI, and none could be taken from the app registration. Without a reply address, Microsoft Entra ID has nowhere to send the result.",
      "action": [
        "Open App registrations > select the app > Authentication and add the correct redirect URI under the right platform.",
        "Make sure the app sends redirect_uri in the request, matching a registered value exactly.",
        "For SAML apps, check the Reply URL (Assertion Consumer Service URL) under Enterprise applications > select the app > Single sign-on."
      ]
    },
    "ja": {
      "title": "応答アドレスが指定されていません",
      "explanation": "サインイン要求にリダイレクト (応答) URI が含まれておらず、アプリの登録からも取得できませんでした。応答アドレスがないため、Microsoft Entra ID は結果の送り先がありません。",
      "action": [
        "[アプリの登録] > 対象アプリ > [認証] で、適切なプラットフォームに正しいリダイレクト URI を追加します。",
        "アプリが要求に redirect_uri を含めており、登録済みの値と完全に一致しているか確認します。",
        "SAML アプリの場合は、[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] の応答 URL (Assertion Consumer Service URL) を確認します。"
      ]
    }
  },
  {
    "code": 901002,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The resource parameter is not supported on this endpoint",
      "explanation": "The app sent a resource parameter to the v2.0 endpoint, which identifies the target API through scopes instead. Code written for the v1.0 endpoint or ADAL, then pointed at v2.0, often does this.",
      "action": [
        "Remove the resource parameter and express the target as a scope, for example https://graph.microsoft.com/.default or a specific permission.",
        "Alternatively, if the app is meant to use v1.0, make sure it calls the v1.0 endpoints consistently.",
        "When migrating from ADAL, switch to MSAL, which builds v2.0 requests correctly."
      ]
    },
    "ja": {
      "title": "このエンドポイントでは resource パラメーターはサポートされていません",
      "explanation": "アプリが v2.0 エンドポイントに resource パラメーターを送りましたが、v2.0 では対象の API をスコープで指定します。v1.0 エンドポイントや ADAL 向けに書かれたコードを v2.0 に向けた場合によく起こります。",
      "action": [
        "resource パラメーターを削除し、対象を https://graph.microsoft.com/.default や個別のアクセス許可などのスコープで指定します。",
        "v1.0 を使う想定のアプリであれば、一貫して v1.0 のエンドポイントを呼び出しているか確認します。",
        "ADAL から移行する場合は、v2.0 の要求を正しく組み立てる MSAL に切り替えます。"
      ]
    }
  },
  {
    "code": 901011,
    "identifier": "NoEmailAddressCollectedFromExternalOidcIDP",
    "outcome": "failure",
    "category": "federation",
    "actor": "user",
    "en": {
      "title": "External identity provider did not return an email address",
      "explanation": "The user signed in through an external OpenID Connect identity provider, and no email address came back in the token. This typically happens when the user chose to hide their email during sign-up at the provider, for example Hide My Email with Apple.",
      "action": [
        "Ask the user to sign in again and allow the provider to share their email address, or to remove and re-add the app permission at the provider.",
        "If the address is still missing, have the user sign up with another method such as email one-time passcode.",
        "If you administer the tenant, check that the provider configuration requests the email scope and maps the email claim (External Identities > All identity providers)."
      ]
    },
    "ja": {
      "title": "外部 ID プロバイダーがメール アドレスを返しませんでした",
      "explanation": "ユーザーは外部の OpenID Connect ID プロバイダー経由でサインインしましたが、トークンにメール アドレスが含まれていませんでした。プロバイダーでの登録時にメールを非公開にした場合 (Apple の「メールを非公開」など) によく起こります。",
      "action": [
        "もう一度サインインしてプロバイダーにメール アドレスの共有を許可するか、プロバイダー側でアプリの許可を削除して付け直してもらいます。",
        "それでもアドレスが渡らない場合は、メールのワンタイム パスコードなど別の方法で登録してもらいます。",
        "テナント管理者であれば、プロバイダーの構成で email スコープを要求し email クレームをマッピングしているか確認します ([外部 ID] > [すべての ID プロバイダー])。"
      ]
    }
  },
  {
    "code": 901012,
    "identifier": "EmailAddressCollectedFromExternalOidcIDPNotVerified",
    "outcome": "failure",
    "category": "federation",
    "actor": "user",
    "en": {
      "title": "Email address from the external identity provider is not verified",
      "explanation": "The external OpenID Connect identity provider returned an email address, but the token marks it as not verified. Microsoft Entra ID will not use an unverified address to identify the user.",
      "action": [
        "Ask the user to verify their email address in their account at the external provider, then sign in again.",
        "If that is not possible, have them sign up with a different method, such as email one-time passcode.",
        "If you administer the tenant, check the provider claims mapping for the email_verified claim."
      ]
    },
    "ja": {
      "title": "外部 ID プロバイダーのメール アドレスが確認済みではありません",
      "explanation": "外部の OpenID Connect ID プロバイダーはメール アドレスを返しましたが、トークン上では未確認とされていました。Microsoft Entra ID は、確認されていないアドレスをユーザーの識別には使いません。",
      "action": [
        "外部プロバイダーのアカウントでメール アドレスの確認を済ませてから、もう一度サインインしてもらいます。",
        "それができない場合は、メールのワンタイム パスコードなど別の方法で登録してもらいます。",
        "テナント管理者であれば、プロバイダーの要求マッピングで email_verified クレームの扱いを確認します。"
      ]
    }
  },
  {
    "code": 901014,
    "identifier": "NoExternalIdentifierCollectedFromExternalOidcIDP",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "External identity provider token has no user identifier",
      "explanation": "The ID token from the external OpenID Connect identity provider did not contain the claim used as the external identifier of the user, normally sub. Without it Microsoft Entra ID cannot link the sign-in to a user, which points to a mapping or provider configuration problem.",
      "action": [
        "Open the provider under External Identities > All identity providers and check the claims mapping for the user ID (subject) claim.",
        "Decode a token from the provider and confirm which claim actually carries the stable user identifier.",
        "If the provider does not send it, contact the provider owner to include it in ID tokens."
      ]
    },
    "ja": {
      "title": "外部 ID プロバイダーのトークンにユーザー識別子がありません",
      "explanation": "外部の OpenID Connect ID プロバイダーからの ID トークンに、ユーザーの外部識別子として使う要求 (通常は sub) が含まれていませんでした。これがないと Microsoft Entra ID はサインインをユーザーに結び付けられず、マッピングかプロバイダーの構成に問題があることを示しています。",
      "action": [
        "[外部 ID] > [すべての ID プロバイダー] でプロバイダーを開き、ユーザー ID (サブジェクト) 要求のマッピングを確認します。",
        "プロバイダーのトークンをデコードし、どの要求に不変のユーザー識別子が入っているかを確認します。",
        "プロバイダーが送っていない場合は、ID トークンに含めるようプロバイダーの管理者に依頼します。"
      ]
    }
  },
  {
    "code": 1000000,
    "identifier": "UserNotBoundError",
    "outcome": "failure",
    "category": "federation",
    "actor": "user",
    "en": {
      "title": "User has not yet signed in with the linked external identity provider",
      "explanation": "The sign-in uses a binding step that requires the Microsoft Entra user to also authenticate with an external identity provider, and that has not happened yet. The user is usually sent to the external provider next; the error only stands out if the binding never completes.",
      "action": [
        "Ask the user to finish the sign-in at the external provider when redirected.",
        "Look in the sign-in logs for a later entry with the same correlation ID to see whether the binding completed.",
        "If it never completes, check the external identity provider configuration and collect the correlation ID for support."
      ]
    },
    "ja": {
      "title": "リンクされた外部 ID プロバイダーでのサインインがまだ行われていません",
      "explanation": "このサインインには、Microsoft Entra ユーザーが外部 ID プロバイダーでも認証するバインドの手順が必要ですが、まだ行われていません。通常は続いて外部プロバイダーに送られるため、バインドが最後まで完了しない場合にだけ問題になります。",
      "action": [
        "リダイレクトされたら、外部プロバイダーでのサインインを最後まで行ってもらいます。",
        "サインイン ログで同じ相関 ID の後続エントリを探し、バインドが完了したかを確認します。",
        "完了しない場合は外部 ID プロバイダーの構成を確認し、サポート用に相関 ID を控えます。"
      ]
    }
  },
  {
    "code": 1000002,
    "identifier": "BindCompleteInterruptError",
    "outcome": "interrupted",
    "category": "federation",
    "actor": "user",
    "en": {
      "title": "Account binding finished and the user is shown a confirmation",
      "explanation": "The binding between the Microsoft Entra account and the external identity provider completed successfully, and the sign-in paused to inform the user. It is an interrupt, not a failure, and the sign-in normally continues right after.",
      "action": [
        "No action is needed if a following sign-in entry with the same correlation ID succeeded.",
        "If the user reports being stuck on the confirmation page, ask them to continue or to close the browser and sign in again."
      ]
    },
    "ja": {
      "title": "アカウントのバインドが完了し、ユーザーに確認が表示されました",
      "explanation": "Microsoft Entra アカウントと外部 ID プロバイダーのバインドは正常に完了し、ユーザーへの通知のためにサインインが一時停止しました。これは失敗ではなく中断で、通常はその直後にサインインが続行されます。",
      "action": [
        "同じ相関 ID の後続のサインインが成功していれば、対応は不要です。",
        "確認画面から先に進めないという報告があれば、そのまま続行するか、ブラウザーを閉じて再度サインインしてもらいます。"
      ]
    }
  },
  {
    "code": 1000031,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Application cannot be accessed at this time",
      "explanation": "The sign-in service refused access to the named application without giving a more specific reason. The public reference only says to contact the administrator; the application may have been disabled or blocked, either in the tenant or by Microsoft.",
      "action": [
        "Open Entra admin center > Enterprise applications, find the app, and check Properties > Enabled for users to sign-in.",
        "Read the Failure reason and Additional details of the sign-in record for any further hint.",
        "Check Audit logs for recent changes to the application or its service principal.",
        "If nothing in the tenant explains it, open a support case with the application ID, correlation ID and timestamp."
      ]
    },
    "ja": {
      "title": "現在このアプリケーションにアクセスできません",
      "explanation": "サインイン サービスは、指定されたアプリケーションへのアクセスを具体的な理由を示さずに拒否しました。公開リファレンスには管理者に問い合わせるよう書かれているだけで、テナント内または Microsoft によってアプリが無効化やブロックされている可能性があります。",
      "action": [
        "Microsoft Entra 管理センターの [エンタープライズ アプリケーション] で対象アプリを開き、[プロパティ] の [ユーザーのサインインが有効になっていますか?] を確認します。",
        "サインイン記録の [失敗の理由] と [追加の詳細] に、ほかの手掛かりがないか確認します。",
        "監査ログで、アプリケーションやサービス プリンシパルへの最近の変更を確認します。",
        "テナント内に原因が見当たらない場合は、アプリケーション ID、相関 ID、タイムスタンプを添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 1000104,
    "identifier": "XCB2BResourceCloudNotAllowedOnIdentityTenant",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Cross-cloud B2B access to this Microsoft cloud is not enabled",
      "explanation": "The user home tenant and the resource are in different Microsoft clouds (for example the global cloud and Microsoft Azure operated by 21Vianet or Azure Government), and the home tenant does not allow collaboration with the resource cloud. Cross-cloud B2B must be enabled on both sides before it works.",
      "action": [
        "In the user home tenant, open External Identities > Cross-tenant access settings > Microsoft cloud settings and enable the resource cloud.",
        "Add the partner tenant in Organizational settings and configure the outbound rules for it.",
        "Ask the resource tenant administrator to do the matching configuration (cloud setting and inbound rules) on their side."
      ]
    },
    "ja": {
      "title": "この Microsoft クラウドへのクロスクラウド B2B アクセスが有効になっていません",
      "explanation": "ユーザーのホーム テナントとリソースが異なる Microsoft クラウド (グローバル クラウドと 21Vianet が運営する Microsoft Azure や Azure Government など) にあり、ホーム テナントでリソース側のクラウドとの共同作業が許可されていません。クロスクラウド B2B は、両方のテナントで有効にしないと動作しません。",
      "action": [
        "ユーザーのホーム テナントで [外部 ID] > [テナント間アクセス設定] > [Microsoft クラウドの設定] を開き、リソース側のクラウドを有効にします。",
        "[組織の設定] に相手のテナントを追加し、そのテナント向けの送信ルールを構成します。",
        "リソース テナントの管理者にも、クラウドの設定と受信ルールを同様に構成してもらいます。"
      ]
    }
  }
];
