// GENERATED from src/core/catalog/data/codes-50168-50178.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50168,
    "identifier": "ChromeBrowserSsoInterruptRequired",
    "outcome": "interrupted",
    "category": "device",
    "actor": "user",
    "en": {
      "title": "Chrome can use Windows single sign-on, but no valid SSO token was sent; fetching one",
      "explanation": "The browser is Chrome on a Windows device that can get a single sign-on token through the Windows accounts extension, but the request carried no token or an expired one. Entra ID interrupts the sign-in to let the browser fetch a token. A success normally follows; if users are prompted again and again, device SSO in Chrome is probably not working.",
      "action": [
        "Check whether a successful sign-in follows; if so, nothing needs to be done.",
        "Make sure the Microsoft Single Sign On extension is installed and enabled in Chrome (it can be deployed with the ExtensionInstallForcelist policy), or enable Chrome's built-in Windows account support with the CloudAPAuthEnabled policy.",
        "On the device, run dsregcmd /status and confirm it is Entra joined or hybrid joined and that AzureAdPrt is YES."
      ]
    },
    "ja": {
      "title": "Chrome は Windows のシングル サインオンを使えるが有効な SSO トークンがなく、取得のため中断",
      "explanation": "ブラウザーは Windows アカウントの拡張機能でシングル サインオンのトークンを取得できる Windows 上の Chrome ですが、要求にトークンが含まれていないか、期限切れでした。Entra ID はブラウザーがトークンを取得できるようサインインを中断します。通常は成功サインインが続きます。何度も画面が表示される場合は、Chrome でのデバイス SSO が機能していない可能性があります。",
      "action": [
        "成功サインインが続いているか確認します。あれば対応は不要です。",
        "Chrome に Microsoft Single Sign On 拡張機能がインストールされ有効になっているか確認します (ExtensionInstallForcelist ポリシーで配布できます)。または CloudAPAuthEnabled ポリシーで Chrome 組み込みの Windows アカウント連携を有効にします。",
        "デバイスで dsregcmd /status を実行し、Entra 参加またはハイブリッド参加済みで、AzureAdPrt が YES になっているか確認します。"
      ]
    }
  },
  {
    "code": 50169,
    "identifier": "InvalidRequestBadRealm",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The realm in the request is not configured for this tenant",
      "explanation": "The request named a realm, that is the identifier of the application or audience, which is not configured in the tenant that received it. This usually comes from a WS-Federation or SAML app whose realm or entity ID does not match what is registered, or from a request sent to the wrong tenant.",
      "action": [
        "Compare the realm in the request (wtrealm or the SAML issuer) with the app's Identifier (Entity ID) or Application ID URI.",
        "Correct the value on whichever side is wrong: Enterprise applications > the app > Single sign-on > Basic SAML Configuration, or the application's own settings.",
        "Check that the sign-in URL the app uses points to the tenant where the app is registered."
      ]
    },
    "ja": {
      "title": "要求内の領域 (realm) がこのテナントに構成されていない",
      "explanation": "要求で指定された領域 (アプリケーションや対象ユーザーの識別子) が、要求を受け取ったテナントに構成されていません。WS-Federation や SAML のアプリで領域やエンティティ ID が登録内容と一致していない場合や、要求が別のテナントに送られている場合によく起こります。",
      "action": [
        "要求内の領域 (wtrealm や SAML の発行者) と、アプリの識別子 (エンティティ ID) またはアプリケーション ID URI を比べます。",
        "誤っている側の値を修正します。[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [基本的な SAML 構成]、またはアプリケーション側の設定です。",
        "アプリが使うサインイン URL が、アプリを登録したテナントを指しているか確認します。"
      ]
    }
  },
  {
    "code": 50170,
    "identifier": "MissingExternalClaimsProviderMapping",
    "outcome": "failure",
    "category": "mfa",
    "actor": "tenant-admin",
    "en": {
      "title": "The mapping for an external control (custom control) is missing",
      "explanation": "A Conditional Access policy relies on an external control, but the mapping that tells Entra ID how to use the external provider is missing. This happens when a custom control was deleted or changed while policies still reference it, or when its definition is incomplete.",
      "action": [
        "Open Protection > Conditional Access > Custom controls and check the control's definition.",
        "Find the policies that use the control and either repair the control or remove it from those policies.",
        "Consider moving from custom controls to external authentication methods, which Microsoft offers as their successor."
      ]
    },
    "ja": {
      "title": "外部コントロール (カスタム コントロール) のマッピングがない",
      "explanation": "条件付きアクセス ポリシーが外部コントロールを使っていますが、外部プロバイダーの使い方を Entra ID に伝えるマッピングがありません。ポリシーから参照されたままカスタム コントロールが削除・変更された場合や、定義が不完全な場合に起こります。",
      "action": [
        "[保護] > [条件付きアクセス] > [カスタム コントロール] を開き、コントロールの定義を確認します。",
        "そのコントロールを使っているポリシーを探し、コントロールを修復するか、ポリシーから外します。",
        "カスタム コントロールの後継として Microsoft が提供している外部認証方法への移行を検討します。"
      ]
    }
  },
  {
    "code": 50171,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "This audience can only be requested in mutual-TLS token calls",
      "explanation": "The app asked for a token for an audience that Entra ID only issues through mutual-TLS calls, where the client authenticates with a certificate at the TLS layer and the token is bound to it. The request did not use mutual TLS, so it was refused.",
      "action": [
        "Developer: confirm that the resource really requires certificate-bound (mutual-TLS) tokens.",
        "Call the token endpoint with mutual-TLS client authentication as the resource documents, using a library version that supports it.",
        "If the audience was chosen by mistake, request the correct resource instead."
      ]
    },
    "ja": {
      "title": "この対象ユーザーは相互 TLS のトークン要求でしか使えない",
      "explanation": "アプリが要求した対象ユーザー向けのトークンは、Entra ID が相互 TLS の呼び出し (クライアントが TLS のレベルで証明書により認証し、トークンがその証明書に結び付けられる方式) でしか発行しないものでした。要求が相互 TLS を使っていなかったため拒否されました。",
      "action": [
        "開発者: そのリソースが本当に証明書に結び付いた (相互 TLS の) トークンを必要としているか確認します。",
        "リソースのドキュメントに従い、相互 TLS のクライアント認証でトークン エンドポイントを呼び出します。対応したバージョンのライブラリを使います。",
        "対象ユーザーを誤って指定していた場合は、正しいリソースを要求します。"
      ]
    }
  },
  {
    "code": 50172,
    "identifier": "",
    "outcome": "failure",
    "category": "mfa",
    "actor": "tenant-admin",
    "en": {
      "title": "The external claims provider has not been approved in the tenant",
      "explanation": "The sign-in needed an external claims provider, such as a third-party MFA provider used through an external authentication method or custom control, and that provider is not approved in this tenant. Typical causes are missing admin consent for the provider's application or a provider that was removed or disabled.",
      "action": [
        "Check Protection > Authentication methods for the external authentication method: it must be enabled and its provider application consented.",
        "Look for the provider's application in Enterprise applications and confirm it exists and is enabled for sign-in.",
        "If the provider was replaced, update the Conditional Access policies or methods that still point to the old one."
      ]
    },
    "ja": {
      "title": "外部のクレーム プロバイダーがテナントで承認されていない",
      "explanation": "サインインには外部のクレーム プロバイダー (外部認証方法やカスタム コントロールで使うサードパーティの MFA プロバイダーなど) が必要でしたが、そのプロバイダーはこのテナントで承認されていません。プロバイダーのアプリケーションへの管理者の同意がない、プロバイダーが削除・無効化された、といった原因が典型的です。",
      "action": [
        "[保護] > [認証方法] で外部認証方法が有効になっており、プロバイダーのアプリケーションに同意済みであることを確認します。",
        "[エンタープライズ アプリケーション] でプロバイダーのアプリケーションを探し、存在しサインインが有効になっているか確認します。",
        "プロバイダーを入れ替えた場合は、古いプロバイダーを参照したままの条件付きアクセス ポリシーや認証方法を更新します。"
      ]
    }
  },
  {
    "code": 50173,
    "identifier": "FreshTokenNeeded",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "The grant was revoked; a fresh sign-in is needed",
      "explanation": "The refresh token or grant the app used was issued before the user's tokens-valid-from time, so it is no longer accepted. This happens after the user changes or resets the password, or after an administrator or the user revokes sessions. Every app holding an old token fails until the user signs in again.",
      "action": [
        "Ask the user to sign in again in the affected apps, using the current password.",
        "If the change was not expected, check the Audit logs for a password change, reset or session revocation for the user.",
        "Developer: on invalid_grant with this code, discard the cached token and start an interactive sign-in."
      ]
    },
    "ja": {
      "title": "許可が取り消されたため、新たなサインインが必要",
      "explanation": "アプリが使った更新トークンや許可は、ユーザーのトークン有効開始時刻より前に発行されたものだったため、受け付けられなくなりました。ユーザーがパスワードを変更・リセットした後や、管理者またはユーザー自身がセッションを取り消した後に起こります。古いトークンを持つすべてのアプリで、ユーザーがサインインし直すまで失敗が続きます。",
      "action": [
        "影響を受けたアプリで、現在のパスワードを使ってサインインし直すようユーザーに案内します。",
        "想定外の場合は、監査ログでそのユーザーのパスワード変更、リセット、セッションの取り消しを確認します。",
        "開発者: このコードを伴う invalid_grant を受け取ったら、キャッシュしたトークンを破棄して対話型サインインを開始します。"
      ]
    }
  },
  {
    "code": 50174,
    "identifier": "IdpLoopDetected",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "A sign-in loop with the identity provider was detected",
      "explanation": "The identifier indicates that the user was sent back and forth between Entra ID and an identity provider too many times, so the sign-in was stopped. Typical causes are a federated identity provider that returns without a usable token, cookies that the browser refuses to keep, or redirect rules that send the user back to the start. The code is not in Microsoft's public reference; it comes from the error table of the sign-in page.",
      "action": [
        "Capture a browser trace (HAR file) of the sign-in to see the chain of redirects and where it starts repeating.",
        "Check the identity provider's logs for the same user and time, and the federation settings of the domain.",
        "Make sure the browser accepts cookies for login.microsoftonline.com and for the identity provider, and that no proxy strips them.",
        "Check the clock of the identity provider servers, since tokens issued with a skewed time can be rejected and restart the flow."
      ]
    },
    "ja": {
      "title": "ID プロバイダーとの間でサインインのループが検出された",
      "explanation": "識別子からは、Entra ID と ID プロバイダーの間でユーザーが何度も行き来したため、サインインが打ち切られたことがわかります。フェデレーション ID プロバイダーが使えるトークンを返さずに戻してしまう、ブラウザーが Cookie を保持しない、リダイレクトの規則でユーザーが最初に戻される、といった原因が典型的です。Microsoft の公開リファレンスには載っておらず、サインイン ページのエラー表に由来するコードです。",
      "action": [
        "サインインのブラウザー トレース (HAR ファイル) を取得し、リダイレクトの流れとどこから繰り返しが始まるかを確認します。",
        "同じユーザー・同じ時刻の ID プロバイダー側のログと、ドメインのフェデレーション設定を確認します。",
        "ブラウザーが login.microsoftonline.com と ID プロバイダーの Cookie を受け入れているか、プロキシが Cookie を削除していないかを確認します。",
        "ID プロバイダーのサーバーの時刻を確認します。時刻がずれた状態で発行されたトークンは拒否され、フローが最初からやり直しになることがあります。"
      ]
    }
  },
  {
    "code": 50176,
    "identifier": "",
    "outcome": "failure",
    "category": "mfa",
    "actor": "tenant-admin",
    "en": {
      "title": "The definition of an external control is missing",
      "explanation": "A policy or request refers to an external control by ID, and no definition exists for that ID. This usually means a custom control was deleted while a Conditional Access policy still uses it. The error message includes the control ID.",
      "action": [
        "Note the control ID from the error message.",
        "Check Protection > Conditional Access > Custom controls for a control with that ID.",
        "Edit the policies that reference the missing control: recreate the control, or replace it with another grant such as built-in MFA or an external authentication method."
      ]
    },
    "ja": {
      "title": "外部コントロールの定義がない",
      "explanation": "ポリシーや要求が ID で外部コントロールを参照していますが、その ID の定義が存在しません。多くは、条件付きアクセス ポリシーで使われたままカスタム コントロールが削除されたことが原因です。エラー メッセージにコントロールの ID が含まれます。",
      "action": [
        "エラー メッセージからコントロールの ID を控えます。",
        "[保護] > [条件付きアクセス] > [カスタム コントロール] に、その ID のコントロールがあるか確認します。",
        "存在しないコントロールを参照しているポリシーを編集し、コントロールを作り直すか、組み込みの MFA や外部認証方法など別の許可コントロールに置き換えます。"
      ]
    }
  },
  {
    "code": 50177,
    "identifier": "ExternalChallengeNotSupportedForPassthroughUsers",
    "outcome": "failure",
    "category": "mfa",
    "actor": "tenant-admin",
    "en": {
      "title": "An external MFA challenge is not supported for passthrough users",
      "explanation": "A policy required an external challenge, such as a custom control or third-party MFA, but the user is a so-called passthrough user, for whom external challenges are not supported. Microsoft does not define the term in this context; it most likely means accounts whose authentication is handed on to another home directory or account system, such as some guest sign-ins, rather than users of Pass-through Authentication. The policy needs another grant for these users.",
      "action": [
        "In the sign-in log, check the user type, the home tenant and the cross-tenant access type to understand what kind of account it is.",
        "Exclude such users from Conditional Access policies that require the external control, or give them a policy that uses built-in MFA instead.",
        "For guests, consider trusting MFA from their home tenant in External Identities > Cross-tenant access settings."
      ]
    },
    "ja": {
      "title": "パススルー ユーザーには外部の MFA チャレンジがサポートされていない",
      "explanation": "ポリシーがカスタム コントロールやサードパーティ MFA などの外部チャレンジを要求しましたが、ユーザーはいわゆるパススルー ユーザーで、外部チャレンジはサポートされていません。Microsoft はここでの用語を定義していませんが、パススルー認証の利用者ではなく、一部のゲストのサインインのように、認証が別のホーム ディレクトリやアカウント システムに引き渡されるアカウントを指すと考えられます。こうしたユーザーには別の許可コントロールが必要です。",
      "action": [
        "サインイン ログでユーザーの種類、ホーム テナント、テナント間アクセスの種類を確認し、どのようなアカウントかを把握します。",
        "こうしたユーザーを外部コントロールを要求する条件付きアクセス ポリシーから除外するか、組み込みの MFA を使うポリシーを適用します。",
        "ゲストの場合は、[外部 ID] > [テナント間アクセス設定] でホーム テナントの MFA を信頼する設定を検討します。"
      ]
    }
  },
  {
    "code": 50178,
    "identifier": "SessionControlNotSupportedForPassthroughUsers",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "tenant-admin",
    "en": {
      "title": "A Conditional Access session control is not supported for passthrough users",
      "explanation": "A Conditional Access policy applied a session control, but the user is a so-called passthrough user, for whom that control cannot be enforced. As with 50177, Microsoft does not define the term here; it most likely covers accounts whose authentication is handed on to another home directory or account system. The policy has to treat these users differently.",
      "action": [
        "Use the Conditional Access tab to find the policy and the session control that applied.",
        "Check the user type and home tenant of the account in the sign-in log.",
        "Exclude these users from the session control, or scope a separate policy for them without it."
      ]
    },
    "ja": {
      "title": "パススルー ユーザーには条件付きアクセスのセッション制御がサポートされていない",
      "explanation": "条件付きアクセス ポリシーがセッション制御を適用しましたが、ユーザーはいわゆるパススルー ユーザーで、その制御を適用できません。50177 と同様、Microsoft はここでの用語を定義していませんが、認証が別のホーム ディレクトリやアカウント システムに引き渡されるアカウントを指すと考えられます。こうしたユーザーはポリシーで別に扱う必要があります。",
      "action": [
        "[条件付きアクセス] タブで、適用されたポリシーとセッション制御を確認します。",
        "サインイン ログで、アカウントのユーザーの種類とホーム テナントを確認します。",
        "こうしたユーザーをセッション制御の対象から除外するか、セッション制御を含まない別のポリシーを適用します。"
      ]
    }
  }
];
