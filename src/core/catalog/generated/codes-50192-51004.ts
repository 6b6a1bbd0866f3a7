// GENERATED from src/core/catalog/data/codes-50192-51004.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50192,
    "identifier": "RawCredentialExpectedNotFound",
    "outcome": "failure",
    "category": "credentials",
    "actor": "helpdesk-admin",
    "en": {
      "title": "The sign-in request arrived without the credential it was supposed to carry",
      "explanation": "Entra ID expected a credential inside the request but found none. The typical case is certificate-based authentication: the user picked the certificate option, but no client certificate reached the service. This happens when the certificate picker was cancelled, the smart card was not inserted, or a TLS-inspecting proxy stripped the certificate on the way.",
      "action": [
        "Ask the user whether a certificate prompt appeared and which certificate (or smart card) was chosen; retry with the card inserted.",
        "Check that the certificate is present in the user certificate store and is not expired.",
        "If the failure is widespread, make sure the network proxy or TLS inspection device bypasses certauth.login.microsoftonline.com and the other certificate authentication endpoints.",
        "Review Entra admin center > Authentication methods > Certificate-based authentication to confirm the user is in scope."
      ]
    },
    "ja": {
      "title": "サインイン要求に、送られるはずの資格情報が含まれていませんでした",
      "explanation": "Entra ID は要求の中に資格情報があることを前提にしていましたが、見つかりませんでした。代表的なのは証明書ベース認証 (CBA) で、ユーザーが証明書でのサインインを選んだのにクライアント証明書がサービスに届かなかったケースです。証明書の選択画面をキャンセルした、スマート カードが挿入されていなかった、TLS 検査を行うプロキシが証明書を取り除いた、といった原因が考えられます。",
      "action": [
        "証明書の選択画面が表示されたか、どの証明書 (スマート カード) を選んだかをユーザーに確認し、カードを挿入した状態で再試行してもらいます。",
        "ユーザーの証明書ストアに該当の証明書があり、有効期限が切れていないことを確認します。",
        "多数のユーザーで発生している場合は、プロキシや TLS 検査装置が certauth.login.microsoftonline.com などの証明書認証用エンドポイントを検査対象外にしているか確認します。",
        "Microsoft Entra 管理センター > 認証方法 > 証明書ベースの認証 で、対象ユーザーが有効範囲に含まれているか確認します。"
      ]
    }
  },
  {
    "code": 50193,
    "identifier": "InvalidPassword",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "The password that was submitted was rejected as invalid",
      "explanation": "This code is rarely seen in sign-in logs and is not described in the public error reference; it is known from the sign-in page itself. It signals that the password entered on the sign-in page could not be accepted. In practice treat it like a wrong password: a typo, an old password, or the wrong keyboard layout.",
      "action": [
        "Have the user retype the password carefully, checking Caps Lock and keyboard layout.",
        "If the user is unsure of the password, reset it via self-service password reset or Entra admin center > Users > select the user > Reset password.",
        "If it keeps happening after a reset, collect the correlation ID and timestamp from the sign-in log entry and check the failure reason recorded there."
      ]
    },
    "ja": {
      "title": "入力されたパスワードが無効として拒否されました",
      "explanation": "このコードはサインイン ログで見かけることは少なく、公開されているエラー リファレンスにも説明がありません。サインイン画面側のエラー一覧から存在が分かっているコードです。サインイン画面で入力したパスワードが受け付けられなかったことを示すため、実際には「パスワードの誤り」(入力ミス、古いパスワード、キーボード配列の違いなど) と同様に扱って問題ありません。",
      "action": [
        "Caps Lock やキーボード配列を確認したうえで、パスワードを入力し直してもらいます。",
        "パスワードが分からない場合は、セルフサービス パスワード リセット (SSPR)、または Microsoft Entra 管理センター > ユーザー > 対象ユーザー > パスワードのリセット でリセットします。",
        "リセット後も続く場合は、サインイン ログの該当イベントから相関 ID と日時を控え、記録されている失敗理由を確認します。"
      ]
    }
  },
  {
    "code": 50194,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "A single-tenant app tried to sign in through the /common endpoint",
      "explanation": "The application is registered for accounts in one organization only, yet its sign-in request went to the /common (or similar multi-tenant) endpoint. Newer single-tenant registrations are not allowed to use /common, so Entra ID refuses the request instead of guessing the tenant. It is a configuration mismatch between the app code and its registration.",
      "action": [
        "In the app configuration, replace the /common authority with the tenant-specific one (https://login.microsoftonline.com/<tenant ID or verified domain>).",
        "If the app really must serve users from other organizations, change App registrations > the app > Authentication > Supported account types to a multitenant option.",
        "Redeploy and test sign-in; check that the sign-in log now shows the correct resource tenant."
      ]
    },
    "ja": {
      "title": "シングル テナント アプリが /common エンドポイント経由でサインインしようとしました",
      "explanation": "このアプリは「この組織のディレクトリのみ」のアカウントを対象に登録されていますが、サインイン要求が /common などのマルチテナント用エンドポイントに送られました。比較的新しいシングル テナント アプリでは /common の利用が認められていないため、Entra ID はテナントを推測せずに要求を拒否します。アプリのコードとアプリの登録内容が食い違っている状態です。",
      "action": [
        "アプリの設定で、authority を /common からテナント固有の URL (https://login.microsoftonline.com/<テナント ID または確認済みドメイン>) に変更します。",
        "他組織のユーザーも本当にサインインさせる必要がある場合は、アプリの登録 > 対象アプリ > 認証 > サポートされているアカウントの種類 をマルチテナントに変更します。",
        "再デプロイ後にサインインを試し、サインイン ログで正しいテナントに対して認証されていることを確認します。"
      ]
    }
  },
  {
    "code": 50196,
    "identifier": "LoopDetected",
    "outcome": "failure",
    "category": "throttling-lockout",
    "actor": "app-developer",
    "en": {
      "title": "The app sent the same token request too many times in a short period",
      "explanation": "Entra ID noticed a client repeating an identical authentication request over and over and stopped answering it. This is almost always an application bug: tokens are not cached, or an error response triggers an immediate retry that loops. The user sees a loop or an error page while the app keeps calling the sign-in service.",
      "action": [
        "Identify the app from the sign-in log (Application and Application ID columns) and check how many requests the user made in the last minutes.",
        "Make sure the app caches tokens (for example with MSAL token cache) and reuses them until they expire instead of requesting a new one each time.",
        "Review the app error handling so that a failed sign-in does not trigger an instant, unbounded retry; add back-off.",
        "As a workaround the user can close the browser or app, wait a few minutes, and try again."
      ]
    },
    "ja": {
      "title": "アプリが短時間に同じトークン要求を繰り返し送信しました",
      "explanation": "同じ認証要求を何度も繰り返すクライアントを Entra ID が検知し、応答を止めました。ほとんどの場合はアプリ側の不具合で、トークンをキャッシュしていない、あるいはエラー応答を受けるとすぐに再試行してループしている、といった原因が考えられます。ユーザーからは、画面がループする、またはエラー ページが表示されるように見えます。",
      "action": [
        "サインイン ログのアプリケーション名とアプリケーション ID から対象アプリを特定し、直近数分間の要求回数を確認します。",
        "アプリがトークンを (MSAL のトークン キャッシュなどで) キャッシュし、有効期限まで再利用しているか開発者に確認してもらいます。",
        "サインイン失敗時に即座に無制限の再試行をしないよう、エラー処理とバックオフを見直してもらいます。",
        "暫定対処として、ユーザーにはブラウザーやアプリを閉じて数分待ってから再試行してもらいます。"
      ]
    }
  },
  {
    "code": 50197,
    "identifier": "ConflictingIdentities",
    "outcome": "failure",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "The user account could not be resolved during sign-in",
      "explanation": "Entra ID could not settle on a single user object for this sign-in, so it reports the user as not found. It tends to appear when the browser holds sessions for several accounts or when the account was recently renamed, deleted or restored. A clean retry usually works.",
      "action": [
        "Ask the user to sign out of all accounts (or use a private browser window) and sign in again with the correct username.",
        "Check in Entra admin center > Users that the account exists with the expected UPN and was not recently deleted or renamed.",
        "If it persists, collect the correlation ID and timestamp from the sign-in log and open a support request."
      ]
    },
    "ja": {
      "title": "サインイン中にユーザー アカウントを特定できませんでした",
      "explanation": "Entra ID がこのサインインに対応するユーザー オブジェクトを 1 つに決めきれず、ユーザーが見つからないと判断しました。ブラウザーに複数アカウントのセッションが残っている場合や、アカウントの名前変更・削除・復元を行った直後などに見られます。多くの場合、改めてサインインし直せば解消します。",
      "action": [
        "ユーザーにすべてのアカウントからサインアウトしてもらう (またはブラウザーの InPrivate ウィンドウを使う) うえで、正しいユーザー名で再度サインインしてもらいます。",
        "Microsoft Entra 管理センター > ユーザー で、アカウントが想定どおりの UPN で存在し、最近削除や名前変更がされていないか確認します。",
        "解消しない場合は、サインイン ログから相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50199,
    "identifier": "CmsiInterrupt",
    "outcome": "interrupted",
    "category": "other",
    "actor": "user",
    "en": {
      "title": "The user was asked to confirm the app before returning to it",
      "explanation": "This is a security confirmation, not a real failure. When a native or mobile app receives its sign-in result through a custom URI scheme, Entra ID first asks the user to confirm that they meant to sign in to that app, to prevent another app from capturing the token. The sign-in continues once the user clicks Continue.",
      "action": [
        "No action is needed if the user confirmed and the next sign-in event shows success.",
        "If users find the prompt confusing, tell them it is expected for this app and they should continue only if they started the sign-in themselves.",
        "Developers can avoid the prompt by using an http(s) redirect URI, or a broker-based flow, instead of a custom scheme (App registrations > Authentication > Redirect URIs)."
      ]
    },
    "ja": {
      "title": "アプリに戻る前に、ユーザーにアプリの確認が求められました",
      "explanation": "これはセキュリティ上の確認画面であり、実際の失敗ではありません。ネイティブ アプリやモバイル アプリがカスタム URI スキームでサインイン結果を受け取る場合、別のアプリにトークンを横取りされないよう、Entra ID は「このアプリにサインインしようとしていますか」とユーザーに確認します。ユーザーが「続行」を押せばサインインはそのまま進みます。",
      "action": [
        "ユーザーが確認を済ませ、直後のサインイン イベントが成功していれば対応は不要です。",
        "ユーザーが戸惑っている場合は、このアプリでは想定どおりの画面であること、自分でサインインを始めたときだけ続行するよう案内します。",
        "開発者は、アプリの登録 > 認証 > リダイレクト URI でカスタム スキームではなく http(s) の URI やブローカー経由のフローを使うことで、この確認を回避できます。"
      ]
    }
  },
  {
    "code": 50203,
    "identifier": "AuthenticatorAppRegistrationRequiredInterrupt",
    "outcome": "interrupted",
    "category": "mfa",
    "actor": "user",
    "en": {
      "title": "Sign-in paused so the user can register the Microsoft Authenticator app",
      "explanation": "The sign-in was interrupted to walk the user through setting up Microsoft Authenticator. This usually comes from the registration campaign (the nudge) or from a policy that requires Authenticator as the sign-in method. The code is known from the sign-in page and is not described in the public error reference, so treat the exact trigger with some caution.",
      "action": [
        "Let the user finish the Authenticator setup, or skip it if the campaign allows snoozing; the next event should succeed.",
        "Check Entra admin center > Authentication methods > Registration campaign to see whether the nudge is enabled and for whom.",
        "If the user cannot install the app, register another allowed method for them or exclude them from the campaign."
      ]
    },
    "ja": {
      "title": "Microsoft Authenticator アプリを登録させるためにサインインが一時停止しました",
      "explanation": "ユーザーに Microsoft Authenticator の設定手順を案内するため、サインインが中断されました。多くの場合、登録キャンペーン (ナッジ) や、Authenticator をサインイン方法として必須にしているポリシーによるものです。このコードはサインイン画面側から知られているもので、公開のエラー リファレンスには説明がないため、発生条件は断定せずに扱ってください。",
      "action": [
        "ユーザーに Authenticator の設定を完了してもらうか、キャンペーンでスキップが許可されていればスキップしてもらいます。次のサインインは成功するはずです。",
        "Microsoft Entra 管理センター > 認証方法 > 登録キャンペーン で、ナッジが有効になっているか、対象者は誰かを確認します。",
        "ユーザーがアプリをインストールできない事情がある場合は、許可されている別の認証方法を登録するか、キャンペーンの対象から除外します。"
      ]
    }
  },
  {
    "code": 51000,
    "identifier": "RequiredFeatureNotEnabled",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "tenant-admin",
    "en": {
      "title": "The request depends on a feature that is turned off",
      "explanation": "The sign-in needed a capability that is not enabled for this tenant or scenario, so Entra ID stopped. The public description only says that the feature is disabled and does not name it; the missing feature is usually visible in the error text the app received or in the sign-in log details.",
      "action": [
        "Open the sign-in event and read the failure reason and additional details to learn which feature is involved.",
        "Compare with recent tenant changes (authentication methods, cross-tenant settings, preview features) that might have disabled it.",
        "If the feature cannot be identified, collect the correlation ID and timestamp and open a support request."
      ]
    },
    "ja": {
      "title": "要求が、無効になっている機能に依存していました",
      "explanation": "このサインインには、テナントまたはこのシナリオで有効になっていない機能が必要だったため、Entra ID が処理を止めました。公開されている説明は「機能が無効」というだけで、具体的な機能名は示されていません。どの機能かは、アプリが受け取ったエラー文やサインイン ログの詳細に表れることが多いです。",
      "action": [
        "サインイン イベントを開き、失敗理由と追加の詳細からどの機能が関係しているかを確認します。",
        "認証方法、テナント間アクセス設定、プレビュー機能など、最近のテナント設定変更で無効化されたものがないか照らし合わせます。",
        "機能が特定できない場合は、相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 51001,
    "identifier": "DomainHintMustbePresent",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "A domain hint was required with the on-premises identifier but was missing",
      "explanation": "The request identified the user by an on-premises value (an on-premises security identifier or on-premises UPN) without also saying which domain it belongs to. Entra ID needs a domain hint in that case to find the right tenant and user. The problem is in how the calling app builds its request.",
      "action": [
        "Identify the app in the sign-in log and check which hint parameters it sends.",
        "Have the developer add the domain_hint parameter (the organization domain) whenever an on-premises SID or UPN is used as the hint, or switch to the cloud UPN.",
        "Retest the sign-in and confirm the event now succeeds."
      ]
    },
    "ja": {
      "title": "オンプレミスの識別子と一緒に必要なドメイン ヒントがありませんでした",
      "explanation": "要求がユーザーをオンプレミスの値 (オンプレミスのセキュリティ識別子やオンプレミスの UPN) で指定していましたが、どのドメインに属するかが示されていませんでした。この場合、Entra ID が正しいテナントとユーザーを見つけるにはドメイン ヒントが必要です。原因は呼び出し側アプリの要求の組み立て方にあります。",
      "action": [
        "サインイン ログで対象アプリを特定し、どのヒント パラメーターを送っているか確認します。",
        "オンプレミスの SID や UPN をヒントに使う場合は domain_hint (組織のドメイン) も付けるか、クラウドの UPN を使うよう開発者に修正を依頼します。",
        "修正後にサインインを再テストし、イベントが成功することを確認します。"
      ]
    }
  },
  {
    "code": 51004,
    "identifier": "UserAccountNotInDirectory",
    "outcome": "failure",
    "category": "account-state",
    "actor": "tenant-admin",
    "en": {
      "title": "The account does not exist in the tenant the app signed in to",
      "explanation": "The user was authenticated against a directory in which the account does not exist. Most often the app sent the user to the wrong tenant, or the user belongs to another organization and was never invited as a guest. It can also follow a deleted or not-yet-synchronized account.",
      "action": [
        "Compare the Home tenant and Resource tenant fields of the sign-in event to see which directory was targeted.",
        "If the person should have access, add them as a guest (Entra admin center > Users > New user > Invite external user) or check that their account was synchronized.",
        "If the wrong tenant was targeted, have the app owner fix the authority or tenant ID the app uses.",
        "Ask the user to confirm they are using the intended account and not a personal or other work account."
      ]
    },
    "ja": {
      "title": "アプリがサインインしたテナントに、そのアカウントが存在しません",
      "explanation": "ユーザーは、自分のアカウントが存在しないディレクトリに対して認証されました。多いのは、アプリが誤ったテナントにユーザーを送ったケースや、ユーザーが別組織の人でゲストとして招待されていないケースです。アカウントが削除された、またはまだ同期されていない場合にも発生します。",
      "action": [
        "サインイン イベントのホーム テナントとリソース テナントを比べ、どのディレクトリが対象になったか確認します。",
        "アクセスを許可すべき相手であれば、Microsoft Entra 管理センター > ユーザー > 新しいユーザー > 外部ユーザーの招待 でゲストとして追加するか、アカウントが同期済みか確認します。",
        "テナントの指定が誤っている場合は、アプリが使う authority やテナント ID を修正するようアプリの所有者に依頼します。",
        "個人用アカウントや別の職場アカウントではなく、想定したアカウントでサインインしているかユーザーに確認します。"
      ]
    }
  }
];
