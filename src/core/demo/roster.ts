/**
 * The demo tenant's people: ~300 members (mostly in Japan, the rest in the US, Europe, Australia
 * and Asia), a dozen B2B guests, and one leaver whose account is disabled. The roster is built
 * from a fixed seed so every demo run shows the same organisation; only the sign-in stream
 * depends on the caller's seed.
 */
import { CONTOSO_TENANT_ID } from './apps.js';
import { DEVICE_PROFILES, type DeviceProfile } from './devices.js';
import { stableGuid } from './ids.js';
import {
  capitalise, JAPANESE_FAMILY_NAMES, JAPANESE_GIVEN_NAMES, PARTNER_TENANTS, WESTERN_FAMILY_NAMES, WESTERN_GIVEN_NAMES,
} from './names.js';
import { CITIES, type Network, type Place } from './places.js';
import { createPicker, createRandom, type Random } from './random.js';

export const ROLE = { staff: 0, engineer: 1, admin: 2, guest: 3 } as const;
export type Role = (typeof ROLE)[keyof typeof ROLE];

export interface DemoDevice {
  readonly profile: DeviceProfile;
  /** `''` for devices not registered in Entra. */
  readonly id: string;
  readonly displayName: string;
  readonly compliant: boolean;
}

export interface DemoUser {
  readonly index: number;
  readonly id: string;
  readonly upn: string;
  readonly displayName: string;
  readonly role: Role;
  readonly homeTenantId: string;
  readonly home: Place;
  /** Works from home only (no office in the home city). */
  readonly remote: boolean;
  readonly devices: readonly DemoDevice[];
  readonly homeIp: string;
  readonly homeAsn: number;
  readonly carrier: Network;
  /** Relative sign-in volume. */
  readonly activity: number;
  /** Legacy mail protocol a device of this user still uses, or null. */
  readonly legacyClient: string | null;
}

export interface Roster {
  /** Everyone who signs in normally (members and guests). */
  readonly users: readonly DemoUser[];
  /** The leaver: disabled half-way through the demo window; signs in only through the incident. */
  readonly leaver: DemoUser;
  /**
   * The emergency-access (break-glass) account, `breakglass@contoso.co.jp`: signs in only through
   * the break-glass incident. Demo configurations list it under `detections.breakGlassAccounts`.
   */
  readonly breakGlass: DemoUser;
}

export const MEMBER_COUNT = 300;
export const GUEST_COUNT = 12;
const ROSTER_SEED = 0x5eed_c0de;

const pick = <T>(r: Random, list: readonly T[]): T => list[r.int(list.length)] as T;

const octet = (r: Random): number => 1 + r.int(254);

const CITY_CODES: Readonly<Record<string, string>> = {
  Tokyo: 'TKY', Osaka: 'OSA', Nagoya: 'NGO', Fukuoka: 'FUK', Seattle: 'SEA', 'New York': 'NYC',
  London: 'LON', Berlin: 'BER', Munich: 'MUC', Sydney: 'SYD', Singapore: 'SIN',
};

const makeDevice = (r: Random, profile: DeviceProfile, user: string, home: Place): DemoDevice => {
  if (!profile.managed) return { profile, id: '', displayName: '', compliant: false };
  const serial = String(100 + r.int(9900)).padStart(4, '0');
  const code = CITY_CODES[home.city] ?? 'RMT';
  const displayName =
    profile.os === 'Windows10' ? `CT-${code}-L${serial}`
      : profile.os === 'MacOs' ? `CT-${code}-M${serial}`
        : profile.os === 'Ios' ? 'iPhone' : 'SM-S911B';
  return { profile, id: stableGuid(`device:${user}:${profile.os}:${serial}`), displayName, compliant: r.chance(0.96) };
};

const LAPTOPS_BY_ROLE: readonly (readonly (readonly [string, number])[])[] = [
  [['winEdge', 55], ['winChromeHybrid', 25], ['macSafari', 20]],
  [['winEdge', 30], ['macSafari', 45], ['linuxFirefox', 25]],
  [['winEdge', 60], ['winChromeHybrid', 20], ['macSafari', 20]],
];

const profile = (name: string): DeviceProfile => {
  const p = DEVICE_PROFILES[name];
  if (!p) throw new RangeError(`unknown device profile ${name}`);
  return p;
};

const LEGACY_CLIENTS = ['Exchange ActiveSync', 'Exchange ActiveSync', 'IMAP4', 'POP3', 'Authenticated SMTP'];

interface NameParts { readonly given: string; readonly family: string; readonly display: string }

