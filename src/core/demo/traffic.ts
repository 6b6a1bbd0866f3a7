/**
 * Turns "a sign-in happens now in this lane" into a record: picks the user, app, device, network
 * and outcome for normal traffic, and applies the incident overrides. Per-record work avoids
 * allocation beyond the record itself: one scratch input object is reused for every user sign-in.
 */
import type { SignIn } from '../model/sign-in-schema.js';
import { APP, APPS } from './apps.js';
import { uaKindIndex } from './devices.js';
import { applyIncident, LEGACY_USER_AGENTS, NATIVE_CLIENT } from './incident-overrides.js';
import { getDemoHabits, type UserHabits } from './habits.js';
import { createIdSource } from './ids.js';
import type { IncidentEvent, IncidentPlan } from './incidents.js';
import {
  INTERACTIVE_MIX, MANAGED_IDENTITY_MIX, NON_INTERACTIVE_MIX, outcomeFor, SERVICE_PRINCIPAL_MIX, SUCCESS,
  type Outcome, type OutcomeMix,
} from './outcomes.js';
import { AZURE_REGIONS, CITIES, distanceKm, type Place } from './places.js';
import { createPicker, mix32, type Picker, type Random } from './random.js';
import { getDemoRoster, type DemoUser } from './roster.js';
import { localHour, localWeekday, type Schedule } from './schedule.js';
import { buildUserSignIn, createSessionIds, type UserSignInIds, type UserSignInInput } from './user-sign-in.js';
import { buildWorkloadSignIn, type WorkloadSignInInput } from './workload-sign-in.js';
import { MANAGED_IDENTITIES, SERVICE_PRINCIPALS } from './workloads.js';
import { ZONES } from './zones.js';

/** RFC 5398 documentation ASN for Contoso's own office networks. */
const OFFICE_ASN = 64500;

export interface Traffic {
  main(time: number, iso: string, bucket: number): SignIn;
  incident(event: IncidentEvent, iso: string): SignIn;
}

interface Trip {
  readonly from: number; readonly to: number; readonly place: Place; readonly ip: string; readonly asn: number;
  /** Time on the road each way (the user signs in nowhere meanwhile). */
  readonly transit: number;
}

const octet = (r: Random) => 1 + r.int(254);

