// AADSTS 500343–530035: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 500343,
    identifier: 'UserAccountNotFoundFailedToCreateRemoteSignIn',
    outcome: 'failure',
    category: 'account-state',
    actor: 'user',
    en: {
      title: 'Phone sign-in request could not be created because the account was not found',
      explanation:
        'The code is not in the public reference; its name says the service could not create the remote sign-in request that is pushed to Microsoft Authenticator, because it found no matching account. A mistyped user name or an account that was renamed or removed from Authenticator are the likely reasons.',
      action: [
        'Check the user name entered against the UPN in Entra admin center > Users.',
        'Have the user check in Microsoft Authenticator that the work account is present and phone sign-in is enabled; add it again if needed.',
        'Let the user sign in with password and MFA until phone sign-in works.',
      ],
    },
    ja: {
      title: 'アカウントが見つからないため、電話サインインの要求を作成できませんでした',
      explanation:
        'このコードは公開リファレンスには載っていませんが、名前からは、一致するアカウントが見つからず、Microsoft Authenticator に送るリモート サインイン要求を作成できなかったことがわかります。ユーザー名の入力ミスや、アカウント名の変更、Authenticator からのアカウント削除が考えられます。',
      action: [
        '入力されたユーザー名を、Microsoft Entra 管理センターの [ユーザー] にある UPN と照合します。',
        'Microsoft Authenticator に職場アカウントが登録されていて電話によるサインインが有効かを確認してもらい、必要なら追加し直してもらいます。',
        '電話サインインが使えるようになるまでは、パスワードと MFA でサインインしてもらいます。',
      ],
    },
  },
  {
    code: 500344,
    identifier: 'UserAccountNotFoundForFidoSignIn',
    outcome: 'failure',
    category: 'account-state',
    actor: 'user',
    en: {
      title: 'No account in this tenant matches the passkey used',
      explanation:
        'The user signed in with a passkey or FIDO2 security key, but Microsoft Entra ID found no user in this tenant that owns that credential. The key may be registered to an account in another tenant, the passkey may have been removed from the user, or the account may have been deleted.',
      action: [
        'Ask the user which account the passkey was registered for and make sure they are signing in to the right organization.',
        'Check Users > select the user > Authentication methods for a passkey entry; if it is missing, have the user register the key again.',
        'If the account was deleted, restore it from Deleted users or issue a new account and credential.',
      ],
    },
    ja: {
      title: '使われたパスキーに一致するアカウントがこのテナントにありません',
      explanation:
        'パスキーまたは FIDO2 セキュリティ キーでサインインしましたが、Microsoft Entra ID はこのテナントでその資格情報を所有するユーザーを見つけられませんでした。キーが別のテナントのアカウントに登録されている、ユーザーからパスキーが削除された、またはアカウントが削除された可能性があります。',
      action: [
        'パスキーをどのアカウントに登録したかをユーザーに確認し、正しい組織にサインインしているか確かめます。',
        '[ユーザー] > 対象ユーザー > [認証方法] にパスキーが登録されているか確認し、なければキーを登録し直してもらいます。',
        'アカウントが削除されていた場合は [削除済みユーザー] から復元するか、新しいアカウントと資格情報を発行します。',
      ],
    },
  },
  {
    code: 500571,
    identifier: 'GuestUserDisabled',
    outcome: 'failure',
    category: 'account-state',
    actor: 'tenant-admin',
    en: {
      title: 'Guest account is disabled in the resource tenant',
      explanation:
        'The user is a B2B guest in the tenant that owns the resource, and sign-in has been blocked for their guest account there. Guest accounts are often disabled by access reviews, by lifecycle automation for inactive guests, or manually when a collaboration ends.',
      action: [
        'In the resource tenant, open Entra admin center > Users, find the guest and check Account enabled (Block sign-in) in Properties.',
        'Check Audit logs and any access review results to see why the guest was disabled.',
        'If the collaboration is still valid, enable the account again; otherwise tell the user that access has ended.',
      ],
    },
    ja: {
      title: 'リソース テナントでゲスト アカウントが無効化されています',
      explanation:
        'ユーザーはリソースを所有するテナントの B2B ゲストで、そのテナントでゲスト アカウントのサインインがブロックされています。ゲスト アカウントは、アクセス レビュー、非アクティブなゲストを対象としたライフサイクルの自動処理、または協業終了時の手動操作で無効化されることがよくあります。',
      action: [
        'リソース テナントの Microsoft Entra 管理センターで [ユーザー] から対象のゲストを開き、[プロパティ] の [アカウントの有効化] (サインインのブロック) を確認します。',
        '監査ログやアクセス レビューの結果から、無効化された理由を確認します。',
        '協業が続いているならアカウントを有効に戻し、そうでなければアクセスが終了したことをユーザーに伝えます。',
      ],
    },
  },
  {
    code: 501241,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'SAML token could not be built because a required claim value is missing',
      explanation:
        'While building the SAML response for an enterprise application, Microsoft Entra ID could not get a value for a mandatory input, most often the source attribute of the Name ID (Unique User Identifier) claim. This happens when the chosen attribute is empty for this user, for example user.mail for an account without a mailbox or an on-premises attribute for a cloud-only user.',
      action: [
        'Open Entra admin center > Enterprise applications > select the app > Single sign-on > Attributes & Claims and check the Unique User Identifier (Name ID) source attribute.',
        'Check that this attribute has a value on the affected user (Users > select the user > Properties).',
        'Choose an attribute that every assigned user has, such as user.userprincipalname, or add a fallback with a claim condition or transformation.',
        'Test with Test single sign-on on the application SSO page.',
      ],
    },
    ja: {
      title: '必須の要求の値がないため SAML トークンを作成できませんでした',
      explanation:
        'エンタープライズ アプリケーション向けの SAML 応答を作成する際、Microsoft Entra ID は必須の入力値、多くの場合は名前 ID (一意のユーザー識別子) 要求のソース属性の値を取得できませんでした。メールボックスのないアカウントで user.mail を使っている場合や、クラウド専用ユーザーでオンプレミスの属性を使っている場合など、選んだ属性がこのユーザーでは空であることが原因です。',
      action: [
        'Microsoft Entra 管理センターの [エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] で、一意のユーザー識別子 (名前 ID) のソース属性を確認します。',
        '影響を受けたユーザーでその属性に値が入っているか確認します ([ユーザー] > 対象ユーザー > [プロパティ])。',
        'user.userprincipalname など割り当て対象の全ユーザーが持つ属性を選ぶか、要求の条件や変換で代わりの値を設定します。',
        'アプリの SSO ページにある [シングル サインオンのテスト] で動作を確認します。',
      ],
    },
  },
  {
    code: 501271,
    identifier: 'BrokerAppNotInstalledDeviceAuthenticationFailed',
    outcome: 'failure',
    category: 'device',
    actor: 'user',
    en: {
      title: 'Device authentication failed because the broker app is not installed',
      explanation:
        'The sign-in required the device to prove its identity, which on mobile devices is done through a broker app, and no broker was found. On iOS the broker is Microsoft Authenticator, on Android it is Microsoft Authenticator or Intune Company Portal.',
      action: [
        'Have the user install Microsoft Authenticator (iOS) or Company Portal or Authenticator (Android) from the official store.',
        'Ask the user to open the broker once and add or register the work account, then retry in the original app.',
        'If the device should be managed, check that it is enrolled in Intune and appears under Devices > All devices.',
      ],
    },
    ja: {
      title: 'ブローカー アプリがインストールされていないためデバイス認証に失敗しました',
      explanation:
        'サインインにはデバイスの ID の証明が必要で、モバイル デバイスではブローカー アプリがこれを行いますが、ブローカーが見つかりませんでした。iOS では Microsoft Authenticator、Android では Microsoft Authenticator または Intune ポータル サイトがブローカーになります。',
      action: [
        '公式ストアから Microsoft Authenticator (iOS)、またはポータル サイトか Authenticator (Android) をインストールしてもらいます。',
        'ブローカー アプリを一度開いて職場アカウントを追加または登録してから、元のアプリで再試行してもらいます。',
        '管理対象のはずのデバイスであれば、Intune に登録され [デバイス] > [すべてのデバイス] に表示されているか確認します。',
      ],
    },
  },
  {
    code: 501291,
    identifier: 'DeviceIsNotWorkplaceJoinedForMamApp',
    outcome: 'failure',
    category: 'device',
    actor: 'user',
    en: {
      title: 'Device must be registered before this app protection policy can apply',
      explanation:
        'The app is covered by an Intune app protection (MAM) policy or a Conditional Access rule that requires one, and the device has not been registered with Microsoft Entra ID through the broker. Without registration the app cannot receive its protection policy, so the sign-in is stopped.',
      action: [
        'Have the user install the broker app (Microsoft Authenticator on iOS, Company Portal on Android) and sign in to it with the work account.',
        'Retry in the protected app; it should prompt for device registration and then apply the app protection policy.',
        'Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met.',
      ],
    },
    ja: {
      title: 'アプリ保護ポリシーを適用するにはデバイスの登録が必要です',
      explanation:
        'このアプリは Intune のアプリ保護 (MAM) ポリシー、またはそれを要求する条件付きアクセスの対象ですが、デバイスがブローカー経由で Microsoft Entra ID に登録されていません。登録がないとアプリが保護ポリシーを受け取れないため、サインインが止められます。',
      action: [
        'ブローカー アプリ (iOS は Microsoft Authenticator、Android はポータル サイト) をインストールし、職場アカウントでサインインしてもらいます。',
        '保護対象のアプリで再試行すると、デバイス登録を求められ、その後アプリ保護ポリシーが適用されます。',
        '[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。',
      ],
    },
  },
  {
    code: 501461,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Mapped claims are accepted only for GUID or verified-domain audiences',
      explanation:
        'The application registration has acceptMappedClaims set, but the token audience is neither the application GUID nor a URI on one of the tenant verified domains. Microsoft blocks this combination so that a claims-mapping policy cannot be abused to mint tokens for another party.',
      action: [
        'Open App registrations > select the app > Manifest and check acceptMappedClaims and the identifierUris (Application ID URI).',
        'Change the Application ID URI to api://<app-id> or a URI on a verified domain of the tenant, or request tokens with the app GUID as audience.',
        'Alternatively, configure an application-specific signing key and remove acceptMappedClaims.',
      ],
    },
    ja: {
      title: 'マップされた要求は GUID または確認済みドメインの対象ユーザーでのみ受け付けられます',
      explanation:
        'アプリの登録で acceptMappedClaims が設定されていますが、トークンの対象ユーザーがアプリケーションの GUID でも、テナントの確認済みドメイン上の URI でもありません。要求マッピング ポリシーを悪用して他者向けのトークンが作られないよう、Microsoft はこの組み合わせをブロックしています。',
      action: [
        '[アプリの登録] > 対象アプリ > [マニフェスト] で acceptMappedClaims と identifierUris (アプリケーション ID URI) を確認します。',
        'アプリケーション ID URI を api://<アプリ ID> かテナントの確認済みドメイン上の URI に変更するか、アプリの GUID を対象ユーザーとしてトークンを要求します。',
        'あるいは、アプリケーション固有の署名キーを構成して acceptMappedClaims を外します。',
      ],
    },
  },
  {
    code: 501481,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'PKCE code verifier does not match the code challenge',
      explanation:
        'When redeeming an authorization code, the app sent a code_verifier that does not hash to the code_challenge it sent in the authorization request. This is a client bug: usually the verifier was regenerated, lost between redirects, or belonged to a different sign-in in another tab.',
      action: [
        'Make sure the app stores the code_verifier for each authorization request and uses exactly that value when redeeming the code.',
        'Check for parallel sign-ins (several tabs or retries) that overwrite the stored verifier.',
        'Use MSAL rather than hand-written PKCE code where possible, and update it to a current version.',
      ],
    },
    ja: {
      title: 'PKCE のコード検証子がコード チャレンジと一致しません',
      explanation:
        '認可コードを引き換える際、アプリが送った code_verifier のハッシュが、認可要求で送った code_challenge と一致しませんでした。これはクライアント側の不具合で、多くは検証子を作り直した、リダイレクトの途中で失った、別のタブの別のサインインのものを使った、のいずれかです。',
      action: [
        '認可要求ごとに code_verifier を保存し、コードの引き換え時に同じ値をそのまま使っているか確認します。',
        '複数のタブや再試行による並行したサインインで、保存した検証子が上書きされていないか確認します。',
        '可能な限り自作の PKCE 処理ではなく MSAL を使い、最新バージョンに更新します。',
      ],
    },
  },
  {
    code: 501491,
    identifier: 'InvalidCodeChallengeMethodInvalidSize',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'PKCE code challenge has an invalid length',
      explanation:
        'The code_challenge parameter in the authorization request is not the size the PKCE specification requires. The app probably encoded the hash incorrectly (for example standard Base64 with padding instead of Base64url) or used a verifier that is too short or too long.',
      action: [
        'Check that the code_verifier is a random string of 43 to 128 allowed characters.',
        'For S256, make sure the challenge is the SHA-256 hash of the verifier encoded as Base64url without padding.',
        'Prefer MSAL or another maintained library that implements PKCE for you.',
      ],
    },
    ja: {
      title: 'PKCE のコード チャレンジの長さが不正です',
      explanation:
        '認可要求の code_challenge パラメーターが、PKCE の仕様で求められる長さになっていません。ハッシュのエンコードを誤った (Base64url ではなくパディング付きの標準 Base64 を使ったなど) か、検証子が短すぎるか長すぎる可能性があります。',
      action: [
        'code_verifier が、使用可能な文字による 43 ～ 128 文字のランダムな文字列になっているか確認します。',
        'S256 の場合、チャレンジが検証子の SHA-256 ハッシュをパディングなしの Base64url でエンコードしたものか確認します。',
        'PKCE を実装済みの MSAL など、保守されているライブラリの利用をお勧めします。',
      ],
    },
  },
  {
    code: 501621,
    identifier: 'ClaimsTransformationTimeoutRegularExpressionTimeout',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'Claims transformation timed out on a regular expression',
      explanation:
        'A RegexReplace claims transformation configured for the application took too long to evaluate, so the token was not issued. The pattern is probably too complex or prone to catastrophic backtracking on certain input values; a retry may work, but the underlying rule needs fixing.',
      action: [
        'Open Enterprise applications > select the app > Single sign-on > Attributes & Claims and find the claims that use a regex transformation (or check the claims-mapping policy).',
        'Simplify the pattern: anchor it, avoid nested quantifiers, and test it against the longest real attribute values.',
        'Test again with Test single sign-on after saving.',
      ],
    },
    ja: {
      title: '正規表現を使った要求の変換がタイムアウトしました',
      explanation:
        'アプリケーションに設定された RegexReplace の要求変換の評価に時間がかかりすぎたため、トークンが発行されませんでした。パターンが複雑すぎるか、特定の入力値で過剰なバックトラックが起きている可能性が高く、再試行で通ることもありますが、ルール自体の修正が必要です。',
      action: [
        '[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] で正規表現の変換を使っている要求を探します (要求マッピング ポリシーの場合はその内容を確認します)。',
        'パターンにアンカーを付ける、量指定子の入れ子を避けるなどして単純化し、実際の最も長い属性値で試験します。',
        '保存後、[シングル サインオンのテスト] で再度確認します。',
      ],
    },
  },
  {
    code: 501811,
    identifier: 'InvalidOneTimePasscodeOTPNotGiven',
    outcome: 'failure',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'One-time passcode was not entered',
      explanation:
        'The sign-in step expected a one-time passcode, for example a code sent by email or text message, but the form was submitted without one. The user may have pressed the button too early or the code field was cleared by a browser extension or password manager.',
      action: [
        'Ask the user to request a new code and type it in before submitting.',
        'If the code never arrives, check spam folders for email codes or the registered phone number for SMS codes.',
        'Try a different browser or disable autofill extensions if the field keeps being emptied.',
      ],
    },
    ja: {
      title: 'ワンタイム パスコードが入力されていません',
      explanation:
        'サインインの手順でメールや SMS で送られるワンタイム パスコードの入力が求められましたが、コードなしで送信されました。入力前にボタンを押してしまったか、ブラウザーの拡張機能やパスワード マネージャーが入力欄を消してしまった可能性があります。',
      action: [
        '新しいコードを要求し、入力してから送信してもらいます。',
        'コードが届かない場合は、メールなら迷惑メール フォルダー、SMS なら登録されている電話番号を確認します。',
        '入力欄が繰り返し空になる場合は、別のブラウザーを使うか自動入力の拡張機能を無効にしてもらいます。',
      ],
    },
  },
  {
    code: 530001,
    identifier: 'DeviceNotCompliantBrowserNotSupported',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'Compliant device required, but the browser cannot prove the device state',
      explanation:
        'A Conditional Access policy requires a compliant device, and the browser used could not pass the device identity to Microsoft Entra ID. The device may well be compliant; the browser simply does not support device-based checks, or is running in private mode or without the required extension or setting.',
      action: [
        'Have the user sign in with Microsoft Edge signed in with the work profile, or Chrome with the Microsoft Single Sign On extension (Windows) or the required policy.',
        'Make sure the browser is not in InPrivate or Incognito mode.',
        'Check the Device info tab of the sign-in: if Device ID is empty, the browser or app did not pass the device identity.',
        'Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met.',
      ],
    },
    ja: {
      title: '準拠デバイスが必要ですが、ブラウザーがデバイスの状態を証明できません',
      explanation:
        '条件付きアクセス ポリシーで準拠デバイスが要求されていますが、使われたブラウザーがデバイスの ID を Microsoft Entra ID に渡せませんでした。デバイス自体は準拠している可能性が高く、ブラウザーがデバイス ベースの確認に対応していないか、InPrivate モードや必要な拡張機能・設定がない状態で使われています。',
      action: [
        '職場プロファイルでサインインした Microsoft Edge、または Microsoft Single Sign On 拡張機能 (Windows) や必要なポリシーを設定した Chrome でサインインしてもらいます。',
        'InPrivate やシークレット モードを使っていないか確認します。',
        'サインインの [デバイス情報] タブを確認し、デバイス ID が空であれば、ブラウザーやアプリがデバイスの ID を渡せていません。',
        '[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。',
      ],
    },
  },
  {
    code: 530002,
    identifier: 'DeviceNotCompliantDeviceCompliantRequired',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'Conditional Access requires a compliant device and this one is not compliant',
      explanation:
        'A Conditional Access policy grants access only from devices marked compliant by Intune (or a partner MDM), and this device is not. The device may be failing a compliance setting such as OS version, encryption or a PIN, or its compliance status may not have been evaluated yet.',
      action: [
        'Check the device in Intune admin center > Devices > select the device > Device compliance to see which setting fails.',
        'Have the user open Company Portal and run Check status (or sync) after fixing the issue, then retry.',
        'Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met.',
        'If the device was enrolled only minutes ago, wait for the first compliance evaluation to finish.',
      ],
    },
    ja: {
      title: '条件付きアクセスで準拠デバイスが必要ですが、このデバイスは準拠していません',
      explanation:
        '条件付きアクセス ポリシーで、Intune (またはパートナーの MDM) が準拠とマークしたデバイスからのアクセスのみが許可されていますが、このデバイスは準拠していません。OS バージョン、暗号化、PIN などのコンプライアンス設定を満たしていないか、まだ準拠状態が評価されていない可能性があります。',
      action: [
        'Intune 管理センターの [デバイス] > 対象デバイス > [デバイスのコンプライアンス] で、どの設定が不合格かを確認します。',
        '問題を解消したらポータル サイトで [状態の確認] (または同期) を実行してもらい、再度サインインしてもらいます。',
        '[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。',
        '登録して数分しか経っていない場合は、最初のコンプライアンス評価が終わるまで待ちます。',
      ],
    },
  },
  {
    code: 530003,
    identifier: 'DeviceNotCompliantDeviceManagementRequired',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'Conditional Access requires the device to be managed',
      explanation:
        'A Conditional Access policy requires a managed device (enrolled in Intune or joined to the organization), and this device is not managed. This commonly hits personal phones or home PCs that were never enrolled.',
      action: [
        'Decide whether the device should be enrolled; if so, have the user enroll it through Company Portal (or join it to Microsoft Entra ID for Windows).',
        'If personal devices are not meant to be managed, offer browser access with app-enforced restrictions or a managed device instead.',
        'Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met.',
      ],
    },
    ja: {
      title: '条件付きアクセスでデバイスの管理が必要です',
      explanation:
        '条件付きアクセス ポリシーで管理対象デバイス (Intune に登録済み、または組織に参加済み) が要求されていますが、このデバイスは管理されていません。登録していない個人のスマートフォンや自宅の PC でよく発生します。',
      action: [
        'デバイスを登録すべきか判断し、登録する場合はポータル サイトから登録 (Windows なら Microsoft Entra 参加) してもらいます。',
        '個人デバイスを管理しない方針であれば、アプリによる制限付きのブラウザー アクセスや会社支給のデバイスを案内します。',
        '[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。',
      ],
    },
  },
  {
    code: 530011,
    identifier: 'DeviceNotDomainJoinedBrowserNotSupported',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'Hybrid-joined device required, but the browser cannot prove the device',
      explanation:
        'A Conditional Access policy requires a Microsoft Entra hybrid joined device, and the browser could not present the device identity. The computer may be joined correctly; the browser does not support the device check or is in private mode.',
      action: [
        'Have the user use Microsoft Edge signed in with the work profile, or Chrome with the Microsoft Single Sign On extension or the required policy.',
        'Run dsregcmd /status on the PC and confirm DomainJoined and AzureAdJoined are both YES and a PRT is present.',
        'Check the Device info tab of the sign-in: if Device ID is empty, the browser or app did not pass the device identity.',
      ],
    },
    ja: {
      title: 'ハイブリッド参加済みデバイスが必要ですが、ブラウザーがデバイスを証明できません',
      explanation:
        '条件付きアクセス ポリシーで Microsoft Entra ハイブリッド参加済みデバイスが要求されていますが、ブラウザーがデバイスの ID を提示できませんでした。PC 自体は正しく参加している可能性があり、ブラウザーがデバイスの確認に対応していないか、プライベート モードで使われています。',
      action: [
        '職場プロファイルでサインインした Microsoft Edge、または Microsoft Single Sign On 拡張機能や必要なポリシーを設定した Chrome を使ってもらいます。',
        'PC で dsregcmd /status を実行し、DomainJoined と AzureAdJoined がどちらも YES で、PRT があることを確認します。',
        'サインインの [デバイス情報] タブを確認し、デバイス ID が空であれば、ブラウザーやアプリがデバイスの ID を渡せていません。',
      ],
    },
  },
  {
    code: 530021,
    identifier: 'ApplicationUsedIsNotAnApprovedAppRequiredByConditionalAccess',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'Conditional Access requires an approved client app',
      explanation:
        'A Conditional Access policy allows access only from approved client apps, such as Outlook mobile instead of the built-in mail app, and the app used is not on that list. It mostly affects mobile devices using native or third-party apps.',
      action: [
        'Have the user install and sign in with the Microsoft app for the task (for example Outlook, Teams or Edge mobile).',
        'On iOS and Android, make sure the broker app (Authenticator or Company Portal) is installed, as the approved-app check relies on it.',
        'Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met.',
      ],
    },
    ja: {
      title: '条件付きアクセスで承認済みクライアント アプリが必要です',
      explanation:
        '条件付きアクセス ポリシーで、標準のメール アプリではなく Outlook モバイルを使うなど、承認済みクライアント アプリからのアクセスのみが許可されており、使われたアプリはその一覧に含まれていません。主にモバイル デバイスで標準アプリやサードパーティ製アプリを使った場合に起こります。',
      action: [
        '用途に応じた Microsoft のアプリ (Outlook、Teams、Edge モバイルなど) をインストールし、そのアプリでサインインしてもらいます。',
        '承認済みアプリの確認にはブローカー アプリが使われるため、iOS や Android では Authenticator またはポータル サイトがインストールされているか確認します。',
        '[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。',
      ],
    },
  },
  {
    code: 530032,
    identifier: 'BlockedByConditionalAccessOnSecurityPolicy',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'tenant-admin',
    en: {
      title: 'Sign-in blocked by a tenant security policy',
      explanation:
        'A security policy configured at tenant level blocked this request. Unlike a named Conditional Access policy failure, the cause may be a broader tenant security setting, so the sign-in details are the best guide.',
      action: [
        'Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met.',
        'Read the Failure reason and Additional details of the sign-in for the policy or setting named.',
        'Review tenant-wide protections such as Conditional Access policies targeting all users, authentication flow restrictions and risk-based policies.',
        'If the block is unexpected, use the What If tool in Conditional Access with the same user, app and conditions.',
      ],
    },
    ja: {
      title: 'テナントのセキュリティ ポリシーによりサインインがブロックされました',
      explanation:
        'テナント レベルで構成されたセキュリティ ポリシーがこの要求をブロックしました。特定の条件付きアクセス ポリシーによる失敗とは異なり、より広いテナントのセキュリティ設定が原因のこともあるため、サインインの詳細が最も確かな手掛かりになります。',
      action: [
        '[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。',
        'サインインの [失敗の理由] と [追加の詳細] に記載されたポリシーや設定を確認します。',
        '全ユーザーを対象とする条件付きアクセス ポリシー、認証フローの制限、リスク ベースのポリシーなど、テナント全体の保護設定を見直します。',
        '想定外のブロックであれば、条件付きアクセスの What If ツールで同じユーザー、アプリ、条件を指定して評価します。',
      ],
    },
  },
  {
    code: 530033,
    identifier: 'BlockedByConditionalAccessForRemoteDeviceFlow',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'tenant-admin',
    en: {
      title: 'Device code or cross-device sign-in blocked by Conditional Access',
      explanation:
        'The sign-in used a flow where the user authenticates on one device for another, such as device code flow or authentication transfer, and Conditional Access blocks that flow. Many organizations block device code flow on purpose because it is widely abused in phishing.',
      action: [
        'Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met.',
        'Check the policies that use the Authentication flows condition and whether the user, app or location should be excluded.',
        'If the flow is legitimate (for example a shared meeting-room device), scope a narrow exception; otherwise have the user sign in directly on the device.',
      ],
    },
    ja: {
      title: 'デバイス コードまたはデバイス間のサインインが条件付きアクセスでブロックされました',
      explanation:
        'デバイス コード フローや認証の転送など、別のデバイスのために一方のデバイスで認証するフローが使われ、条件付きアクセスでそのフローがブロックされました。デバイス コード フローはフィッシングに悪用されることが多いため、意図的にブロックしている組織も多くあります。',
      action: [
        '[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。',
        '[認証フロー] の条件を使っているポリシーを確認し、このユーザー、アプリ、場所を除外すべきか検討します。',
        '会議室の共有デバイスなど正当な利用であれば範囲を絞って例外を設け、そうでなければデバイス上で直接サインインしてもらいます。',
      ],
    },
  },
  {
    code: 530034,
    identifier: 'DelegatedAdminBlockedDueToSuspiciousActivity',
    outcome: 'failure',
    category: 'account-state',
    actor: 'tenant-admin',
    en: {
      title: 'Partner administrator blocked because their own account is at risk',
      explanation:
        'A delegated administrator from a partner organization (GDAP or DAP) tried to access this customer tenant, but their account is flagged as risky in their home tenant. Access is refused until the partner organization remediates the risk on that account.',
      action: [
        'If you are the partner, review the admin account in your own tenant under Protection > Identity Protection > Risky users and remediate (password reset, MFA, dismiss if confirmed safe).',
        'Check the account for signs of compromise before dismissing the risk.',
        'If you are the customer, contact the partner and tell them which admin account was blocked and when.',
      ],
    },
    ja: {
      title: 'パートナー管理者のアカウントにリスクがあるためブロックされました',
      explanation:
        'パートナー組織の委任管理者 (GDAP または DAP) がこの顧客テナントにアクセスしようとしましたが、そのアカウントがホーム テナントでリスクありと判定されています。パートナー組織がそのアカウントのリスクを解消するまで、アクセスは拒否されます。',
      action: [
        'パートナー側であれば、自テナントの [保護] > [Identity Protection] > [危険なユーザー] で管理者アカウントを確認し、パスワード リセットや MFA などで対処します (安全と確認できた場合はリスクを無視)。',
        'リスクを無視する前に、アカウントが侵害されていないか確認します。',
        '顧客側であれば、ブロックされた管理者アカウントと日時をパートナーに伝えます。',
      ],
    },
  },
  {
    code: 530035,
    identifier: 'BlockedBySecurityDefaults',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'tenant-admin',
    en: {
      title: 'Sign-in blocked by security defaults',
      explanation:
        'The tenant has security defaults turned on, and this request falls under one of their built-in blocks, most often legacy authentication such as IMAP, POP or basic SMTP AUTH. Security defaults cannot be tuned per user or app, so the client has to change or the tenant has to move to Conditional Access.',
      action: [
        'Check the Client app field of the sign-in; legacy protocols such as IMAP4, POP3 or SMTP will be blocked.',
        'Move the client to modern authentication (for example current Outlook, or OAuth for IMAP/SMTP).',
        'If exceptions are really needed, replace security defaults with Conditional Access policies (Entra ID P1) and design the exceptions there.',
      ],
    },
    ja: {
      title: 'セキュリティの既定値群によりサインインがブロックされました',
      explanation:
        'テナントでセキュリティの既定値群が有効になっており、この要求はその組み込みのブロックの対象でした。多くの場合、IMAP、POP、基本認証の SMTP AUTH などのレガシ認証です。セキュリティの既定値群はユーザーやアプリ単位で調整できないため、クライアントを変更するか、条件付きアクセスに移行する必要があります。',
      action: [
        'サインインの [クライアント アプリ] を確認します。IMAP4、POP3、SMTP などのレガシ プロトコルはブロックされます。',
        'クライアントを最新の Outlook や OAuth 対応の IMAP/SMTP など、先進認証に対応したものに切り替えます。',
        'どうしても例外が必要な場合は、セキュリティの既定値群を条件付きアクセス ポリシー (Entra ID P1) に置き換え、そこで例外を設計します。',
      ],
    },
  },
];