const makeName = (r: Random, japanese: boolean, kanjiDisplay: boolean): NameParts => {
  if (japanese) {
    const [family, familyKanji] = pick(r, JAPANESE_FAMILY_NAMES);
    const [given, givenKanji] = pick(r, JAPANESE_GIVEN_NAMES);
    const display = kanjiDisplay ? `${familyKanji} ${givenKanji}` : `${capitalise(given)} ${capitalise(family)}`;
    return { given, family, display };
  }
  const given = pick(r, WESTERN_GIVEN_NAMES);
  const family = pick(r, WESTERN_FAMILY_NAMES);
  return { given, family, display: `${capitalise(given)} ${capitalise(family)}` };
};

const buildRoster = (): Roster => {
  const r = createRandom(ROSTER_SEED);
  const cityPicker = createPicker(CITIES.map((c) => c.weight));
  const taken = new Set<string>();
  const uniqueUpn = (local: string, domain: string): string => {
    let upn = `${local}@${domain}`;
    for (let n = 2; taken.has(upn); n++) upn = `${local}${n}@${domain}`;
    taken.add(upn);
    return upn;
  };

  const makeUser = (index: number, role: Role, forced?: { name: NameParts; city: number }): DemoUser => {
    const guest = role === ROLE.guest;
    const cityIndex = forced?.city ?? cityPicker.pick(r);
    const home = (CITIES[cityIndex] ?? CITIES[0])!.place;
    const inJapan = home.countryOrRegion === 'JP';
    const japanese = r.chance(inJapan ? 0.95 : 0.1);
    const name = forced?.name ?? makeName(r, japanese, inJapan && r.chance(0.5));
    const partner = guest ? pick(r, PARTNER_TENANTS) : null;
    const domain = partner ? partner[0] : inJapan ? 'contoso.co.jp' : 'contoso.com';
    const upn = uniqueUpn(`${name.given}.${name.family}`, domain);
    const laptopProfile = guest
      ? profile('homeWindows')
      : profile(LAPTOPS_BY_ROLE[role]![createPicker(LAPTOPS_BY_ROLE[role]!.map(([, w]) => w)).pick(r)]![0]);
    const devices: DemoDevice[] = [makeDevice(r, laptopProfile, upn, home)];
    if (!guest && r.chance(0.92)) {
      devices.push(makeDevice(r, profile(r.chance(inJapan ? 0.65 : 0.5) ? 'iphone' : 'android'), upn, home));
    }
    if (!guest && r.chance(0.12)) devices.push(makeDevice(r, profile('homeWindows'), upn, home));
    const broadband = pick(r, home.broadband);
    const ipv6 = r.chance(0.1) && home.countryOrRegion === 'JP';
    const homeIp = ipv6
      ? `2400:4050:${(0x1000 + r.int(0xefff)).toString(16)}:${r.int(0xffff).toString(16)}::${(1 + r.int(0xfffe)).toString(16)}`
      : `${broadband.prefix}.${octet(r)}.${octet(r)}`;
    const activity = (0.35 + 1.65 * r.float() * r.float()) * (role === ROLE.admin ? 1.3 : role === ROLE.guest ? 0.3 : 1);
    return {
      index,
      id: stableGuid(`user:${upn}`),
      upn,
      displayName: name.display,
      role,
      homeTenantId: partner ? partner[1] : CONTOSO_TENANT_ID,
      home,
      remote: guest || home.officeIps.length === 0 || r.chance(0.08),
      devices,
      homeIp,
      homeAsn: broadband.asn,
      carrier: pick(r, home.carriers),
      activity,
      legacyClient: !guest && r.chance(0.04) ? pick(r, LEGACY_CLIENTS) : null,
    };
  };

  const users: DemoUser[] = [];
  for (let i = 0; i < MEMBER_COUNT; i++) {
    const u = r.float();
    users.push(makeUser(i, u < 0.8 ? ROLE.staff : u < 0.94 ? ROLE.engineer : ROLE.admin));
  }
  for (let i = 0; i < GUEST_COUNT; i++) users.push(makeUser(users.length, ROLE.guest));
  const leaver = makeUser(users.length, ROLE.staff, {
    name: { given: 'kenji', family: 'morita', display: '森田 健二' },
    city: 0,
  });
  // Built last, so adding it changed no other account.
  const admin = makeUser(users.length + 1, ROLE.admin, { name: { given: 'breakglass', family: 'account', display: 'Break-glass account' }, city: 0 });
  const breakGlass: DemoUser = { ...admin, upn: BREAK_GLASS_UPN, id: stableGuid(`user:${BREAK_GLASS_UPN}`), remote: false, legacyClient: null };
  return { users, leaver, breakGlass };
};

export const BREAK_GLASS_UPN = 'breakglass@contoso.co.jp';

let roster: Roster | null = null;

/** The demo roster (built on first use, then shared: it is immutable and seed-independent). */
export const getDemoRoster = (): Roster => (roster ??= buildRoster());
