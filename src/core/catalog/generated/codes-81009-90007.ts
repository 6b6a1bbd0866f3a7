// GENERATED from src/core/catalog/data/codes-81009-90007.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 81009,
    "identifier": "DesktopSsoAuthorizationHeaderValueWithBadFormat",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "Seamless SSO could not validate the Kerberos ticket it received",
      "explanation": "The browser sent a Kerberos ticket to the seamless SSO endpoint, but the value could not be parsed or validated. Causes include a ticket encrypted with a key Entra ID does not have (for example after the AZUREADSSOACC account changed), unsupported encryption types, or a proxy altering the header. The user falls back to a password prompt.",
      "action": [
        "Roll over the Kerberos decryption key for the AD forest (Update-AzureADSSOForest) and make sure AZUREADSSOACC is intact.",
        "Check that the account supports AES encryption types and that no legacy-only Kerberos policy applies.",
        "Ensure no proxy or security product rewrites the Authorization header for the autologon URL."
      ]
    },
    "ja": {
      "title": "シームレス SSO が受け取った Kerberos チケットを検証できませんでした",
      "explanation": "ブラウザーはシームレス SSO のエンドポイントに Kerberos チケットを送りましたが、その値を解析・検証できませんでした。Entra ID が持っていないキーで暗号化されている (AZUREADSSOACC アカウントが変わった後など)、サポートされない暗号化の種類が使われている、プロキシがヘッダーを書き換えている、といった原因が考えられます。ユーザーはパスワード入力にフォールバックします。",
      "action": [
        "Update-AzureADSSOForest で AD フォレストの Kerberos 復号キーをロールオーバーし、AZUREADSSOACC が正常か確認します。",
        "アカウントが AES の暗号化の種類に対応しており、旧式の暗号化のみを強制するポリシーが適用されていないか確認します。",
        "autologon の URL に対して、プロキシやセキュリティ製品が Authorization ヘッダーを書き換えていないか確認します。"
      ]
    }
  },
  {
    "code": 81010,
    "identifier": "DesktopSsoAuthTokenInvalid",
    "outcome": "interrupted",
    "category": "federation",
    "actor": "user",
    "en": {
      "title": "Seamless SSO did not complete because the Kerberos ticket was expired or invalid",
      "explanation": "The Kerberos ticket the browser presented for seamless SSO had expired or was otherwise not valid, so automatic sign-in did not happen and the user is shown the normal sign-in page instead. It often follows a long-running Windows session or a password change. Occasional events are expected.",
      "action": [
        "Let the user complete the sign-in with their password; nothing else is needed for isolated events.",
        "If it repeats for a user, have them lock and unlock or sign out and back in to Windows, or run klist purge, to get fresh tickets.",
        "If it affects many users, check the Kerberos decryption key rollover status for the forest."
      ]
    },
    "ja": {
      "title": "Kerberos チケットの期限切れまたは無効により、シームレス SSO が完了しませんでした",
      "explanation": "シームレス SSO 用にブラウザーが提示した Kerberos チケットが期限切れ、または無効だったため、自動サインインは行われず、通常のサインイン画面が表示されました。Windows に長時間サインインしたままの場合やパスワード変更後によく見られます。たまに発生する程度であれば想定内です。",
      "action": [
        "ユーザーにパスワードでサインインを完了してもらいます。単発であればほかの対応は不要です。",
        "同じユーザーで繰り返す場合は、Windows のロックと解除、サインアウトと再ログオン、または klist purge で新しいチケットを取得してもらいます。",
        "多数のユーザーで発生する場合は、フォレストの Kerberos 復号キーのロールオーバー状況を確認します。"
      ]
    }
  },
  {
    "code": 81011,
    "identifier": "DesktopSsoLookupUserBySidFailed",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "Seamless SSO could not find the user from the Kerberos ticket",
      "explanation": "The Kerberos ticket was valid, but Entra ID found no cloud user whose on-premises security identifier matches the one in the ticket. The user is probably not synchronized, is synchronized from another forest, or was recently created and not yet synced. The user gets a password prompt instead.",
      "action": [
        "Check that the user appears in Entra admin center > Users with On-premises sync enabled and an on-premises security identifier.",
        "Confirm the user's OU is in scope for Microsoft Entra Connect sync and look for sync errors in Entra Connect Health.",
        "Wait for or trigger a delta sync (Start-ADSyncSyncCycle -PolicyType Delta) after new accounts are created."
      ]
    },
    "ja": {
      "title": "シームレス SSO で Kerberos チケットからユーザーを見つけられませんでした",
      "explanation": "Kerberos チケット自体は有効でしたが、チケット内のオンプレミスのセキュリティ識別子 (SID) と一致するクラウド ユーザーが Entra ID に見つかりませんでした。ユーザーが同期されていない、別のフォレストから同期されている、作成直後でまだ同期されていない、などが考えられます。ユーザーにはパスワード入力画面が表示されます。",
      "action": [
        "Microsoft Entra 管理センター > ユーザー で対象ユーザーがオンプレミス同期済みで、オンプレミスのセキュリティ識別子を持っているか確認します。",
        "ユーザーの OU が Microsoft Entra Connect の同期対象に含まれているか、Entra Connect Health に同期エラーがないか確認します。",
        "新規作成したアカウントであれば、差分同期を待つか Start-ADSyncSyncCycle -PolicyType Delta で同期を実行します。"
      ]
    }
  },
  {
    "code": 81012,
    "identifier": "DesktopSsoMismatchBetweenTokenUpnAndChosenUpn",
    "outcome": "interrupted",
    "category": "federation",
    "actor": "user",
    "en": {
      "title": "The account chosen for sign-in differs from the one logged on to Windows",
      "explanation": "Seamless SSO produced a ticket for the user signed in to the device, but the user asked to sign in to Entra ID with a different account. Entra ID therefore does not use the automatic sign-in and lets the user authenticate as the chosen account. It is not an error condition and can usually be ignored.",
      "action": [
        "No action is needed when the user intended to use a different account.",
        "If the user expected automatic sign-in, check that they typed their own UPN and that their Windows logon UPN matches their Entra ID UPN."
      ]
    },
    "ja": {
      "title": "サインインに選んだアカウントが Windows にログオン中のアカウントと異なります",
      "explanation": "シームレス SSO はデバイスにサインインしているユーザーのチケットを用意しましたが、ユーザーは別のアカウントで Entra ID にサインインしようとしました。そのため Entra ID は自動サインインを使わず、選ばれたアカウントで認証させます。エラー状態ではなく、通常は無視してかまいません。",
      "action": [
        "ユーザーが意図して別のアカウントを使った場合、対応は不要です。",
        "自動サインインを期待していた場合は、自分の UPN を入力したか、Windows のログオン UPN と Entra ID の UPN が一致しているかを確認します。"
      ]
    }
  },
  {
    "code": 81014,
    "identifier": "",
    "outcome": "interrupted",
    "category": "federation",
    "actor": "user",
    "en": {
      "title": "Seamless SSO step did not complete (code with no public description)",
      "explanation": "The code is rarely seen and has no public description or identifier; it is known only because Microsoft's sign-in troubleshooting workbook counts it among interrupts. Its number places it with the seamless single sign-on (Desktop SSO) codes. Like its neighbours, it most likely means the automatic Kerberos sign-in was skipped and the user continued through the normal sign-in page.",
      "action": [
        "Check whether the next sign-in event from the same user and correlation ID succeeded; if so, no action is needed.",
        "If the user is stuck, review the seamless SSO configuration (intranet zone setting, AZUREADSSOACC account, feature status in Entra Connect).",
        "Collect the correlation ID and timestamp and check the failure reason recorded in the sign-in before opening a support request."
      ]
    },
    "ja": {
      "title": "シームレス SSO の処理が完了しませんでした (公開の説明がないコード)",
      "explanation": "めったに見られないコードで、公開の説明も識別子もありません。Microsoft のサインイン トラブルシューティング用ブックが中断 (interrupt) の一つとして数えていることで知られているだけです。番号からはシームレス シングル サインオン (Desktop SSO) 関連のコードと考えられます。周辺のコードと同様、Kerberos による自動サインインが行われず、通常のサインイン画面で先に進んだことを示している可能性が高いです。",
      "action": [
        "同じユーザー・同じ相関 ID の次のサインイン イベントが成功していれば、対応は不要です。",
        "ユーザーがサインインできずにいる場合は、シームレス SSO の構成 (イントラネット ゾーンの設定、AZUREADSSOACC アカウント、Entra Connect での機能の状態) を確認します。",
        "サポートに問い合わせる前に、相関 ID と日時を控え、サインインに記録された失敗理由を確認します。"
      ]
    }
  },
  {
    "code": 90002,
    "identifier": "InvalidTenantName",
    "outcome": "failure",
    "category": "tenant-config",
    "actor": "app-developer",
    "en": {
      "title": "The tenant named in the request could not be found",
      "explanation": "The request pointed to a tenant by ID or domain name that Entra ID does not know. Typical causes are a typo in the tenant ID, a domain that is not registered in any tenant, a tenant that was deleted, or an app that targets the wrong cloud (for example a government or China tenant from the global endpoint).",
      "action": [
        "Read the tenant value in the request (authority URL) from the app configuration or error text.",
        "Compare it with the Tenant ID and verified domains shown in Entra admin center > Overview and Domain names.",
        "For national cloud tenants, make sure the app uses that cloud's sign-in endpoint."
      ]
    },
    "ja": {
      "title": "要求で指定されたテナントが見つかりませんでした",
      "explanation": "要求は ID またはドメイン名でテナントを指定していましたが、Entra ID はそのテナントを認識できませんでした。テナント ID の入力ミス、どのテナントにも登録されていないドメイン、削除されたテナント、誤ったクラウドを対象にしたアプリ (グローバルのエンドポイントから政府機関向けや中国のテナントを指定するなど) が典型的な原因です。",
      "action": [
        "アプリの設定やエラー文から、要求 (authority URL) に含まれるテナントの値を確認します。",
        "Microsoft Entra 管理センターの 概要 に表示されるテナント ID や、ドメイン名 の確認済みドメインと比較します。",
        "国内クラウド (ソブリン クラウド) のテナントであれば、アプリがそのクラウドのサインイン エンドポイントを使っているか確認します。"
      ]
    }
  },
  {
    "code": 90004,
    "identifier": "InvalidRequestFormat",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The request to Entra ID was not properly formatted",
      "explanation": "Entra ID could not process the request because its structure is wrong: parameters in the wrong place, bad encoding, or an unexpected content type. It is a client-side bug, common with hand-written HTTP calls rather than a supported library.",
      "action": [
        "Capture the failing request (browser developer tools or a network trace) and compare it with the protocol documentation.",
        "Check that token requests are POSTed as application/x-www-form-urlencoded and that parameters are URL-encoded.",
        "Prefer MSAL or another maintained library over custom request code."
      ]
    },
    "ja": {
      "title": "Entra ID への要求の形式が正しくありませんでした",
      "explanation": "パラメーターの位置が違う、エンコードが誤っている、想定外の Content-Type であるなど、要求の構造に問題があったため、Entra ID は処理できませんでした。クライアント側の不具合で、サポートされたライブラリを使わずに HTTP 呼び出しを自作している場合によく見られます。",
      "action": [
        "ブラウザーの開発者ツールやネットワーク トレースで失敗した要求を取得し、プロトコルのドキュメントと比較します。",
        "トークン要求が application/x-www-form-urlencoded の POST で送られ、パラメーターが URL エンコードされているか確認します。",
        "独自の要求コードではなく、MSAL などの保守されているライブラリの利用を検討します。"
      ]
    }
  },
  {
    "code": 90005,
    "identifier": "InvalidRequestWithMultipleRequirements",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The request combines parameters that cannot be used together",
      "explanation": "The request asked Entra ID to satisfy requirements that conflict, for example a specific user identifier together with a login hint for someone else. Entra ID cannot decide which one to honour and stops. The app needs to send only one way of pointing at the user.",
      "action": [
        "Inspect the failing request for identifier and hint parameters (such as login_hint, sid, id_token_hint).",
        "Have the developer send only one of them, consistent with the account the user selected.",
        "Retest with a fresh browser session to confirm the fix."
      ]
    },
    "ja": {
      "title": "同時に使えないパラメーターを組み合わせた要求です",
      "explanation": "特定のユーザー識別子と別人のログイン ヒントを同時に指定するなど、両立しない要件を満たすよう Entra ID に求める要求でした。Entra ID はどちらを優先すべきか判断できないため、処理を止めます。アプリは、ユーザーを指定する方法を 1 つだけ送る必要があります。",
      "action": [
        "失敗した要求に含まれる識別子やヒントのパラメーター (login_hint、sid、id_token_hint など) を確認します。",
        "ユーザーが選んだアカウントと矛盾しないよう、いずれか 1 つだけを送るよう開発者に修正を依頼します。",
        "新しいブラウザー セッションで再テストし、修正を確認します。"
      ]
    }
  },
  {
    "code": 90006,
    "identifier": "ExternalServerRetryableError",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "A service Entra ID depends on was temporarily unavailable",
      "explanation": "While processing the sign-in, Entra ID called another service that did not answer successfully, and the error is marked as retryable. It is a transient problem on the Microsoft side. A retry after a short wait normally works.",
      "action": [
        "Ask the user to try again after a minute or two.",
        "Check Microsoft 365 / Azure service health for incidents if many users are affected.",
        "If it continues, open a support request with the correlation ID and timestamp."
      ]
    },
    "ja": {
      "title": "Entra ID が依存するサービスが一時的に利用できませんでした",
      "explanation": "サインインの処理中に Entra ID が別のサービスを呼び出しましたが、正常な応答が得られず、再試行可能なエラーとして扱われました。Microsoft 側の一時的な問題です。少し待ってから再試行すれば通常は成功します。",
      "action": [
        "1～2 分待ってから再試行するようユーザーに案内します。",
        "多数のユーザーに影響がある場合は、Microsoft 365 や Azure のサービス正常性で障害情報を確認します。",
        "継続する場合は、相関 ID と日時を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 90007,
    "identifier": "InvalidSessionId",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The session ID passed in the request could not be parsed",
      "explanation": "The request included a session identifier (for example the sid parameter) in a form Entra ID could not read. The app may be sending a corrupted or truncated value, or one taken from a different protocol. It is a request-building problem in the app.",
      "action": [
        "Check the session-related parameters in the failing request and where the app obtained them.",
        "Have the developer pass the sid value exactly as received in the ID token, without modification, or omit it.",
        "As a workaround, the user can sign in again in a fresh browser session."
      ]
    },
    "ja": {
      "title": "要求で渡されたセッション ID を解析できませんでした",
      "explanation": "要求にセッション識別子 (sid パラメーターなど) が含まれていましたが、Entra ID が読み取れない形式でした。アプリが壊れた値や途中で切れた値、別のプロトコルから取得した値を送っている可能性があります。アプリ側の要求の組み立ての問題です。",
      "action": [
        "失敗した要求に含まれるセッション関連のパラメーターと、アプリがそれをどこから取得したかを確認します。",
        "ID トークンで受け取った sid の値を加工せずにそのまま渡すか、指定しないよう開発者に修正を依頼します。",
        "回避策として、ユーザーには新しいブラウザー セッションでサインインし直してもらいます。"
      ]
    }
  }
];
