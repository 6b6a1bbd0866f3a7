// GENERATED from src/core/catalog/data/codes-50180-50187.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 50180,
    "identifier": "WindowsIntegratedAuthMissing",
    "outcome": "failure",
    "category": "federation",
    "actor": "tenant-admin",
    "en": {
      "title": "Integrated Windows authentication (Seamless SSO) is needed but not available",
      "explanation": "The sign-in needed Kerberos-based integrated Windows authentication, which Entra ID provides through Seamless single sign-on, but Seamless SSO is not enabled for the tenant or the browser did not supply a Kerberos ticket. Users then have to type their credentials, or the silent sign-in fails.",
      "action": [
        "In the Entra admin center, open Microsoft Entra Connect > Connect Sync and check that Seamless single sign-on is enabled for the relevant AD forest.",
        "Add https://autologon.microsoftazuread-sso.com to the browsers' Intranet zone through Group Policy.",
        "Confirm that the device is domain joined and can reach a domain controller, and that the AZUREADSSOACC computer account exists in AD.",
        "Roll over the Seamless SSO Kerberos decryption key if it has not been renewed for a long time."
      ]
    },
    "ja": {
      "title": "統合 Windows 認証 (シームレス SSO) が必要だが利用できない",
      "explanation": "サインインには Kerberos による統合 Windows 認証が必要で、Entra ID ではシームレス シングル サインオンとして提供されていますが、テナントでシームレス SSO が有効になっていないか、ブラウザーが Kerberos チケットを提示しませんでした。その結果、ユーザーは資格情報を入力する必要があるか、サイレント サインインが失敗します。",
      "action": [
        "Microsoft Entra 管理センターで [Microsoft Entra Connect] > [Connect Sync] を開き、対象の AD フォレストでシームレス シングル サインオンが有効か確認します。",
        "グループ ポリシーで、https://autologon.microsoftazuread-sso.com をブラウザーのイントラネット ゾーンに追加します。",
        "デバイスがドメインに参加していてドメイン コントローラーに到達できること、AD に AZUREADSSOACC コンピューター アカウントがあることを確認します。",
        "シームレス SSO の Kerberos 復号キーを長期間更新していない場合は、ロールオーバーします。"
      ]
    }
  },
  {
    "code": 50181,
    "identifier": "InvalidOneTimePasscode",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "The one-time passcode entered is incorrect",
      "explanation": "The user typed a one-time passcode that does not match the one that was sent, for example an email one-time passcode used by guests or a code sent by text message. The code is not in Microsoft's public reference; it comes from the error table of the sign-in page. Typos and using an older code are the usual causes.",
      "action": [
        "Ask the user to enter the most recent code exactly as received.",
        "If in doubt, have the user request a new code and use only that one.",
        "For email codes, ask the user to check the spam or junk folder for the latest message."
      ]
    },
    "ja": {
      "title": "入力されたワンタイム パスコードが正しくない",
      "explanation": "ユーザーが入力したワンタイム パスコードが、送信されたものと一致しませんでした。ゲストが使うメールのワンタイム パスコードや、SMS で送られるコードなどです。Microsoft の公開リファレンスには載っておらず、サインイン ページのエラー表に由来するコードです。入力ミスや古いコードの使用が主な原因です。",
      "action": [
        "最新のコードを、受け取ったとおり正確に入力するよう案内します。",
        "不確かな場合は新しいコードを要求し、そのコードだけを使ってもらいます。",
        "メールのコードであれば、迷惑メール フォルダーに最新のメッセージが入っていないか確認してもらいます。"
      ]
    }
  },
  {
    "code": 50182,
    "identifier": "ExpiredOneTimePasscode",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "The one-time passcode has expired",
      "explanation": "The one-time passcode was entered after its validity period had ended. Passcodes sent by email or text message are valid only for a limited time, so a delayed message or a pause in the sign-in can cause this. The code comes from the sign-in page's error table rather than Microsoft's public reference.",
      "action": [
        "Ask the user to request a new code and enter it promptly.",
        "If messages arrive late, check mail filtering or SMS delivery delays for the user.",
        "If it keeps happening, consider moving the user to an app-based method such as Microsoft Authenticator."
      ]
    },
    "ja": {
      "title": "ワンタイム パスコードの有効期限が切れている",
      "explanation": "有効期間が過ぎてからワンタイム パスコードが入力されました。メールや SMS で送られるパスコードは限られた時間しか有効でないため、メッセージの到着が遅れたり、サインインの途中で間が空いたりすると起こります。Microsoft の公開リファレンスではなく、サインイン ページのエラー表に由来するコードです。",
      "action": [
        "新しいコードを要求し、すぐに入力するよう案内します。",
        "メッセージの到着が遅い場合は、メールのフィルタリングや SMS の配信遅延を確認します。",
        "繰り返し起きる場合は、Microsoft Authenticator などアプリによる方法への切り替えを検討します。"
      ]
    }
  },
  {
    "code": 50183,
    "identifier": "OneTimePasscodeCacheError",
    "outcome": "failure",
    "category": "service",
    "actor": "microsoft",
    "en": {
      "title": "The service could not check the one-time passcode (internal cache error)",
      "explanation": "Entra ID hit an internal error while storing or looking up the one-time passcode, so it could not verify the code the user entered. The user did nothing wrong. Requesting a new code usually works; the code comes from the sign-in page's error table and is not publicly documented further.",
      "action": [
        "Ask the user to request a new passcode and try again.",
        "If many users are affected, check Service health in the Microsoft 365 admin center.",
        "If it persists, collect the correlation ID and timestamp and open a Microsoft support request."
      ]
    },
    "ja": {
      "title": "サービス側でワンタイム パスコードを確認できなかった (内部キャッシュのエラー)",
      "explanation": "ワンタイム パスコードの保存または参照中に Entra ID で内部エラーが起き、ユーザーが入力したコードを検証できませんでした。ユーザーの操作に誤りはありません。新しいコードを要求すれば通常は成功します。サインイン ページのエラー表に由来するコードで、これ以上の公開情報はありません。",
      "action": [
        "新しいパスコードを要求してやり直すよう案内します。",
        "多数のユーザーで起きている場合は、Microsoft 365 管理センターの [サービス正常性] を確認します。",
        "続く場合は、相関 ID と日時を控えて Microsoft サポートに問い合わせます。"
      ]
    }
  },
  {
    "code": 50184,
    "identifier": "OneTimePasscodeEntryNotExist",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "No pending one-time passcode was found for this sign-in",
      "explanation": "Entra ID found no passcode to compare the entered code with. Typically the code was already used, was replaced by a newer one, expired and was discarded, or was entered in a different browser tab or session from the one that requested it. The code comes from the sign-in page's error table.",
      "action": [
        "Ask the user to request a new code and enter it in the same tab where it was requested.",
        "Remind the user to use only the most recent code when several were sent.",
        "If it keeps happening, check whether a proxy or browser setting drops the sign-in session cookies between steps."
      ]
    },
    "ja": {
      "title": "このサインインに対応する未使用のワンタイム パスコードが見つからない",
      "explanation": "入力されたコードと照合するパスコードが Entra ID で見つかりませんでした。コードがすでに使われた、新しいコードで置き換えられた、期限切れで破棄された、要求したのとは別のブラウザー タブやセッションで入力された、といった場合が典型的です。サインイン ページのエラー表に由来するコードです。",
      "action": [
        "新しいコードを要求し、要求したのと同じタブで入力するよう案内します。",
        "複数のコードが届いた場合は、最新のものだけを使うよう伝えます。",
        "繰り返し起きる場合は、プロキシやブラウザーの設定によって手順の間にサインインのセッション Cookie が失われていないか確認します。"
      ]
    }
  },
  {
    "code": 50187,
    "identifier": "DeviceInformationNotProvided",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Device authentication could not be performed because device information was missing",
      "explanation": "The sign-in required device authentication, but the client did not provide the device identity, so the service could not carry it out. Common reasons are an unregistered device, a browser without device single sign-on support, or a mobile app signing in without the broker app. Conditional Access policies that depend on the device then fail.",
      "action": [
        "Check the Device info tab: an empty device ID means the device was not identified at all.",
        "Make sure the device is registered or joined (Devices > All devices) and, on Windows, run dsregcmd /status.",
        "Have the user sign in with a supported browser (Microsoft Edge with the work profile, or Chrome with the Microsoft Single Sign On extension) or, on mobile, with Microsoft Authenticator or Company Portal installed."
      ]
    },
    "ja": {
      "title": "デバイス情報がないためデバイス認証を実行できなかった",
      "explanation": "サインインにはデバイス認証が必要でしたが、クライアントがデバイスの ID を提示しなかったため、サービスが認証を実行できませんでした。デバイスが未登録、ブラウザーがデバイスのシングル サインオンに対応していない、モバイル アプリがブローカー アプリなしでサインインしている、といった理由がよくあります。その結果、デバイスに依存する条件付きアクセス ポリシーを満たせません。",
      "action": [
        "[デバイス情報] タブを確認します。デバイス ID が空であれば、デバイスがまったく識別されていません。",
        "デバイスが登録または参加済みか ([デバイス] > [すべてのデバイス]) を確認し、Windows では dsregcmd /status を実行します。",
        "対応したブラウザー (職場のプロファイルでサインインした Microsoft Edge、または Microsoft Single Sign On 拡張機能を入れた Chrome) を使うか、モバイルでは Microsoft Authenticator または ポータル サイトをインストールしてからサインインしてもらいます。"
      ]
    }
  }
];
