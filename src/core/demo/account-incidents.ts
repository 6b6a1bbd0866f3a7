/**
 * The account attacks added for detections (issue #12): impossible travel, a legacy-protocol
 * success, a success from a new country, a brute force that ends in a success, a lockout storm
 * and a break-glass sign-in. Each comes with its labels, and with "quiet spans" in which the
 * victim's normal traffic pauses, so that no normal sign-in of theirs forms an impossible-travel
 * pair with an injected far-away one (travel at ≤ 700 km/h is assumed between them).
 */
import { APP, APPS } from './apps.js';
import type { IncidentEvent, IncidentWhere, QuietSpan } from './incident-events.js';
import { label, type InjectedIncident } from './incident-labels.js';
import { ATTACKER_PLACES, distanceKm, type Place } from './places.js';
import type { Random } from './random.js';
import type { DemoUser } from './roster.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Time to get from a to b at 700 km/h, plus an hour: the quiet span around a far-away sign-in. */
export const travelTimeMs = (a: Place, b: Place): number => (distanceKm(a, b) / 700) * HOUR + HOUR;

export interface AccountIncidents {
  readonly events: IncidentEvent[];
  readonly quiet: QuietSpan[];
  readonly labels: InjectedIncident[];
  readonly summary: {
    readonly impossibleTravel: { readonly userPrincipalName: string; readonly from: string; readonly to: string; readonly start: Date; readonly end: Date; readonly distanceKm: number };
    readonly legacyAuth: { readonly userPrincipalName: string; readonly clientAppUsed: string; readonly at: Date };
    readonly newCountry: { readonly userPrincipalName: string; readonly countryOrRegion: string; readonly at: Date };
    readonly bruteForce: { readonly userPrincipalName: string; readonly ipAddress: string; readonly failures: number; readonly start: Date; readonly end: Date };
    readonly lockoutStorm: { readonly appDisplayName: string; readonly appId: string; readonly users: number; readonly start: Date; readonly end: Date };
    readonly breakGlass: { readonly userPrincipalName: string; readonly at: Date };
  };
}

const attacker = (a: { place: Place; ip: string; asn: number }): IncidentWhere => ({ place: a.place, ip: a.ip, asn: a.asn, trustedNetwork: null, foreign: true });
const homeOf = (u: DemoUser): IncidentWhere => ({ place: u.home, ip: u.homeIp, asn: u.homeAsn, trustedNetwork: null, foreign: false });
const officeOf = (u: DemoUser): IncidentWhere => ({
  place: u.home, ip: u.home.officeIps[0]!, asn: 64500, trustedNetwork: u.home.officeNetworkName, foreign: false,
});

