// GENERATED from src/core/catalog/data/codes-50123-50132.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50123,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "An unknown claims transformation method is configured for the application",
      "explanation": "The claims configuration of an application (principal) names a transformation method that Entra ID does not recognize, so the token cannot be produced. Like the other 501xx claims errors, it usually comes from a hand-edited claims mapping policy or an unsupported value in the app's claim settings.",
      "action": [
        "Read the method name and principal ID in the error details.",
        "Review the claims mapping policy or Attributes & Claims transformations for that application and replace the method with a supported one.",
        "Save the corrected configuration and test again with an affected user."
      ]
    },
    "ja": {
      "title": "アプリケーションに不明なクレーム変換メソッドが構成されている",
      "explanation": "アプリケーション (プリンシパル) のクレーム構成で、Entra ID が認識できない変換メソッドが指定されているため、トークンを作成できません。他の 501xx 番台のクレームのエラーと同様、手作業で編集したクレーム マッピング ポリシーや、アプリのクレーム設定にあるサポート外の値が主な原因です。",
      "action": [
        "エラーの詳細で、メソッド名とプリンシパル ID を確認します。",
        "そのアプリのクレーム マッピング ポリシー、または [属性とクレーム] の変換を確認し、サポートされているメソッドに置き換えます。",
        "修正した構成を保存し、影響を受けたユーザーで再テストします。"
      ]
    }
  },
  {
    "code": 50124,
    "identifier": "ClaimsTransformationInvalidInputParameter",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "A claims transformation for the app has an invalid input or regular expression",
      "explanation": "A claims transformation configured for the application cannot run because one of its inputs is invalid. Earlier Microsoft text spoke of an invalid input parameter; the current text points to an invalid regular expression in the transformation. Sign-ins to that app fail for every user the transformation applies to.",
      "action": [
        "Open Enterprise applications > the app > Single sign-on > Attributes & Claims and review each transformation, especially RegexReplace and similar ones.",
        "Test the regular expression separately and check that every input refers to an attribute that exists.",
        "Make sure the Unique User Identifier (Name ID) has a valid source attribute, since a missing one produces a related error (501241).",
        "Save and retest with Test single sign-on."
      ]
    },
    "ja": {
      "title": "アプリのクレーム変換の入力値または正規表現が無効",
      "explanation": "アプリケーションに構成されたクレーム変換の入力の一部が無効なため、変換を実行できません。以前の Microsoft の説明では無効な入力パラメーター、現在の説明では変換内の無効な正規表現とされています。変換が適用されるすべてのユーザーで、そのアプリへのサインインが失敗します。",
      "action": [
        "[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] で、各変換 (特に RegexReplace など) を確認します。",
        "正規表現を単独でテストし、すべての入力が存在する属性を参照しているか確認します。",
        "一意のユーザー識別子 (名前 ID) に有効なソース属性が設定されているか確認します。ない場合は関連するエラー (501241) になります。",
        "保存したら、[テスト] でシングル サインオンを再確認します。"
      ]
    }
  },
  {
    "code": 50125,
    "identifier": "PasswordResetRegistrationRequiredInterrupt",
    "outcome": "interrupted",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "Sign-in paused for password reset registration or a password reset step",
      "explanation": "The sign-in stopped so the user could register, or reconfirm, the information used for self-service password reset, or because the user entered a password reset step. It is expected when the tenant requires registration at sign-in or asks users to reconfirm their details periodically, and a success normally follows.",
      "action": [
        "Ask the user to complete the registration screen; no admin action is needed if a success follows.",
        "Review Protection > Password reset > Registration: Require users to register when signing in, and the number of days before users must reconfirm.",
        "If a user cannot complete the registration, check their registered methods under Users > select the user > Authentication methods."
      ]
    },
    "ja": {
      "title": "パスワード リセットの登録またはリセット手続きのためにサインインを中断",
      "explanation": "セルフサービス パスワード リセットに使う情報の登録や再確認をユーザーに求めるため、またはユーザーがパスワード リセットの手続きに入ったため、サインインが中断されました。テナントでサインイン時の登録を必須にしている場合や、定期的な再確認を求めている場合には想定どおりの動作で、通常は成功サインインが続きます。",
      "action": [
        "表示された登録画面を完了するようユーザーに案内します。成功サインインが続いていれば管理者の対応は不要です。",
        "[保護] > [パスワード リセット] > [登録] で、サインイン時に登録を求める設定と、再確認までの日数を確認します。",
        "登録を完了できないユーザーがいる場合は、[ユーザー] > 対象ユーザー > [認証方法] で登録済みの方法を確認します。"
      ]
    }
  },
  {
    "code": 50126,
    "identifier": "InvalidUserNameOrPassword",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "Invalid user name or password",
      "explanation": "The user name or password did not validate; for federated or pass-through users this includes a rejection by the on-premises directory. It is the most common sign-in failure and a certain level is normal. Spikes across many accounts from a few IP addresses usually mean password spraying, while one user failing again and again usually has an old password saved somewhere.",
      "action": [
        "Ask the user to retry carefully, or to reset the password with self-service password reset.",
        "Look at the IP addresses, locations and Client app of the failures to separate user mistakes and stale devices from attacks.",
        "For hybrid users, confirm that recent password changes reached Entra ID (password hash sync or the pass-through authentication agents).",
        "For many accounts failing from unfamiliar addresses, review Identity Protection risky sign-ins, Smart Lockout, and block legacy authentication with Conditional Access."
      ]
    },
    "ja": {
      "title": "ユーザー名またはパスワードが正しくない",
      "explanation": "ユーザー名またはパスワードの検証に失敗しました。フェデレーションやパススルー認証のユーザーでは、オンプレミスのディレクトリで拒否された場合も含まれます。最もよく見られるサインインの失敗で、ある程度の件数は正常です。少数の IP アドレスから多数のアカウントで急増している場合はパスワード スプレー攻撃、特定の 1 人が何度も失敗している場合はどこかに古いパスワードが保存されていることが多いです。",
      "action": [
        "慎重に入力し直すか、セルフサービス パスワード リセットでパスワードをリセットするようユーザーに案内します。",
        "失敗の IP アドレス、場所、[クライアント アプリ] を確認し、入力ミスや古い設定の端末と攻撃とを見分けます。",
        "ハイブリッドのユーザーでは、最近のパスワード変更が Entra ID に反映されているか (パスワード ハッシュ同期やパススルー認証エージェント) を確認します。",
        "見慣れない送信元から多数のアカウントで失敗している場合は、Identity Protection のリスクの高いサインイン、スマート ロックアウトを確認し、条件付きアクセスでレガシ認証をブロックします。"
      ]
    }
  },
  {
    "code": 50127,
    "identifier": "BrokerAppNotInstalled",
    "outcome": "interrupted",
    "category": "device",
    "actor": "user",
    "en": {
      "title": "A broker app must be installed before this resource can be used",
      "explanation": "A Conditional Access requirement, such as an approved client app, an app protection policy or a compliant device, or the app itself needs a broker app on the mobile device: Microsoft Authenticator on iOS or Company Portal on Android. The broker is not installed, so the user is asked to install it. This is expected the first time a user signs in on a new phone.",
      "action": [
        "Ask the user to install Microsoft Authenticator (iOS) or Company Portal (Android) from the app store, then sign in again.",
        "Check the Conditional Access tab to see which policy needs the broker (approved client app, app protection policy or compliant device).",
        "On managed devices, make sure the app store or your MDM allows installing the broker app."
      ]
    },
    "ja": {
      "title": "このリソースを使うにはブローカー アプリのインストールが必要",
      "explanation": "承認済みクライアント アプリ、アプリ保護ポリシー、準拠デバイスなどの条件付きアクセスの要件、またはアプリ自体が、モバイル デバイス上のブローカー アプリ (iOS では Microsoft Authenticator、Android では ポータル サイト) を必要としています。ブローカーがインストールされていないため、インストールを求める画面が表示されます。新しいスマートフォンで初めてサインインするときには想定どおりの動作です。",
      "action": [
        "App Store または Google Play から Microsoft Authenticator (iOS) または ポータル サイト (Android) をインストールし、もう一度サインインするよう案内します。",
        "[条件付きアクセス] タブで、ブローカーを必要としたポリシー (承認済みクライアント アプリ、アプリ保護ポリシー、準拠デバイス) を確認します。",
        "管理対象のデバイスでは、アプリ ストアや MDM の設定でブローカー アプリをインストールできるか確認します。"
      ]
    }
  },
  {
    "code": 50128,
    "identifier": "InvalidDomainName",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "user",
    "en": {
      "title": "Invalid domain name: no tenant could be identified from the request or the account",
      "explanation": "Entra ID could not tell which tenant to use, either from the request or from the user name that was entered. Usually the domain part of the user name is mistyped or is not registered in any tenant, or the app sent a generic request with an account from a consumer domain. Nothing is wrong with the account itself in that case.",
      "action": [
        "Ask the user to check the domain part of their user name (after the @) for typos.",
        "Confirm that the domain is added and verified in Entra admin center > Settings > Domain names.",
        "Developer: use a tenant-specific authority, or pass a domain hint, when the app serves only one organization."
      ]
    },
    "ja": {
      "title": "ドメイン名が無効 (要求やアカウントからテナントを特定できない)",
      "explanation": "要求からも入力されたユーザー名からも、Entra ID はどのテナントを使うか判断できませんでした。多くはユーザー名のドメイン部分の入力ミスか、どのテナントにも登録されていないドメインです。アプリが共通の要求をコンシューマー向けドメインのアカウントで送った場合にも起こります。この場合、アカウント自体に問題はありません。",
      "action": [
        "ユーザー名の @ 以降のドメイン部分に入力ミスがないか確認してもらいます。",
        "Microsoft Entra 管理センターの [設定] > [ドメイン名] で、そのドメインが追加され検証済みになっているか確認します。",
        "開発者: 1 つの組織だけで使うアプリであれば、テナント固有の機関を使うか、ドメインのヒントを渡します。"
      ]
    }
  },
  {
    "code": 50129,
    "identifier": "DeviceIsNotWorkplaceJoined",
    "outcome": "interrupted",
    "category": "device",
    "actor": "user",
    "en": {
      "title": "The device must be registered (workplace joined) before access is allowed",
      "explanation": "Access requires a device known to Entra ID, for example because a Conditional Access policy requires a registered or compliant device, and this device is not registered. The user is asked to register it (historically called workplace join). It is expected the first time an unregistered device is used.",
      "action": [
        "Ask the user to register the device: on Windows via Settings > Accounts > Access work or school > Connect; on iOS and Android through Microsoft Authenticator or Company Portal; on macOS through Company Portal.",
        "Check Devices > Device settings: users must be allowed to register devices, and the per-user device limit must not be reached.",
        "After registration, confirm the device appears in Devices > All devices and have the user sign in again."
      ]
    },
    "ja": {
      "title": "アクセスの前にデバイスの登録 (社内参加) が必要",
      "explanation": "登録済みデバイスや準拠デバイスを求める条件付きアクセス ポリシーなどにより、Entra ID が認識しているデバイスでなければアクセスできませんが、このデバイスは登録されていません。そのため、デバイスの登録 (以前の呼び方では社内参加) を求める画面が表示されます。未登録のデバイスを初めて使うときには想定どおりの動作です。",
      "action": [
        "デバイスを登録してもらいます。Windows では [設定] > [アカウント] > [職場または学校にアクセスする] > [接続]、iOS や Android では Microsoft Authenticator または ポータル サイト、macOS では ポータル サイトから行います。",
        "[デバイス] > [デバイスの設定] で、ユーザーによるデバイス登録が許可されているか、ユーザーあたりのデバイス数の上限に達していないかを確認します。",
        "登録後、[デバイス] > [すべてのデバイス] にデバイスが表示されることを確認し、もう一度サインインしてもらいます。"
      ]
    }
  },
  {
    "code": 50130,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "A claim value could not be interpreted as a known authentication method",
      "explanation": "The request, or a token from a federated identity provider, contained authentication method values that Entra ID does not recognize, so it cannot decide how the user authenticated. It is rare and usually comes from custom requests or from identity providers that send non-standard method references.",
      "action": [
        "Read the values listed in the error message.",
        "If the app sends them (for example in a claims or acr-related parameter), use only values documented by Microsoft.",
        "If a federated identity provider sends them, check its claim rules for the authentication methods claim, for example that MFA is expressed as http://schemas.microsoft.com/claims/multipleauthn."
      ]
    },
    "ja": {
      "title": "クレームの値を既知の認証方法として解釈できない",
      "explanation": "要求、またはフェデレーション ID プロバイダーからのトークンに、Entra ID が認識できない認証方法の値が含まれていたため、ユーザーがどのように認証したかを判断できませんでした。まれなエラーで、独自の要求や、標準外の認証方法の参照を送る ID プロバイダーから起こることが多いです。",
      "action": [
        "エラー メッセージに示された値を確認します。",
        "アプリがその値を送っている場合 (claims や acr 関連のパラメーターなど) は、Microsoft が公開している値だけを使います。",
        "フェデレーション ID プロバイダーが送っている場合は、認証方法のクレームを出す要求規則を確認します。たとえば MFA は http://schemas.microsoft.com/claims/multipleauthn で表す必要があります。"
      ]
    }
  },
  {
    "code": 50131,
    "identifier": "ConditionalAccessFailed",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "tenant-admin",
    "en": {
      "title": "Access was blocked by a Conditional Access or security decision",
      "explanation": "This general code covers several Conditional Access and security outcomes, such as a Windows device in a bad state, a request blocked for suspicious activity, or an access or security policy decision. The sign-in's Conditional Access tab and Failure reason usually show what applied.",
      "action": [
        "Open the sign-in and check the Conditional Access tab for the policies that applied and their results.",
        "Check the Device info tab (join type, compliance) and, for Windows devices, the device state with dsregcmd /status.",
        "Check Protection > Identity Protection > Risky sign-ins for a risk detection on the same sign-in.",
        "Use the What If tool in Conditional Access to reproduce the decision before changing any policy."
      ]
    },
    "ja": {
      "title": "条件付きアクセスまたはセキュリティ上の判断によりアクセスがブロックされた",
      "explanation": "条件付きアクセスやセキュリティに関するさまざまな結果をまとめて表す汎用的なコードで、Windows デバイスの状態不良、不審なアクティビティによるブロック、アクセス ポリシーやセキュリティ ポリシーの判断などが含まれます。何が適用されたかは、通常サインインの [条件付きアクセス] タブと [失敗の理由] でわかります。",
      "action": [
        "サインインを開き、[条件付きアクセス] タブで適用されたポリシーとその結果を確認します。",
        "[デバイス情報] タブ (参加の種類、準拠状態) を確認し、Windows デバイスであれば dsregcmd /status でデバイスの状態を確認します。",
        "[保護] > [Identity Protection] > [リスクの高いサインイン] で、同じサインインにリスク検出がないか確認します。",
        "ポリシーを変更する前に、条件付きアクセスの What If ツールで判断を再現します。"
      ]
    }
  },
  {
    "code": 50132,
    "identifier": "SsoArtifactInvalidOrExpired",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "The single sign-on session is no longer valid (expired, or the password changed)",
      "explanation": "The session cookie or token used for single sign-on was rejected. Typical reasons are that the user's password expired or was changed recently, the session is too old for what the app requires, or a silent request arrived with a session that is no longer valid. The user has to sign in again.",
      "action": [
        "Ask the user to sign in again interactively.",
        "If the password was changed recently, have the user update it on other devices and apps as well.",
        "Developer: treat this like interaction required and show a sign-in prompt instead of retrying silently."
      ]
    },
    "ja": {
      "title": "シングル サインオンのセッションが無効 (期限切れ、またはパスワード変更)",
      "explanation": "シングル サインオンに使われたセッション Cookie やトークンが拒否されました。ユーザーのパスワードが期限切れになった、または最近変更された、アプリの求める条件に対してセッションが古すぎる、無効になったセッションでサイレントの要求が送られた、といった理由が典型的です。ユーザーはサインインし直す必要があります。",
      "action": [
        "対話型でもう一度サインインするようユーザーに案内します。",
        "最近パスワードを変更した場合は、他の端末やアプリのパスワードも更新してもらいます。",
        "開発者: 対話が必要な場合と同様に扱い、サイレントで再試行せずサインイン画面を表示します。"
      ]
    }
  }
];
