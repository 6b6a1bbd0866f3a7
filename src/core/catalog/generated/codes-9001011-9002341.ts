// GENERATED from src/core/catalog/data/codes-9001011-9002341.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 9001011,
    "identifier": "RequiredDeviceStateNotSupported",
    "outcome": "failure",
    "category": "conditional-access",
    "actor": "user",
    "en": {
      "title": "Device state required by Conditional Access cannot be checked on this platform",
      "explanation": "Conditional Access requires a device state, such as compliant or hybrid joined, that this platform or client cannot report. Unsupported operating systems, some browsers and certain embedded web views cannot provide the device information the policy needs.",
      "action": [
        "Check the Device info tab of the sign-in for the operating system and browser that were used.",
        "Have the user sign in from a supported platform and browser (for example Edge or Chrome with the SSO extension on Windows, or the managed apps on mobile).",
        "Open the Conditional Access tab of the sign-in and confirm which policy applied; consider whether the platform condition should scope it differently."
      ]
    },
    "ja": {
      "title": "条件付きアクセスが求めるデバイスの状態をこのプラットフォームでは確認できません",
      "explanation": "条件付きアクセスで準拠済みやハイブリッド参加済みなどのデバイスの状態が要求されていますが、このプラットフォームやクライアントではそれを報告できません。サポート対象外の OS、一部のブラウザー、特定の埋め込み Web ビューは、ポリシーに必要なデバイス情報を提供できません。",
      "action": [
        "サインインの [デバイス情報] タブで、使われた OS とブラウザーを確認します。",
        "サポートされているプラットフォームとブラウザー (Windows なら Edge や SSO 拡張機能付きの Chrome、モバイルなら管理対象のアプリ) からサインインしてもらいます。",
        "サインインの [条件付きアクセス] タブで適用されたポリシーを確認し、デバイス プラットフォームの条件で対象範囲を見直すべきか検討します。"
      ]
    }
  },
  {
    "code": 9001023,
    "identifier": "",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "This grant type cannot be used on the /common or /consumers endpoint",
      "explanation": "The app used a grant type, such as client credentials, on the /common or /consumers endpoint, where it is not supported. Such requests need to be addressed to a specific tenant, or to /organizations where that is allowed.",
      "action": [
        "Change the authority in the app configuration to the tenant-specific endpoint (tenant ID or verified domain).",
        "For multi-tenant daemon apps, request tokens separately for each customer tenant using that tenant ID.",
        "Check the MSAL configuration or raw request URL for a default authority of common."
      ]
    },
    "ja": {
      "title": "この付与の種類は /common や /consumers エンドポイントでは使えません",
      "explanation": "アプリが、クライアント資格情報などの付与の種類を、サポートされていない /common または /consumers エンドポイントで使いました。このような要求は特定のテナント、または許可されている場合は /organizations に送る必要があります。",
      "action": [
        "アプリの構成で authority をテナント固有のエンドポイント (テナント ID または確認済みドメイン) に変更します。",
        "マルチテナントのデーモン アプリであれば、顧客テナントごとにそのテナント ID を指定してトークンを要求します。",
        "MSAL の構成や要求 URL で、既定の authority が common になっていないか確認します。"
      ]
    }
  },
  {
    "code": 9002313,
    "identifier": "InvalidRequest",
    "outcome": "failure",
    "category": "token-protocol",
    "actor": "app-developer",
    "en": {
      "title": "Request to the sign-in endpoint is malformed or invalid",
      "explanation": "The request to a Microsoft Entra endpoint had something wrong with it, such as a missing, duplicated or badly encoded parameter. It is a general validation error, so the full error message and a trace of the request are needed to find the exact problem.",
      "action": [
        "Collect the full error message with Trace ID and Correlation ID.",
        "Capture the failing request with a browser network trace or Fiddler and compare it with the protocol documentation for the endpoint.",
        "Check for common issues: parameters sent twice, wrong Content-Type, URL encoding errors, or a redirect URI that is not absolute."
      ]
    },
    "ja": {
      "title": "サインイン エンドポイントへの要求の形式が不正か無効です",
      "explanation": "Microsoft Entra のエンドポイントへの要求に、パラメーターの不足や重複、エンコードの誤りなど何らかの問題がありました。汎用的な検証エラーのため、原因を特定するにはエラー メッセージ全文と要求のトレースが必要です。",
      "action": [
        "Trace ID と Correlation ID を含むエラー メッセージ全文を入手します。",
        "ブラウザーのネットワーク トレースや Fiddler で失敗した要求を取得し、エンドポイントのプロトコル仕様と比較します。",
        "パラメーターの二重送信、誤った Content-Type、URL エンコードの誤り、絶対 URI になっていないリダイレクト URI など、よくある問題がないか確認します。"
      ]
    }
  },
  {
    "code": 9002332,
    "identifier": "",
    "outcome": "failure",
    "category": "application-config",
    "actor": "app-developer",
    "en": {
      "title": "App for organizational accounts was called on the /consumers endpoint",
      "explanation": "The application is registered for Microsoft Entra (work or school) accounts only, but the request went to the /consumers endpoint, which serves personal Microsoft accounts. The authority used by the app does not match its supported account types.",
      "action": [
        "Change the authority to /organizations or the tenant-specific endpoint.",
        "If personal accounts must also be supported, change Supported account types in App registrations > Authentication and use /common.",
        "Check for hard-coded consumers URLs in the app or its configuration."
      ]
    },
    "ja": {
      "title": "組織アカウント向けのアプリが /consumers エンドポイントで呼び出されました",
      "explanation": "このアプリケーションは Microsoft Entra (職場または学校) アカウント専用として登録されていますが、個人用 Microsoft アカウント向けの /consumers エンドポイントに要求が送られました。アプリが使う authority と、サポートされているアカウントの種類が一致していません。",
      "action": [
        "authority を /organizations かテナント固有のエンドポイントに変更します。",
        "個人用アカウントにも対応する必要がある場合は、[アプリの登録] > [認証] の [サポートされているアカウントの種類] を変更し、/common を使います。",
        "アプリや構成に consumers の URL がハードコードされていないか確認します。"
      ]
    }
  },
  {
    "code": 9002341,
    "identifier": "",
    "outcome": "failure",
    "category": "consent",
    "actor": "user",
    "en": {
      "title": "User must allow single sign-on on this device",
      "explanation": "Windows asked the user for permission to use the signed-in account for single sign-on to apps, and that permission has not been given. This prompt was introduced for devices in the European Economic Area; until the user allows it, silent sign-in with the Windows account fails and the app must show a prompt.",
      "action": [
        "Ask the user to retry and accept the prompt that allows Windows to sign them in to the app.",
        "If the prompt does not appear, have the user sign out and back in to Windows, or sign in to the app interactively.",
        "If you develop the app, treat this like any interaction-required error and fall back to an interactive request."
      ]
    },
    "ja": {
      "title": "ユーザーがこのデバイスでシングル サインオンを許可する必要があります",
      "explanation": "Windows がサインイン中のアカウントをアプリへのシングル サインオンに使う許可をユーザーに求めましたが、まだ許可されていません。この確認は欧州経済領域 (EEA) のデバイス向けに導入されたもので、ユーザーが許可するまでは Windows アカウントでのサイレント サインインが失敗し、アプリは確認画面を表示する必要があります。",
      "action": [
        "もう一度試してもらい、Windows がアプリにサインインすることを許可する確認画面で許可してもらいます。",
        "確認画面が表示されない場合は、Windows からサインアウトして再サインインするか、アプリに対話的にサインインしてもらいます。",
        "アプリを開発している場合は、他の interaction_required のエラーと同様に扱い、対話的な要求に切り替えます。"
      ]
    }
  }
];
