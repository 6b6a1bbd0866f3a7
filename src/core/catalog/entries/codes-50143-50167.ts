// AADSTS 50143–50167: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 50143,
    identifier: '',
    outcome: 'interrupted',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'Session mismatch: the signed-in account\'s tenant does not match the domain hint',
      explanation:
        'The existing browser session belongs to a user from one tenant, while the request carried a domain hint pointing to another, for example because a different resource or app was involved. Entra ID does not reuse the session and pauses so the user can sign in with a matching account. It normally resolves in the same flow.',
      action: [
        'Check whether a successful sign-in by the same user follows; if so, nothing needs to be done.',
        'Ask the user to pick or enter the account that belongs to the organization the app is for, or to sign out of the other account.',
        'Developer: check the domain_hint value the app sends and make sure it matches the tenant the user actually belongs to.',
        'If the loop persists, collect the correlation ID, request ID and timestamp for a support request.',
      ],
    },
    ja: {
      title: 'セッションの不一致 (サインイン中のアカウントのテナントがドメインのヒントと合わない)',
      explanation:
        'ブラウザーの既存のセッションはあるテナントのユーザーのものですが、要求には別のテナントを指すドメインのヒントが含まれていました。別のリソースやアプリが関係した場合などに起こります。Entra ID はそのセッションを再利用せず、一致するアカウントでサインインできるよう中断します。通常は同じ流れの中で解消します。',
      action: [
        '同じユーザーの成功サインインが続いているか確認します。あれば対応は不要です。',
        'アプリの対象となる組織のアカウントを選ぶか入力する、またはもう一方のアカウントからサインアウトするようユーザーに案内します。',
        '開発者: アプリが送る domain_hint の値が、ユーザーが実際に所属するテナントと一致しているか確認します。',
        '繰り返す場合は、相関 ID、要求 ID、日時を控えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 50144,
    identifier: 'InvalidPasswordExpiredOnPremPassword',
    outcome: 'interrupted',
    category: 'credentials',
    actor: 'user',
    en: {
      title: 'The user\'s on-premises Active Directory password has expired',
      explanation:
        'The account is synchronized from on-premises Active Directory, and its AD password has passed its expiration date, so the user must set a new one. With self-service password reset and password writeback in place, the user can change it directly from the cloud sign-in. Otherwise the change has to happen on-premises, or the helpdesk resets it.',
      action: [
        'Ask the user to change the password at the prompt if it is offered, or through self-service password reset.',
        'If writeback is not available, have the user change the password on a domain-joined computer (on the network or VPN), or reset it in Active Directory Users and Computers.',
        'Check in Microsoft Entra Connect that password writeback is enabled if users should be able to change expired passwords from the cloud.',
        'After a reset, allow time for synchronization before the user signs in again.',
      ],
    },
    ja: {
      title: 'ユーザーのオンプレミス Active Directory のパスワードの有効期限が切れている',
      explanation:
        'アカウントはオンプレミスの Active Directory から同期されており、AD 上のパスワードが期限切れになったため、新しいパスワードの設定が必要です。セルフサービス パスワード リセットとパスワード ライトバックが構成されていれば、クラウドのサインイン画面からそのまま変更できます。そうでなければ、オンプレミスで変更するか、ヘルプデスクがリセットする必要があります。',
      action: [
        '画面に変更の案内が出ればそこで、またはセルフサービス パスワード リセットでパスワードを変更するよう案内します。',
        'ライトバックが使えない場合は、社内ネットワークまたは VPN に接続したドメイン参加済みのコンピューターで変更してもらうか、[Active Directory ユーザーとコンピューター] でリセットします。',
        '期限切れのパスワードをクラウドから変更できるようにしたい場合は、Microsoft Entra Connect でパスワード ライトバックが有効か確認します。',
        'リセットした場合は、同期が完了してからサインインしてもらいます。',
      ],
    },
  },
  {
    code: 50146,
    identifier: 'MissingCustomSigningKey',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'The app must use its own signing key, but no valid one is configured',
      explanation:
        'The application has to receive tokens signed with an app-specific key, typically because a claims mapping policy customizes its tokens, and no such key is configured or the key has expired or is not yet valid. Without it Entra ID will not issue the customized token.',
      action: [
        'Check whether a claims mapping policy or custom claims apply to the app (Enterprise applications > the app > Single sign-on > Attributes & Claims, or the policies assigned to the service principal).',
        'Either configure an app-specific signing certificate for the service principal, or, where the token audience allows it, set acceptMappedClaims to true in the app registration manifest.',
        'If a custom signing key is already configured, renew it when expired and check which key the service principal is set to prefer.',
      ],
    },
    ja: {
      title: 'アプリ固有の署名キーが必要だが、有効なキーが構成されていない',
      explanation:
        'アプリケーションはアプリ固有のキーで署名されたトークンを受け取る必要がありますが (多くはクレーム マッピング ポリシーでトークンをカスタマイズしているため)、そのキーが構成されていないか、期限切れ、またはまだ有効期間前です。キーがなければ、Entra ID はカスタマイズしたトークンを発行しません。',
      action: [
        'クレーム マッピング ポリシーやカスタム クレームがアプリに適用されているか確認します ([エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム]、またはサービス プリンシパルに割り当てられたポリシー)。',
        'サービス プリンシパルにアプリ固有の署名証明書を構成するか、トークンの対象ユーザーが条件を満たす場合はアプリの登録のマニフェストで acceptMappedClaims を true にします。',
        'すでに独自の署名キーを構成している場合は、期限切れであれば更新し、サービス プリンシパルが優先するキーの設定を確認します。',
      ],
    },
  },
  {
    code: 50147,
    identifier: 'MissingCodeChallenge',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The PKCE code_challenge is missing or has an invalid size',
      explanation:
        'The authorization request used PKCE, but the code_challenge parameter did not have a valid length (the identifier suggests it may also be missing where PKCE is required, such as for single-page apps). The sign-in cannot start until the app sends a correct challenge.',
      action: [
        'Developer: generate a code_verifier of 43 to 128 characters from the allowed character set.',
        'Derive the code_challenge with SHA-256 and base64url-encode it without padding (43 characters), and send code_challenge_method=S256.',
        'Prefer MSAL, which handles PKCE automatically, over hand-written code.',
      ],
    },
    ja: {
      title: 'PKCE の code_challenge がない、またはサイズが不正',
      explanation:
        '認可要求で PKCE が使われましたが、code_challenge パラメーターの長さが有効ではありませんでした (識別子からは、シングルページ アプリなど PKCE が必須の場面でパラメーター自体がない場合も含むと考えられます)。アプリが正しいチャレンジを送るまでサインインを開始できません。',
      action: [
        '開発者: 使用可能な文字で 43 ～ 128 文字の code_verifier を生成します。',
        'code_challenge は SHA-256 で求め、パディングなしの base64url でエンコードし (43 文字)、code_challenge_method=S256 を指定して送ります。',
        '独自実装ではなく、PKCE を自動的に処理する MSAL を使うことをお勧めします。',
      ],
    },
  },
  {
    code: 50148,
    identifier: '',
    outcome: 'interrupted',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'PKCE check failed: the code_verifier does not match the code_challenge',
      explanation:
        'When the app redeemed the authorization code, the code_verifier it sent did not match the code_challenge from the original authorize request. This is an application bug, typically a verifier lost or overwritten between requests (for example with several sign-ins running in parallel tabs) or hashed incorrectly. Microsoft\'s sign-in analysis workbook lists the code as an interrupt, but in practice the app must be fixed.',
      action: [
        'Developer: store the verifier per request (for example in session storage keyed by the state value) so parallel sign-ins do not overwrite each other.',
        'Check that the challenge is the base64url SHA-256 of exactly the verifier that is later sent.',
        'Ask the user to retry from a single tab; if the app uses MSAL, update it to a current version.',
      ],
    },
    ja: {
      title: 'PKCE の検証に失敗 (code_verifier が code_challenge と一致しない)',
      explanation:
        'アプリが認可コードを引き換える際に送った code_verifier が、最初の authorize 要求の code_challenge と一致しませんでした。アプリの不具合で、要求の間で verifier が失われた・上書きされた (複数のタブで同時にサインインした場合など) か、ハッシュの計算が誤っていることが典型的な原因です。Microsoft のサインイン分析ブックでは中断として扱われていますが、実際にはアプリの修正が必要です。',
      action: [
        '開発者: verifier は要求ごとに保存し (state の値をキーにしてセッション ストレージに置くなど)、同時に行われたサインインで上書きされないようにします。',
        'チャレンジが、後で送る verifier そのものの SHA-256 を base64url でエンコードした値になっているか確認します。',
        'ユーザーには 1 つのタブでやり直してもらい、MSAL を使っている場合は最新版に更新します。',
      ],
    },
  },
  {
    code: 50149,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The PKCE code_challenge_method parameter is invalid',
      explanation:
        'The authorization request specified a code_challenge_method that Entra ID does not accept. The value must name a supported method, and S256 is the one to use. This is a coding or library configuration error.',
      action: [
        'Developer: send code_challenge_method=S256, spelled exactly, together with a SHA-256 based code_challenge.',
        'Check that configuration or a proxy does not alter the parameter.',
        'Use MSAL or another maintained library that implements PKCE.',
      ],
    },
    ja: {
      title: 'PKCE の code_challenge_method パラメーターが無効',
      explanation:
        '認可要求で、Entra ID が受け付けない code_challenge_method が指定されました。サポートされている方法を指定する必要があり、使うべきなのは S256 です。コードまたはライブラリの設定の誤りです。',
      action: [
        '開発者: code_challenge_method=S256 を正確なつづりで指定し、SHA-256 に基づく code_challenge と一緒に送ります。',
        '設定やプロキシによってパラメーターが書き換えられていないか確認します。',
        'PKCE を実装済みの MSAL などの保守されているライブラリを使います。',
      ],
    },
  },
  {
    code: 50150,
    identifier: '',
    outcome: 'failure',
    category: 'consent',
    actor: 'user',
    en: {
      title: 'The credentials presented carry no valid user consent approval',
      explanation:
        'Entra ID reported that the credentials used do not include valid information that the user approved (consented to) the request. Microsoft does not explain the code further and it is rarely seen, so the exact trigger is unclear. An interactive sign-in, where the user can give consent again, is the most likely way forward.',
      action: [
        'Ask the user to sign in to the app interactively and accept the consent prompt if one appears.',
        'Check the app\'s granted permissions in Enterprise applications > the app > Permissions, and your user consent settings under Enterprise applications > Consent and permissions.',
        'If it persists, collect the correlation ID and timestamp from the sign-in log and open a support request.',
      ],
    },
    ja: {
      title: '提示された資格情報に有効なユーザーの同意情報がない',
      explanation:
        '使われた資格情報に、ユーザーが要求を承認 (同意) したことを示す有効な情報が含まれていないと Entra ID が報告しました。Microsoft はこれ以上説明しておらず、まれなコードのため、正確な発生条件ははっきりしません。ユーザーがもう一度同意できる対話型のサインインが、最も有力な解決策です。',
      action: [
        'アプリに対話型でサインインし、同意の画面が出たら承諾するようユーザーに案内します。',
        '[エンタープライズ アプリケーション] > 対象アプリ > [アクセス許可] で付与済みのアクセス許可を、[エンタープライズ アプリケーション] > [同意とアクセス許可] でユーザーの同意設定を確認します。',
        '続く場合は、サインイン ログから相関 ID と日時を控えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 50155,
    identifier: 'DeviceAuthenticationFailed',
    outcome: 'failure',
    category: 'device',
    actor: 'helpdesk-admin',
    en: {
      title: 'Device authentication failed for this user',
      explanation:
        'The device tried to prove its identity to Entra ID (with its device certificate or primary refresh token) and the check failed. Common causes are a device object that was deleted or disabled in Entra ID, a device certificate that no longer matches the registration, or a stale registration after reimaging. Conditional Access policies that depend on the device then cannot be satisfied.',
      action: [
        'Look up the device ID from the Device info tab in Devices > All devices and confirm the object exists and is enabled.',
        'On Windows, run dsregcmd /status and check that the device is joined and AzureAdPrt is YES.',
        'Re-register the device if the registration is stale, and remove duplicate or orphaned device objects.',
        'Check whether an automated device cleanup recently disabled or deleted active devices.',
      ],
    },
    ja: {
      title: 'このユーザーのデバイス認証に失敗した',
      explanation:
        'デバイスが Entra ID に対して自身の ID を証明しようとしましたが (デバイス証明書やプライマリ更新トークンを使用)、検証に失敗しました。Entra ID でデバイス オブジェクトが削除または無効化された、デバイス証明書が登録内容と合わなくなった、再イメージ化の後で登録が古くなった、といった原因がよくあります。その結果、デバイスに依存する条件付きアクセス ポリシーを満たせなくなります。',
      action: [
        '[デバイス情報] タブのデバイス ID を [デバイス] > [すべてのデバイス] で検索し、オブジェクトが存在し有効であることを確認します。',
        'Windows では dsregcmd /status を実行し、参加済みで AzureAdPrt が YES になっているか確認します。',
        '登録が古くなっていればデバイスを再登録し、重複や不要なデバイス オブジェクトを削除します。',
        '自動のデバイス クリーンアップによって、使用中のデバイスが最近無効化または削除されていないか確認します。',
      ],
    },
  },
  {
    code: 50156,
    identifier: '',
    outcome: 'failure',
    category: 'device',
    actor: 'app-developer',
    en: {
      title: 'Device tokens are not supported for a v2.0 resource',
      explanation:
        'A token representing the device was presented for a resource that uses v2.0 tokens, and such resources do not accept device tokens. The code is rare and points to a client or library that uses an older device-based flow against a newer API.',
      action: [
        'Developer: identify which flow produced the device token and request a user or application token for the resource instead.',
        'Update the authentication library or broker to a current version.',
        'If a Microsoft client causes it, collect the correlation ID and client version for a support request.',
      ],
    },
    ja: {
      title: 'v2.0 のリソースではデバイス トークンがサポートされていない',
      explanation:
        'デバイスを表すトークンが v2.0 トークンを使うリソースに提示されましたが、そのようなリソースはデバイス トークンを受け付けません。まれなコードで、古いデバイス ベースのフローを新しい API に対して使っているクライアントやライブラリを示しています。',
      action: [
        '開発者: どのフローでデバイス トークンが作られたかを特定し、そのリソースにはユーザーまたはアプリケーションのトークンを要求するよう変更します。',
        '認証ライブラリやブローカーを最新版に更新します。',
        'Microsoft のクライアントが原因の場合は、相関 ID とクライアントのバージョンを控えてサポートに問い合わせます。',
      ],
    },
  },
  {
    code: 50157,
    identifier: '',
    outcome: 'informational',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'The user was redirected for routing (no action needed)',
      explanation:
        'Entra ID needed to send the user to another endpoint to continue the sign-in, for routing reasons. This is informational and not a failure. The next record for the same sign-in shows how it ended.',
      action: [
        'No action is needed; look at the next record for the same user and correlation ID to see the outcome.',
        'If users end up in a redirect loop, check whether a proxy or firewall blocks or rewrites any of the Microsoft sign-in domains.',
      ],
    },
    ja: {
      title: 'ルーティングのためにユーザーがリダイレクトされた (対応不要)',
      explanation:
        'サインインを続けるために、Entra ID がルーティング上の理由でユーザーを別のエンドポイントに送る必要がありました。情報として記録されるもので、失敗ではありません。同じサインインの次の記録で、最終的な結果がわかります。',
      action: [
        '対応は不要です。同じユーザー・同じ相関 ID の次の記録で結果を確認します。',
        'リダイレクトが繰り返されて先に進めない場合は、プロキシやファイアウォールが Microsoft のサインイン用ドメインをブロックしたり書き換えたりしていないか確認します。',
      ],
    },
  },
  {
    code: 50158,
    identifier: 'ExternalSecurityChallenge',
    outcome: 'interrupted',
    category: 'mfa',
    actor: 'user',
    en: {
      title: 'External security challenge pending (third-party MFA, custom control or terms of use)',
      explanation:
        'The user was sent to another page or provider to meet an extra requirement, such as a third-party MFA provider (custom control or external authentication method) or a terms of use page. This code by itself does not mean the sign-in failed. A later record for the same sign-in shows whether the challenge was passed.',
      action: [
        'Look at the next record for the same user and correlation ID to see whether the challenge succeeded.',
        'If users repeatedly fail here, check the Conditional Access tab to see which control required the challenge.',
        'For external MFA, check the provider\'s status and its configuration in Protection > Authentication methods (external authentication methods) or the Conditional Access custom controls.',
      ],
    },
    ja: {
      title: '外部のセキュリティ チャレンジ待ち (サードパーティ MFA、カスタム コントロール、利用規約)',
      explanation:
        'ユーザーは追加の要件を満たすため、別のページやプロバイダーに送られました。サードパーティの MFA プロバイダー (カスタム コントロールや外部認証方法) や利用規約のページなどです。このコードだけではサインインの失敗を意味しません。チャレンジに成功したかどうかは、同じサインインの後の記録でわかります。',
      action: [
        '同じユーザー・同じ相関 ID の次の記録で、チャレンジが成功したかを確認します。',
        'ここで失敗を繰り返すユーザーがいる場合は、[条件付きアクセス] タブでチャレンジを求めたコントロールを確認します。',
        '外部 MFA の場合は、プロバイダーのサービス状態と、[保護] > [認証方法] の外部認証方法、または条件付きアクセスのカスタム コントロールの設定を確認します。',
      ],
    },
  },
  {
    code: 50159,
    identifier: '',
    outcome: 'failure',
    category: 'mfa',
    actor: 'tenant-admin',
    en: {
      title: 'The external claims provider did not return enough claims',
      explanation:
        'An external MFA or claims provider (a custom control or an external authentication method) answered, but its response lacked claims that Entra ID requires, for example the subject or the authentication method claims. This points to a configuration mismatch between the provider and the tenant.',
      action: [
        'Check the provider\'s configuration against Microsoft\'s requirements for external authentication methods or custom controls, including which claims must be returned.',
        'Review the settings in Protection > Authentication methods (external authentication methods) or the custom control definition in Conditional Access.',
        'Contact the provider with the timestamp and correlation ID of an affected sign-in.',
      ],
    },
    ja: {
      title: '外部のクレーム プロバイダーから返されたクレームが不足している',
      explanation:
        '外部の MFA やクレームのプロバイダー (カスタム コントロールや外部認証方法) から応答はありましたが、サブジェクトや認証方法のクレームなど、Entra ID が必要とするクレームが含まれていませんでした。プロバイダーとテナントの間の設定の不一致を示しています。',
      action: [
        '外部認証方法やカスタム コントロールについて Microsoft が定める要件 (返すべきクレームなど) とプロバイダーの設定を照合します。',
        '[保護] > [認証方法] の外部認証方法の設定、または条件付きアクセスのカスタム コントロールの定義を確認します。',
        '影響を受けたサインインの日時と相関 ID を添えて、プロバイダーに問い合わせます。',
      ],
    },
  },
  {
    code: 50160,
    identifier: '',
    outcome: 'informational',
    category: 'tenant-config',
    actor: 'user',
    en: {
      title: 'A different target tenant is preferred (informational)',
      explanation:
        'Entra ID determined that another tenant is preferred for this sign-in and steered the request there. It is recorded for information and does not by itself mean the sign-in failed. Nobody needs to act unless users end up in the wrong organization.',
      action: [
        'No action is needed; check the following record for the same correlation ID to see the result.',
        'If users land in the wrong organization, check the tenant or domain hint the app sends and ask the user which account they meant to use.',
      ],
    },
    ja: {
      title: '別の対象テナントが優先された (情報)',
      explanation:
        'このサインインには別のテナントが優先されると Entra ID が判断し、要求をそちらに振り向けました。情報として記録されるもので、それ自体はサインインの失敗を意味しません。ユーザーが意図しない組織にサインインしてしまう場合を除き、対応は不要です。',
      action: [
        '対応は不要です。同じ相関 ID の次の記録で結果を確認します。',
        'ユーザーが意図しない組織に入ってしまう場合は、アプリが送るテナントやドメインのヒントを確認し、どのアカウントを使うつもりだったかユーザーに確認します。',
      ],
    },
  },
  {
    code: 50161,
    identifier: 'InvalidExternalSecurityChallengeConfiguration',
    outcome: 'failure',
    category: 'mfa',
    actor: 'tenant-admin',
    en: {
      title: 'The external security challenge is misconfigured (provider claims or authorization URL)',
      explanation:
        'The configuration for an external security challenge, such as a third-party MFA provider, is not valid. Earlier Microsoft text described missing or insufficient claims exchanged with the external provider; the current text says the authorization URL of the external claims provider could not be validated. Either way the tenant\'s configuration of the provider must be corrected.',
      action: [
        'Check the discovery and authorization URLs of the external authentication method or custom control: they must be correct, reachable and use valid HTTPS.',
        'Compare the claims requested from and returned by the provider with Microsoft\'s requirements.',
        'Review the configuration in Protection > Authentication methods or the Conditional Access custom controls, and contact the provider if its endpoints changed.',
      ],
    },
    ja: {
      title: '外部のセキュリティ チャレンジの構成が不正 (プロバイダーのクレームまたは認可 URL)',
      explanation:
        'サードパーティの MFA プロバイダーなど、外部のセキュリティ チャレンジの構成が有効ではありません。以前の Microsoft の説明では外部プロバイダーとやり取りするクレームの不足や欠落、現在の説明では外部のクレーム プロバイダーの認可 URL を検証できないこととされています。いずれにしても、テナント側のプロバイダーの構成を修正する必要があります。',
      action: [
        '外部認証方法やカスタム コントロールの探索 URL と認可 URL が正しく、到達可能で、有効な HTTPS になっているか確認します。',
        'プロバイダーに要求するクレームと返されるクレームを、Microsoft の要件と比べます。',
        '[保護] > [認証方法] または条件付きアクセスのカスタム コントロールの設定を見直し、プロバイダーのエンドポイントが変わっていればプロバイダーに確認します。',
      ],
    },
  },
  {
    code: 50162,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'Claims transformation timed out',
      explanation:
        'Building the token took too long because the claims transformations configured for the application are too many or too complex. A retry may succeed, but the configuration should be simplified to prevent recurring failures.',
      action: [
        'Ask the user to retry once.',
        'Review Enterprise applications > the app > Single sign-on > Attributes & Claims for long chains of transformations or expensive regular expressions.',
        'Simplify or remove transformations that are not needed, then test again.',
      ],
    },
    ja: {
      title: 'クレーム変換がタイムアウトした',
      explanation:
        'アプリケーションに構成されたクレーム変換が多すぎる、または複雑すぎるため、トークンの作成に時間がかかりすぎました。再試行で成功することもありますが、失敗が繰り返されないよう構成を簡素化すべきです。',
      action: [
        '一度再試行してもらいます。',
        '[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] で、長い変換の連鎖や負荷の高い正規表現がないか確認します。',
        '不要な変換を簡素化または削除し、再テストします。',
      ],
    },
  },
  {
    code: 50163,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'tenant-admin',
    en: {
      title: 'A regular expression transformation produced a claim that is too large',
      explanation:
        'A regex replacement in the application\'s claims transformations produced a claim value larger than the allowed size, so the token was not issued. It often affects only users whose source attribute is unusually long, or a pattern that duplicates text by mistake.',
      action: [
        'Identify the transformation and source attribute in Enterprise applications > the app > Single sign-on > Attributes & Claims.',
        'Check the affected user\'s source attribute value for unexpected length.',
        'Fix the regular expression or its replacement pattern so the output stays short, then retest with the affected user.',
      ],
    },
    ja: {
      title: '正規表現による変換の結果、クレームのサイズが上限を超えた',
      explanation:
        'アプリケーションのクレーム変換にある正規表現の置換で、許容されるサイズを超えるクレーム値ができたため、トークンが発行されませんでした。変換元の属性が極端に長いユーザーだけが影響を受ける場合や、パターンの誤りで文字列が重複している場合によく起こります。',
      action: [
        '[エンタープライズ アプリケーション] > 対象アプリ > [シングル サインオン] > [属性とクレーム] で、該当する変換と変換元の属性を特定します。',
        '影響を受けたユーザーの変換元の属性値が、想定外に長くなっていないか確認します。',
        '出力が短く収まるよう正規表現や置換パターンを修正し、そのユーザーで再テストします。',
      ],
    },
  },
  {
    code: 50164,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'The access token was used for a purpose it was not issued for',
      explanation:
        'An access token was presented in a flow that needs a token issued for one specific purpose, and this token was issued for a different one. The error message names the expected purpose. It is a client logic error, such as passing the wrong cached token to a token exchange.',
      action: [
        'Read the expected purpose in the error message.',
        'Developer: trace which token the app passes in this request and obtain one issued for the required purpose and audience.',
        'Check token caching logic so tokens for different purposes or resources are not mixed up.',
      ],
    },
    ja: {
      title: 'アクセス トークンが発行目的とは異なる用途に使われた',
      explanation:
        '特定の目的で発行されたトークンが必要なフローに、別の目的で発行されたアクセス トークンが提示されました。エラー メッセージに想定される目的が示されます。トークン交換に誤ったキャッシュ済みトークンを渡したなど、クライアントのロジックの誤りです。',
      action: [
        'エラー メッセージで、想定されている目的を確認します。',
        '開発者: この要求でアプリが渡しているトークンを追跡し、必要な目的と対象ユーザー向けに発行されたトークンを取得します。',
        '目的やリソースの異なるトークンが混在しないよう、トークンのキャッシュ処理を確認します。',
      ],
    },
  },
  {
    code: 50165,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'The token encryption algorithm requested by the application is not supported',
      explanation:
        'The application is configured to receive encrypted tokens with an algorithm that Entra ID does not support for this type of token. No token is issued until the configuration is corrected, and the error indicates a misconfigured application.',
      action: [
        'Read the algorithm named in the error details.',
        'Check the token encryption settings of the application (Enterprise applications > the app > Token encryption, and the app registration manifest).',
        'Switch to a supported algorithm, or turn token encryption off if the application does not need it.',
      ],
    },
    ja: {
      title: 'アプリケーションが要求するトークンの暗号化アルゴリズムがサポートされていない',
      explanation:
        'アプリケーションは、この種類のトークンには Entra ID がサポートしていないアルゴリズムで暗号化されたトークンを受け取るよう構成されています。構成を修正するまでトークンは発行されず、アプリケーションの構成の誤りを示しています。',
      action: [
        'エラーの詳細で、指定されたアルゴリズムを確認します。',
        'アプリケーションのトークンの暗号化の設定 ([エンタープライズ アプリケーション] > 対象アプリ > [トークンの暗号化]、およびアプリの登録のマニフェスト) を確認します。',
        'サポートされているアルゴリズムに変更するか、アプリに不要であればトークンの暗号化を無効にします。',
      ],
    },
  },
  {
    code: 50166,
    identifier: 'ExternalClaimsProviderThrottled',
    outcome: 'failure',
    category: 'mfa',
    actor: 'tenant-admin',
    en: {
      title: 'The call to the external claims provider (external OIDC endpoint) failed',
      explanation:
        'Entra ID could not complete its request to an external claims provider, such as the endpoint of an external authentication method or custom MFA control. The identifier points to throttling, and Microsoft\'s current text says simply that the request to the external OIDC endpoint failed. The provider may be down, slow, rate-limiting, or configured with a wrong endpoint.',
      action: [
        'Check the external provider\'s service status and whether failures cluster in time.',
        'Verify the endpoints configured for the external authentication method or custom control and that they are reachable over valid HTTPS.',
        'Contact the provider with timestamps and correlation IDs; ask users to retry after a few minutes meanwhile.',
      ],
    },
    ja: {
      title: '外部のクレーム プロバイダー (外部の OIDC エンドポイント) への要求が失敗した',
      explanation:
        '外部認証方法やカスタム MFA コントロールのエンドポイントなど、外部のクレーム プロバイダーへの要求を Entra ID が完了できませんでした。識別子はスロットリングを示しており、Microsoft の現在の説明では外部の OIDC エンドポイントへの要求が失敗したとだけされています。プロバイダーの停止、応答の遅延、回数制限、エンドポイントの設定誤りなどが考えられます。',
      action: [
        '外部プロバイダーのサービス状態を確認し、失敗が特定の時間帯に集中していないか見ます。',
        '外部認証方法やカスタム コントロールに設定されたエンドポイントが正しく、有効な HTTPS で到達できるか確認します。',
        '日時と相関 ID を添えてプロバイダーに問い合わせ、その間は数分おいて再試行するようユーザーに案内します。',
      ],
    },
  },
  {
    code: 50167,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Invalid key for a proof-of-possession token (pop_jwk)',
      explanation:
        'The app asked for a proof-of-possession token and supplied a public key that Entra ID could not accept, for example a malformed JSON Web Key or an unsupported key type. No token is issued until the key is sent in the expected form.',
      action: [
        'Developer: check the JWK the app sends (key type, modulus and exponent, base64url encoding).',
        'Use the proof-of-possession support built into MSAL or the broker rather than building the key parameter by hand.',
        'Update the broker app and the library to current versions if the key is generated by them.',
      ],
    },
    ja: {
      title: '所有証明 (PoP) トークン用のキー (pop_jwk) が無効',
      explanation:
        'アプリが所有証明 (Proof-of-Possession) トークンを要求し、公開キーを渡しましたが、形式の誤った JSON Web Key やサポートされていないキーの種類など、Entra ID が受け付けられないものでした。想定された形式でキーを送るまでトークンは発行されません。',
      action: [
        '開発者: アプリが送る JWK (キーの種類、モジュラスと指数、base64url エンコード) を確認します。',
        'キーのパラメーターを手作業で組み立てず、MSAL やブローカーに組み込まれた PoP の機能を使います。',
        'キーをブローカーやライブラリが生成している場合は、それらを最新版に更新します。',
      ],
    },
  },
];
