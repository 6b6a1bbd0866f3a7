// AADSTS 530081–700084: catalog entries written by us (see types.ts for the shape).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    code: 530081,
    identifier: 'RemediateDeviceStateManagedBrowserRequired',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'A managed browser is required to open this resource',
      explanation:
        'Conditional Access or app protection rules require that this resource be opened in a managed browser, in practice Microsoft Edge under an Intune app protection policy, and the browser used does not qualify. It typically happens on phones when a link opens in Safari, Chrome or an in-app browser.',
      action: [
        'Have the user install Microsoft Edge on the device, sign in to it with the work account, and open the resource there.',
        'Make sure the broker app (Authenticator on iOS, Company Portal on Android) is installed so the browser can be recognised as managed.',
        'Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met.',
      ],
    },
    ja: {
      title: 'このリソースを開くには管理対象ブラウザーが必要です',
      explanation:
        '条件付きアクセスやアプリ保護のルールで、このリソースは管理対象ブラウザー (実際には Intune アプリ保護ポリシーの対象となった Microsoft Edge) で開く必要がありますが、使われたブラウザーは該当しません。スマートフォンでリンクが Safari、Chrome、アプリ内ブラウザーで開かれた場合によく起こります。',
      action: [
        'デバイスに Microsoft Edge をインストールして職場アカウントでサインインし、そこからリソースを開いてもらいます。',
        'ブラウザーが管理対象として認識されるよう、ブローカー アプリ (iOS は Authenticator、Android はポータル サイト) がインストールされているか確認します。',
        '[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。',
      ],
    },
  },
  {
    code: 530082,
    identifier: 'RemediateDeviceStateWorkplaceJoinRequired',
    outcome: 'failure',
    category: 'conditional-access',
    actor: 'user',
    en: {
      title: 'Device must be registered with the organization before access is allowed',
      explanation:
        'Conditional Access needs to know the device, but this device is not registered (workplace joined) with Microsoft Entra ID. The sign-in can continue once the device has been registered through the broker app or the OS settings.',
      action: [
        'On Windows, have the user add the work account under Settings > Accounts > Access work or school; on mobile, sign in to Authenticator or Company Portal and register the device.',
        'Check afterwards that the device appears under Entra admin center > Devices > All devices.',
        'Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met.',
      ],
    },
    ja: {
      title: 'アクセスする前にデバイスを組織に登録する必要があります',
      explanation:
        '条件付きアクセスでデバイスの識別が必要ですが、このデバイスは Microsoft Entra ID に登録 (ワークプレース参加) されていません。ブローカー アプリや OS の設定からデバイスを登録すれば、サインインを続行できます。',
      action: [
        'Windows では [設定] > [アカウント] > [職場または学校にアクセスする] で職場アカウントを追加し、モバイルでは Authenticator またはポータル サイトにサインインしてデバイスを登録してもらいます。',
        '登録後、Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] にデバイスが表示されるか確認します。',
        '[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。',
      ],
    },
  },
  {
    code: 650052,
    identifier: '',
    outcome: 'failure',
    category: 'tenant-config',
    actor: 'tenant-admin',
    en: {
      title: 'App needs a service your organization has not subscribed to or enabled',
      explanation:
        'The application asked for access to a service (resource) that is not active in your tenant, for example because the subscription is missing or expired, or the service principal for it is absent or disabled. Users cannot fix this themselves; the tenant has to provide or enable the service.',
      action: [
        'Read the service name in the error message and check in the Microsoft 365 admin center > Billing > Your products whether the related subscription is active.',
        'Look for the service in Entra admin center > Enterprise applications (filter Application type: Microsoft applications) and check that it exists and is enabled.',
        'If the app does not really need that service, ask the app owner to remove the permission from its registration.',
      ],
    },
    ja: {
      title: 'アプリが、組織で契約または有効化されていないサービスを必要としています',
      explanation:
        'アプリケーションが、テナントで有効になっていないサービス (リソース) へのアクセスを要求しました。サブスクリプションがない、期限切れ、またはそのサービス プリンシパルが存在しないか無効になっていることが原因です。ユーザー自身では解決できず、テナント側でサービスを用意するか有効にする必要があります。',
      action: [
        'エラー メッセージにあるサービス名を確認し、Microsoft 365 管理センターの [課金] > [お使いの製品] で関連するサブスクリプションが有効か確認します。',
        'Microsoft Entra 管理センターの [エンタープライズ アプリケーション] ([アプリケーションの種類] を Microsoft アプリケーションで絞り込み) でそのサービスが存在し有効になっているか確認します。',
        'アプリが実際にはそのサービスを必要としない場合は、アプリの所有者に登録からそのアクセス許可を削除してもらいます。',
      ],
    },
  },
  {
    code: 650054,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'App requests permissions for a resource that no longer exists',
      explanation:
        'The application asked for permissions on a resource (API) that has been removed or is not available in the tenant handling the request. The app registration usually still lists a permission for an API that was deleted or retired.',
      action: [
        'Open App registrations > select the client app > API permissions and compare the listed permissions with what the app requests at run time.',
        'Remove permissions for APIs that no longer exist (they often show without a friendly name) and update the scopes in code.',
        'Check that every API the app calls has a service principal in the tenant the user signs in to.',
      ],
    },
    ja: {
      title: 'アプリが既に存在しないリソースのアクセス許可を要求しています',
      explanation:
        'アプリケーションが、要求を処理したテナントで削除されたか利用できないリソース (API) のアクセス許可を求めました。多くの場合、削除または廃止された API へのアクセス許可がアプリの登録に残っています。',
      action: [
        '[アプリの登録] > クライアント アプリ > [API のアクセス許可] を開き、一覧にあるアクセス許可と、アプリが実行時に要求しているものを比較します。',
        '存在しなくなった API のアクセス許可 (表示名が出ないことが多い) を削除し、コード内のスコープも更新します。',
        'アプリが呼び出すすべての API について、ユーザーがサインインするテナントにサービス プリンシパルがあるか確認します。',
      ],
    },
  },
  {
    code: 650056,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Application is misconfigured for the resource it requested',
      explanation:
        'The client asked for a token for a resource it is not set up for. Either the app registration does not list any permission for that resource, an administrator has not consented to it in this tenant, the application identifier in the request does not match (for SAML apps, a wrong Identifier/Entity ID), or the certificate in the request is not valid.',
      action: [
        'Open App registrations > select the client app > API permissions and compare the listed permissions with what the app requests at run time.',
        'Add the missing permission and, if needed, have an administrator use Grant admin consent, or consent from Enterprise applications > select the app > Permissions.',
        'For SAML apps, compare the Identifier (Entity ID) under Single sign-on > Basic SAML Configuration with the issuer the application sends.',
        'Check the error message for the resource name and client app ID to be sure you are looking at the right registration.',
      ],
    },
    ja: {
      title: '要求したリソースに対してアプリケーションの構成が正しくありません',
      explanation:
        'クライアントが、構成されていないリソースのトークンを要求しました。アプリの登録にそのリソースのアクセス許可がない、このテナントで管理者が同意していない、要求内のアプリケーション識別子が一致しない (SAML アプリでは識別子 (エンティティ ID) の誤り)、または要求内の証明書が無効、のいずれかです。',
      action: [
        '[アプリの登録] > クライアント アプリ > [API のアクセス許可] を開き、一覧にあるアクセス許可と、アプリが実行時に要求しているものを比較します。',
        '不足しているアクセス許可を追加し、必要に応じて管理者が [管理者の同意を与えます] を実行するか、[エンタープライズ アプリケーション] > 対象アプリ > [アクセス許可] から同意します。',
        'SAML アプリの場合は、[シングル サインオン] > [基本的な SAML 構成] の識別子 (エンティティ ID) と、アプリが送る発行者を比較します。',
        'エラー メッセージのリソース名とクライアント アプリ ID を確認し、正しい登録を見ているか確かめます。',
      ],
    },
  },
  {
    code: 650057,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Requested resource is not among the app registered permissions',
      explanation:
        'The client requested access to a resource that is not in the list of API permissions on its app registration. The error message lists the resource requested and the resources that are registered, which usually makes the mismatch obvious.',
      action: [
        'Open App registrations > select the client app > API permissions and compare the listed permissions with what the app requests at run time.',
        'Add the missing API permission, or correct the resource or scope value in code if it has a typo or points to the wrong API.',
        'Grant consent for the new permission and test again.',
      ],
    },
    ja: {
      title: '要求されたリソースがアプリに登録されたアクセス許可に含まれていません',
      explanation:
        'クライアントが、アプリの登録の API のアクセス許可一覧にないリソースへのアクセスを要求しました。エラー メッセージには要求されたリソースと登録済みのリソースが表示されるため、どこが食い違っているかは通常すぐわかります。',
      action: [
        '[アプリの登録] > クライアント アプリ > [API のアクセス許可] を開き、一覧にあるアクセス許可と、アプリが実行時に要求しているものを比較します。',
        '不足している API のアクセス許可を追加するか、コード内のリソースやスコープの値に誤字や別の API の指定がないか修正します。',
        '追加したアクセス許可に同意してから、再度テストします。',
      ],
    },
  },
  {
    code: 650059,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Single-tenant application was used from another tenant',
      explanation:
        'The application is registered with signInAudience AzureADMyOrg, so it only serves users of its home tenant, and the request came for a different tenant. Either the app should be multi-tenant, or the sign-in is going to the wrong tenant.',
      action: [
        'Check App registrations > select the app > Authentication > Supported account types.',
        'If users from other organizations must sign in, switch to multiple organizations and have each customer tenant consent to the app.',
        'If not, make sure the app uses its own tenant ID in the authority URL and that users sign in with accounts of that tenant (or are invited as guests).',
      ],
    },
    ja: {
      title: 'シングルテナントのアプリケーションが別のテナントから使われました',
      explanation:
        'このアプリケーションは signInAudience が AzureADMyOrg で登録されているため自テナントのユーザーしか利用できませんが、別のテナントに対する要求が来ました。アプリをマルチテナントにすべきか、サインイン先のテナントが間違っているかのどちらかです。',
      action: [
        '[アプリの登録] > 対象アプリ > [認証] の [サポートされているアカウントの種類] を確認します。',
        '他の組織のユーザーもサインインする必要があれば複数の組織に変更し、各顧客テナントでアプリに同意してもらいます。',
        'そうでなければ、authority の URL に自テナントの ID を使っているか、ユーザーがそのテナントのアカウント (またはゲスト) でサインインしているか確認します。',
      ],
    },
  },
  {
    code: 700003,
    identifier: 'InvalidGrantDeviceNotFound',
    outcome: 'failure',
    category: 'device',
    actor: 'helpdesk-admin',
    en: {
      title: 'Token refresh failed because the device no longer exists',
      explanation:
        'The refresh token or primary refresh token was bound to a device object that has since been deleted or is not found in Microsoft Entra ID. Cleanup of stale devices, a manual deletion, or an Intune wipe and retire are the usual reasons.',
      action: [
        'Search Entra admin center > Devices > All devices and the Audit logs for the device to confirm that it was deleted.',
        'On Windows, run dsregcmd /status and re-join or re-register the device; on mobile, remove and add the work account in the broker app.',
        'Have the user sign in again afterwards, and review device cleanup rules if active devices are being removed.',
      ],
    },
    ja: {
      title: 'デバイスが存在しないため、トークンの更新に失敗しました',
      explanation:
        '更新トークンまたはプライマリ更新トークンが紐づいていたデバイス オブジェクトが削除されたか、Microsoft Entra ID で見つかりません。古いデバイスの整理、手動での削除、Intune によるワイプやリタイアがよくある原因です。',
      action: [
        'Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] と監査ログで対象デバイスを検索し、削除されたことを確認します。',
        'Windows では dsregcmd /status で状態を確認して再参加または再登録を行い、モバイルではブローカー アプリで職場アカウントを削除して追加し直します。',
        'その後もう一度サインインしてもらい、使用中のデバイスが削除されている場合は整理ルールを見直します。',
      ],
    },
  },
  {
    code: 700005,
    identifier: 'InvalidGrantRedeemAgainstWrongTenant',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Authorization code was redeemed against a different tenant',
      explanation:
        'The app obtained an authorization code for one tenant (or through /common) and tried to redeem it at the token endpoint of another tenant. Codes can only be redeemed against the same authority they were issued for.',
      action: [
        'Make sure the authorize and token requests use the same authority (both /common, /organizations or the same tenant ID).',
        'For multi-tenant apps, if you switch to a tenant-specific endpoint after sign-in, do it only for later requests, not for redeeming the first code.',
        'Check the MSAL configuration for an authority that is overridden in only one place.',
      ],
    },
    ja: {
      title: '認可コードが別のテナントで引き換えられようとしました',
      explanation:
        'アプリがあるテナント (または /common) で取得した認可コードを、別のテナントのトークン エンドポイントで引き換えようとしました。コードは発行されたときと同じ authority でしか引き換えられません。',
      action: [
        '認可要求とトークン要求が同じ authority (どちらも /common、/organizations、または同じテナント ID) を使っているか確認します。',
        'マルチテナント アプリでサインイン後にテナント固有のエンドポイントへ切り替える場合は、最初のコードの引き換えではなく、その後の要求から切り替えます。',
        'MSAL の構成で、authority が一部の箇所だけ上書きされていないか確認します。',
      ],
    },
  },
  {
    code: 700011,
    identifier: 'UnauthorizedClientAppNotFoundInOrgIdTenant',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Client application was not found in the directory',
      explanation:
        'A client application asked the tenant for a token, but no application with that identifier exists there. The client ID may be wrong, the app may have been deleted, or the request went to a tenant where the multi-tenant app was never added.',
      action: [
        'Compare the client ID in the error with the Application (client) ID under App registrations, in the tenant where the app is registered.',
        'Check whether the app was deleted recently (App registrations > Deleted applications).',
        'If the app is multi-tenant, have the target tenant consent to it so a service principal is created there.',
      ],
    },
    ja: {
      title: 'クライアント アプリケーションがディレクトリに見つかりませんでした',
      explanation:
        'クライアント アプリケーションがテナントにトークンを要求しましたが、その識別子のアプリケーションはテナントに存在しません。クライアント ID の誤り、アプリの削除、またはマルチテナント アプリが追加されていないテナントに要求したことが考えられます。',
      action: [
        'エラー内のクライアント ID と、アプリを登録したテナントの [アプリの登録] にあるアプリケーション (クライアント) ID を比較します。',
        '最近アプリが削除されていないか、[アプリの登録] > [削除されたアプリケーション] で確認します。',
        'マルチテナント アプリの場合は、対象テナントで同意してもらい、そのテナントにサービス プリンシパルを作成します。',
      ],
    },
  },
  {
    code: 700016,
    identifier: 'UnauthorizedClient_DoesNotMatchRequest',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Application was not found in the tenant the request was sent to',
      explanation:
        'The sign-in named an application ID that does not exist in the tenant that received the request. Usually the client ID is mistyped, the request goes to the wrong tenant, or a multi-tenant app has not yet been added or consented in that tenant.',
      action: [
        'Check the client_id the app sends against the Application (client) ID in App registrations > Overview.',
        'Check the authority URL (tenant ID or domain) in the app configuration; a single-tenant app must use its own tenant.',
        'For a multi-tenant or vendor app, have an administrator of the user tenant add it by granting consent.',
      ],
    },
    ja: {
      title: '要求の送信先テナントにアプリケーションが見つかりませんでした',
      explanation:
        'サインインで指定されたアプリケーション ID が、要求を受け取ったテナントに存在しません。クライアント ID の入力ミス、送信先テナントの誤り、またはマルチテナント アプリがそのテナントにまだ追加・同意されていないことがほとんどです。',
      action: [
        'アプリが送る client_id と、[アプリの登録] > [概要] のアプリケーション (クライアント) ID を照合します。',
        'アプリの構成にある authority の URL (テナント ID やドメイン) を確認します。シングルテナント アプリは自テナントを指定する必要があります。',
        'マルチテナント アプリやベンダー製アプリの場合は、ユーザー側テナントの管理者が同意してアプリを追加します。',
      ],
    },
  },
  {
    code: 700020,
    identifier: 'InteractionRequired',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Token request needs the user to interact',
      explanation:
        'The app tried to get a token silently, but the grant requires the user to do something first, such as complete MFA, consent, or sign in again. It is expected from time to time; it becomes a problem only if the app does not then show an interactive prompt.',
      action: [
        'Make sure the app catches this error (MsalUiRequiredException or interaction_required) and retries with an interactive request.',
        'Check the sign-in logs around the same time for the interactive step that was required (MFA, Conditional Access, consent).',
        'Ask the user to open the app in the foreground and sign in when prompted.',
      ],
    },
    ja: {
      title: 'トークンの要求にユーザーの操作が必要です',
      explanation:
        'アプリがサイレントでトークンを取得しようとしましたが、MFA の完了、同意、再サインインなど、先にユーザーの操作が必要な状態でした。ときどき発生するのは想定どおりで、その後アプリが対話的な画面を出さない場合にだけ問題になります。',
      action: [
        'アプリがこのエラー (MsalUiRequiredException や interaction_required) を捕捉し、対話的な要求で再試行しているか確認します。',
        '同じ時間帯のサインイン ログで、どの対話的な手順 (MFA、条件付きアクセス、同意) が必要だったかを確認します。',
        'アプリを前面に表示して、求められたらサインインするようユーザーに伝えます。',
      ],
    },
  },
  {
    code: 700022,
    identifier: 'InvalidMultipleResourcesScope',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Scope value mixes permissions for more than one resource',
      explanation:
        'The token request asked for scopes that belong to different resources at once, for example Microsoft Graph and a custom API. An access token is issued for one resource at a time, so the request is rejected.',
      action: [
        'Split the request: acquire one token per resource, each with only that resource scopes.',
        'If you want consent for several APIs up front, use the extra scopes to consent option of MSAL while requesting a token for only one resource.',
        'Check the scope string in the failing request to see which resources were combined.',
      ],
    },
    ja: {
      title: 'スコープの値に複数のリソースのアクセス許可が混在しています',
      explanation:
        'トークン要求で、Microsoft Graph と独自 API など、異なるリソースのスコープが同時に要求されました。アクセス トークンは 1 回に 1 つのリソースに対してのみ発行されるため、要求は拒否されます。',
      action: [
        '要求を分け、リソースごとにそのリソースのスコープだけでトークンを取得します。',
        '複数の API への同意を最初にまとめて取りたい場合は、MSAL の追加スコープへの同意機能を使い、トークンは 1 つのリソース分だけ要求します。',
        '失敗した要求のスコープ文字列を確認し、どのリソースが混在していたかを確認します。',
      ],
    },
  },
  {
    code: 700023,
    identifier: 'InvalidResourcelessScope',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'app-developer',
    en: {
      title: 'Scope value does not name a resource for the access token',
      explanation:
        'The request asked for an access token, but the scope parameter contained only values that do not identify a resource, or an invalid one. Typically the app sent only openid or profile, an empty scope, or a scope string without the resource prefix.',
      action: [
        'Include a resource-qualified scope, such as https://graph.microsoft.com/User.Read or api://<app-id>/<scope>.',
        'Check that the scope is not empty after configuration values are substituted.',
        'Use .default (for example api://<app-id>/.default) for client credentials requests.',
      ],
    },
    ja: {
      title: 'スコープの値がアクセス トークンのリソースを示していません',
      explanation:
        'アクセス トークンを要求しましたが、scope パラメーターにリソースを特定しない値だけ、または無効な値が含まれていました。openid や profile だけを送った、スコープが空だった、リソースの接頭辞のないスコープ文字列を送ったといった場合が典型です。',
      action: [
        'https://graph.microsoft.com/User.Read や api://<アプリ ID>/<スコープ> のように、リソースを含む形のスコープを指定します。',
        '構成値を埋め込んだ後にスコープが空になっていないか確認します。',
        'クライアント資格情報フローの要求では、.default (例: api://<アプリ ID>/.default) を使います。',
      ],
    },
  },
  {
    code: 700025,
    identifier: 'InvalidClientPublicClientWithCredential',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Public client sent a client secret or assertion',
      explanation:
        'The app is registered as a public client (desktop, mobile or single-page app), yet its token request included a client_secret or client_assertion. Public clients cannot keep secrets, so Microsoft Entra ID refuses credentials from them; the registration and the code disagree about the app type.',
      action: [
        'Decide whether the app is a public client or a confidential (web or daemon) app.',
        'For a public client, remove the secret or assertion from the token request.',
        'For a confidential app, register the redirect URI under the Web platform in App registrations > Authentication, and check Allow public client flows is set as intended.',
      ],
    },
    ja: {
      title: 'パブリック クライアントがクライアント シークレットやアサーションを送信しました',
      explanation:
        'アプリはパブリック クライアント (デスクトップ、モバイル、シングルページ アプリ) として登録されていますが、トークン要求に client_secret または client_assertion が含まれていました。パブリック クライアントは秘密を安全に保持できないため資格情報は拒否され、登録内容とコードでアプリの種類の認識が一致していない状態です。',
      action: [
        'アプリがパブリック クライアントか、機密クライアント (Web アプリやデーモン) かを決めます。',
        'パブリック クライアントであれば、トークン要求からシークレットやアサーションを取り除きます。',
        '機密クライアントであれば、[アプリの登録] > [認証] でリダイレクト URI を Web プラットフォームとして登録し、[パブリック クライアント フローを許可する] が意図どおりか確認します。',
      ],
    },
  },
  {
    code: 700027,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Client assertion failed signature validation',
      explanation:
        'The app authenticated with a signed client assertion (certificate credential), and Microsoft Entra ID could not validate the signature. The certificate used to sign is usually not uploaded to the app registration, has been replaced or expired, or the assertion header references the wrong thumbprint.',
      action: [
        'Open App registrations > select the app > Certificates & secrets and compare the thumbprints and expiry dates with the certificate the app uses.',
        'Upload the current public certificate if it is missing, and remove expired ones after rollover.',
        'Check that the assertion header (x5t or kid) matches that certificate and that the signing algorithm is RS256 or PS256.',
      ],
    },
    ja: {
      title: 'クライアント アサーションの署名検証に失敗しました',
      explanation:
        'アプリは署名付きクライアント アサーション (証明書の資格情報) で認証しましたが、Microsoft Entra ID は署名を検証できませんでした。署名に使った証明書がアプリの登録にアップロードされていない、置き換えや期限切れになっている、またはアサーションのヘッダーが誤った拇印を参照していることがほとんどです。',
      action: [
        '[アプリの登録] > 対象アプリ > [証明書とシークレット] で、アプリが使っている証明書と拇印・有効期限を比較します。',
        '証明書がなければ現在の公開証明書をアップロードし、更新後は期限切れのものを削除します。',
        'アサーションのヘッダー (x5t または kid) がその証明書と一致し、署名アルゴリズムが RS256 または PS256 であることを確認します。',
      ],
    },
  },
  {
    code: 700030,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'Certificate subject name is not authorized for this app',
      explanation:
        'The app authenticated with a certificate that is trusted by subject name and issuer (SN+I), and none of the subject names in the certificate is authorized for the app. The certificate was probably renewed with a different subject, or the app configuration lists another name.',
      action: [
        'Read the subject names listed in the error message and compare them with the trusted subject name configured for the app.',
        'If the certificate was renewed, make sure the new one keeps the same subject and is issued by an accepted CA.',
        'Otherwise upload the certificate to App registrations > Certificates & secrets and authenticate with its thumbprint instead.',
      ],
    },
    ja: {
      title: '証明書のサブジェクト名がこのアプリで承認されていません',
      explanation:
        'アプリはサブジェクト名と発行者 (SN+I) で信頼される証明書で認証しましたが、証明書のどのサブジェクト名もこのアプリで承認されていません。証明書が別のサブジェクトで更新されたか、アプリの構成に別の名前が登録されている可能性があります。',
      action: [
        'エラー メッセージに列挙されたサブジェクト名と、アプリに構成されている信頼済みのサブジェクト名を比較します。',
        '証明書を更新した場合は、新しい証明書が同じサブジェクトを持ち、承認された CA から発行されているか確認します。',
        'それ以外の場合は、[アプリの登録] > [証明書とシークレット] に証明書をアップロードし、拇印による認証に切り替えます。',
      ],
    },
  },
  {
    code: 700054,
    identifier: '',
    outcome: 'failure',
    category: 'application-config',
    actor: 'app-developer',
    en: {
      title: 'ID tokens are not enabled for this app in the implicit or hybrid flow',
      explanation:
        'The app asked the authorization endpoint to return an id_token directly, but the app registration does not allow ID tokens through the implicit or hybrid flow. This is common with older web apps and libraries that use response_type=id_token or code id_token.',
      action: [
        'Open App registrations > select the app > Authentication and, under Implicit grant and hybrid flows, tick ID tokens if the app really needs them.',
        'Better, move the app to the authorization code flow with PKCE so the implicit setting is not needed.',
        'Save and test the sign-in again; the change takes effect within a few minutes.',
      ],
    },
    ja: {
      title: '暗黙的フローまたはハイブリッド フローで ID トークンが有効になっていません',
      explanation:
        'アプリが認可エンドポイントに id_token を直接返すよう要求しましたが、アプリの登録で暗黙的フローやハイブリッド フローによる ID トークンの発行が許可されていません。response_type=id_token や code id_token を使う古い Web アプリやライブラリでよく見られます。',
      action: [
        '[アプリの登録] > 対象アプリ > [認証] を開き、本当に必要であれば [暗黙的な許可およびハイブリッド フロー] の [ID トークン] にチェックを入れます。',
        '可能であれば PKCE 付きの認可コード フローに移行し、暗黙的フローの設定を不要にします。',
        '保存後、数分以内に反映されるので、再度サインインを試します。',
      ],
    },
  },
  {
    code: 700082,
    identifier: 'ExpiredOrRevokedGrantInactiveToken',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'Refresh token expired after a long period without use',
      explanation:
        'The app tried to use a refresh token that had not been used for longer than its inactivity limit, so it has expired. This is part of the normal token lifecycle when a user has not opened the app for a long time.',
      action: [
        'Have the user sign in to the app again interactively.',
        'If the app is yours, make sure it handles this error by prompting the user instead of failing silently.',
        'No administrator action is needed unless many users hit it at once, which could indicate a broader revocation.',
      ],
    },
    ja: {
      title: '長期間使われなかったため更新トークンの有効期限が切れました',
      explanation:
        'アプリが使った更新トークンは、非アクティブ期間の上限を超えて使われていなかったため失効していました。ユーザーが長い間アプリを開いていなかった場合に起こる、通常のトークンのライフサイクルの一部です。',
      action: [
        'アプリに対話的にサインインし直してもらいます。',
        '自社アプリであれば、このエラーを受け取ったら黙って失敗せず、ユーザーにサインインを促すよう実装します。',
        '多数のユーザーで同時に発生しない限り管理者の対応は不要です (一斉に発生する場合は広範な取り消しが行われた可能性があります)。',
      ],
    },
  },
  {
    code: 700084,
    identifier: '',
    outcome: 'failure',
    category: 'token-protocol',
    actor: 'user',
    en: {
      title: 'Refresh token of a single-page app reached its fixed lifetime',
      explanation:
        'Refresh tokens issued to single-page applications (SPA) have a fixed, non-extendable lifetime, and this one has run out. The browser app has to send the user through the sign-in page again, which normally happens silently if the session is still valid.',
      action: [
        'Have the user reload the app or sign in again.',
        'If you develop the SPA, handle this error by calling the interactive or redirect sign-in of MSAL.js instead of showing a generic error.',
        'If silent renewal also fails, check that third-party cookies or the session are not being blocked by the browser.',
      ],
    },
    ja: {
      title: 'シングルページ アプリの更新トークンが固定の有効期間に達しました',
      explanation:
        'シングルページ アプリケーション (SPA) に発行された更新トークンは延長できない固定の有効期間を持っており、その期間が終了しました。ブラウザー アプリはユーザーを再度サインイン ページに送る必要がありますが、セッションがまだ有効であれば通常は画面に表示されずに完了します。',
      action: [
        'アプリを再読み込みするか、もう一度サインインしてもらいます。',
        'SPA を開発している場合は、汎用的なエラーを表示せず、MSAL.js の対話的サインインまたはリダイレクトによるサインインを呼び出すようにします。',
        'サイレント更新も失敗する場合は、ブラウザーがサードパーティ Cookie やセッションをブロックしていないか確認します。',
      ],
    },
  },
];
