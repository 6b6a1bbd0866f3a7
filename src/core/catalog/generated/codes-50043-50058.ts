// GENERATED from src/core/catalog/data/codes-50043-50058.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50043,
    "identifier": "UnableToGeneratePairwiseIdentifierWithMultipleSalts",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "tenant-admin",
    "en": {
      "title": "A pairwise (per-app) identifier could not be generated because more than one salt was found",
      "explanation": "Entra ID builds some user identifiers separately for each application (pairwise identifiers) from a salt, and here it found several candidate salts instead of exactly one, so it could not decide which to use. Microsoft does not document this case further; it is rare and looks like an inconsistency inside the service rather than a user or configuration mistake.",
      "action": [
        "Note the application and the user from the sign-in log and check whether the error is limited to one application.",
        "Check the Audit logs for recent changes to that application's registration or service principal, such as duplicates created by a migration or script.",
        "Open a Microsoft support request with the correlation ID and timestamp, since the salts cannot be managed from the portal."
      ]
    },
    "ja": {
      "title": "ソルトが複数見つかったためペアワイズ (アプリ単位) の識別子を生成できなかった",
      "explanation": "Entra ID はアプリごとに異なるユーザー識別子 (ペアワイズ識別子) をソルトから生成しますが、ここでは 1 つのはずのソルトが複数見つかり、どれを使うか決められませんでした。Microsoft はこのケースについて詳しく説明しておらず、まれなエラーで、ユーザーや設定の誤りではなくサービス内部の不整合と考えられます。",
      "action": [
        "サインイン ログから対象のアプリとユーザーを控え、特定のアプリケーションだけで起きているか確認します。",
        "監査ログで、そのアプリの登録やサービス プリンシパルに最近の変更 (移行やスクリプトによる重複作成など) がないか確認します。",
        "ソルトはポータルから管理できないため、相関 ID と日時を添えて Microsoft サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50048,
    "identifier": "SubjectMismatchesIssuer",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "In the client assertion, the subject (sub) does not match the issuer (iss)",
      "explanation": "An application authenticated with a signed client assertion (a JWT), and the sub and iss claims in it differ. For client assertions both must contain the application's client ID, so Entra ID rejects the request. This is a bug in how the app or its library builds the assertion.",
      "action": [
        "Decode the assertion locally and confirm that iss and sub both equal the application (client) ID of the app registration.",
        "Check that aud is the token endpoint of the tenant and that exp is only a few minutes in the future.",
        "Developer: let MSAL build the assertion from the certificate instead of assembling the JWT by hand."
      ]
    },
    "ja": {
      "title": "クライアント アサーションのサブジェクト (sub) が発行者 (iss) と一致しない",
      "explanation": "アプリケーションが署名付きのクライアント アサーション (JWT) で認証しましたが、その中の sub と iss のクレームが異なっていました。クライアント アサーションではどちらにもアプリのクライアント ID を入れる必要があるため、Entra ID は要求を拒否します。アプリまたはライブラリでのアサーションの組み立て方の不具合です。",
      "action": [
        "アサーションを手元でデコードし、iss と sub の両方がアプリの登録のアプリケーション (クライアント) ID になっているか確認します。",
        "aud がテナントのトークン エンドポイントになっているか、exp が数分先の時刻になっているかも確認します。",
        "開発者: JWT を手作業で組み立てず、証明書を渡して MSAL にアサーションを作成させます。"
      ]
    }
  },
  {
    "code": 50049,
    "identifier": "NoSuchInstanceForDiscovery",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The authority host used for discovery is unknown or invalid",
      "explanation": "The authentication library asked Entra ID to validate or discover an authority (the sign-in host and tenant), and the instance it named is not one Entra ID knows. This usually means a typo in the authority URL, a host from a different cloud (for example a government or China cloud host used against the public cloud), or a custom domain used as the authority.",
      "action": [
        "Developer: check the authority host in the app configuration, for example login.microsoftonline.com for the global cloud and the matching host for national clouds.",
        "Make sure the tenant and the app registration live in the same cloud as the authority host.",
        "Update the authentication library; old versions may not know newer authority hosts."
      ]
    },
    "ja": {
      "title": "探索 (ディスカバリー) に使われた機関のホストが不明または無効",
      "explanation": "認証ライブラリが機関 (サインインのホストとテナント) の検証や探索を Entra ID に求めましたが、指定されたインスタンスは Entra ID が認識できないものでした。機関 URL の入力ミス、別のクラウドのホストの指定 (政府機関向けや中国向けクラウドのホストをパブリック クラウドに対して使うなど)、独自ドメインを機関として使った、といった原因が一般的です。",
      "action": [
        "開発者: アプリ設定の機関のホストを確認します。グローバル クラウドなら login.microsoftonline.com、各国のクラウドならそれぞれのホストです。",
        "テナントとアプリの登録が、機関のホストと同じクラウドにあるか確認します。",
        "認証ライブラリを更新します。古いバージョンは新しい機関のホストを認識できないことがあります。"
      ]
    }
  },
  {
    "code": 50050,
    "identifier": "MalformedDiscoveryRequest",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The discovery (metadata) request was malformed",
      "explanation": "A request to one of the Entra ID discovery or metadata endpoints was not formed correctly, for example with a broken URL, missing or invalid parameters, or an unsupported combination of values. It is a client-side problem, usually in custom code or an outdated library.",
      "action": [
        "Developer: capture the failing request and compare it with the documented form of the endpoint, such as https://login.microsoftonline.com/<tenant>/v2.0/.well-known/openid-configuration.",
        "Check for stray characters, double slashes or wrong query parameters added by configuration.",
        "Update the authentication library, or switch custom discovery code to MSAL."
      ]
    },
    "ja": {
      "title": "探索 (メタデータ) の要求の形式が正しくない",
      "explanation": "Entra ID の探索またはメタデータのエンドポイントへの要求が正しい形式ではありませんでした。URL の崩れ、パラメーターの欠落や不正な値、サポートされない値の組み合わせなどが考えられます。クライアント側の問題で、多くは独自実装のコードや古いライブラリが原因です。",
      "action": [
        "開発者: 失敗した要求を取得し、https://login.microsoftonline.com/<テナント>/v2.0/.well-known/openid-configuration など、エンドポイントの正しい形式と比較します。",
        "設定によって余分な文字、二重のスラッシュ、誤ったクエリ パラメーターが付いていないか確認します。",
        "認証ライブラリを更新するか、独自の探索処理を MSAL に置き換えます。"
      ]
    }
  },
  {
    "code": 50053,
    "identifier": "IdsLocked",
    "outcome": "failure",
    "category": "throttling-lockout",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Account temporarily locked by Smart Lockout, or sign-in blocked from a malicious IP address",
      "explanation": "Microsoft gives two causes for this code: either the account was locked by Entra ID Smart Lockout after too many sign-ins with a wrong user ID or password, or the request came from an IP address known for malicious activity. The Failure reason in the sign-in log tells which one applies. A Smart Lockout ends on its own after the lockout period, which grows if failures continue.",
      "action": [
        "Read the Failure reason of the sign-in to see whether it was a lockout or a blocked IP address.",
        "Check the IP addresses and locations of the failed attempts: scattered unknown sources suggest an attack, while one known device usually has an old password saved.",
        "For a real user, have them wait out the lockout or reset the password with self-service password reset, then update passwords saved on phones and apps.",
        "Review Smart Lockout settings in Protection > Authentication methods > Password protection; in hybrid setups keep the threshold below the on-premises AD lockout threshold."
      ]
    },
    "ja": {
      "title": "スマート ロックアウトによる一時的なロック、または悪意のある IP アドレスからのサインインをブロック",
      "explanation": "Microsoft はこのコードの原因として 2 つを挙げています。誤ったユーザー ID やパスワードでのサインインが続いたため Entra ID のスマート ロックアウトでアカウントがロックされた場合と、悪意のある活動で知られる IP アドレスからの要求だった場合です。どちらに当たるかは、サインイン ログの [失敗の理由] でわかります。スマート ロックアウトはロックアウト期間が過ぎると自動的に解除されますが、失敗が続くと期間が延びます。",
      "action": [
        "サインインの [失敗の理由] を開き、ロックアウトか IP アドレスのブロックかを確認します。",
        "失敗した試行の IP アドレスと場所を確認します。見知らぬ送信元がばらばらなら攻撃、特定の端末だけなら古いパスワードが保存されたままのことが多いです。",
        "正規のユーザーであれば、ロックアウト期間が過ぎるのを待つか、セルフサービス パスワード リセットでパスワードを変更してもらい、スマートフォンやアプリに保存したパスワードも更新してもらいます。",
        "[保護] > [認証方法] > [パスワード保護] でスマート ロックアウトの設定を見直します。ハイブリッド環境では、しきい値をオンプレミス AD のロックアウトしきい値より小さくしておきます。"
      ]
    }
  },
  {
    "code": 50054,
    "identifier": "InvalidPasswordLastPasswordUsed",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "The user entered their previous password instead of the current one",
      "explanation": "The identifier indicates that the password entered was not the current password but matched the one used before it. This typically happens shortly after a password change or reset, when the user forgets the new password or a phone, mail client or saved credential still holds the old one. The code is not in Microsoft's public reference list; it comes from the error table of the sign-in page.",
      "action": [
        "Remind the user that the password was changed recently and ask them to use the new one.",
        "Ask the user to update the password saved on phones, mail apps, Wi-Fi profiles and credential managers.",
        "If the user no longer knows the new password, use self-service password reset or a helpdesk reset (Users > select the user > Reset password).",
        "Watch for repeated failures from the same device, which can end in a Smart Lockout (50053)."
      ]
    },
    "ja": {
      "title": "現在のパスワードではなく以前のパスワードが入力された",
      "explanation": "識別子からは、入力されたパスワードが現在のものではなく、その 1 つ前のパスワードと一致したことがわかります。パスワードの変更やリセットの直後に、新しいパスワードを忘れた場合や、スマートフォン、メール クライアント、保存済みの資格情報に古いパスワードが残っている場合によく起こります。Microsoft の公開リファレンスには載っておらず、サインイン ページのエラー表に由来するコードです。",
      "action": [
        "最近パスワードを変更したことをユーザーに伝え、新しいパスワードを使うよう案内します。",
        "スマートフォン、メール アプリ、Wi-Fi のプロファイル、資格情報マネージャーに保存したパスワードを更新してもらいます。",
        "新しいパスワードがわからない場合は、セルフサービス パスワード リセットか、ヘルプデスクによるリセット ([ユーザー] > 対象ユーザー > [パスワードのリセット]) を行います。",
        "同じ端末からの失敗が続くとスマート ロックアウト (50053) につながるため、注意して見ておきます。"
      ]
    }
  },
  {
    "code": 50055,
    "identifier": "InvalidPasswordExpiredPassword",
    "outcome": "interrupted",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "The password has expired and must be changed",
      "explanation": "The user's password in Entra ID has passed its expiration date under the tenant's password expiration policy. Interactive sign-ins stop so the user can set a new password; apps that sign in without a prompt keep failing until the password is changed. For synchronized accounts whose on-premises password expired, see code 50144 instead.",
      "action": [
        "Ask the user to change the password when prompted at sign-in, or via My Account (https://myaccount.microsoft.com) > Password.",
        "If the user cannot change it, reset it from Entra admin center > Users > select the user > Reset password.",
        "Check the password expiration policy in the Microsoft 365 admin center (Settings > Org settings > Security & privacy > Password expiration policy) if expirations are unexpected."
      ]
    },
    "ja": {
      "title": "パスワードの有効期限が切れており変更が必要",
      "explanation": "テナントのパスワード有効期限ポリシーにより、Entra ID 上のユーザーのパスワードが期限切れになりました。対話型のサインインでは新しいパスワードを設定できるよう中断され、画面を出さずにサインインするアプリはパスワードを変更するまで失敗し続けます。オンプレミスのパスワードが期限切れになった同期アカウントの場合は、コード 50144 を参照してください。",
      "action": [
        "サインイン時の画面、またはマイ アカウント (https://myaccount.microsoft.com) の [パスワード] からパスワードを変更するよう案内します。",
        "ユーザー自身で変更できない場合は、Microsoft Entra 管理センターの [ユーザー] > 対象ユーザー > [パスワードのリセット] でリセットします。",
        "想定外に期限切れが起きている場合は、Microsoft 365 管理センターの [設定] > [組織設定] > [セキュリティとプライバシー] > [パスワードの有効期限ポリシー] を確認します。"
      ]
    }
  },
  {
    "code": 50056,
    "identifier": "InvalidPasswordNullPassword",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "No password is stored for the user, or an empty password was sent",
      "explanation": "Entra ID had no password to check for this account, or the request arrived with an empty password. Accounts can lack a cloud password when they were created for passwordless use only, or when a synchronized user has no password hash and no on-premises validation. Often the client simply retried without a password, and asking the user to enter it again is enough.",
      "action": [
        "Ask the user to sign in again and type the password.",
        "Check how the account is meant to authenticate: Users > select the user > Authentication methods, and for synchronized users whether password hash sync or pass-through authentication is set up.",
        "If the account really has no password and needs one, set it with Reset password.",
        "If the failures come from a script or legacy client (see Client app in the sign-in log), fix that client so it sends credentials correctly or uses modern authentication."
      ]
    },
    "ja": {
      "title": "ユーザーのパスワードが保存されていない、または空のパスワードが送られた",
      "explanation": "このアカウントについて Entra ID が照合できるパスワードがなかったか、要求に空のパスワードが含まれていました。パスワードレス専用として作成したアカウントや、パスワード ハッシュがなくオンプレミスでの検証もない同期ユーザーでは、クラウドのパスワードが存在しないことがあります。クライアントがパスワードなしで再試行しただけのことも多く、その場合はパスワードを入力し直せば解決します。",
      "action": [
        "もう一度サインインしてパスワードを入力するようユーザーに依頼します。",
        "アカウントの想定している認証方法を確認します。[ユーザー] > 対象ユーザー > [認証方法] を開き、同期ユーザーであればパスワード ハッシュ同期またはパススルー認証が構成されているかも確認します。",
        "本当にパスワードがなく、パスワードが必要なアカウントであれば、[パスワードのリセット] で設定します。",
        "スクリプトやレガシ クライアントからの失敗であれば (サインイン ログの [クライアント アプリ] で確認)、資格情報を正しく送るかモダン認証を使うようにクライアントを修正します。"
      ]
    }
  },
  {
    "code": 50057,
    "identifier": "UserDisabled",
    "outcome": "failure",
    "category": "account-state",
    "actor": "helpdesk-admin",
    "en": {
      "title": "The user account is disabled",
      "explanation": "Sign-in is blocked for this account: it is disabled in Entra ID, or, for a synchronized account, disabled in on-premises Active Directory and synced up. This is expected for people who have left; for active staff it means someone disabled the account, deliberately or by mistake. Repeated attempts against a disabled account can come from a device still configured with it, or from an attacker.",
      "action": [
        "Entra admin center > Users > select the user: check whether Account enabled is off (sign-in blocked).",
        "Look in the Audit logs for Disable account or Update user entries to find who changed it and when.",
        "For synchronized users, re-enable the account in on-premises AD (Active Directory Users and Computers or Enable-ADAccount) and wait for the next sync; changing it only in the cloud will be overwritten.",
        "If the person has left, find the device or app still trying to sign in (IP address, client app) and remove the account from it."
      ]
    },
    "ja": {
      "title": "ユーザー アカウントが無効になっている",
      "explanation": "このアカウントはサインインがブロックされています。Entra ID で無効化されているか、同期アカウントであればオンプレミスの Active Directory で無効化され、その状態が同期されています。退職者であれば想定どおりですが、在籍中のユーザーであれば、誰かが意図的に、または誤って無効化したことになります。無効なアカウントに対する試行が繰り返される場合は、そのアカウントが設定されたままの端末か、攻撃者によるものが考えられます。",
      "action": [
        "Microsoft Entra 管理センターの [ユーザー] で対象ユーザーを開き、[アカウントの有効化] がオフ (サインインのブロック) になっていないか確認します。",
        "監査ログで [アカウントの無効化] や [ユーザーの更新] を検索し、誰がいつ変更したかを確認します。",
        "同期ユーザーの場合は、オンプレミス AD (Active Directory ユーザーとコンピューター、または Enable-ADAccount) でアカウントを有効にし、次回の同期を待ちます。クラウド側だけで変更しても上書きされます。",
        "退職者の場合は、IP アドレスやクライアント アプリから今もサインインを試みている端末やアプリを特定し、アカウントを削除します。"
      ]
    }
  },
  {
    "code": 50058,
    "identifier": "UserInformationNotProvided",
    "outcome": "interrupted",
    "category": "token-protocol",
    "actor": "user",
    "en": {
      "title": "Silent sign-in found no signed-in user; an interactive sign-in is needed",
      "explanation": "The app tried to sign the user in without showing anything (for example prompt=none or a silent token request), but there was no usable session: the user had not signed in yet, or the session cookie was missing, expired or blocked by the browser. This is very common and expected, and the app should switch to an interactive sign-in. It only matters when users end up stuck.",
      "action": [
        "Check the Sign-in logs for a successful interactive sign-in by the same user shortly afterwards; if present, no action is needed.",
        "If one user keeps failing, check whether the browser blocks third-party cookies or uses strict tracking prevention, which breaks silent sign-in in hidden frames.",
        "Developer: when the response is interaction_required or login_required, start an interactive sign-in instead of retrying silently.",
        "For Windows desktop apps, check device single sign-on with dsregcmd /status (AzureAdPrt should be YES)."
      ]
    },
    "ja": {
      "title": "サイレント サインインでサインイン済みのユーザーが見つからず、対話型サインインが必要",
      "explanation": "アプリが画面を表示せずにサインインさせようとしましたが (prompt=none やサイレントのトークン要求など)、使えるセッションがありませんでした。ユーザーがまだサインインしていないか、セッションの Cookie がない、期限切れ、またはブラウザーにブロックされていたためです。ごく一般的で想定どおりの動作で、アプリは対話型サインインに切り替えるべきです。問題になるのは、ユーザーが先に進めなくなった場合だけです。",
      "action": [
        "サインイン ログで、直後に同じユーザーの対話型サインインが成功しているか確認します。成功していれば対応は不要です。",
        "特定のユーザーで失敗が続く場合は、ブラウザーがサードパーティ Cookie をブロックしていないか、厳格な追跡防止が有効になっていないか確認します。非表示フレームでのサイレント サインインが動かなくなります。",
        "開発者: interaction_required や login_required が返ったら、サイレントの再試行を繰り返さず対話型サインインを開始します。",
        "Windows のデスクトップ アプリの場合は、dsregcmd /status でデバイスの SSO の状態を確認します (AzureAdPrt が YES であること)。"
      ]
    }
  }
];
