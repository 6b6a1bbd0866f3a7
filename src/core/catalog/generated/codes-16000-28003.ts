// GENERATED from src/core/catalog/data/codes-16000-28003.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 16000,
    "identifier": "InteractionRequired",
    "outcome": "interrupted",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "Sign-in paused because the user must act (choose an account or use one that exists in the tenant)",
      "explanation": "Entra ID stopped a sign-in that could not finish silently and asked the user to do something, most often to pick an account or to switch to an account that exists in the tenant that owns the app. A frequent case is a personal Microsoft account, or an account from another organization, that has no user object in the target tenant. When a success for the same user follows shortly after, this code is just part of the normal flow.",
      "action": [
        "Open the entry in Entra admin center > Monitoring & health > Sign-in logs and look for a successful sign-in by the same user and app a few minutes later; if there is one, nothing needs to be done.",
        "If it keeps failing, compare the account used (User principal name, Home tenant ID) with the tenant of the application; the account probably belongs to another directory.",
        "If the person should have access with that account, invite it as a guest (Users > All users > New user > Invite external user); otherwise ask the user to sign in with their account from this tenant.",
        "For apps that call with prompt=none, ask the developer to fall back to an interactive sign-in when this code is returned."
      ]
    },
    "ja": {
      "title": "ユーザーの操作 (アカウントの選択、またはテナントに存在するアカウントへの切り替え) が必要なためサインインを中断",
      "explanation": "サイレントでは完了できないサインインを Entra ID がいったん止め、ユーザーに操作を求めた状態です。多くはアカウントの選択を求める場面か、アプリが属するテナントに存在しないアカウント (個人の Microsoft アカウントや他組織のアカウントなど) でアクセスしようとした場面で記録されます。直後に同じユーザーの成功サインインがあれば、通常の流れの一部にすぎません。",
      "action": [
        "Microsoft Entra 管理センターの [監視と正常性] > [サインイン ログ] で該当の記録を開き、数分以内に同じユーザー・同じアプリの成功サインインがあるか確認します。あれば対応は不要です。",
        "失敗が続く場合は、使われたアカウント (ユーザー プリンシパル名、ホーム テナント ID) とアプリのテナントを比べます。別のディレクトリのアカウントである可能性が高いです。",
        "そのアカウントでのアクセスを認めるべき相手であれば、ゲストとして招待します ([ユーザー] > [すべてのユーザー] > [新しいユーザー] > [外部ユーザーを招待する])。そうでなければ、このテナントのアカウントでサインインし直すよう案内します。",
        "prompt=none で呼び出すアプリの場合は、このコードを受け取ったら対話型サインインに切り替えるよう開発者に依頼します。"
      ]
    }
  },
  {
    "code": 16001,
    "identifier": "UserAccountSelectionInvalid",
    "outcome": "interrupted",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "The account tile the user picked was not accepted; the user must choose again",
      "explanation": "On the account picker, the user selected a session tile that Entra ID would not accept for this request, so the picker is shown again with an updated list. This usually follows a stale browser session, an account that was signed out but still shown as a tile, or a timing issue between two tabs. The user can normally recover in the same flow.",
      "action": [
        "Ask the user to select the account again, or to choose \"Use another account\" and type the full user name.",
        "If it repeats, have the user sign out of all accounts in the browser, or try a private window.",
        "Check the Sign-in logs for a later success by the same user; repeated failures with no success are worth collecting (correlation ID, timestamp) for a support case."
      ]
    },
    "ja": {
      "title": "ユーザーが選んだアカウントのタイルが受け付けられず、選び直しが必要",
      "explanation": "アカウント選択画面でユーザーが選んだセッションのタイルを、Entra ID がこの要求には使えないと判断したため、更新した一覧で選択画面をもう一度表示した状態です。ブラウザーに古いセッションが残っている、サインアウト済みのアカウントがタイルとして残っている、複数のタブの間でタイミングがずれた、といった場合に起こります。通常は同じ画面の中でユーザー自身が回復できます。",
      "action": [
        "もう一度アカウントを選ぶか、[別のアカウントを使用する] からユーザー名を入力し直すよう案内します。",
        "繰り返す場合は、ブラウザーのすべてのアカウントからサインアウトするか、InPrivate (シークレット) ウィンドウで試してもらいます。",
        "サインイン ログで同じユーザーの成功サインインが後に続いているか確認します。成功がないまま繰り返す場合は、相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 16002,
    "identifier": "AppSessionSelectionInvalid",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The session (sid) requested by the app could not be matched",
      "explanation": "The application asked Entra ID to continue one specific sign-in session, identified by a session ID (sid) in the request, and that requirement could not be met. Usually the session has already ended, the user signed out elsewhere, or the app reused a sid taken from an old token. The app has to start an ordinary sign-in instead of pinning the old session.",
      "action": [
        "Have the user sign in again interactively; a fresh session normally resolves it.",
        "Developer: find where the app puts the sid (or another session hint) on the authorize request and make sure the value comes from a current ID token, not from a stale cache.",
        "Developer: on this error, retry without the session hint so the user can pick an account."
      ]
    },
    "ja": {
      "title": "アプリが指定したセッション (sid) と一致するセッションがない",
      "explanation": "アプリケーションが要求内のセッション ID (sid) で特定のサインイン セッションを引き継ぐよう求めましたが、その条件を満たせませんでした。セッションがすでに終了している、別の場所でサインアウトした、古いトークンから取り出した sid を使い回している、といった原因が一般的です。古いセッションに固定せず、通常のサインインをやり直す必要があります。",
      "action": [
        "ユーザーに対話型でサインインし直してもらいます。新しいセッションができれば通常は解消します。",
        "開発者: authorize 要求に sid などのセッションのヒントを付けている箇所を確認し、古いキャッシュではなく現在の ID トークンの値を使っているか確かめます。",
        "開発者: このエラーを受け取ったら、セッションのヒントを外して再要求し、ユーザーがアカウントを選べるようにします。"
      ]
    }
  },
  {
    "code": 16003,
    "identifier": "SsoUserAccountNotFoundInResourceTenant",
    "outcome": "interrupted",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "The account used for single sign-on has not been added to the resource tenant",
      "explanation": "Entra ID tried to reuse the account the user is already signed in with, but that account is neither a member nor a guest of the tenant that owns the resource. The user is asked to choose or enter another account. It is common for people who work with several organizations when the device or browser is signed in with the wrong one.",
      "action": [
        "Ask the user to pick the account that belongs to this organization, or to enter a different account.",
        "In the sign-in log, compare the Home tenant and Resource tenant fields to see which directory the account comes from.",
        "If that account should have access, invite it as a guest: Entra admin center > Users > All users > New user > Invite external user."
      ]
    },
    "ja": {
      "title": "SSO に使おうとしたアカウントがリソース テナントに追加されていない",
      "explanation": "ユーザーがすでにサインインしているアカウントを Entra ID が再利用しようとしましたが、そのアカウントはリソースを所有するテナントのメンバーでもゲストでもありません。そのため、別のアカウントの選択または入力が求められます。複数の組織とやり取りしている利用者が、デバイスやブラウザーに別組織のアカウントでサインインしている場合によく起こります。",
      "action": [
        "この組織のアカウントを選ぶか、別のアカウントを入力するようユーザーに案内します。",
        "サインイン ログの [ホーム テナント] と [リソース テナント] を比べ、どのディレクトリのアカウントが使われたかを確認します。",
        "そのアカウントにアクセスを認めるべきであれば、ゲストとして招待します ([ユーザー] > [すべてのユーザー] > [新しいユーザー] > [外部ユーザーを招待する])。"
      ]
    }
  },
  {
    "code": 17003,
    "identifier": "CredentialKeyProvisioningFailed",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Entra ID could not provision a key-based credential for the user",
      "explanation": "Registering a new key-based credential, most often during Windows Hello for Business setup, failed, so the public key could not be stored for the user. Typical causes are a device that is not correctly joined or registered, a conflicting or stale key left from an earlier setup, or a registration attempt that was rejected by policy. The user can still sign in with other methods, but the new credential is not usable yet.",
      "action": [
        "Check the device in Entra admin center > Devices > All devices: it must exist, be enabled and show the expected join type.",
        "On the device, run dsregcmd /status and read the User Device Registration event log for the provisioning error.",
        "Review the user's registered methods (Users > select the user > Authentication methods) and remove stale Windows Hello for Business entries for old devices.",
        "Ask the user to run the Windows Hello setup again; if it still fails, collect the correlation ID and timestamp."
      ]
    },
    "ja": {
      "title": "ユーザーのキー ベースの資格情報を Entra ID にプロビジョニングできなかった",
      "explanation": "キー ベースの資格情報の登録 (多くは Windows Hello for Business のセットアップ時) に失敗し、ユーザーの公開キーを保存できませんでした。デバイスが正しく参加・登録されていない、以前のセットアップで残った古いキーと競合している、ポリシーによって登録が拒否された、といった原因が一般的です。他の方法でのサインインはできますが、新しい資格情報はまだ使えません。",
      "action": [
        "Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] で対象デバイスが存在し、有効で、想定どおりの参加の種類になっているか確認します。",
        "デバイス上で dsregcmd /status を実行し、User Device Registration のイベント ログでプロビジョニングのエラー内容を確認します。",
        "[ユーザー] > 対象ユーザー > [認証方法] を開き、使わなくなったデバイスの Windows Hello for Business の登録が残っていれば削除します。",
        "Windows Hello のセットアップをもう一度実行してもらい、それでも失敗する場合は相関 ID と日時を控えます。"
      ]
    }
  },
  {
    "code": 20001,
    "identifier": "WsFedSignInResponseError",
    "outcome": "failure",
    "category": "federation",
    "actor": "identity-provider",
    "en": {
      "title": "The federated identity provider sent back an error in its WS-Federation response",
      "explanation": "The user's domain is federated, and the identity provider that signs users in for it (AD FS or a third-party product) returned a WS-Federation response that reports an error or that Entra ID cannot use. The cause lies with the identity provider or with the trust between it and Entra ID, not with anything stored for the user in Entra ID. Often every user of the same domain is affected at the same time.",
      "action": [
        "Check the identity provider's own logs for the same time; for AD FS, read the AD FS/Admin event log on the federation servers.",
        "Confirm that the relying party trust for Entra ID (Microsoft Office 365 Identity Platform) is enabled and that its token-signing certificate is current.",
        "Compare the federation settings Entra ID holds for the domain (Get-MgDomainFederationConfiguration) with the identity provider's current metadata.",
        "If a third party operates the identity provider, give them the user, timestamp and correlation ID."
      ]
    },
    "ja": {
      "title": "フェデレーション ID プロバイダーが WS-Federation の応答でエラーを返した",
      "explanation": "ユーザーのドメインはフェデレーション構成になっており、そのドメインのサインインを担う ID プロバイダー (AD FS やサードパーティ製品) が、エラーを含む、または Entra ID で使えない WS-Federation の応答を返しました。原因は ID プロバイダー側か、Entra ID との信頼関係の設定にあり、Entra ID 上のユーザー情報の問題ではありません。同じドメインのユーザー全員が同時に影響を受けることもよくあります。",
      "action": [
        "同じ時刻の ID プロバイダー側のログを確認します。AD FS の場合は、フェデレーション サーバーの AD FS/Admin イベント ログを見ます。",
        "Entra ID 向けの証明書利用者信頼 (Microsoft Office 365 Identity Platform) が有効で、トークン署名証明書が期限内か確認します。",
        "Entra ID 側のドメインのフェデレーション設定 (Get-MgDomainFederationConfiguration) と、ID プロバイダーの現在のメタデータを突き合わせます。",
        "ID プロバイダーを外部の事業者が運用している場合は、ユーザー、日時、相関 ID を伝えて調査を依頼します。"
      ]
    }
  },
  {
    "code": 20012,
    "identifier": "WsFedMessageInvalid",
    "outcome": "failure",
    "category": "federation",
    "actor": "identity-provider",
    "en": {
      "title": "A WS-Federation message from the identity provider was malformed",
      "explanation": "A WS-Federation message exchanged between Entra ID and the federated identity provider was malformed or missing required parts, so it could not be processed. Typical causes are a misconfigured or custom-built identity provider, a proxy or web application firewall that alters the posted sign-in form, or an outdated sign-in endpoint configured for the federated domain.",
      "action": [
        "Capture the sign-in with browser developer tools or Fiddler and check the wresult/wctx values posted back to login.microsoftonline.com.",
        "Check the identity provider's logs for the same request and confirm it issues WS-Federation tokens in the format Entra ID expects.",
        "Make sure no proxy, WAF or load balancer in front of the identity provider rewrites or truncates the response.",
        "If the identity provider is operated by a third party, send them the timestamp and correlation ID."
      ]
    },
    "ja": {
      "title": "ID プロバイダーからの WS-Federation メッセージの形式が正しくない",
      "explanation": "Entra ID とフェデレーション ID プロバイダーの間でやり取りされた WS-Federation メッセージの形式が不正か、必要な要素が欠けていたため処理できませんでした。ID プロバイダーの設定ミスや独自実装、サインイン フォームの POST 内容を書き換えるプロキシや WAF、ドメインに古いサインイン エンドポイントが設定されている、といった原因が考えられます。",
      "action": [
        "ブラウザーの開発者ツールや Fiddler でサインインを記録し、login.microsoftonline.com に POST される wresult や wctx の値を確認します。",
        "同じ要求について ID プロバイダー側のログを確認し、Entra ID が想定する形式で WS-Federation のトークンを発行しているか確かめます。",
        "ID プロバイダーの前段にあるプロキシ、WAF、ロード バランサーが応答を書き換えたり切り詰めたりしていないか確認します。",
        "ID プロバイダーを外部の事業者が運用している場合は、日時と相関 ID を伝えて調査を依頼します。"
      ]
    }
  },
  {
    "code": 20033,
    "identifier": "FedMetadataInvalidTenantName",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "Federation metadata was requested for a tenant name that is not valid",
      "explanation": "A request for federation metadata, or a federated sign-in that relies on it, named a tenant that Entra ID could not recognize. This happens when an identity provider, relying party or script is configured with a mistyped tenant name or domain, or with a domain that is no longer registered in any tenant. It is rarely a problem with an individual user's account.",
      "action": [
        "Check the metadata URL configured in the identity provider or application: the tenant part must be a valid tenant ID or a verified domain.",
        "Confirm that the domain is still listed and verified in Entra admin center > Settings > Domain names.",
        "If a third-party identity provider fetches this metadata, ask its operator to correct the tenant value."
      ]
    },
    "ja": {
      "title": "有効でないテナント名に対してフェデレーション メタデータが要求された",
      "explanation": "フェデレーション メタデータの要求、またはそれを前提とするフェデレーション サインインで指定されたテナントを Entra ID が識別できませんでした。ID プロバイダー、証明書利用者、スクリプトなどにテナント名やドメインが誤って設定されている場合や、どのテナントにも登録されていないドメインを指定している場合に起こります。個々のユーザーのアカウントが原因となることはまれです。",
      "action": [
        "ID プロバイダーやアプリに設定されているメタデータの URL を確認します。テナント部分は有効なテナント ID か、検証済みのドメインである必要があります。",
        "Microsoft Entra 管理センターの [設定] > [ドメイン名] で、そのドメインが登録済みかつ検証済みか確認します。",
        "サードパーティの ID プロバイダーがメタデータを取得している場合は、運用者にテナントの値を修正するよう依頼します。"
      ]
    }
  },
  {
    "code": 28002,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The scope requested for the access token is not valid",
      "explanation": "When asking for an access token, the app supplied a scope value that Entra ID does not accept, such as a misspelled permission, an unknown resource URI, or scopes for several resources in one request. The request is rejected before any token is issued. This is an application configuration or code issue.",
      "action": [
        "Developer: compare the scope parameter with the permissions the API exposes (App registrations > the API > Expose an API) or with the exact Microsoft Graph permission names.",
        "Use the form <resource>/.default or <resource>/<permission>, and request scopes for only one resource per token call.",
        "Make sure the API has a service principal in this tenant (Enterprise applications) so that its scopes can be resolved."
      ]
    },
    "ja": {
      "title": "アクセス トークンの要求で指定されたスコープが無効",
      "explanation": "アクセス トークンを要求する際に、アプリが Entra ID で受け付けられないスコープを指定しました。アクセス許可名のつづりの誤り、存在しないリソース URI、複数リソースのスコープを 1 回の要求に混在させている、といった例があります。トークンは発行されずに要求が拒否されます。アプリの設定またはコードの問題です。",
      "action": [
        "開発者: scope パラメーターの値を、API が公開しているアクセス許可 ([アプリの登録] > 対象 API > [API の公開]) や Microsoft Graph のアクセス許可名と正確に照合します。",
        "<リソース>/.default または <リソース>/<アクセス許可> の形式を使い、1 回のトークン要求では 1 つのリソースのスコープだけを指定します。",
        "API のサービス プリンシパルがこのテナントに存在するか ([エンタープライズ アプリケーション]) を確認し、スコープを解決できる状態にします。"
      ]
    }
  },
  {
    "code": 28003,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The scope was empty when the app redeemed an authorization code",
      "explanation": "The app exchanged an authorization code for tokens but sent an empty scope parameter. Entra ID needs to know which resource the access token is for, so the redemption fails. This is a bug or a missing setting in the app or its authentication library.",
      "action": [
        "Developer: send in the token request the same scopes (or a subset) that were used in the authorize request.",
        "If the app uses MSAL, pass the scopes to the authorization-code call; in hand-written code, check that the scope field is present in the POST body.",
        "Reproduce with a network trace and confirm the scope value actually sent to the token endpoint."
      ]
    },
    "ja": {
      "title": "認可コードの引き換え時にスコープが空だった",
      "explanation": "アプリが認可コードをトークンに引き換える際に、scope パラメーターを空のまま送信しました。Entra ID はどのリソース向けのアクセス トークンかを判断できないため、引き換えに失敗します。アプリまたは認証ライブラリのバグや設定漏れです。",
      "action": [
        "開発者: トークン要求には、authorize 要求で使ったものと同じ (またはその一部の) スコープを指定します。",
        "MSAL を使っている場合は認可コード取得の呼び出しにスコープを渡しているか、独自実装の場合は POST 本文に scope が含まれているかを確認します。",
        "ネットワーク トレースで再現し、トークン エンドポイントに実際に送られている scope の値を確認します。"
      ]
    }
  }
];
