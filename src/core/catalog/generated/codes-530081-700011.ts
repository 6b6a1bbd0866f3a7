// GENERATED from src/core/catalog/data/codes-530081-700011.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 530081,
    "identifier": "RemediateDeviceStateManagedBrowserRequired",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "A managed browser is required to open this resource",
      "explanation": "Conditional Access or app protection rules require that this resource be opened in a managed browser, in practice Microsoft Edge under an Intune app protection policy, and the browser used does not qualify. It typically happens on phones when a link opens in Safari, Chrome or an in-app browser.",
      "action": [
        "Have the user install Microsoft Edge on the device, sign in to it with the work account, and open the resource there.",
        "Make sure the broker app (Authenticator on iOS, Company Portal on Android) is installed so the browser can be recognised as managed.",
        "Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met."
      ]
    },
    "ja": {
      "title": "このリソースを開くには管理対象ブラウザーが必要です",
      "explanation": "条件付きアクセスやアプリ保護のルールで、このリソースは管理対象ブラウザー (実際には Intune アプリ保護ポリシーの対象となった Microsoft Edge) で開く必要がありますが、使われたブラウザーは該当しません。スマートフォンでリンクが Safari、Chrome、アプリ内ブラウザーで開かれた場合によく起こります。",
      "action": [
        "デバイスに Microsoft Edge をインストールして職場アカウントでサインインし、そこからリソースを開いてもらいます。",
        "ブラウザーが管理対象として認識されるよう、ブローカー アプリ (iOS は Authenticator、Android はポータル サイト) がインストールされているか確認します。",
        "[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。"
      ]
    }
  },
  {
    "code": 530082,
    "identifier": "RemediateDeviceStateWorkplaceJoinRequired",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "Device must be registered with the organization before access is allowed",
      "explanation": "Conditional Access needs to know the device, but this device is not registered (workplace joined) with Microsoft Entra ID. The sign-in can continue once the device has been registered through the broker app or the OS settings.",
      "action": [
        "On Windows, have the user add the work account under Settings > Accounts > Access work or school; on mobile, sign in to Authenticator or Company Portal and register the device.",
        "Check afterwards that the device appears under Entra admin center > Devices > All devices.",
        "Open the failed sign-in in Monitoring & health > Sign-in logs and look at the Conditional Access tab to see which policy applied and which grant control was not met."
      ]
    },
    "ja": {
      "title": "アクセスする前にデバイスを組織に登録する必要があります",
      "explanation": "条件付きアクセスでデバイスの識別が必要ですが、このデバイスは Microsoft Entra ID に登録 (ワークプレース参加) されていません。ブローカー アプリや OS の設定からデバイスを登録すれば、サインインを続行できます。",
      "action": [
        "Windows では [設定] > [アカウント] > [職場または学校にアクセスする] で職場アカウントを追加し、モバイルでは Authenticator またはポータル サイトにサインインしてデバイスを登録してもらいます。",
        "登録後、Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] にデバイスが表示されるか確認します。",
        "[監視と正常性] > [サインイン ログ] で失敗したサインインを開き、[条件付きアクセス] タブでどのポリシーが適用され、どの許可コントロールを満たせなかったかを確認します。"
      ]
    }
  },
  {
    "code": 650052,
    "identifier": "",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "tenant-admin",
    "en": {
      "title": "App needs a service your organization has not subscribed to or enabled",
      "explanation": "The application asked for access to a service (resource) that is not active in your tenant, for example because the subscription is missing or expired, or the service principal for it is absent or disabled. Users cannot fix this themselves; the tenant has to provide or enable the service.",
      "action": [
        "Read the service name in the error message and check in the Microsoft 365 admin center > Billing > Your products whether the related subscription is active.",
        "Look for the service in Entra admin center > Enterprise applications (filter Application type: Microsoft applications) and check that it exists and is enabled.",
        "If the app does not really need that service, ask the app owner to remove the permission from its registration."
      ]
    },
    "ja": {
      "title": "アプリが、組織で契約または有効化されていないサービスを必要としています",
      "explanation": "アプリケーションが、テナントで有効になっていないサービス (リソース) へのアクセスを要求しました。サブスクリプションがない、期限切れ、またはそのサービス プリンシパルが存在しないか無効になっていることが原因です。ユーザー自身では解決できず、テナント側でサービスを用意するか有効にする必要があります。",
      "action": [
        "エラー メッセージにあるサービス名を確認し、Microsoft 365 管理センターの [課金] > [お使いの製品] で関連するサブスクリプションが有効か確認します。",
        "Microsoft Entra 管理センターの [エンタープライズ アプリケーション] ([アプリケーションの種類] を Microsoft アプリケーションで絞り込み) でそのサービスが存在し有効になっているか確認します。",
        "アプリが実際にはそのサービスを必要としない場合は、アプリの所有者に登録からそのアクセス許可を削除してもらいます。"
      ]
    }
  },
  {
    "code": 650054,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "App requests permissions for a resource that no longer exists",
      "explanation": "The application asked for permissions on a resource (API) that has been removed or is not available in the tenant handling the request. The app registration usually still lists a permission for an API that was deleted or retired.",
      "action": [
        "Open App registrations > select the client app > API permissions and compare the listed permissions with what the app requests at run time.",
        "Remove permissions for APIs that no longer exist (they often show without a friendly name) and update the scopes in code.",
        "Check that every API the app calls has a service principal in the tenant the user signs in to."
      ]
    },
    "ja": {
      "title": "アプリが既に存在しないリソースのアクセス許可を要求しています",
      "explanation": "アプリケーションが、要求を処理したテナントで削除されたか利用できないリソース (API) のアクセス許可を求めました。多くの場合、削除または廃止された API へのアクセス許可がアプリの登録に残っています。",
      "action": [
        "[アプリの登録] > クライアント アプリ > [API のアクセス許可] を開き、一覧にあるアクセス許可と、アプリが実行時に要求しているものを比較します。",
        "存在しなくなった API のアクセス許可 (表示名が出ないことが多い) を削除し、コード内のスコープも更新します。",
        "アプリが呼び出すすべての API について、ユーザーがサインインするテナントにサービス プリンシパルがあるか確認します。"
      ]
    }
  },
  {
    "code": 650056,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Application is misconfigured for the resource it requested",
      "explanation": "The client asked for a token for a resource it is not set up for. Either the app registration does not list any permission for that resource, an administrator has not consented to it in this tenant, the application identifier in the request does not match (for SAML apps, a wrong Identifier/Entity ID), or the certificate in the request is not valid.",
      "action": [
        "Open App registrations > select the client app > API permissions and compare the listed permissions with what the app requests at run time.",
        "Add the missing permission and, if needed, have an administrator use Grant admin consent, or consent from Enterprise applications > select the app > Permissions.",
        "For SAML apps, compare the Identifier (Entity ID) under Single sign-on > Basic SAML Configuration with the issuer the application sends.",
        "Check the error message for the resource name and client app ID to be sure you are looking at the right registration."
      ]
    },
    "ja": {
      "title": "要求したリソースに対してアプリケーションの構成が正しくありません",
      "explanation": "クライアントが、構成されていないリソースのトークンを要求しました。アプリの登録にそのリソースのアクセス許可がない、このテナントで管理者が同意していない、要求内のアプリケーション識別子が一致しない (SAML アプリでは識別子 (エンティティ ID) の誤り)、または要求内の証明書が無効、のいずれかです。",
      "action": [
        "[アプリの登録] > クライアント アプリ > [API のアクセス許可] を開き、一覧にあるアクセス許可と、アプリが実行時に要求しているものを比較します。",
        "不足しているアクセス許可を追加し、必要に応じて管理者が [管理者の同意を与えます] を実行するか、[エンタープライズ アプリケーション] > 対象アプリ > [アクセス許可] から同意します。",
        "SAML アプリの場合は、[シングル サインオン] > [基本的な SAML 構成] の識別子 (エンティティ ID) と、アプリが送る発行者を比較します。",
        "エラー メッセージのリソース名とクライアント アプリ ID を確認し、正しい登録を見ているか確かめます。"
      ]
    }
  },
  {
    "code": 650057,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Requested resource is not among the app registered permissions",
      "explanation": "The client requested access to a resource that is not in the list of API permissions on its app registration. The error message lists the resource requested and the resources that are registered, which usually makes the mismatch obvious.",
      "action": [
        "Open App registrations > select the client app > API permissions and compare the listed permissions with what the app requests at run time.",
        "Add the missing API permission, or correct the resource or scope value in code if it has a typo or points to the wrong API.",
        "Grant consent for the new permission and test again."
      ]
    },
    "ja": {
      "title": "要求されたリソースがアプリに登録されたアクセス許可に含まれていません",
      "explanation": "クライアントが、アプリの登録の API のアクセス許可一覧にないリソースへのアクセスを要求しました。エラー メッセージには要求されたリソースと登録済みのリソースが表示されるため、どこが食い違っているかは通常すぐわかります。",
      "action": [
        "[アプリの登録] > クライアント アプリ > [API のアクセス許可] を開き、一覧にあるアクセス許可と、アプリが実行時に要求しているものを比較します。",
        "不足している API のアクセス許可を追加するか、コード内のリソースやスコープの値に誤字や別の API の指定がないか修正します。",
        "追加したアクセス許可に同意してから、再度テストします。"
      ]
    }
  },
  {
    "code": 650059,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Single-tenant application was used from another tenant",
      "explanation": "The application is registered with signInAudience AzureADMyOrg, so it only serves users of its home tenant, and the request came for a different tenant. Either the app should be multi-tenant, or the sign-in is going to the wrong tenant.",
      "action": [
        "Check App registrations > select the app > Authentication > Supported account types.",
        "If users from other organizations must sign in, switch to multiple organizations and have each customer tenant consent to the app.",
        "If not, make sure the app uses its own tenant ID in the authority URL and that users sign in with accounts of that tenant (or are invited as guests)."
      ]
    },
    "ja": {
      "title": "シングルテナントのアプリケーションが別のテナントから使われました",
      "explanation": "このアプリケーションは signInAudience が AzureADMyOrg で登録されているため自テナントのユーザーしか利用できませんが、別のテナントに対する要求が来ました。アプリをマルチテナントにすべきか、サインイン先のテナントが間違っているかのどちらかです。",
      "action": [
        "[アプリの登録] > 対象アプリ > [認証] の [サポートされているアカウントの種類] を確認します。",
        "他の組織のユーザーもサインインする必要があれば複数の組織に変更し、各顧客テナントでアプリに同意してもらいます。",
        "そうでなければ、authority の URL に自テナントの ID を使っているか、ユーザーがそのテナントのアカウント (またはゲスト) でサインインしているか確認します。"
      ]
    }
  },
  {
    "code": 700003,
    "identifier": "InvalidGrantDeviceNotFound",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Token refresh failed because the device no longer exists",
      "explanation": "The refresh token or primary refresh token was bound to a device object that has since been deleted or is not found in Microsoft Entra ID. Cleanup of stale devices, a manual deletion, or an Intune wipe and retire are the usual reasons.",
      "action": [
        "Search Entra admin center > Devices > All devices and the Audit logs for the device to confirm that it was deleted.",
        "On Windows, run dsregcmd /status and re-join or re-register the device; on mobile, remove and add the work account in the broker app.",
        "Have the user sign in again afterwards, and review device cleanup rules if active devices are being removed."
      ]
    },
    "ja": {
      "title": "デバイスが存在しないため、トークンの更新に失敗しました",
      "explanation": "更新トークンまたはプライマリ更新トークンが紐づいていたデバイス オブジェクトが削除されたか、Microsoft Entra ID で見つかりません。古いデバイスの整理、手動での削除、Intune によるワイプやリタイアがよくある原因です。",
      "action": [
        "Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] と監査ログで対象デバイスを検索し、削除されたことを確認します。",
        "Windows では dsregcmd /status で状態を確認して再参加または再登録を行い、モバイルではブローカー アプリで職場アカウントを削除して追加し直します。",
        "その後もう一度サインインしてもらい、使用中のデバイスが削除されている場合は整理ルールを見直します。"
      ]
    }
  },
  {
    "code": 700005,
    "identifier": "InvalidGrantRedeemAgainstWrongTenant",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Authorization code was redeemed against a different tenant",
      "explanation": "The app obtained an authorization code for one tenant (or through /common) and tried to redeem it at the token endpoint of another tenant. Codes can only be redeemed against the same authority they were issued for.",
      "action": [
        "Make sure the authorize and token requests use the same authority (both /common, /organizations or the same tenant ID).",
        "For multi-tenant apps, if you switch to a tenant-specific endpoint after sign-in, do it only for later requests, not for redeeming the first code.",
        "Check the MSAL configuration for an authority that is overridden in only one place."
      ]
    },
    "ja": {
      "title": "認可コードが別のテナントで引き換えられようとしました",
      "explanation": "アプリがあるテナント (または /common) で取得した認可コードを、別のテナントのトークン エンドポイントで引き換えようとしました。コードは発行されたときと同じ authority でしか引き換えられません。",
      "action": [
        "認可要求とトークン要求が同じ authority (どちらも /common、/organizations、または同じテナント ID) を使っているか確認します。",
        "マルチテナント アプリでサインイン後にテナント固有のエンドポイントへ切り替える場合は、最初のコードの引き換えではなく、その後の要求から切り替えます。",
        "MSAL の構成で、authority が一部の箇所だけ上書きされていないか確認します。"
      ]
    }
  },
  {
    "code": 700011,
    "identifier": "UnauthorizedClientAppNotFoundInOrgIdTenant",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "Client application was not found in the directory",
      "explanation": "A client application asked the tenant for a token, but no application with that identifier exists there. The client ID may be wrong, the app may have been deleted, or the request went to a tenant where the multi-tenant app was never added.",
      "action": [
        "Compare the client ID in the error with the Application (client) ID under App registrations, in the tenant where the app is registered.",
        "Check whether the app was deleted recently (App registrations > Deleted applications).",
        "If the app is multi-tenant, have the target tenant consent to it so a service principal is created there."
      ]
    },
    "ja": {
      "title": "クライアント アプリケーションがディレクトリに見つかりませんでした",
      "explanation": "クライアント アプリケーションがテナントにトークンを要求しましたが、その識別子のアプリケーションはテナントに存在しません。クライアント ID の誤り、アプリの削除、またはマルチテナント アプリが追加されていないテナントに要求したことが考えられます。",
      "action": [
        "エラー内のクライアント ID と、アプリを登録したテナントの [アプリの登録] にあるアプリケーション (クライアント) ID を比較します。",
        "最近アプリが削除されていないか、[アプリの登録] > [削除されたアプリケーション] で確認します。",
        "マルチテナント アプリの場合は、対象テナントで同意してもらい、そのテナントにサービス プリンシパルを作成します。"
      ]
    }
  }
];
