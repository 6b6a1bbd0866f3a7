// GENERATED from src/core/catalog/data/codes-100007-120005.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 100007,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The regional token endpoint was used by a client that is not allowed to use it",
      "explanation": "Entra ID regional endpoints serve only managed identities and a narrow set of Microsoft-internal scenarios (apps using certificate subject name and issuer authentication in Microsoft infrastructure tenants). A regular application sent its token request to a regional endpoint and was refused. The app should use the normal global endpoint.",
      "action": [
        "Check whether the app or its MSAL configuration sets an Azure region (for example WithAzureRegion or an AZURE_REGIONAL_AUTHORITY_NAME setting).",
        "Remove the regional setting so requests go to login.microsoftonline.com.",
        "If this is a managed identity scenario that still fails, collect the correlation ID and timestamp and open a support request."
      ]
    },
    "ja": {
      "title": "利用が許可されていないクライアントが、リージョン トークン エンドポイントを使いました",
      "explanation": "Entra ID のリージョン エンドポイントは、マネージド ID と、Microsoft インフラストラクチャ テナントで証明書のサブジェクト名と発行者による認証を使うアプリなど、ごく限られた Microsoft 内部のシナリオ専用です。通常のアプリケーションがリージョン エンドポイントにトークン要求を送ったため、拒否されました。アプリは通常のグローバル エンドポイントを使う必要があります。",
      "action": [
        "アプリや MSAL の設定で Azure リージョンを指定していないか (WithAzureRegion や AZURE_REGIONAL_AUTHORITY_NAME などの設定) 確認します。",
        "リージョン指定を外し、要求が login.microsoftonline.com に送られるようにします。",
        "マネージド ID のシナリオなのに失敗する場合は、相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 120000,
    "identifier": "PasswordChangeIncorrectCurrentPassword",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "Password change failed because the current password was wrong",
      "explanation": "When changing their password, the user must first type the current one, and what they entered did not match. The new password was therefore not set. It is usually a typo or confusion with an older password.",
      "action": [
        "Ask the user to try the change again, typing the current password carefully.",
        "If they do not remember it, use self-service password reset or have the helpdesk reset the password (Users > select the user > Reset password).",
        "Watch for many repeated attempts, which can lead to account lockout."
      ]
    },
    "ja": {
      "title": "現在のパスワードが誤っていたため、パスワードの変更に失敗しました",
      "explanation": "パスワードを変更するには最初に現在のパスワードを入力する必要がありますが、入力された値が一致しませんでした。そのため新しいパスワードは設定されていません。多くは入力ミスか、以前のパスワードとの取り違えです。",
      "action": [
        "現在のパスワードを注意して入力し、もう一度変更を試すようユーザーに案内します。",
        "覚えていない場合は、セルフサービス パスワード リセット (SSPR) を使うか、ヘルプデスクがリセットします (ユーザー > 対象ユーザー > パスワードのリセット)。",
        "何度も失敗するとアカウントがロックされることがあるため、繰り返しの試行に注意します。"
      ]
    }
  },
  {
    "code": 120002,
    "identifier": "PasswordChangeInvalidNewPasswordWeak",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "The new password was rejected as too weak",
      "explanation": "The password the user chose does not meet the strength requirements, for example it is too short, too simple, or contains words blocked by Microsoft Entra Password Protection. The old password stays in effect. Choosing a longer, less predictable password solves it.",
      "action": [
        "Ask the user to choose a longer password (a passphrase works well) that avoids common words, the company name and simple patterns.",
        "If many users struggle, review the custom banned password list under Authentication methods > Password protection."
      ]
    },
    "ja": {
      "title": "新しいパスワードが弱すぎるため拒否されました",
      "explanation": "ユーザーが選んだパスワードは、短すぎる、単純すぎる、Microsoft Entra パスワード保護で禁止された単語を含むなど、強度の要件を満たしていません。古いパスワードはそのまま有効です。より長く推測されにくいパスワードを選べば解決します。",
      "action": [
        "よく使われる単語、会社名、単純なパターンを避けた、より長いパスワード (パスフレーズが有効です) を選ぶようユーザーに案内します。",
        "多くのユーザーが苦労している場合は、認証方法 > パスワード保護 のカスタム禁止パスワード一覧を見直します。"
      ]
    }
  },
  {
    "code": 120003,
    "identifier": "PasswordChangeInvalidNewPasswordContainsMemberName",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "The new password contains the user's own name",
      "explanation": "The chosen password includes part of the user's account name or display name, which the password rules do not allow. Such passwords are easy to guess. The user needs to pick one that does not contain their name.",
      "action": [
        "Ask the user to choose a password that does not include their user name, first name or last name.",
        "Remind them of the other requirements (length, complexity) so the next attempt succeeds."
      ]
    },
    "ja": {
      "title": "新しいパスワードにユーザー自身の名前が含まれています",
      "explanation": "選ばれたパスワードにアカウント名や表示名の一部が含まれており、パスワードの規則で許可されていません。このようなパスワードは推測されやすいためです。名前を含まないパスワードを選ぶ必要があります。",
      "action": [
        "ユーザー名や姓・名を含まないパスワードを選ぶようユーザーに案内します。",
        "次の試行で成功するよう、長さや複雑さなどほかの要件もあわせて伝えます。"
      ]
    }
  },
  {
    "code": 120004,
    "identifier": "PasswordChangeOnPremComplexity",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "The new password does not meet the on-premises Active Directory password policy",
      "explanation": "For a synchronized user with password writeback, the new password is set in on-premises Active Directory, and the domain password policy rejected it. Complexity, minimum length, password history or minimum password age rules can all cause this. The cloud may accept a password that AD refuses.",
      "action": [
        "Tell the user the on-premises rules (length, complexity, no reuse of recent passwords) and have them choose a different password.",
        "If the user changed the password very recently, the minimum password age may block a new change; wait or have an admin reset it.",
        "Check the domain or fine-grained password policy that applies to the user in Active Directory."
      ]
    },
    "ja": {
      "title": "新しいパスワードがオンプレミス Active Directory のパスワード ポリシーを満たしていません",
      "explanation": "パスワード ライトバックを使う同期ユーザーでは、新しいパスワードがオンプレミスの Active Directory に設定されますが、ドメインのパスワード ポリシーに拒否されました。複雑さ、最小文字数、パスワードの履歴、パスワードの最小有効期間のいずれかが原因になり得ます。クラウド側では通るパスワードでも、AD 側で拒否されることがあります。",
      "action": [
        "オンプレミスの規則 (長さ、複雑さ、最近使ったパスワードの再利用不可) を伝え、別のパスワードを選んでもらいます。",
        "直前にパスワードを変更していた場合は、最小有効期間のため再変更できないことがあります。時間を置くか、管理者がリセットします。",
        "Active Directory で、そのユーザーに適用されるドメインまたは細かい設定のパスワード ポリシーを確認します。"
      ]
    }
  },
  {
    "code": 120005,
    "identifier": "PasswordChangeOnPremSuccessCloudFail",
    "outcome": "failure",
    "category": "credentials",
    "actor": "helpdesk-admin",
    "en": {
      "title": "The password changed on premises, but the cloud update failed",
      "explanation": "With password writeback, the new password was written successfully to on-premises Active Directory, but the matching update in Entra ID did not complete. For a while the two sides may accept different passwords. Password hash synchronization, if enabled, usually brings them back in line.",
      "action": [
        "Tell the user the new password is already active on premises; have them try it for cloud sign-in after a few minutes.",
        "If the cloud still accepts only the old password, check password hash sync and password writeback health in Entra Connect Health.",
        "If the mismatch remains, reset the password once more through a single channel and collect the correlation ID for support."
      ]
    },
    "ja": {
      "title": "オンプレミスではパスワードが変更されましたが、クラウドの更新に失敗しました",
      "explanation": "パスワード ライトバックにより、新しいパスワードはオンプレミスの Active Directory には正常に書き込まれましたが、対応する Entra ID 側の更新が完了しませんでした。しばらくの間、両者で受け付けられるパスワードが異なる可能性があります。パスワード ハッシュ同期を有効にしていれば、通常はそれによって一致した状態に戻ります。",
      "action": [
        "新しいパスワードはオンプレミスではすでに有効であることを伝え、数分後にクラウドへのサインインでも試してもらいます。",
        "クラウドで古いパスワードしか通らない場合は、Entra Connect Health でパスワード ハッシュ同期とパスワード ライトバックの状態を確認します。",
        "不一致が解消しない場合は、1 つの経路でもう一度パスワードをリセットし、相関 ID を控えてサポートに問い合わせます。"
      ]
    }
  }
];
