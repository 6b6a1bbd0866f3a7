/**
 * Device profiles of the demo roster and the user agents each client kind sends from them.
 * `deviceDetail.operatingSystem` and `browser` use the spellings Entra writes (`Windows10`,
 * `MacOs`, `Ios`, `Rich Client 5.x` for MSAL native clients).
 */

export type DeviceKind = 'laptop' | 'phone' | 'homePc';
export type OsName = 'Windows10' | 'MacOs' | 'Linux' | 'Ios' | 'Android';

/** The kinds of client software an app signs in with; each has one user agent per OS. */
export const UA_KINDS = ['browser', 'teams', 'office', 'msalMobile', 'onedrive', 'azcli', 'azps', 'wam', 'vs', 'ropc'] as const;
export type UaKind = (typeof UA_KINDS)[number];

export interface DeviceProfile {
  readonly os: OsName;
  readonly kind: DeviceKind;
  readonly browser: string;
  readonly nativeBrowser: string;
  readonly trustType: string;
  readonly managed: boolean;
  /** User agent per `UA_KINDS` entry; `null` where that client does not exist on this OS. */
  readonly userAgents: readonly (string | null)[];
}

const CHROME_WIN = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)';
const IOS = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko)';
const MSAL_IOS = 'Mozilla/5.0 (compatible; MSAL 1.0) PKeyAuth/1.0';
const DALVIK = 'Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)';

type UaRow = Partial<Record<UaKind, string>>;

const uaList = (row: UaRow): readonly (string | null)[] => UA_KINDS.map((k) => row[k] ?? null);

const windowsNative: UaRow = {
  teams: `${CHROME_WIN} Edg/124.0.0.0 Teams/24102.2223.2870.9480`,
  office: 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17531; Pro)',
  onedrive: 'Microsoft SkyDriveSync 24.076.0414.0003 ship; Windows NT 10.0 (22631)',
  azcli: 'python/3.11.8 (Windows-10-10.0.22631-SP0) msal/1.28.0 azure-cli/2.60.0',
  azps: 'Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; ja-JP) PowerShell/7.4.2',
  wam: 'Windows-AzureAD-Authentication-Provider/1.0',
  vs: 'Microsoft Visual Studio 2022/17.9.6 (Windows NT 10.0.22631)',
};

export const DEVICE_PROFILES: Readonly<Record<string, DeviceProfile>> = {
  winEdge: {
    os: 'Windows10', kind: 'laptop', browser: 'Edge 124.0.0', nativeBrowser: 'Rich Client 5.2.1',
    trustType: 'Azure AD joined', managed: true,
    userAgents: uaList({ browser: `${CHROME_WIN} Edg/124.0.0.0`, ...windowsNative }),
  },
  winChromeHybrid: {
    os: 'Windows10', kind: 'laptop', browser: 'Chrome 124.0.0', nativeBrowser: 'Rich Client 5.2.1',
    trustType: 'Hybrid Azure AD joined', managed: true,
    userAgents: uaList({ browser: CHROME_WIN, ...windowsNative }),
  },
  macSafari: {
    os: 'MacOs', kind: 'laptop', browser: 'Safari 17.4', nativeBrowser: 'Rich Client 4.61.0',
    trustType: 'Azure AD registered', managed: true,
    userAgents: uaList({
      browser: `${MAC} AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15`,
      teams: `${MAC} AppleWebKit/605.1.15 (KHTML, like Gecko) Teams/24102.2223.2870.9480`,
      office: 'Microsoft Office/16.0 (Macintosh; Mac OS X 10.15.7; Microsoft Outlook 16.84)',
      onedrive: 'Microsoft SkyDriveSync 24.076.0414.0003 ship; Mac OS X 14.4.1',
      azcli: 'python/3.11.9 (macOS-14.4.1-arm64-arm-64bit) msal/1.28.0 azure-cli/2.60.0',
      azps: 'Mozilla/5.0 (Darwin 23.4.0 Darwin Kernel Version 23.4.0; en-US) PowerShell/7.4.2',
    }),
  },
  linuxFirefox: {
    os: 'Linux', kind: 'laptop', browser: 'Firefox 125.0', nativeBrowser: 'Rich Client 4.61.0',
    trustType: '', managed: false,
    userAgents: uaList({
      browser: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
      azcli: 'python/3.11.9 (Linux-6.5.0-28-generic-x86_64-with-glibc2.35) msal/1.28.0 azure-cli/2.60.0',
      azps: 'Mozilla/5.0 (Linux 6.5.0-28-generic #29~22.04.1-Ubuntu; en-US) PowerShell/7.4.2',
      teams: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    }),
  },
  iphone: {
    os: 'Ios', kind: 'phone', browser: 'Mobile Safari 17.4', nativeBrowser: 'Rich Client 1.4.0',
    trustType: 'Azure AD registered', managed: true,
    userAgents: uaList({
      browser: `${IOS} Version/17.4.1 Mobile/15E148 Safari/604.1`,
      teams: 'TeamsMobile-iOS/6.8.0 (iPhone; iOS 17.4.1; Scale/3.00)',
      office: 'Microsoft Office/16.0 (iPhone; iOS 17.4.1; Microsoft Word 2.84)',
      msalMobile: MSAL_IOS,
    }),
  },
  android: {
    os: 'Android', kind: 'phone', browser: 'Chrome Mobile 124.0.6367', nativeBrowser: 'Rich Client 16.0.0',
    trustType: 'Azure AD registered', managed: true,
    userAgents: uaList({
      browser: `${ANDROID} Chrome/124.0.6367.82 Mobile Safari/537.36`,
      teams: 'TeamsMobile-Android/1416/1.0.0.2024082801 (SM-S911B; Android 14)',
      office: DALVIK,
      msalMobile: DALVIK,
    }),
  },
  homeWindows: {
    os: 'Windows10', kind: 'homePc', browser: 'Chrome 123.0.0', nativeBrowser: 'Rich Client 5.2.1',
    trustType: '', managed: false,
    userAgents: uaList({
      browser: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36',
      teams: `${CHROME_WIN} Edg/124.0.0.0 Teams/24102.2223.2870.9480`,
    }),
  },
};

/** The password-spray tool's user agent (a scripted ROPC client). */
export const SPRAY_USER_AGENT = 'python-requests/2.31.0';

export const uaKindIndex = (kind: UaKind): number => UA_KINDS.indexOf(kind);
