// AADSTS 50043–50078: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 50043,
    identifier: 'UnableToGeneratePairwiseIdentifierWithMultipleSalts',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'tenant-admin',
    en: {
      title: 'A pairwise (per-app) identifier could not be generated because more than one salt was found',
      explanation:
        'Entra ID builds some user identifiers separately for each application (pairwise identifiers) from a salt, and here it found several candidate salts instead of exactly one, so it could not decide which to use. Microsoft does not document this case further; it is rare and looks like an inconsistency inside the service rather than a user or configuration mistake.',
      action: [
        'Note the application and the user from the sign-in log and check whether the error is limited to one application.',
        'Check the Audit logs for recent changes to that application\'s registration or service principal, such as duplicates created by a migration or script.',
        'Open a Microsoft support request with the correlation ID and timestamp, since the salts cannot be managed from the portal.',
      ],
    },
    ja: {
      title: 'ソルトが複数見つかったためペアワイズ (アプリ単位) の識別子を生成できなかった',
      explanation:
        'Entra ID はアプリごとに異なるユーザー識別子 (ペアワイズ識別子) をソルトから生成しますが、ここでは 1 つのはずのソルトが複数見つかり、どれを使うか決められませんでした。Microsoft はこのケースについて詳しく説明しておらず、まれなエラーで、ユーザーや設定の誤りではなくサービス内部の不整合と考えられます。',
      action: [
        'サインイン ログから対象のアプリとユーザーを控え、特定のアプリケーションだけで起きているか確認します。',
        '監査ログで、そのアプリの登録やサービス プリンシパルに最近の変更 (移行やスクリプトによる重複作成など) がないか確認します。',
        'ソルトはポータルから管理できないため、相関 ID と日時を添えて Microsoft サポートに問い合わせます。',
      ],
    },
  },
  {
    code: 50048,
    identifier: 'SubjectMismatchesIssuer',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'In the client assertion, the subject (sub) does not match the issuer (iss)',
      explanation:
        'An application authenticated with a signed client assertion (a JWT), and the sub and iss claims in it differ. For client assertions both must contain the application\'s client ID, so Entra ID rejects the request. This is a bug in how the app or its library builds the assertion.',
      action: [
        'Decode the assertion locally and confirm that iss and sub both equal the application (client) ID of the app registration.',
        'Check that aud is the token endpoint of the tenant and that exp is only a few minutes in the future.',
        'Developer: let MSAL build the assertion from the certificate instead of assembling the JWT by hand.',
      ],
    },
    ja: {
      title: 'クライアント アサーションのサブジェクト (sub) が発行者 (iss) と一致しない',
      explanation:
        'アプリケーションが署名付きのクライアント アサーション (JWT) で認証しましたが、その中の sub と iss のクレームが異なっていました。クライアント アサーションではどちらにもアプリのクライアント ID を入れる必要があるため、Entra ID は要求を拒否します。アプリまたはライブラリでのアサーションの組み立て方の不具合です。',
      action: [
        'アサーションを手元でデコードし、iss と sub の両方がアプリの登録のアプリケーション (クライアント) ID になっているか確認します。',
        'aud がテナントのトークン エンドポイントになっているか、exp が数分先の時刻になっているかも確認します。',
        '開発者: JWT を手作業で組み立てず、証明書を渡して MSAL にアサーションを作成させます。',
      ],
    },
  },
  {
    code: 50049,
    identifier: 'NoSuchInstanceForDiscovery',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The authority host used for discovery is unknown or invalid',
      explanation:
        'The authentication library asked Entra ID to validate or discover an authority (the sign-in host and tenant), and the instance it named is not one Entra ID knows. This usually means a typo in the authority URL, a host from a different cloud (for example a government or China cloud host used against the public cloud), or a custom domain used as the authority.',
      action: [
        'Developer: check the authority host in the app configuration, for example login.microsoftonline.com for the global cloud and the matching host for national clouds.',
        'Make sure the tenant and the app registration live in the same cloud as the authority host.',
        'Update the authentication library; old versions may not know newer authority hosts.',
      ],
    },
    ja: {
      title: '探索 (ディスカバリー) に使われた機関のホストが不明または無効',
      explanation:
        '認証ライブラリが機関 (サインインのホストとテナント) の検証や探索を Entra ID に求めましたが、指定されたインスタンスは Entra ID が認識できないものでした。機関 URL の入力ミス、別のクラウドのホストの指定 (政府機関向けや中国向けクラウドのホストをパブリック クラウドに対して使うなど)、独自ドメインを機関として使った、といった原因が一般的です。',
      action: [
        '開発者: アプリ設定の機関のホストを確認します。グローバル クラウドなら login.microsoftonline.com、各国のクラウドならそれぞれのホストです。',
        'テナントとアプリの登録が、機関のホストと同じクラウドにあるか確認します。',
        '認証ライブラリを更新します。古いバージョンは新しい機関のホストを認識できないことがあります。',
      ],
    },
  },
  {
    code: 50050,
    identifier: 'MalformedDiscoveryRequest',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The discovery (metadata) request was malformed',
      explanation:
        'A request to one of the Entra ID discovery or metadata endpoints was not formed correctly, for example with a broken URL, missing or invalid parameters, or an unsupported combination of values. It is a client-side problem, usually in custom code or an outdated library.',
      action: [
        'Developer: capture the failing request and compare it with the documented form of the endpoint, such as https://login.microsoftonline.com/<tenant>/v2.0/.well-known/openid-configuration.',
        'Check for stray characters, double slashes or wrong query parameters added by configuration.',
        'Update the authentication library, or switch custom discovery code to MSAL.',
      ],
    },
    ja: {
      title: '探索 (メタデータ) の要求の形式が正しくない',
      explanation:
        'Entra ID の探索またはメタデータのエンドポイントへの要求が正しい形式ではありませんでした。URL の崩れ、パラメーターの欠落や不正な値、サポートされない値の組み合わせなどが考えられます。クライアント側の問題で、多くは独自実装のコードや古いライブラリが原因です。',
      action: [
        '開発者: 失敗した要求を取得し、https://login.microsoftonline.com/<テナント>/v2.0/.well-known/openid-configuration など、エンドポイントの正しい形式と比較します。',
        '設定によって余分な文字、二重のスラッシュ、誤ったクエリ パラメーターが付いていないか確認します。',
        '認証ライブラリを更新するか、独自の探索処理を MSAL に置き換えます。',
      ],
    },
  },
  {
    code: 50053,
    identifier: 'IdsLocked',
    outcome: 'failure',
    category: 'throttling-lockout',
    actor: 'helpdesk-admin',
    en: {
      title: 'Account temporarily locked by Smart Lockout, or sign-in blocked from a malicious IP address',
      explanation:
        'Microsoft gives two causes for this code: either the account was locked by Entra ID Smart Lockout after too many sign-ins with a wrong user ID or password, or the request came from an IP address known for malicious activity. The Failure reason in the sign-in log tells which one applies. A Smart Lockout ends on its own after the lockout period, which grows if failures continue.',
      action: [
        'Read the Failure reason of the sign-in to see whether it was a lockout or a blocked IP address.',
        'Check the IP addresses and locations of the failed attempts: scattered unknown sources suggest an attack, while one known device usually has an old password saved.',
        'For a real user, have them wait out the lockout or reset the password with self-service password reset, then update passwords saved on phones and apps.',
        'Review Smart Lockout settings in Protection > Authentication methods > Password protection; in hybrid setups keep the threshold below the on-premises AD lockout threshold.',
      ],
    },
    ja: {
      title: 'スマート ロックアウトによる一時的なロック、または悪意のある IP アドレスからのサインインをブロック',
      explanation:
        'Microsoft はこのコードの原因として 2 つを挙げています。誤ったユーザー ID やパスワードでのサインインが続いたため Entra ID のスマート ロックアウトでアカウントがロックされた場合と、悪意のある活動で知られる IP アドレスからの要求だった場合です。どちらに当たるかは、サインイン ログの [失敗の理由] でわかります。スマート ロックアウトはロックアウト期間が過ぎると自動的に解除されますが、失敗が続くと期間が延びます。',
      action: [
        'サインインの [失敗の理由] を開き、ロックアウトか IP アドレスのブロックかを確認します。',
        '失敗した試行の IP アドレスと場所を確認します。見知らぬ送信元がばらばらなら攻撃、特定の端末だけなら古いパスワードが保存されたままのことが多いです。',
        '正規のユーザーであれば、ロックアウト期間が過ぎるのを待つか、セルフサービス パスワード リセットでパスワードを変更してもらい、スマートフォンやアプリに保存したパスワードも更新してもらいます。',
        '[保護] > [認証方法] > [パスワード保護] でスマート ロックアウトの設定を見直します。ハイブリッド環境では、しきい値をオンプレミス AD のロックアウトしきい値より小さくしておきます。',
      ],
    },
  },
  {
    code: 50054,
    identifier: 'InvalidPasswordLastPasswordUsed',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'The user entered their previous password instead of the current one',
      explanation:
        'The identifier indicates that the password entered was not the current password but matched the one used before it. This typically happens shortly after a password change or reset, when the user forgets the new password or a phone, mail client or saved credential still holds the old one. The code is not in Microsoft\'s public reference list; it comes from the error table of the sign-in page.',
      action: [
        'Remind the user that the password was changed recently and ask them to use the new one.',
        'Ask the user to update the password saved on phones, mail apps, Wi-Fi profiles and credential managers.',
        'If the user no longer knows the new password, use self-service password reset or a helpdesk reset (Users > select the user > Reset password).',
        'Watch for repeated failures from the same device, which can end in a Smart Lockout (50053).',
      ],
    },
    ja: {
      title: '現在のパスワードではなく以前のパスワードが入力された',
      explanation:
        '識別子からは、入力されたパスワードが現在のものではなく、その 1 つ前のパスワードと一致したことがわかります。パスワードの変更やリセットの直後に、新しいパスワードを忘れた場合や、スマートフォン、メール クライアント、保存済みの資格情報に古いパスワードが残っている場合によく起こります。Microsoft の公開リファレンスには載っておらず、サインイン ページのエラー表に由来するコードです。',
      action: [
        '最近パスワードを変更したことをユーザーに伝え、新しいパスワードを使うよう案内します。',
        'スマートフォン、メール アプリ、Wi-Fi のプロファイル、資格情報マネージャーに保存したパスワードを更新してもらいます。',
        '新しいパスワードがわからない場合は、セルフサービス パスワード リセットか、ヘルプデスクによるリセット ([ユーザー] > 対象ユーザー > [パスワードのリセット]) を行います。',
        '同じ端末からの失敗が続くとスマート ロックアウト (50053) につながるため、注意して見ておきます。',
      ],
    },
  },
  {
    code: 50055,
    identifier: 'InvalidPasswordExpiredPassword',
    outcome: 'interrupted',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'The password has expired and must be changed',
      explanation:
        'The user\'s password in Entra ID has passed its expiration date under the tenant\'s password expiration policy. Interactive sign-ins stop so the user can set a new password; apps that sign in without a prompt keep failing until the password is changed. For synchronized accounts whose on-premises password expired, see code 50144 instead.',
      action: [
        'Ask the user to change the password when prompted at sign-in, or via My Account (https://myaccount.microsoft.com) > Password.',
        'If the user cannot change it, reset it from Entra admin center > Users > select the user > Reset password.',
        'Check the password expiration policy in the Microsoft 365 admin center (Settings > Org settings > Security & privacy > Password expiration policy) if expirations are unexpected.',
      ],
    },
    ja: {
      title: 'パスワードの有効期限が切れており変更が必要',
      explanation:
        'テナントのパスワード有効期限ポリシーにより、Entra ID 上のユーザーのパスワードが期限切れになりました。対話型のサインインでは新しいパスワードを設定できるよう中断され、画面を出さずにサインインするアプリはパスワードを変更するまで失敗し続けます。オンプレミスのパスワードが期限切れになった同期アカウントの場合は、コード 50144 を参照してください。',
      action: [
        'サインイン時の画面、またはマイ アカウント (https://myaccount.microsoft.com) の [パスワード] からパスワードを変更するよう案内します。',
        'ユーザー自身で変更できない場合は、Microsoft Entra 管理センターの [ユーザー] > 対象ユーザー > [パスワードのリセット] でリセットします。',
        '想定外に期限切れが起きている場合は、Microsoft 365 管理センターの [設定] > [組織設定] > [セキュリティとプライバシー] > [パスワードの有効期限ポリシー] を確認します。',
      ],
    },
  },
  {
    code: 50056,
    identifier: 'InvalidPasswordNullPassword',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'No password is stored for the user, or an empty password was sent',
      explanation:
        'Entra ID had no password to check for this account, or the request arrived with an empty password. Accounts can lack a cloud password when they were created for passwordless use only, or when a synchronized user has no password hash and no on-premises validation. Often the client simply retried without a password, and asking the user to enter it again is enough.',
      action: [
        'Ask the user to sign in again and type the password.',
        'Check how the account is meant to authenticate: Users > select the user > Authentication methods, and for synchronized users whether password hash sync or pass-through authentication is set up.',
        'If the account really has no password and needs one, set it with Reset password.',
        'If the failures come from a script or legacy client (see Client app in the sign-in log), fix that client so it sends credentials correctly or uses modern authentication.',
      ],
    },
    ja: {
      title: 'ユーザーのパスワードが保存されていない、または空のパスワードが送られた',
      explanation:
        'このアカウントについて Entra ID が照合できるパスワードがなかったか、要求に空のパスワードが含まれていました。パスワードレス専用として作成したアカウントや、パスワード ハッシュがなくオンプレミスでの検証もない同期ユーザーでは、クラウドのパスワードが存在しないことがあります。クライアントがパスワードなしで再試行しただけのことも多く、その場合はパスワードを入力し直せば解決します。',
      action: [
        'もう一度サインインしてパスワードを入力するようユーザーに依頼します。',
        'アカウントの想定している認証方法を確認します。[ユーザー] > 対象ユーザー > [認証方法] を開き、同期ユーザーであればパスワード ハッシュ同期またはパススルー認証が構成されているかも確認します。',
        '本当にパスワードがなく、パスワードが必要なアカウントであれば、[パスワードのリセット] で設定します。',
        'スクリプトやレガシ クライアントからの失敗であれば (サインイン ログの [クライアント アプリ] で確認)、資格情報を正しく送るかモダン認証を使うようにクライアントを修正します。',
      ],
    },
  },
  {
    code: 50057,
    identifier: 'UserDisabled',
    outcome: 'failure',
    category: 'account-state',
    actor: 'helpdesk-admin',
    en: {
      title: 'The user account is disabled',
      explanation:
        'Sign-in is blocked for this account: it is disabled in Entra ID, or, for a synchronized account, disabled in on-premises Active Directory and synced up. This is expected for people who have left; for active staff it means someone disabled the account, deliberately or by mistake. Repeated attempts against a disabled account can come from a device still configured with it, or from an attacker.',
      action: [
        'Entra admin center > Users > select the user: check whether Account enabled is off (sign-in blocked).',
        'Look in the Audit logs for Disable account or Update user entries to find who changed it and when.',
        'For synchronized users, re-enable the account in on-premises AD (Active Directory Users and Computers or Enable-ADAccount) and wait for the next sync; changing it only in the cloud will be overwritten.',
        'If the person has left, find the device or app still trying to sign in (IP address, client app) and remove the account from it.',
      ],
    },
    ja: {
      title: 'ユーザー アカウントが無効になっている',
      explanation:
        'このアカウントはサインインがブロックされています。Entra ID で無効化されているか、同期アカウントであればオンプレミスの Active Directory で無効化され、その状態が同期されています。退職者であれば想定どおりですが、在籍中のユーザーであれば、誰かが意図的に、または誤って無効化したことになります。無効なアカウントに対する試行が繰り返される場合は、そのアカウントが設定されたままの端末か、攻撃者によるものが考えられます。',
      action: [
        'Microsoft Entra 管理センターの [ユーザー] で対象ユーザーを開き、[アカウントの有効化] がオフ (サインインのブロック) になっていないか確認します。',
        '監査ログで [アカウントの無効化] や [ユーザーの更新] を検索し、誰がいつ変更したかを確認します。',
        '同期ユーザーの場合は、オンプレミス AD (Active Directory ユーザーとコンピューター、または Enable-ADAccount) でアカウントを有効にし、次回の同期を待ちます。クラウド側だけで変更しても上書きされます。',
        '退職者の場合は、IP アドレスやクライアント アプリから今もサインインを試みている端末やアプリを特定し、アカウントを削除します。',
      ],
    },
  },
  {
    code: 50058,
    identifier: 'UserInformationNotProvided',
    outcome: 'interrupted',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'Silent sign-in found no signed-in user; an interactive sign-in is needed',
      explanation:
        'The app tried to sign the user in without showing anything (for example prompt=none or a silent token request), but there was no usable session: the user had not signed in yet, or the session cookie was missing, expired or blocked by the browser. This is very common and expected, and the app should switch to an interactive sign-in. It only matters when users end up stuck.',
      action: [
        'Check the Sign-in logs for a successful interactive sign-in by the same user shortly afterwards; if present, no action is needed.',
        'If one user keeps failing, check whether the browser blocks third-party cookies or uses strict tracking prevention, which breaks silent sign-in in hidden frames.',
        'Developer: when the response is interaction_required or login_required, start an interactive sign-in instead of retrying silently.',
        'For Windows desktop apps, check device single sign-on with dsregcmd /status (AzureAdPrt should be YES).',
      ],
    },
    ja: {
      title: 'サイレント サインインでサインイン済みのユーザーが見つからず、対話型サインインが必要',
      explanation:
        'アプリが画面を表示せずにサインインさせようとしましたが (prompt=none やサイレントのトークン要求など)、使えるセッションがありませんでした。ユーザーがまだサインインしていないか、セッションの Cookie がない、期限切れ、またはブラウザーにブロックされていたためです。ごく一般的で想定どおりの動作で、アプリは対話型サインインに切り替えるべきです。問題になるのは、ユーザーが先に進めなくなった場合だけです。',
      action: [
        'サインイン ログで、直後に同じユーザーの対話型サインインが成功しているか確認します。成功していれば対応は不要です。',
        '特定のユーザーで失敗が続く場合は、ブラウザーがサードパーティ Cookie をブロックしていないか、厳格な追跡防止が有効になっていないか確認します。非表示フレームでのサイレント サインインが動かなくなります。',
        '開発者: interaction_required や login_required が返ったら、サイレントの再試行を繰り返さず対話型サインインを開始します。',
        'Windows のデスクトップ アプリの場合は、dsregcmd /status でデバイスの SSO の状態を確認します (AzureAdPrt が YES であること)。',
      ],
    },
  },
  {
    code: 50059,
    identifier: 'MissingTenantRealmAndNoUserInformationProvided',
    outcome: 'interrupted',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'The tenant could not be determined; the user must enter an account',
      explanation:
        'The request went to a shared endpoint (such as common or organizations) with no hint of which tenant to use, and no credential or session told Entra ID who the user is. The sign-in pauses so the user can type an account. It is harmless when a success follows; when an app keeps failing this way silently, it should pass a tenant or user hint.',
      action: [
        'Check whether a successful sign-in by the same user follows; if so, nothing needs to be done.',
        'Ask the user to enter their full user name (UPN) on the sign-in page.',
        'Developer: for silent or background requests, use a tenant-specific authority, or pass login_hint or domain_hint so the tenant can be found.',
      ],
    },
    ja: {
      title: 'テナントを特定できないため、ユーザーにアカウントの入力を求めている',
      explanation:
        '要求が共通のエンドポイント (common や organizations など) に送られましたが、どのテナントかを示すヒントがなく、資格情報やセッションからもユーザーを特定できませんでした。そのため、ユーザーがアカウントを入力できるようサインインが中断されています。成功サインインが続いていれば問題ありません。アプリがこの状態でサイレントに失敗し続ける場合は、テナントやユーザーのヒントを渡す必要があります。',
      action: [
        '同じユーザーの成功サインインが続いているか確認します。あれば対応は不要です。',
        'サインイン画面で完全なユーザー名 (UPN) を入力するようユーザーに案内します。',
        '開発者: サイレントやバックグラウンドの要求では、テナント固有の機関を使うか、login_hint や domain_hint を渡してテナントを特定できるようにします。',
      ],
    },
  },
  {
    code: 50061,
    identifier: 'SignoutInvalidRequest',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The sign-out request was invalid',
      explanation:
        'The application sent a sign-out (logout) request that Entra ID could not process, for example because it was malformed, lacked required parameters, carried a bad signature on a SAML logout request, or asked to return to an address that is not registered. The user may remain signed in at Entra ID even though the app shows them as signed out.',
      action: [
        'Developer: capture the logout request and check the URL and parameters the app sends.',
        'For OpenID Connect apps, make sure post_logout_redirect_uri is registered under App registrations > the app > Authentication and that the front-channel logout URL is correct.',
        'For SAML apps, check the Logout URL in Enterprise applications > the app > Single sign-on > Basic SAML Configuration and that the LogoutRequest is well formed and signed as required.',
      ],
    },
    ja: {
      title: 'サインアウト要求が無効',
      explanation:
        'アプリケーションが送ったサインアウト (ログアウト) 要求を Entra ID が処理できませんでした。形式の誤り、必要なパラメーターの欠落、SAML ログアウト要求の署名の不備、登録されていない戻り先の指定などが考えられます。アプリ上はサインアウトしたように見えても、Entra ID ではサインインしたままになっていることがあります。',
      action: [
        '開発者: ログアウト要求を取得し、アプリが送っている URL とパラメーターを確認します。',
        'OpenID Connect のアプリでは、post_logout_redirect_uri が [アプリの登録] > 対象アプリ > [認証] に登録されているか、フロントチャネル ログアウト URL が正しいかを確認します。',
        'SAML のアプリでは、[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [基本的な SAML 構成] のログアウト URL と、LogoutRequest の形式や必要な署名を確認します。',
      ],
    },
  },
  {
    code: 50064,
    identifier: 'CredentialAuthenticationError',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'The user name or password could not be validated',
      explanation:
        'Entra ID could not validate the user name and password combination it received. It is a more general relative of 50126 and often shows up with clients that send the password directly (legacy protocols, resource owner password flows) or when the password has to be checked by another system. A mistyped or outdated password is still the most likely cause.',
      action: [
        'Check the Client app and protocol in the sign-in log to see how the password was sent.',
        'Ask the user to enter the password again, and to update any password saved in apps or devices.',
        'For federated or pass-through authentication users, check the on-premises side (AD FS or the authentication agents) for errors at the same time.',
        'Move legacy clients that send passwords directly to modern authentication.',
      ],
    },
    ja: {
      title: 'ユーザー名またはパスワードを検証できなかった',
      explanation:
        '受け取ったユーザー名とパスワードの組み合わせを Entra ID が検証できませんでした。50126 をより一般化したコードで、パスワードを直接送るクライアント (レガシ プロトコル、リソース所有者のパスワード資格情報フロー) や、別のシステムでパスワードを検証する構成でよく見られます。それでも、最も多い原因はパスワードの入力ミスや古いパスワードです。',
      action: [
        'サインイン ログの [クライアント アプリ] とプロトコルを確認し、パスワードがどのように送られたかを確かめます。',
        'パスワードを入力し直してもらい、アプリや端末に保存したパスワードも更新してもらいます。',
        'フェデレーションやパススルー認証のユーザーであれば、同じ時刻にオンプレミス側 (AD FS や認証エージェント) でエラーが出ていないか確認します。',
        'パスワードを直接送るレガシ クライアントは、モダン認証に移行します。',
      ],
    },
  },
  {
    code: 50068,
    identifier: 'SignoutInitiatorNotParticipant',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Sign-out failed: the app that started it is not part of the current session',
      explanation:
        'A single sign-out request came from an application that Entra ID does not see as taking part in the user\'s current session, for example because the user never signed in to that app through this session or is using a different browser. Entra ID therefore does not carry out the global sign-out. The effect is usually minor, but the user may stay signed in elsewhere.',
      action: [
        'Confirm that the user signed in to that application through Entra ID in the same browser session.',
        'Developer: check that the Issuer in the SAML LogoutRequest matches the application\'s identifier (Entity ID) exactly.',
        'Make sure the app clears its own local session even when the central sign-out reports this error.',
      ],
    },
    ja: {
      title: 'サインアウト失敗 (開始したアプリが現在のセッションに参加していない)',
      explanation:
        'シングル サインアウトの要求を送ってきたアプリケーションが、ユーザーの現在のセッションに参加しているとは Entra ID に認識されていませんでした。ユーザーがこのセッションでそのアプリにサインインしていない、別のブラウザーを使っている、といった場合です。そのため全体のサインアウトは行われません。影響は通常小さいものの、他のアプリではサインインしたままになることがあります。',
      action: [
        'ユーザーが同じブラウザー セッションで、Entra ID 経由でそのアプリにサインインしていたか確認します。',
        '開発者: SAML の LogoutRequest の Issuer が、アプリの識別子 (エンティティ ID) と完全に一致しているか確認します。',
        '中央のサインアウトでこのエラーが返っても、アプリ自身のローカル セッションは確実に消去するようにします。',
      ],
    },
  },
  {
    code: 50070,
    identifier: 'SignoutUnknownSessionIdentifier',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Sign-out failed: the name identifier in the logout request matches no session',
      explanation:
        'The logout request named a user (NameID) that does not match any session Entra ID holds. The app often sends a NameID with a different value or format from the one it received, or the session has already ended. The central sign-out is not performed.',
      action: [
        'Developer: send back the NameID exactly as it appeared in the SAML assertion (same value and same Format), together with the SessionIndex.',
        'Check the Unique User Identifier (Name ID) claim in Enterprise applications > the app > Single sign-on > Attributes & Claims, in case it changed after the user signed in.',
        'If the session had already ended, the app can treat this as a completed sign-out.',
      ],
    },
    ja: {
      title: 'サインアウト失敗 (ログアウト要求の名前識別子に一致するセッションがない)',
      explanation:
        'ログアウト要求で指定されたユーザー (NameID) が、Entra ID が保持するどのセッションとも一致しませんでした。アプリが受け取ったものと異なる値や形式の NameID を送っていることが多く、セッションがすでに終了している場合もあります。中央のサインアウトは行われません。',
      action: [
        '開発者: SAML アサーションに含まれていた NameID を、値と Format をそのまま変えずに SessionIndex と一緒に送り返します。',
        '[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] の一意のユーザー識別子 (名前 ID) が、ユーザーのサインイン後に変更されていないか確認します。',
        'セッションがすでに終了していた場合は、アプリ側でサインアウト完了として扱ってかまいません。',
      ],
    },
  },
  {
    code: 50071,
    identifier: 'SignoutMessageExpired',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The sign-out request has expired',
      explanation:
        'The logout request carried a timestamp outside the window Entra ID accepts, so it was treated as stale. Causes include a request that was generated long before it was sent, a replayed or cached request, or a wrong clock on the application server.',
      action: [
        'Check the clock of the application server and make sure it synchronizes with NTP.',
        'Developer: create the logout request at the moment the user clicks sign out, never from a cached or pre-built message.',
        'Ask the user to sign out again after the fix.',
      ],
    },
    ja: {
      title: 'サインアウト要求の有効期限が切れている',
      explanation:
        'ログアウト要求のタイムスタンプが Entra ID の受け付ける範囲外だったため、古い要求として扱われました。送信よりかなり前に作成された要求、再送やキャッシュされた要求、アプリケーション サーバーの時刻のずれなどが原因です。',
      action: [
        'アプリケーション サーバーの時刻を確認し、NTP で同期されるようにします。',
        '開発者: ログアウト要求はユーザーがサインアウトを押した時点で作成し、キャッシュや事前作成のメッセージを使わないようにします。',
        '修正後、もう一度サインアウトしてもらいます。',
      ],
    },
  },
  {
    code: 50072,
    identifier: 'UserStrongAuthEnrollmentRequiredInterrupt',
    outcome: 'interrupted',
    category: 'mfa',
    actor: 'user',
    en: {
      title: 'The user must register for multifactor authentication (interactive prompt)',
      explanation:
        'Multifactor authentication is required (by Conditional Access, security defaults, per-user MFA or a registration campaign), but the user has not registered any method yet. The sign-in pauses and shows the "More information required" registration screen. This is expected for new users, and a success usually follows once they register.',
      action: [
        'Ask the user to complete the registration at the prompt, or beforehand at https://aka.ms/mysecurityinfo.',
        'Check the user\'s status in Protection > Authentication methods > User registration details.',
        'If the user cannot register (no phone at hand, new starter), have the helpdesk issue a Temporary Access Pass from Users > select the user > Authentication methods.',
        'If registration should be restricted to trusted locations, review the Conditional Access policy for the user action Register security information.',
      ],
    },
    ja: {
      title: '多要素認証 (MFA) の登録が必要 (対話型の画面を表示)',
      explanation:
        '条件付きアクセス、セキュリティの既定値、ユーザーごとの MFA、登録キャンペーンなどによって MFA が求められていますが、ユーザーはまだ認証方法を登録していません。サインインは中断され、「詳細情報が必要」の登録画面が表示されます。新しいユーザーでは想定どおりの動作で、登録を終えれば通常は成功サインインが続きます。',
      action: [
        '表示された画面で登録を完了するか、事前に https://aka.ms/mysecurityinfo で登録するようユーザーに案内します。',
        '[保護] > [認証方法] > [ユーザー登録の詳細] でユーザーの登録状況を確認します。',
        '手元に電話がない、入社直後などで登録できない場合は、ヘルプデスクが [ユーザー] > 対象ユーザー > [認証方法] から一時アクセス パスを発行します。',
        '登録を信頼できる場所に限定したい場合は、ユーザー操作「セキュリティ情報の登録」を対象にした条件付きアクセス ポリシーを見直します。',
      ],
    },
  },
  {
    code: 50074,
    identifier: 'UserStrongAuthClientAuthNRequiredInterrupt',
    outcome: 'interrupted',
    category: 'mfa',
    actor: 'user',
    en: {
      title: 'Strong authentication was required and the MFA challenge was not completed',
      explanation:
        'The sign-in needed multifactor authentication, and the second factor was not completed at this step: the user was shown the challenge and may still be answering, gave up, or let it time out. It is part of the normal MFA flow and a success usually follows. Many of these for a user who says they were not signing in suggest that someone else knows the password.',
      action: [
        'Look for a successful sign-in by the same user just afterwards; if there is one, no action is needed.',
        'Open the Authentication Details tab to see which method was offered and its result (for example no response, or the user declined).',
        'If the user was not trying to sign in, reset the password, revoke sessions (Users > select the user > Revoke sessions) and review the sign-in locations.',
        'If the user has trouble with the method itself, check their registered methods under Authentication methods.',
      ],
    },
    ja: {
      title: '強力な認証が必要だったが MFA のチャレンジが完了しなかった',
      explanation:
        'サインインに多要素認証 (MFA) が必要で、この段階では 2 番目の要素が完了していません。ユーザーにチャレンジが表示され、応答中か、途中でやめたか、タイムアウトしたと考えられます。通常の MFA の流れの一部で、多くは直後に成功サインインが続きます。本人がサインインしていないと言うのにこのコードが多数ある場合は、第三者にパスワードを知られている可能性があります。',
      action: [
        '直後に同じユーザーの成功サインインがあるか確認します。あれば対応は不要です。',
        '[認証の詳細] タブで、提示された認証方法と結果 (応答なし、ユーザーが拒否など) を確認します。',
        '本人がサインインしようとしていなかった場合は、パスワードをリセットし、セッションを取り消し ([ユーザー] > 対象ユーザー > [セッションの取り消し])、サインイン元の場所を確認します。',
        '認証方法そのものに問題がある場合は、[認証方法] で登録済みの方法を確認します。',
      ],
    },
  },
  {
    code: 50076,
    identifier: 'UserStrongAuthClientAuthNRequired',
    outcome: 'interrupted',
    category: 'mfa',
    actor: 'user',
    en: {
      title: 'MFA is required for this request; it must be repeated with multifactor authentication',
      explanation:
        'Because of a Conditional Access policy, per-user MFA, security defaults, or a change such as a new location, this request needs multifactor authentication, and the credentials presented did not include it. It is especially common for non-interactive requests, where the app has to bring up an interactive prompt. A success normally follows once MFA is done.',
      action: [
        'Look for a later successful sign-in by the same user and app; if present, the flow worked as designed.',
        'Use the Conditional Access tab of the sign-in to see which policy required MFA.',
        'If an app keeps failing, check that it supports modern authentication and can show an MFA prompt; legacy clients cannot.',
        'If the location or IP address is unexpected for the user, check for misuse of the account.',
      ],
    },
    ja: {
      title: 'この要求には MFA が必要で、多要素認証を行ったうえでやり直す必要がある',
      explanation:
        '条件付きアクセス ポリシー、ユーザーごとの MFA、セキュリティの既定値、または新しい場所からのアクセスといった変化により、この要求には多要素認証が必要ですが、提示された資格情報には含まれていませんでした。特に非対話型の要求でよく見られ、アプリが対話型の画面を出す必要があります。MFA を完了すれば、通常は成功サインインが続きます。',
      action: [
        '同じユーザー・同じアプリの成功サインインが後に続いているか確認します。あれば想定どおりの動作です。',
        'サインインの [条件付きアクセス] タブで、MFA を要求したポリシーを確認します。',
        '特定のアプリで失敗が続く場合は、モダン認証に対応し MFA の画面を表示できるか確認します。レガシ クライアントでは表示できません。',
        'ユーザーにとって想定外の場所や IP アドレスであれば、アカウントの不正利用がないか確認します。',
      ],
    },
  },
  {
    code: 50078,
    identifier: 'UserStrongAuthExpired',
    outcome: 'failure',
    category: 'mfa',
    actor: 'user',
    en: {
      title: 'The earlier multifactor authentication has expired; MFA is needed again',
      explanation:
        'The session or token carried proof of MFA, but it is older than the administrator\'s policies allow, so the user must complete MFA again to reach the resource. It typically appears after long-lived sessions, when a Conditional Access sign-in frequency control is in place, or after tokens were revoked.',
      action: [
        'Ask the user to sign in interactively and complete MFA again.',
        'Review the Session > Sign-in frequency setting of the Conditional Access policies that apply (see the Conditional Access tab of the sign-in).',
        'Developer: when a claims challenge or interaction_required is returned, prompt the user instead of retrying silently.',
      ],
    },
    ja: {
      title: '以前の多要素認証の有効期限が切れ、再度の MFA が必要',
      explanation:
        'セッションやトークンには MFA を済ませた記録がありましたが、管理者のポリシーで認められる期間より古かったため、リソースにアクセスするには MFA をやり直す必要があります。長時間続いたセッションの後、条件付きアクセスのサインイン頻度を設定している場合、トークンが取り消された後などによく見られます。',
      action: [
        '対話型でサインインし、もう一度 MFA を完了するようユーザーに案内します。',
        '適用された条件付きアクセス ポリシー (サインインの [条件付きアクセス] タブで確認) の [セッション] > [サインインの頻度] を見直します。',
        '開発者: クレーム チャレンジや interaction_required が返ったら、サイレントで再試行せずユーザーに画面を表示します。',
      ],
    },
  },
];
