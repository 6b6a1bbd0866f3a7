// GENERATED from src/core/catalog/data/codes-75008-80007.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 75008,
    "identifier": "RequestDeniedError",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The SAML request was denied because its Destination is unexpected",
      "explanation": "The Destination attribute in the SAML request must name the Entra ID endpoint that receives it. Here it pointed somewhere else, for example another tenant's URL, an old endpoint, or a different cloud. Entra ID therefore rejected the request.",
      "action": [
        "Decode the SAML request and read its Destination attribute.",
        "Compare it with the Login URL shown under Enterprise apps > the app > Single sign-on (Set up section) for this tenant.",
        "Update the app (service provider) with the correct Entra ID login URL or import the current federation metadata."
      ]
    },
    "ja": {
      "title": "SAML 要求の Destination が想定外のため拒否されました",
      "explanation": "SAML 要求の Destination 属性には、その要求を受け取る Entra ID のエンドポイントを指定する必要があります。この要求では、別テナントの URL、古いエンドポイント、別のクラウドなど、異なる場所が指定されていました。そのため Entra ID は要求を拒否しました。",
      "action": [
        "SAML 要求をデコードし、Destination 属性の値を確認します。",
        "エンタープライズ アプリケーション > 対象アプリ > シングル サインオン (設定セクション) に表示される、このテナントのログイン URL と比較します。",
        "アプリ (サービス プロバイダー) に正しい Entra ID のログイン URL を設定するか、最新のフェデレーション メタデータを読み込ませます。"
      ]
    }
  },
  {
    "code": 75011,
    "identifier": "NoMatchedAuthnContextInOutputClaims",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The way the user authenticated does not match what the SAML app demanded",
      "explanation": "The SAML request contained a RequestedAuthnContext with exact comparison (for example password-protected transport), but the user's existing session was established another way, such as Windows integrated authentication, certificate or MFA. Entra ID cannot claim an authentication method that was not used, so it fails. The app usually does not need such a strict requirement.",
      "action": [
        "Decode the SAML request and look for the RequestedAuthnContext element and its Comparison attribute.",
        "Ask the app vendor to remove RequestedAuthnContext, or use a comparison that allows stronger methods.",
        "As a short-term workaround, the user can sign in again in a private window so that the requested method is used."
      ]
    },
    "ja": {
      "title": "ユーザーの認証方法が、SAML アプリが要求したものと一致しません",
      "explanation": "SAML 要求に、完全一致の比較条件を持つ RequestedAuthnContext (パスワード保護トランスポートなど) が含まれていましたが、ユーザーの既存のセッションは Windows 統合認証、証明書、MFA など別の方法で確立されていました。実際に使われていない認証方法を主張することはできないため、Entra ID は失敗を返しました。多くの場合、アプリ側にそこまで厳しい指定は必要ありません。",
      "action": [
        "SAML 要求をデコードし、RequestedAuthnContext 要素とその Comparison 属性を確認します。",
        "アプリのベンダーに、RequestedAuthnContext を削除するか、より強い方法も許容する比較条件にするよう依頼します。",
        "当面の回避策として、InPrivate ウィンドウで改めてサインインすると、要求された方法で認証されることがあります。"
      ]
    }
  },
  {
    "code": 75016,
    "identifier": "Saml2AuthenticationRequestInvalidNameIDPolicy",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The SAML request asks for a NameID format Entra ID cannot provide",
      "explanation": "The NameIDPolicy in the SAML request names a format, or combination of settings, that does not fit what is configured for the app. A frequent case is requesting a specific format while the Name ID claim in Entra ID is set up differently. The request and the claim configuration need to agree.",
      "action": [
        "Decode the SAML request and note the NameIDPolicy Format value.",
        "In Enterprise apps > the app > Single sign-on > Attributes & Claims, edit the Unique User Identifier (Name ID) and choose a matching name identifier format and source attribute.",
        "Alternatively, ask the vendor to request the unspecified format or the one you configured, then test again."
      ]
    },
    "ja": {
      "title": "SAML 要求が、Entra ID で提供できない NameID 形式を要求しています",
      "explanation": "SAML 要求の NameIDPolicy に指定された形式 (または設定の組み合わせ) が、アプリに構成されている内容と合いませんでした。よくあるのは、特定の形式を要求しているのに、Entra ID 側の名前 ID クレームが別の形式で構成されているケースです。要求とクレームの構成を一致させる必要があります。",
      "action": [
        "SAML 要求をデコードし、NameIDPolicy の Format の値を確認します。",
        "エンタープライズ アプリケーション > 対象アプリ > シングル サインオン > 属性とクレーム で「一意のユーザー識別子 (名前 ID)」を編集し、一致する名前識別子の形式とソース属性を選びます。",
        "または、unspecified 形式か構成済みの形式を要求するようベンダーに依頼し、再度テストします。"
      ]
    }
  },
  {
    "code": 76021,
    "identifier": "ApplicationRequiresSignedRequests",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "The app is set to require signed SAML requests, but this request was not signed",
      "explanation": "Request signature verification is turned on for this enterprise application, so Entra ID only accepts SAML requests signed with the app's registered certificate. The request arrived without a signature. Either the app must sign its requests or the requirement must be relaxed.",
      "action": [
        "In Enterprise apps > the app > Single sign-on > SAML Certificates > Verification certificates, check whether Require verification certificates is enabled and which certificate is uploaded.",
        "Configure the app (service provider) to sign its authentication requests with the matching private key.",
        "If signed requests cannot be produced, disable the requirement after weighing the security trade-off."
      ]
    },
    "ja": {
      "title": "署名付き SAML 要求が必須に設定されていますが、この要求は署名されていません",
      "explanation": "このエンタープライズ アプリケーションでは要求署名の検証が有効になっているため、Entra ID は登録済みの証明書で署名された SAML 要求しか受け付けません。届いた要求には署名がありませんでした。アプリ側で要求に署名するか、要件を緩める必要があります。",
      "action": [
        "エンタープライズ アプリケーション > 対象アプリ > シングル サインオン > SAML 証明書 > 検証証明書 で、検証証明書の必須化が有効か、どの証明書がアップロードされているか確認します。",
        "アプリ (サービス プロバイダー) が、対応する秘密キーで認証要求に署名するよう設定します。",
        "署名付き要求を送れない場合は、セキュリティ上の影響を検討したうえで必須設定を無効にします。"
      ]
    }
  },
  {
    "code": 76026,
    "identifier": "RequestIssueTimeExpired",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "The SAML request is too old according to its IssueInstant",
      "explanation": "Every SAML request carries the time it was created, and Entra ID rejects requests that are too old. The usual causes are a wrong clock on the service provider server, or a request that was cached or bookmarked and replayed later. Starting the sign-in fresh from the app normally works.",
      "action": [
        "Decode the SAML request and compare its IssueInstant with the time of the sign-in event.",
        "Check the time synchronization (NTP) of the service provider servers.",
        "Make sure users start from the app rather than from a bookmarked Entra ID sign-in URL that contains an old request."
      ]
    },
    "ja": {
      "title": "IssueInstant から見て、SAML 要求が古すぎます",
      "explanation": "SAML 要求には作成日時が含まれており、Entra ID は古すぎる要求を拒否します。サービス プロバイダーのサーバーの時刻がずれている、キャッシュやブックマークされた要求が後から再送された、といった原因が一般的です。通常はアプリから改めてサインインを始めれば成功します。",
      "action": [
        "SAML 要求をデコードし、IssueInstant とサインイン イベントの日時を比較します。",
        "サービス プロバイダー側サーバーの時刻同期 (NTP) を確認します。",
        "古い要求を含む Entra ID のサインイン URL をブックマークして使っていないか確認し、アプリ側からサインインを始めるよう案内します。"
      ]
    }
  },
  {
    "code": 80001,
    "identifier": "OnPremiseStoreIsNotAvailable",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "The pass-through authentication agent cannot reach Active Directory",
      "explanation": "With pass-through authentication, an on-premises agent checks the password against Active Directory. The agent that took this request could not contact a domain controller. Agents must sit in the same forest as the users and have network access to domain controllers.",
      "action": [
        "In Entra admin center > Entra Connect > Connect Sync > Pass-through authentication, check which agents are active and on which servers.",
        "On each agent server, confirm it is domain-joined in the users' forest and can reach a domain controller (DNS, LDAP and Kerberos ports).",
        "Review the agent event logs (Applications and Services Logs > Microsoft > AzureAdConnect > AuthenticationAgent) for connection errors.",
        "Keep at least two healthy agents so one failure does not stop sign-ins."
      ]
    },
    "ja": {
      "title": "パススルー認証エージェントが Active Directory に接続できません",
      "explanation": "パススルー認証 (PTA) では、オンプレミスのエージェントが Active Directory に対してパスワードを検証します。この要求を受けたエージェントがドメイン コントローラーに接続できませんでした。エージェントはユーザーと同じフォレストに属し、ドメイン コントローラーへ通信できる必要があります。",
      "action": [
        "Microsoft Entra 管理センター > Entra Connect > Connect Sync > パススルー認証 で、どのサーバーのエージェントがアクティブか確認します。",
        "各エージェント サーバーがユーザーのフォレストにドメイン参加しており、ドメイン コントローラーへ (DNS、LDAP、Kerberos のポートで) 到達できるか確認します。",
        "エージェントのイベント ログ (アプリケーションとサービス ログ > Microsoft > AzureAdConnect > AuthenticationAgent) で接続エラーを確認します。",
        "1 台の障害でサインインが止まらないよう、正常なエージェントを 2 台以上維持します。"
      ]
    }
  },
  {
    "code": 80002,
    "identifier": "OnPremisePasswordValidatorRequestTimedout",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "Password validation through the pass-through agent timed out",
      "explanation": "Entra ID handed the password check to an on-premises pass-through authentication agent, but no answer came back in time. Slow or unavailable domain controllers, an overloaded agent server, or network problems between the agent and Active Directory are the usual reasons. Retrying may succeed if another agent picks up the request.",
      "action": [
        "Check agent status under Entra Connect > Connect Sync > Pass-through authentication and look for agents that are inactive.",
        "On the agent servers, check CPU, memory and the AuthenticationAgent event log for timeouts.",
        "Confirm that domain controllers respond normally to the agents and that no firewall change is delaying traffic.",
        "If everything looks healthy and it continues, open a support request with the correlation ID and timestamp."
      ]
    },
    "ja": {
      "title": "パススルー認証エージェント経由のパスワード検証がタイムアウトしました",
      "explanation": "Entra ID はパスワード検証をオンプレミスのパススルー認証エージェントに依頼しましたが、時間内に応答が返ってきませんでした。ドメイン コントローラーの応答遅延や停止、エージェント サーバーの過負荷、エージェントと Active Directory 間のネットワーク障害がよくある原因です。別のエージェントが処理すれば、再試行で成功することもあります。",
      "action": [
        "Entra Connect > Connect Sync > パススルー認証 でエージェントの状態を確認し、非アクティブなものがないか調べます。",
        "エージェント サーバーの CPU やメモリ、AuthenticationAgent のイベント ログでタイムアウトを確認します。",
        "ドメイン コントローラーがエージェントに正常に応答しているか、ファイアウォールの変更で通信が遅れていないか確認します。",
        "すべて正常に見えるのに続く場合は、相関 ID と日時を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 80003,
    "identifier": "",
    "outcome": "failure",
    "category": "federation",
    "actor": "microsoft",
    "en": {
      "title": "The pass-through authentication agent returned an invalid response",
      "explanation": "The code is rarely seen and is not in current Microsoft references; an older list describes it as an unexpected, unreadable response from the agent while validating against on-premises Active Directory. The underlying cause is not exposed in the error itself. It may have been replaced by other 800xx codes.",
      "action": [
        "Check the health of the pass-through agents in Entra Connect > Connect Sync > Pass-through authentication and update any outdated agent version.",
        "Review the AuthenticationAgent event log on the agent servers at the time of the failure.",
        "Collect the correlation ID and timestamp and open a support request if the error repeats."
      ]
    },
    "ja": {
      "title": "パススルー認証エージェントから無効な応答が返されました",
      "explanation": "めったに見られないコードで、現在の Microsoft のリファレンスには掲載されていません。古い一覧では、オンプレミスの Active Directory で検証する際に、エージェントから想定外の読み取れない応答が返されたものと説明されています。根本原因はエラー自体からは分かりません。ほかの 800xx 番台のコードに置き換えられた可能性もあります。",
      "action": [
        "Entra Connect > Connect Sync > パススルー認証 でエージェントの正常性を確認し、古いバージョンのエージェントは更新します。",
        "失敗した時刻のエージェント サーバー上の AuthenticationAgent イベント ログを確認します。",
        "繰り返し発生する場合は、相関 ID と日時を控えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 80005,
    "identifier": "OnPremisePasswordValidatorUnpredictableWebException",
    "outcome": "failure",
    "category": "federation",
    "actor": "microsoft",
    "en": {
      "title": "An unknown error occurred while handling the pass-through agent response",
      "explanation": "Entra ID hit an unexpected error while processing the answer from an on-premises pass-through authentication agent. It is often transient, for example a connection dropped mid-response. Persistent occurrences need Microsoft to look at the service-side details.",
      "action": [
        "Ask the user to retry the sign-in.",
        "Check that all agents are active and up to date in Entra Connect > Connect Sync > Pass-through authentication, and that their outbound connections to Microsoft are not being interrupted by a proxy.",
        "If it keeps failing, open a support request with the correlation ID and timestamp."
      ]
    },
    "ja": {
      "title": "パススルー認証エージェントの応答処理中に不明なエラーが発生しました",
      "explanation": "オンプレミスのパススルー認証エージェントからの応答を処理する際に、Entra ID で想定外のエラーが発生しました。応答の途中で接続が切れたなど、一時的な原因であることが多いです。継続して発生する場合は、Microsoft がサービス側の詳細を調べる必要があります。",
      "action": [
        "ユーザーにサインインを再試行してもらいます。",
        "Entra Connect > Connect Sync > パススルー認証 ですべてのエージェントがアクティブで最新か、プロキシによって Microsoft への送信接続が切断されていないか確認します。",
        "失敗が続く場合は、相関 ID と日時を添えてサポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 80007,
    "identifier": "OnPremisePasswordValidatorErrorOccurredOnPrem",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "The pass-through agent could not validate the password on premises",
      "explanation": "The on-premises agent received the request but the validation against Active Directory failed with an error on the local side. The cause is recorded in the agent's own logs, not in the sign-in log. Problems with the agent service account, domain controller errors or local policy can all lead here.",
      "action": [
        "Open the AuthenticationAgent event log and the agent trace logs on the agent servers for the time of the failure.",
        "Verify Active Directory is healthy (replication, domain controller availability) and that the user account is not locked or restricted on premises.",
        "Restart or reinstall the affected agent if its logs show repeated internal errors."
      ]
    },
    "ja": {
      "title": "パススルー認証エージェントがオンプレミスでパスワードを検証できませんでした",
      "explanation": "オンプレミスのエージェントは要求を受け取りましたが、Active Directory に対する検証がローカル側のエラーで失敗しました。原因はサインイン ログではなく、エージェント自身のログに記録されます。エージェントのサービス アカウントの問題、ドメイン コントローラーのエラー、ローカル ポリシーなどが原因になり得ます。",
      "action": [
        "失敗した時刻について、エージェント サーバーの AuthenticationAgent イベント ログとトレース ログを確認します。",
        "Active Directory が正常か (レプリケーション、ドメイン コントローラーの稼働)、ユーザー アカウントがオンプレミスでロックや制限を受けていないか確認します。",
        "ログに内部エラーが繰り返し出ている場合は、該当エージェントを再起動または再インストールします。"
      ]
    }
  }
];
