// GENERATED from src/core/catalog/data/codes-130004-130505.yaml by src/tools/compile-catalog.ts (npm run build).
// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).
import type { ErrorCodeEntry } from '../types.js';

export const entries: readonly ErrorCodeEntry[] = [
  {
    "code": 130004,
    "identifier": "NgcKeyNotFound",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Windows Hello for Business key is not registered for this user",
      "explanation": "The sign-in used a Windows Hello for Business (NGC) key, but Microsoft Entra ID holds no matching key for the user. This happens after the key was deleted from the account, after the device was reimaged or re-joined, or when provisioning never finished.",
      "action": [
        "Have the user sign in with their password, then remove and set up the PIN again under Settings > Accounts > Sign-in options to re-provision Windows Hello for Business.",
        "Check Entra admin center > Users > select the user > Authentication methods for the registered Windows Hello for Business entries.",
        "Run dsregcmd /status on the device and check the join state and the NgcSet value.",
        "If keys were removed on purpose, for example after a security incident, confirm that the user is expected to enroll again."
      ]
    },
    "ja": {
      "title": "このユーザーの Windows Hello for Business キーが登録されていません",
      "explanation": "Windows Hello for Business (NGC) のキーでサインインしようとしましたが、Microsoft Entra ID 側に対応するキーがありません。アカウントからキーが削除された場合、デバイスの再イメージ化や再参加を行った場合、またはプロビジョニングが完了していなかった場合に起こります。",
      "action": [
        "ユーザーにパスワードでサインインしてもらい、[設定] > [アカウント] > [サインイン オプション] で PIN を削除して再設定し、Windows Hello for Business をプロビジョニングし直します。",
        "Microsoft Entra 管理センターの [ユーザー] > 対象ユーザー > [認証方法] で、Windows Hello for Business の登録状況を確認します。",
        "デバイスで dsregcmd /status を実行し、参加状態と NgcSet の値を確認します。",
        "セキュリティ インシデント対応などで意図的にキーを削除した場合は、再登録させてよいかを確認します。"
      ]
    }
  },
  {
    "code": 130005,
    "identifier": "NgcInvalidSignature",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Windows Hello for Business key signature could not be verified",
      "explanation": "The device signed the sign-in challenge with a Windows Hello for Business key, but the signature did not match the public key stored in Microsoft Entra ID. A damaged key container on the device, a TPM problem, or a key that was replaced on only one side are the usual reasons.",
      "action": [
        "Run dsregcmd /status on the device and look for errors in the NGC and TPM related fields.",
        "Have the user reset the Windows Hello PIN; if that does not help, delete the Hello container (certutil -DeleteHelloContainer), sign out and provision again.",
        "If several users on the same device are affected, check TPM health (tpm.msc) and pending firmware updates."
      ]
    },
    "ja": {
      "title": "Windows Hello for Business キーの署名を検証できませんでした",
      "explanation": "デバイスは Windows Hello for Business のキーでサインインのチャレンジに署名しましたが、Microsoft Entra ID に保存されている公開キーと一致しませんでした。デバイス上のキー コンテナーの破損、TPM の不具合、片側だけでキーが置き換わっていることが主な原因です。",
      "action": [
        "デバイスで dsregcmd /status を実行し、NGC や TPM に関する項目にエラーがないか確認します。",
        "Windows Hello の PIN をリセットしてもらい、改善しない場合は certutil -DeleteHelloContainer で Hello コンテナーを削除し、サインアウトしてから再プロビジョニングします。",
        "同じデバイスの複数ユーザーで発生している場合は、tpm.msc で TPM の状態を確認し、ファームウェア更新の有無も確認します。"
      ]
    }
  },
  {
    "code": 130006,
    "identifier": "NgcTransportKeyNotFound",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Windows Hello transport key is missing on the device",
      "explanation": "The Windows Hello for Business sign-in needed the device transport key, but it is not present in the device registration. The registration is usually incomplete or damaged, for example after a failed join or a TPM reset.",
      "action": [
        "Run dsregcmd /status and confirm the device is joined and has a valid device certificate.",
        "Leave and re-join the device (dsregcmd /leave, then join again or let hybrid join run), and then set up Windows Hello for Business again.",
        "In Entra admin center > Devices > All devices, make sure only one current object exists for this device and remove stale duplicates."
      ]
    },
    "ja": {
      "title": "デバイスに Windows Hello のトランスポート キーがありません",
      "explanation": "Windows Hello for Business でのサインインにはデバイスのトランスポート キーが必要ですが、デバイス登録の中に見つかりませんでした。参加処理の失敗や TPM のリセットなどにより、デバイス登録が不完全または壊れていることがほとんどです。",
      "action": [
        "dsregcmd /status を実行し、デバイスが参加済みで有効なデバイス証明書を持っているか確認します。",
        "dsregcmd /leave でいったん参加を解除して再参加 (またはハイブリッド参加の再実行) を行い、Windows Hello for Business を設定し直します。",
        "Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] で、このデバイスの有効なオブジェクトが 1 つだけであることを確認し、古い重複は削除します。"
      ]
    }
  },
  {
    "code": 130007,
    "identifier": "NgcDeviceIsDisabled",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Windows Hello sign-in blocked because the device is disabled",
      "explanation": "The device that holds the Windows Hello for Business key is disabled in Microsoft Entra ID, so keys bound to it are not accepted. Devices get disabled by an administrator, by a stale-device cleanup job, or when a device is retired in Intune.",
      "action": [
        "Find the device in Entra admin center > Devices > All devices, check its Enabled state, and look in Audit logs for who disabled it and when.",
        "If the device is still in legitimate use, enable it again; otherwise have the user sign in from a supported device.",
        "Review stale-device cleanup scripts or lifecycle rules so that active devices are not disabled."
      ]
    },
    "ja": {
      "title": "デバイスが無効化されているため Windows Hello でサインインできません",
      "explanation": "Windows Hello for Business のキーを保持しているデバイスが Microsoft Entra ID で無効化されているため、そのデバイスに紐づくキーは受け付けられません。デバイスは管理者の操作、古いデバイスの整理ジョブ、または Intune でのデバイスの提供終了 (リタイア) によって無効化されます。",
      "action": [
        "Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] で対象デバイスの有効状態を確認し、監査ログで誰がいつ無効化したかを調べます。",
        "まだ正当に使われているデバイスであれば有効に戻し、そうでなければサポート対象のデバイスからサインインしてもらいます。",
        "使用中のデバイスが無効化されないよう、古いデバイスを整理するスクリプトやライフサイクルのルールを見直します。"
      ]
    }
  },
  {
    "code": 130008,
    "identifier": "NgcDeviceIsNotFound",
    "outcome": "failure",
    "category": "device",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Device linked to the Windows Hello key no longer exists",
      "explanation": "The Windows Hello for Business key points to a device object that is no longer in Microsoft Entra ID. The device object was most likely deleted, for example during cleanup of stale devices, while the local key was still in use.",
      "action": [
        "Search Entra admin center > Devices > All devices and the Audit logs (category Device) for the device name to confirm the deletion.",
        "Re-join or re-register the device, then have the user set up Windows Hello for Business again.",
        "Adjust stale-device cleanup so that recently active devices are not deleted."
      ]
    },
    "ja": {
      "title": "Windows Hello キーに紐づくデバイスが存在しません",
      "explanation": "Windows Hello for Business のキーが参照しているデバイス オブジェクトが、Microsoft Entra ID にもう存在しません。ローカルのキーがまだ使われている間に、古いデバイスの整理などでデバイス オブジェクトが削除された可能性が高いです。",
      "action": [
        "Microsoft Entra 管理センターの [デバイス] > [すべてのデバイス] と監査ログ (カテゴリ: Device) でデバイス名を検索し、削除されたことを確認します。",
        "デバイスを再参加または再登録し、ユーザーに Windows Hello for Business を設定し直してもらいます。",
        "最近使われているデバイスが削除されないよう、古いデバイスの整理ルールを調整します。"
      ]
    }
  },
  {
    "code": 130500,
    "identifier": "PhoneSignInBlockedByUserCredentialPolicy",
    "outcome": "failure",
    "category": "credentials",
    "actor": "tenant-admin",
    "en": {
      "title": "Passwordless phone sign-in is not allowed for this user",
      "explanation": "The user tried passwordless phone sign-in with Microsoft Authenticator, but the authentication methods policy does not allow that mode for them. The user may be outside the targeted group, or Authenticator may be limited to push notifications for MFA only.",
      "action": [
        "Open Entra admin center > Authentication methods > Policies > Microsoft Authenticator and check whether it is enabled and which groups are included or excluded.",
        "Check the authentication mode set for the target group (Any, Passwordless or Push) and whether the user is in that group.",
        "If passwordless sign-in is not intended for this user, have them sign in with another allowed method."
      ]
    },
    "ja": {
      "title": "このユーザーにはパスワードレスの電話によるサインインが許可されていません",
      "explanation": "Microsoft Authenticator を使ったパスワードレスの電話サインインを試みましたが、認証方法ポリシーでこのユーザーにはそのモードが許可されていません。対象グループに含まれていないか、Authenticator が MFA 用のプッシュ通知のみに制限されている可能性があります。",
      "action": [
        "Microsoft Entra 管理センターの [認証方法] > [ポリシー] > [Microsoft Authenticator] で、有効になっているか、どのグループが対象または除外になっているかを確認します。",
        "対象グループに設定されている認証モード (任意・パスワードレス・プッシュ) と、ユーザーがそのグループに含まれているかを確認します。",
        "このユーザーにパスワードレス サインインを使わせる想定がない場合は、許可されている別の方法でサインインしてもらいます。"
      ]
    }
  },
  {
    "code": 130502,
    "identifier": "AccessPassBlockedByPolicy",
    "outcome": "failure",
    "category": "credentials",
    "actor": "tenant-admin",
    "en": {
      "title": "Temporary Access Pass is not allowed for this user",
      "explanation": "The user entered a Temporary Access Pass (TAP), but that method is disabled or not targeted at the user in the authentication methods policy. The pass itself may be valid; the policy simply prevents it from being used.",
      "action": [
        "Open Entra admin center > Authentication methods > Policies > Temporary Access Pass and check enablement and the included and excluded groups.",
        "Add the user, or an onboarding group they belong to, to the target, or use a different onboarding method.",
        "After the policy change, let the user retry with the same pass if it is still within its lifetime."
      ]
    },
    "ja": {
      "title": "このユーザーには一時アクセス パスが許可されていません",
      "explanation": "ユーザーは一時アクセス パス (TAP) を入力しましたが、認証方法ポリシーでその方法が無効になっているか、ユーザーが対象に含まれていません。パス自体は有効でも、ポリシーによって使用が止められている状態です。",
      "action": [
        "Microsoft Entra 管理センターの [認証方法] > [ポリシー] > [一時アクセス パス] で、有効化の状態と対象・除外グループを確認します。",
        "ユーザー本人、またはユーザーが所属するオンボーディング用グループを対象に追加するか、別のオンボーディング方法を使います。",
        "ポリシー変更後、パスの有効期間内であれば同じパスで再度サインインしてもらいます。"
      ]
    }
  },
  {
    "code": 130503,
    "identifier": "InvalidAccessPass",
    "outcome": "failure",
    "category": "credentials",
    "actor": "user",
    "en": {
      "title": "Temporary Access Pass entered is not valid",
      "explanation": "The Temporary Access Pass that was typed does not match the pass issued for this account. Typing mistakes, extra spaces from copying, or a pass that was issued for someone else are the usual reasons.",
      "action": [
        "Ask the user to enter the pass again carefully, without spaces.",
        "Check Entra admin center > Users > select the user > Authentication methods to confirm a pass exists for this account and has not expired.",
        "If in doubt, delete the pass, create a new one and hand it over through a trusted channel."
      ]
    },
    "ja": {
      "title": "入力された一時アクセス パスが正しくありません",
      "explanation": "入力された一時アクセス パスが、このアカウントに発行されたパスと一致しませんでした。入力ミス、コピー時に入った余分な空白、別のユーザー向けに発行されたパスを使ったことがよくある原因です。",
      "action": [
        "空白を入れずに、もう一度慎重に入力してもらいます。",
        "Microsoft Entra 管理センターの [ユーザー] > 対象ユーザー > [認証方法] で、このアカウントにパスが発行されていて期限切れでないことを確認します。",
        "判断がつかない場合は既存のパスを削除して新しく発行し、信頼できる経路で本人に渡します。"
      ]
    }
  },
  {
    "code": 130504,
    "identifier": "AccessPassExpired",
    "outcome": "failure",
    "category": "credentials",
    "actor": "helpdesk-admin",
    "en": {
      "title": "Temporary Access Pass has expired",
      "explanation": "The Temporary Access Pass was valid once, but its lifetime has ended. Passes are time-limited by design, so a pass handed out well before onboarding can lapse before the user gets to use it.",
      "action": [
        "Delete the expired pass under Users > select the user > Authentication methods and create a new one with a suitable lifetime.",
        "If passes regularly expire too early for your process, review the minimum and maximum lifetime in Authentication methods > Policies > Temporary Access Pass.",
        "Hand over the new pass shortly before the user will actually use it."
      ]
    },
    "ja": {
      "title": "一時アクセス パスの有効期限が切れています",
      "explanation": "一時アクセス パスは以前は有効でしたが、有効期間が終了しています。パスは意図的に期限付きになっているため、オンボーディングよりかなり前に渡したパスは使う前に失効することがあります。",
      "action": [
        "[ユーザー] > 対象ユーザー > [認証方法] で期限切れのパスを削除し、適切な有効期間で新しいパスを発行します。",
        "運用上パスの期限が早く切れすぎる場合は、[認証方法] > [ポリシー] > [一時アクセス パス] で最小・最大の有効期間を見直します。",
        "新しいパスは、ユーザーが実際に使う直前に渡すようにします。"
      ]
    }
  },
  {
    "code": 130505,
    "identifier": "AccessPassAlreadyUsed",
    "outcome": "failure",
    "category": "credentials",
    "actor": "helpdesk-admin",
    "en": {
      "title": "One-time Temporary Access Pass has already been used",
      "explanation": "The pass was created for one-time use and was already redeemed in an earlier sign-in. A second sign-in, for example on another device or after the browser was closed, cannot use it again.",
      "action": [
        "Check in the sign-in logs whether the earlier sign-in with the pass succeeded and whether the user registered a permanent method during it.",
        "If the user still needs access, issue a new pass under Users > select the user > Authentication methods, and choose multi-use if several sign-ins are expected within its lifetime.",
        "Remind the user to register a passkey or Microsoft Authenticator during the first session."
      ]
    },
    "ja": {
      "title": "1 回限りの一時アクセス パスは既に使用されています",
      "explanation": "このパスは 1 回限りの使用として作成されており、以前のサインインで既に使われています。別のデバイスでのサインインやブラウザーを閉じた後のサインインなど、2 回目以降には使えません。",
      "action": [
        "サインイン ログで、パスを使った最初のサインインが成功したか、その際に恒久的な認証方法を登録したかを確認します。",
        "まだアクセスが必要な場合は [ユーザー] > 対象ユーザー > [認証方法] で新しいパスを発行し、有効期間内に複数回サインインする見込みがあれば複数回使用可能にします。",
        "最初のセッション中にパスキーや Microsoft Authenticator を登録するよう、ユーザーに案内します。"
      ]
    }
  }
];