export const planAccountIncidents = (
  r: Random,
  start: number,
  end: number,
  /** Members free to be victims, in a random order (no other incident uses them). */
  pool: readonly DemoUser[],
  breakGlass: DemoUser,
): AccountIncidents => {
  const length = end - start;
  const at = (from: number, span: number) => from + r.float() * span;
  const events: IncidentEvent[] = [];
  const quiet: QuietSpan[] = [];
  const labels: InjectedIncident[] = [];
  const free = [...pool];
  const take = (ok: (u: DemoUser) => boolean): DemoUser => {
    const i = free.findIndex(ok);
    const [u] = free.splice(i >= 0 ? i : 0, 1);
    return u!;
  };
  const ev = (e: Omit<IncidentEvent, 'detail'> & { detail?: string | null }) => events.push({ detail: null, ...e });

  // Impossible travel: the owner signs in at home, 25-50 minutes later the same account succeeds in
  // São Paulo, and the owner signs in at home again soon after.
  const traveller = take((u) => u.home.countryOrRegion === 'JP');
  const tHome = at(start + length * 0.25, length * 0.5);
  const tFar = tHome + (25 + r.int(26)) * MINUTE;
  const far = ATTACKER_PLACES.travel;
  ev({ time: tHome, kind: 'travelHome', user: traveller, app: APP.officeHome, code: 0, interactive: true, where: homeOf(traveller) });
  ev({ time: tFar, kind: 'travelFar', user: traveller, app: APP.exchange, code: 0, interactive: true, where: attacker(far) });
  // The owner goes on working at home 20-40 minutes later: the far sign-in was someone else's.
  const tBack = tFar + (20 + r.int(21)) * MINUTE;
  ev({ time: tBack, kind: 'travelHome', user: traveller, app: APP.officeHome, code: 0, interactive: true, where: homeOf(traveller) });
  quiet.push({ user: traveller.index, from: tHome - travelTimeMs(traveller.home, traveller.home), to: tBack + travelTimeMs(far.place, traveller.home) });
  labels.push(label('impossible-travel', 'user', traveller.upn, tHome, tBack));
  // The far sign-in is also the account's first from Brazil.
  labels.push(label('new-country', 'user', traveller.upn, tFar, tFar));

  // Legacy authentication that worked: IMAP4 from the office network (the account is excluded from the block policy).
  const legacyUser = take((u) => u.home.officeIps.length > 0 && !u.remote && u.legacyClient === null);
  const tLegacy = at(start + length * 0.1, length * 0.8);
  ev({ time: tLegacy, kind: 'legacySuccess', user: legacyUser, app: APP.exchange, code: 0, interactive: true, where: officeOf(legacyUser), clientAppUsed: 'IMAP4' });
  labels.push(label('legacy-auth', 'user', legacyUser.upn, tLegacy, tLegacy));

  // A success from a country no one in the tenant signs in from.
  const wanderer = take(() => true);
  const nc = ATTACKER_PLACES.newCountry;
  const tNew = at(start + length * 0.3, length * 0.6);
  ev({ time: tNew, kind: 'newCountry', user: wanderer, app: APP.officeHome, code: 0, interactive: true, where: attacker(nc) });
  const ncQuiet = travelTimeMs(nc.place, wanderer.home);
  quiet.push({ user: wanderer.index, from: tNew - ncQuiet, to: tNew + ncQuiet });
  labels.push(label('new-country', 'user', wanderer.upn, tNew, tNew));

  // Brute force: 12-16 wrong passwords for one account from one address in Japan, then the right one.
  const bruteVictim = take((u) => u.home.city === 'Tokyo');
  const failures = 12 + r.int(5);
  const tBrute = at(start + length * 0.15, length * 0.7);
  const bruteWhere = attacker(ATTACKER_PLACES.bruteForce);
  const gap = (10 * MINUTE) / failures;
  for (let i = 0; i < failures; i++) {
    ev({ time: tBrute + i * gap, kind: 'bruteFailure', user: bruteVictim, app: APP.officeHome, code: 50126, interactive: true, where: bruteWhere });
  }
  const tBruteEnd = tBrute + (12 + r.int(5)) * MINUTE;
  ev({ time: tBruteEnd, kind: 'bruteSuccess', user: bruteVictim, app: APP.officeHome, code: 0, interactive: true, where: bruteWhere });
  labels.push(label('brute-force', 'user', bruteVictim.upn, tBrute, tBruteEnd));

  // Lockout storm: 30 accounts locked out (50053) at one app within 20 minutes, each from another
  // address of one hosting network. Labelled by app: no single address stands out.
  const storm = ATTACKER_PLACES.lockoutStorm;
  const tStorm = at(start + length * 0.2, length * 0.6);
  const stormApp = APP.exchange;
  const stormUsers = 30;
  let tStormEnd = tStorm;
  for (let i = 0; i < stormUsers; i++) {
    const time = tStorm + r.float() * 20 * MINUTE;
    tStormEnd = Math.max(tStormEnd, time);
    const user = free[(i * 7) % free.length]!;
    ev({ time, kind: 'lockout', user, app: stormApp, code: 50053, interactive: true, where: attacker({ place: storm.place, ip: `${storm.ipPrefix}${200 + (i % 50)}`, asn: storm.asn }) });
  }
  const stormMin = Math.min(...events.filter((e) => e.kind === 'lockout').map((e) => e.time));
  labels.push(label('lockout-storm', 'app', APPS[stormApp]!.id, stormMin, tStormEnd));

  // The emergency-access account signs in once, from the Tokyo office, to the Azure portal.
  const tGlass = at(start + length * 0.3, length * 0.6);
  ev({ time: tGlass, kind: 'breakGlass', user: breakGlass, app: APP.azurePortal, code: 0, interactive: true, where: officeOf(breakGlass) });
  labels.push(label('break-glass', 'user', breakGlass.upn, tGlass, tGlass));

  return {
    events,
    quiet,
    labels,
    summary: {
      impossibleTravel: {
        userPrincipalName: traveller.upn, from: traveller.home.city, to: far.place.city, start: new Date(tHome), end: new Date(tBack),
        distanceKm: Math.round(distanceKm(traveller.home, far.place)),
      },
      legacyAuth: { userPrincipalName: legacyUser.upn, clientAppUsed: 'IMAP4', at: new Date(tLegacy) },
      newCountry: { userPrincipalName: wanderer.upn, countryOrRegion: nc.place.countryOrRegion, at: new Date(tNew) },
      bruteForce: { userPrincipalName: bruteVictim.upn, ipAddress: bruteWhere.ip, failures, start: new Date(tBrute), end: new Date(tBruteEnd) },
      lockoutStorm: { appDisplayName: APPS[stormApp]!.name, appId: APPS[stormApp]!.id, users: stormUsers, start: new Date(stormMin), end: new Date(tStormEnd) },
      breakGlass: { userPrincipalName: breakGlass.upn, at: new Date(tGlass) },
    },
  };
};
