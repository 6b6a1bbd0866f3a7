// GENERATED from src/core/catalog/data/codes-500343-501621.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 500343,
    "identifier": "UserAccountNotFoundFailedToCreateRemoteSignIn",
    "outcome": "failure",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "Phone sign-in request could not be created because the account was not found",
      "explanation": "The code is not in the public reference; its name says the service could not create the remote sign-in request that is pushed to Microsoft Authenticator, because it found no matching account. A mistyped user name or an account that was renamed or removed from Authenticator are the likely reasons.",
      "action": [
        "Check the user name entered against the UPN in Entra admin center > Users.",
        "Have the user check in Microsoft Authenticator that the work account is present and phone sign-in is enabled; add it again if needed.",
        "Let the user sign in with password and MFA until phone sign-in works."
      ]
    },
    "ja": {
      "title": "アカウントが見つからないため、電話サインインの要求を作成できませんでした",
      "explanation": "このコードは公開リファレンスには載っていませんが、名前からは、一致するアカウントが見つからず、Microsoft Authenticator に送るリモート サインイン要求を作成できなかったことがわかります。ユーザー名の入力ミスや、アカウント名の変更、Authenticator からのアカウント削除が考えられます。",
      "action": [
        "入力されたユーザー名を、Microsoft Entra 管理センターの [ユーザー] にある UPN と照合します。",
        "Microsoft Authenticator に職場アカウントが登録されていて電話によるサインインが有効かを確認してもらい、必要なら追加し直してもらいます。",
        "電話サインインが使えるようになるまでは、パスワードと MFA でサインインしてもらいます。"
      ]
    }
  },
  {
    "code": 500344,
    "identifier": "UserAccountNotFoundForFidoSignIn",
    "outcome": "failure",
    "category": "account-state",
    "actor": "user",
    "en": {
      "title": "No account in this tenant matches the passkey used",
      "explanation": "The user signed in with a passkey or FIDO2 security key, but Microsoft Entra ID found no user in this tenant that owns that credential. The key may be registered to an account in another tenant, the passkey may have been removed from the user, or the account may have been deleted.",
      "action": [
        "Ask the user which account the passkey was registered for and make sure they are signing in to the right organization.",
        "Check Users > select the user > Authentication methods for a passkey entry; if it is missing, have the user register the key again.",
        "If the account was deleted, restore it from Deleted users or issue a new account and credential."
      ]
    },
    "ja": {
      "title": "使われたパスキーに一致するアカウントがこのテナントにありません",
      "explanation": "パスキーまたは FIDO2 セキュリティ キーでサインインしましたが、Microsoft Entra ID はこのテナントでその資格情報を所有するユーザーを見つけられませんでした。キーが別のテナントのアカウントに登録されている、ユーザーからパスキーが削除された、またはアカウントが削除された可能性があります。",
      "action": [
        "パスキーをどのアカウントに登録したかをユーザーに確認し、正しい組織にサインインしているか確かめます。",
        "[ユーザー] > 対象ユーザー > [認証方法] にパスキーが登録されているか確認し、なければキーを登録し直してもらいます。",
        "アカウントが削除されていた場合は [削除済みユーザー] から復元するか、新しいアカウントと資格情報を発行します。"
      ]
    }
  },
  {
    "code": 500571,
    "identifier": "GuestUserDisabled",
    "outcome": "failure",
    "category": "account-state",
    "actor": "tenant-admin",
    "en": {
      "title": "Guest account is disabled in the resource tenant",
      "explanation": "The user is a B2B guest in the tenant that owns the resource, and sign-in has been blocked for their guest account there. Guest accounts are often disabled by access reviews, by lifecycle automation for inactive guests, or manually when a collaboration ends.",
      "action": [
        "In the resource tenant, open Entra admin center > Users, find the guest and check Account enabled (Block sign-in) in Properties.",
        "Check Audit logs and any access review results to see why the guest was disabled.",
        "If the collaboration is still valid, enable the account again; otherwise tell the user that access has ended."
      ]
    },
    "ja": {
      "title": "リソース テナントでゲスト アカウントが無効化されています",
      "explanation": "ユーザーはリソースを所有するテナントの B2B ゲストで、そのテナントでゲスト アカウントのサインインがブロックされています。ゲスト アカウントは、アクセス レビュー、非アクティブなゲストを対象としたライフサイクルの自動処理、または協業終了時の手動操作で無効化されることがよくあります。",
      "action": [
        "リソース テナントの Microsoft Entra 管理センターで [ユーザー] から対象のゲストを開き、[プロパティ] の [アカウントの有効化] (サインインのブロック) を確認します。",
        "監査ログやアクセス レビューの結果から、無効化された理由を確認します。",
        "協業が続いているならアカウントを有効に戻し、そうでなければアクセスが終了したことをユーザーに伝えます。"
      ]
    }
  },
  {
    "code": 501241,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "SAML token could not be built because a required claim value is missing",
      "explanation": "While building the SAML response for an enterprise application, Microsoft Entra ID could not get a value for a mandatory input, most often the source attribute of the Name ID (Unique User Identifier) claim. This happens when the chosen attribute is empty for this user, for example user.mail for an account without a mailbox or an on-premises attribute for a cloud-only user.",
      "action": [
        "Open Entra admin center > Enterprise applications > select the app > Single sign-on > Attributes & Claims and check the Unique User Identifier (Name ID) source attribute.",
        "Check that this attribute has a value on the affected user (Users > select the user > Properties).",
        "Choose an attribute that every assigned user has, such as user.userprincipalname, or add a fallback with a claim condition or transformation.",
        "Test with Test single sign-on on the application SSO page."
      ]
    },
    "ja": {
      "title": "必須の要求の値がないため SAML トークンを作成できませんでした",
      "explanation": "エンタープライズ アプリケーション向けの SAML 応答を作成する際、Microsoft Entra ID は必須の入力値、多くの場合は名前 ID (一意のユーザー識別子) 要求のソース属性の値を取得できませんでした。メールボックスのないアカウントで user.mail を使っている場合や、クラウド専用ユーザーでオンプレミスの属性を使っている場合など、選んだ属性がこのユーザーでは空であることが原因です。",
      "action": [
        "Microsoft Entra 管理センターの [エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] で、一意のユーザー識別子 (名前 ID) のソース属性を確認します。",
        "影響を受けたユーザーでその属性に値が入っているか確認します ([ユーザー] > 対象ユーザー > [プロパティ])。",
        "user.userprincipalname など割り当て対象の全ユーザーが持つ属性を選ぶか、要求の条件や変換で代わりの値を設定します。",
        "アプリの SSO ページにある [シングル サインオンのテスト] で動作を確認します。"
      ]
    }
  },
  {
    "code": 501271,
    "identifier": "BrokerAppNotInstalledDeviceAuthenticationFailed",
    "outcome": "failure",
    "category": "device",
    "actor": "user",
    "en": {
      "title": "Device authentication failed because the broker app is not installed",
      "explanation": "The sign-in required the device to prove its identity, which on mobile devices is done through a broker app, and no broker was found. On iOS the broker is Microsoft Authenticator, on Android it is Microsoft Authenticator or Intune Company Portal.",
      "action": [
        "Have the user install Microsoft Authenticator (iOS) or Company Portal or Authenticator (Android) from the official store.",
        "Ask the user to open the broker once and add or register the work account, then retry in the original app.",
        "If the device should be managed, check that it is enrolled in Intune and appears under Devices > All devices."
      ]
    },
    "ja": {
      "title": "ブローカー アプリがインストールされていないためデバイス認証に失敗しました",
      "explanation": "サインインにはデバイスの ID の証明が必要で、モバイル デバイスではブローカー アプリがこれを行いますが、ブローカーが見つかりませんでした。iOS では Microsoft Authenticator、Android では Microsoft Authenticator または Intune ポータル サイトがブローカーになります。",
      "action": [
        "公式ストアから Microsoft Authenticator (iOS)、またはポータル サイトか Authenticator (Android) をインストールしてもらいます。",
        "ブローカー アプリを一度開いて職場アカウントを追加または登録してから、元のアプリで再試行してもらいます。",
        "管理対象のはずのデバイスであれば、Intune に登録され [デバイス] > [すべてのデバイス] に表示されているか確認します。"
      ]
    }
  },
  {
    "code": 501291,
    "identifier": "DeviceIsNotWorkplaceJoinedForMamApp",
    "outcome": "failure",
    "category": "device",
    "actor": "user",
    "en": {
      "title": "Device must be registered before this app protection policy can apply",
      "explanation": "The app is covered by an Intune app protection (MAM) policy or a Conditional Access rule that requires one, and the device has not been registered with Microsoft Entra ID through the broker. Without registration the app cannot receive its protection policy, so the sign-in is stopped.",
      "action": [
        "Have the user install the broker app (Microsoft Authenticator on iOS, Company Portal on Android) and sign in to it with the work account.",
        "Retry in the protected app; it should prompt for device registration and then apply the app protection policy.",
        "Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met."
      ]
    },
    "ja": {
      "title": "アプリ保護ポリシーを適用するにはデバイスの登録が必要です",
      "explanation": "このアプリは Intune のアプリ保護 (MAM) ポリシー、またはそれを要求する条件付きアクセスの対象ですが、デバイスがブローカー経由で Microsoft Entra ID に登録されていません。登録がないとアプリが保護ポリシーを受け取れないため、サインインが止められます。",
      "action": [
        "ブローカー アプリ (iOS は Microsoft Authenticator、Android はポータル サイト) をインストールし、職場アカウントでサインインしてもらいます。",
        "保護対象のアプリで再試行すると、デバイス登録を求められ、その後アプリ保護ポリシーが適用されます。",
        "[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。"
      ]
    }
  },
  {
    "code": 501461,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Mapped claims are accepted only for GUID or verified-domain audiences",
      "explanation": "The application registration has acceptMappedClaims set, but the token audience is neither the application GUID nor a URI on one of the tenant verified domains. Microsoft blocks this combination so that a claims-mapping policy cannot be abused to mint tokens for another party.",
      "action": [
        "Open App registrations > select the app > Manifest and check acceptMappedClaims and the identifierUris (Application ID URI).",
        "Change the Application ID URI to api://<app-id> or a URI on a verified domain of the tenant, or request tokens with the app GUID as audience.",
        "Alternatively, configure an application-specific signing key and remove acceptMappedClaims."
      ]
    },
    "ja": {
      "title": "マップされた要求は GUID または確認済みドメインの対象ユーザーでのみ受け付けられます",
      "explanation": "アプリの登録で acceptMappedClaims が設定されていますが、トークンの対象ユーザーがアプリケーションの GUID でも、テナントの確認済みドメイン上の URI でもありません。要求マッピング ポリシーを悪用して他者向けのトークンが作られないよう、Microsoft はこの組み合わせをブロックしています。",
      "action": [
        "[アプリの登録] > 対象アプリ > [マニフェスト] で acceptMappedClaims と identifierUris (アプリケーション ID URI) を確認します。",
        "アプリケーション ID URI を api://<アプリ ID> かテナントの確認済みドメイン上の URI に変更するか、アプリの GUID を対象ユーザーとしてトークンを要求します。",
        "あるいは、アプリケーション固有の署名キーを構成して acceptMappedClaims を外します。"
      ]
    }
  },
  {
    "code": 501481,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "PKCE code verifier does not match the code challenge",
      "explanation": "When redeeming an authorization code, the app sent a code_verifier that does not hash to the code_challenge it sent in the authorization request. This is a client bug: usually the verifier was regenerated, lost between redirects, or belonged to a different sign-in in another tab.",
      "action": [
        "Make sure the app stores the code_verifier for each authorization request and uses exactly that value when redeeming the code.",
        "Check for parallel sign-ins (several tabs or retries) that overwrite the stored verifier.",
        "Use MSAL rather than hand-written PKCE code where possible, and update it to a current version."
      ]
    },
    "ja": {
      "title": "PKCE のコード検証子がコード チャレンジと一致しません",
      "explanation": "認可コードを引き換える際、アプリが送った code_verifier のハッシュが、認可要求で送った code_challenge と一致しませんでした。これはクライアント側の不具合で、多くは検証子を作り直した、リダイレクトの途中で失った、別のタブの別のサインインのものを使った、のいずれかです。",
      "action": [
        "認可要求ごとに code_verifier を保存し、コードの引き換え時に同じ値をそのまま使っているか確認します。",
        "複数のタブや再試行による並行したサインインで、保存した検証子が上書きされていないか確認します。",
        "可能な限り自作の PKCE 処理ではなく MSAL を使い、最新バージョンに更新します。"
      ]
    }
  },
  {
    "code": 501491,
    "identifier": "InvalidCodeChallengeMethodInvalidSize",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "PKCE code challenge has an invalid length",
      "explanation": "The code_challenge parameter in the authorization request is not the size the PKCE specification requires. The app probably encoded the hash incorrectly (for example standard Base64 with padding instead of Base64url) or used a verifier that is too short or too long.",
      "action": [
        "Check that the code_verifier is a random string of 43 to 128 allowed characters.",
        "For S256, make sure the challenge is the SHA-256 hash of the verifier encoded as Base64url without padding.",
        "Prefer MSAL or another maintained library that implements PKCE for you."
      ]
    },
    "ja": {
      "title": "PKCE のコード チャレンジの長さが不正です",
      "explanation": "認可要求の code_challenge パラメーターが、PKCE の仕様で求められる長さになっていません。ハッシュのエンコードを誤った (Base64url ではなくパディング付きの標準 Base64 を使ったなど) か、検証子が短すぎるか長すぎる可能性があります。",
      "action": [
        "code_verifier が、使用可能な文字による 43 ～ 128 文字のランダムな文字列になっているか確認します。",
        "S256 の場合、チャレンジが検証子の SHA-256 ハッシュをパディングなしの Base64url でエンコードしたものか確認します。",
        "PKCE を実装済みの MSAL など、保守されているライブラリの利用をお勧めします。"
      ]
    }
  },
  {
    "code": 501621,
    "identifier": "ClaimsTransformationTimeoutRegularExpressionTimeout",
    "outcome": "failure",
    "category": "application-config",
    "actor": "tenant-admin",
    "en": {
      "title": "Claims transformation timed out on a regular expression",
      "explanation": "A RegexReplace claims transformation configured for the application took too long to evaluate, so the token was not issued. The pattern is probably too complex or prone to catastrophic backtracking on certain input values; a retry may work, but the underlying rule needs fixing.",
      "action": [
        "Open Enterprise applications > select the app > Single sign-on > Attributes & Claims and find the claims that use a regex transformation (or check the claims-mapping policy).",
        "Simplify the pattern: anchor it, avoid nested quantifiers, and test it against the longest real attribute values.",
        "Test again with Test single sign-on after saving."
      ]
    },
    "ja": {
      "title": "正規表現を使った要求の変換がタイムアウトしました",
      "explanation": "アプリケーションに設定された RegexReplace の要求変換の評価に時間がかかりすぎたため、トークンが発行されませんでした。パターンが複雑すぎるか、特定の入力値で過剰なバックトラックが起きている可能性が高く、再試行で通ることもありますが、ルール自体の修正が必要です。",
      "action": [
        "[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] で正規表現の変換を使っている要求を探します (要求マッピング ポリシーの場合はその内容を確認します)。",
        "パターンにアンカーを付ける、量指定子の入れ子を避けるなどして単純化し、実際の最も長い属性値で試験します。",
        "保存後、[シングル サインオンのテスト] で再度確認します。"
      ]
    }
  }
];