export const createTraffic = (random: Random, seed: number, schedule: Schedule, plan: IncidentPlan | null): Traffic => {
  const { users, leaver, breakGlass } = getDemoRoster();
  const habits = getDemoHabits();
  const zones = ZONES.length;
  const ids: UserSignInIds = {
    requests: createIdSource(random, seed ^ 0x51e9),
    correlations: createIdSource(random, seed ^ 0xc011),
    sessions: createSessionIds(mix32(seed ^ 0x5e55)),
  };

  const byZone: DemoUser[][] = ZONES.map(() => []);
  for (const u of users) byZone[u.home.zone]!.push(u);
  const zonePickers: (Picker | null)[] = byZone.map((list) => (list.length > 0 ? createPicker(list.map((u) => u.activity)) : null));

  // Spans in which a user signs in nowhere: around injected far-away sign-ins, and in transit.
  const quiet: { from: number; to: number }[][] = users.map(() => []);
  for (const q of plan?.quiet ?? []) quiet[q.user]?.push({ from: q.from, to: q.to });

  // About one in ten users makes a business trip during the window, to another office city of
  // their own country, so normal traffic never signs in from a country new to the user. The trip
  // starts and ends with a journey at 700 km/h plus an hour, during which the user is quiet, so
  // consecutive sign-ins never imply travel faster than that. Victims of injected incidents stay home.
  const trips: (Trip | null)[] = users.map(() => null);
  const offices = CITIES.filter((c) => c.place.officeIps.length > 0).map((c) => c.place);
  const span = schedule.end - schedule.start;
  for (const u of users) {
    if (!random.chance(0.1)) continue;
    const domestic = offices.filter((p) => p.countryOrRegion === u.home.countryOrRegion && p.city !== u.home.city);
    if (domestic.length === 0 || quiet[u.index]!.length > 0) continue;
    const place = domestic[random.int(domestic.length)]!;
    const days = 2 + random.int(5);
    const from = schedule.start + random.float() * span;
    const to = from + days * 86_400_000;
    const transit = (distanceKm(u.home, place) / 700) * 3_600_000 + 3_600_000;
    const net = place.broadband[random.int(place.broadband.length)]!;
    trips[u.index] = { from, to, place, ip: `${net.prefix}.${octet(random)}.${octet(random)}`, asn: net.asn, transit };
    quiet[u.index]!.push({ from: from - transit, to: from }, { from: to, to: to + transit });
  }
  const isQuiet = (u: DemoUser, time: number): boolean => {
    const spans = quiet[u.index];
    if (!spans) return false;
    for (const q of spans) if (time >= q.from && time < q.to) return true;
    return false;
  };

  const workloadIp = (region: number) => {
    if (region < 0) return { ip: '203.0.113.10', asn: OFFICE_ASN, place: CITIES[0]!.place };
    const r = AZURE_REGIONS[region]!;
    return { ip: `${r.network.prefix}.${octet(random)}.${octet(random)}`, asn: r.network.asn, place: r.place };
  };
  const spAddress = SERVICE_PRINCIPALS.map((sp) => workloadIp(sp.region));
  const miAddress = MANAGED_IDENTITIES.map((mi) => workloadIp(mi.region));
  const spPicker = createPicker(SERVICE_PRINCIPALS.map((sp) => sp.weight));
  const miPicker = createPicker(MANAGED_IDENTITIES.map((mi) => mi.weight));

  const input: UserSignInInput = {
    time: 0, iso: '', interactive: true, user: users[0]!, app: APPS[0]!, appIndex: 0, resource: APPS[0]!.resources[0]!,
    device: null, clientAppUsed: '', userAgent: '', browser: '', operatingSystem: '', ipAddress: '', asn: 0,
    place: CITIES[0]!.place, trustedNetwork: null, legacy: false, outcome: SUCCESS, protocol: 'none', transferMethod: 'none',
    riskLevel: null, riskEvent: null, mfaMethod: null, mfaDeniedDetail: null,
  };
  const workload: WorkloadSignInInput = {
    iso: '', servicePrincipal: null, managedIdentity: null, resource: APPS[0]!.resources[0]!, ipAddress: '', asn: 0,
    place: CITIES[0]!.place, outcome: SUCCESS,
  };

  const pickOutcome = (m: OutcomeMix): Outcome =>
    random.float() < m.successRate ? SUCCESS : (m.failures[m.failures.length > 1 ? m.picker.pick(random) : 0] as Outcome);

  const habitsOf = (u: DemoUser): UserHabits => (u === leaver ? habits.leaver : habits.byUser[u.index]!);

  /** Fills `input` with a normal sign-in of `user` to app `appIndex` at `time`. */
  const fill = (time: number, iso: string, bucket: number, user: DemoUser, appIndex: number, interactive: boolean) => {
    const app = APPS[appIndex]!;
    // The break-glass account has no habits: its one sign-in uses its own laptop.
    const choice = user === breakGlass ? undefined : habitsOf(user).devices[appIndex];
    const device = choice ? choice.devices[choice.devices.length > 1 ? choice.picker.pick(random) : 0]! : user.devices[0]!;
    const profile = device.profile;
    const nativeUa = app.native ? profile.userAgents[uaKindIndex(app.native)] ?? null : null;
    input.time = time;
    input.iso = iso;
    input.interactive = interactive;
    input.user = user;
    input.app = app;
    input.appIndex = appIndex;
    input.resource = app.resources[app.resources.length > 1 ? app.resourcePicker.pick(random) : 0]!;
    input.device = device;
    input.operatingSystem = profile.os;
    input.legacy = false;
    if (nativeUa) {
      input.clientAppUsed = NATIVE_CLIENT;
      input.userAgent = nativeUa;
      input.browser = profile.nativeBrowser;
    } else {
      input.clientAppUsed = 'Browser';
      input.userAgent = profile.userAgents[0] ?? '';
      input.browser = profile.browser;
    }
    if (user.legacyClient && appIndex === APP.exchange && random.chance(0.5)) {
      // ActiveSync is the phone's built-in mail app; IMAP, POP and SMTP an old desktop client.
      const wanted = user.legacyClient === 'Exchange ActiveSync' ? 'phone' : 'laptop';
      const legacyDevice = user.devices.find((d) => d.profile.kind === wanted) ?? device;
      input.device = legacyDevice;
      input.operatingSystem = legacyDevice.profile.os;
      input.legacy = true;
      input.clientAppUsed = user.legacyClient;
      input.userAgent = LEGACY_USER_AGENTS[user.legacyClient] ?? '';
      input.browser = '';
    }
    input.protocol = app.protocol;
    input.transferMethod = 'none';
    if (appIndex === APP.azureCli && interactive && random.chance(0.08)) {
      input.protocol = 'deviceCode';
      input.transferMethod = 'deviceCodeFlow';
    }
    input.riskLevel = null;
    input.riskEvent = null;
    input.mfaMethod = null;
    input.mfaDeniedDetail = null;

    // Where from: a trip, the office, home broadband or the phone's carrier.
    const trip = trips[user.index];
    const kind = input.device.profile.kind;
    input.trustedNetwork = null;
    if (trip && time >= trip.from && time < trip.to) {
      // Domestic trips: the phone's carrier geolocates where the user is, like everything else.
      input.place = trip.place;
      input.ipAddress = trip.ip;
      input.asn = trip.asn;
      if (interactive && random.chance(0.05)) {
        input.riskLevel = random.chance(0.7) ? 'low' : 'medium';
        input.riskEvent = 'unfamiliarFeatures';
      }
      return;
    }
    const home = user.home;
    input.place = home;
    const offset = schedule.offsets[bucket * zones + home.zone]!;
    const hour = localHour(time, offset);
    const workday = localWeekday(time, offset) % 6 !== 0 && hour >= 8 && hour < 19;
    const atOffice = workday && !user.remote && (kind === 'laptop' ? random.chance(0.8) : kind === 'phone' && random.chance(0.35));
    if (atOffice) {
      input.ipAddress = home.officeIps[home.officeIps.length > 1 ? random.int(home.officeIps.length) : 0]!;
      input.asn = OFFICE_ASN;
      input.trustedNetwork = home.officeNetworkName;
    } else if (kind === 'phone' && random.chance(0.6)) {
      input.ipAddress = `${user.carrier.prefix}.${octet(random)}.${octet(random)}`;
      input.asn = user.carrier.asn;
    } else {
      input.ipAddress = user.homeIp;
      input.asn = user.homeAsn;
    }
  };

  const misconfigured = plan?.misconfigured;

  const userMain = (time: number, iso: string, bucket: number, lane: number): SignIn => {
    const zone = lane >> 1;
    const interactive = (lane & 1) === 0;
    const list = byZone[zone]!;
    let user = list[zonePickers[zone]!.pick(random)]!;
    // A quiet user (in transit, or near an injected far-away sign-in) is replaced by another of the zone.
    for (let tries = 0; tries < 8 && isQuiet(user, time); tries++) user = list[zonePickers[zone]!.pick(random)]!;
    if (isQuiet(user, time)) user = list.find((u) => !isQuiet(u, time)) ?? user;
    const h = habitsOf(user);
    const appIndex = (interactive ? h.interactiveApps : h.nonInteractiveApps).pick(random);
    fill(time, iso, bucket, user, appIndex, interactive);
    if (input.legacy) input.outcome = random.chance(0.95) ? outcomeFor(53003) : outcomeFor(50126);
    else if (misconfigured && appIndex === misconfigured.app && time >= misconfigured.start && time < misconfigured.end) {
      input.outcome = outcomeFor(7000218);
    } else input.outcome = pickOutcome(interactive ? INTERACTIVE_MIX : NON_INTERACTIVE_MIX);
    return buildUserSignIn(input, ids, random);
  };

  const workloadMain = (iso: string, lane: number): SignIn => {
    workload.iso = iso;
    if (lane === schedule.spLane) {
      const i = spPicker.pick(random);
      const sp = SERVICE_PRINCIPALS[i]!;
      const addr = spAddress[i]!;
      workload.servicePrincipal = sp;
      workload.managedIdentity = null;
      workload.resource = sp.resources[sp.resources.length > 1 ? sp.resourcePicker.pick(random) : 0]!;
      workload.ipAddress = addr.ip;
      workload.asn = addr.asn;
      workload.place = addr.place;
      workload.outcome = sp.alwaysFails ? outcomeFor(sp.alwaysFails) : pickOutcome(SERVICE_PRINCIPAL_MIX);
    } else {
      const i = miPicker.pick(random);
      const mi = MANAGED_IDENTITIES[i]!;
      const addr = miAddress[i]!;
      workload.servicePrincipal = null;
      workload.managedIdentity = mi;
      workload.resource = mi.resources[mi.resources.length > 1 ? mi.resourcePicker.pick(random) : 0]!;
      workload.ipAddress = addr.ip;
      workload.asn = addr.asn;
      workload.place = addr.place;
      workload.outcome = pickOutcome(MANAGED_IDENTITY_MIX);
    }
    return buildWorkloadSignIn(workload, ids.requests, ids.correlations, random);
  };

  return {
    main(time, iso, bucket) {
      const lane = schedule.laneAt(bucket, random);
      return lane >= schedule.spLane ? workloadMain(iso, lane) : userMain(time, iso, bucket, lane);
    },
    incident(event, iso) {
      fill(event.time, iso, schedule.bucketOf(event.time), event.user, event.app, event.interactive);
      input.outcome = outcomeFor(event.code);
      applyIncident(input, event);
      return buildUserSignIn(input, ids, random);
    },
  };
};
