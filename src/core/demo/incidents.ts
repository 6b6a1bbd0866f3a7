/**
 * The attacks and breakages injected into demo data, so detections and the failure dashboard
 * have something to find: a password spray from one foreign address over many users, an
 * MFA-fatigue burst against one user ending in an approval, a custom app misconfigured for a few
 * hours (7000218 for everyone), a disabled leaver whose devices keep trying (50057), and the
 * account attacks of account-incidents.ts (impossible travel, legacy authentication, a new
 * country, brute force, a lockout storm, a break-glass sign-in). `labels` says, per detection
 * rule, which entity should be found when. Planning uses its own random stream, so the plan
 * depends only on the options.
 */
import { APP, APPS } from './apps.js';
import { getDemoHabits } from './habits.js';
import { ATTACKER_PLACES } from './places.js';
import { createRandom, type Random } from './random.js';
import { getDemoRoster, ROLE, type DemoUser } from './roster.js';
import { DENIALS } from './user-sign-in.js';
import type { IncidentEvent, QuietSpan } from './incident-events.js';
import { label, type InjectedIncident } from './incident-labels.js';
import { planAccountIncidents, travelTimeMs, type AccountIncidents } from './account-incidents.js';

export type { IncidentEvent, IncidentKind, IncidentWhere } from './incident-events.js';
export type { InjectedIncident } from './incident-labels.js';

/** What was injected, for tests, the CLI's summary and anyone checking detections. */
export interface DemoIncidents {
  readonly passwordSpray: {
    readonly ipAddress: string; readonly countryOrRegion: string; readonly start: Date; readonly end: Date;
    readonly attempts: number; readonly users: number;
  };
  readonly mfaFatigue: {
    readonly userPrincipalName: string; readonly ipAddress: string; readonly start: Date; readonly end: Date;
    readonly denials: number;
  };
  readonly misconfiguredApp: {
    readonly appDisplayName: string; readonly appId: string; readonly errorCode: number; readonly start: Date;
    readonly end: Date; readonly attempts: number;
  };
  readonly disabledAccount: {
    readonly userPrincipalName: string; readonly disabledAt: Date; readonly apps: readonly string[];
    readonly attempts: number;
  };
  readonly impossibleTravel: AccountIncidents['summary']['impossibleTravel'];
  readonly legacyAuth: AccountIncidents['summary']['legacyAuth'];
  readonly newCountry: AccountIncidents['summary']['newCountry'];
  readonly bruteForce: AccountIncidents['summary']['bruteForce'];
  readonly lockoutStorm: AccountIncidents['summary']['lockoutStorm'];
  readonly breakGlass: AccountIncidents['summary']['breakGlass'];
  /**
   * What a detection should find: rule id, entity, time span (whole seconds). Rule ids:
   * password-spray (ip), mfa-fatigue and mfa-denied (user), disabled-account (user),
   * lockout-storm (app: the storm comes from many addresses, so only the app ties it together),
   * legacy-auth, impossible-travel, new-country, break-glass and brute-force (user).
   */
  readonly labels: readonly InjectedIncident[];
}

export interface IncidentPlan {
  readonly summary: DemoIncidents;
  /** Ascending by time. */
  readonly events: readonly IncidentEvent[];
  /** Sign-ins of normal traffic to the misconfigured app fail too while it is broken. */
  readonly misconfigured: { readonly app: number; readonly start: number; readonly end: number };
  /** Spans in which a victim's normal traffic pauses (see account-incidents.ts); these users make no trips. */
  readonly quiet: readonly QuietSpan[];
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
/** Below these, a demo is too small to carry the incidents without drowning normal traffic. */
export const MIN_COUNT_FOR_INCIDENTS = 2000;
export const MIN_WINDOW_FOR_INCIDENTS_MS = 6 * HOUR;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));

const shuffled = <T>(r: Random, list: readonly T[]): T[] => {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

const LEAVER_APPS = [APP.outlookMobile, APP.teams, APP.oneDrive, APP.office];

export const planIncidents = (seed: number, count: number, start: number, end: number): IncidentPlan => {
  const r = createRandom(seed ^ 0x1ac1de47);
  const length = end - start;
  const { users, leaver, breakGlass } = getDemoRoster();
  const habits = getDemoHabits();
  const members = users.filter((u) => u.role !== ROLE.guest);
  const events: IncidentEvent[] = [];
  const at = (from: number, span: number) => from + r.float() * span;

  // Password spray: one address, many users, ~20 minutes, mostly wrong passwords, some lockouts.
  const sprayAttempts = clamp(count * 0.004, 25, 400);
  const sprayStart = at(start + length * 0.15, length * 0.6);
  const sprayEnd = Math.min(end - 1000, sprayStart + 20 * MINUTE);
  const targets = shuffled(r, members);
  // Some accounts lock out (50053), but fewer than 25, so the spray is not also a lockout storm.
  let lockouts = 0;
  for (let i = 0; i < sprayAttempts; i++) {
    const lockout = !r.chance(0.85) && lockouts < 20;
    if (lockout) lockouts++;
    events.push({
      time: at(sprayStart, sprayEnd - sprayStart), kind: 'spray', user: targets[i % targets.length] as DemoUser,
      app: APP.sprayClient, code: lockout ? 50053 : 50126, interactive: true, detail: null,
    });
  }

  // MFA fatigue: the attacker has the password and keeps pushing prompts until one is approved.
  const victim = targets[sprayAttempts % targets.length] as DemoUser;
  const fatigueStart = at(start + length * 0.2, length * 0.6);
  const denials = 12 + r.int(7);
  const fatigueApp = APP.officeHome;
  events.push({ time: fatigueStart, kind: 'fatiguePrompt', user: victim, app: fatigueApp, code: 50074, interactive: true, detail: null });
  const step = (4.5 * MINUTE) / (denials + 1);
  for (let i = 1; i <= denials; i++) {
    events.push({
      time: fatigueStart + i * step, kind: 'fatigueDenied', user: victim, app: fatigueApp, code: 500121, interactive: true,
      detail: DENIALS[r.int(DENIALS.length)] as string,
    });
  }
  const fatigueEnd = fatigueStart + (denials + 1) * step;
  events.push({ time: fatigueEnd, kind: 'fatigueApproved', user: victim, app: fatigueApp, code: 0, interactive: true, detail: null });

  // A custom app loses its client secret setting for a few hours: every token request fails.
  const misApp = APP.expenseTracker;
  const misDuration = Math.min(3 * HOUR, length / 4);
  const misStart = at(start + length * 0.1, length * 0.8 - misDuration);
  const misEnd = misStart + misDuration;
  const appUsers = members.filter((u) => habits.byUser[u.index]?.devices[misApp] != null);
  const misAttempts = clamp(count * 0.003, 20, 300);
  const misUsers = shuffled(r, appUsers);
  for (let i = 0; i < misAttempts; i++) {
    events.push({
      time: at(misStart, misDuration), kind: 'misconfig', user: misUsers[i % misUsers.length] as DemoUser, app: misApp,
      code: 7000218, interactive: r.chance(0.5), detail: null,
    });
  }

  // The leaver: normal use, then disabled; phone and laptop apps keep refreshing tokens.
  const disabledAt = at(start + length * 0.4, length * 0.2);
  const before = clamp(count * 0.0005, 4, 40);
  const after = clamp(count * 0.001, 8, 80);
  for (let i = 0; i < before; i++) {
    events.push({
      time: at(start, disabledAt - start), kind: 'leaverActive', user: leaver,
      app: LEAVER_APPS[i % LEAVER_APPS.length] as number, code: 0, interactive: r.chance(0.2), detail: null,
    });
  }
  for (let i = 0; i < after; i++) {
    events.push({
      time: at(disabledAt, end - 1000 - disabledAt), kind: 'leaverDisabled', user: leaver,
      app: LEAVER_APPS[i % LEAVER_APPS.length] as number, code: 50057, interactive: r.chance(0.15), detail: null,
    });
  }

  const account = planAccountIncidents(r, start, end, targets.filter((u) => u !== victim), breakGlass);
  events.push(...account.events);
  // The approval comes from Bucharest: no normal sign-in of the victim close enough to make it impossible travel.
  const fatigueQuiet = travelTimeMs(ATTACKER_PLACES.fatigue.place, victim.home);
  const quiet: QuietSpan[] = [{ user: victim.index, from: fatigueStart - fatigueQuiet, to: fatigueEnd + fatigueQuiet }, ...account.quiet];

  events.sort((a, b) => a.time - b.time);
  const timesOf = (kind: IncidentEvent['kind']) => events.filter((e) => e.kind === kind).map((e) => e.time);
  const sprayTimes = timesOf('spray');
  const disabledTimes = timesOf('leaverDisabled');
  const labels: InjectedIncident[] = [
    label('password-spray', 'ip', ATTACKER_PLACES.spray.ip, sprayTimes[0]!, sprayTimes.at(-1)!),
    label('mfa-fatigue', 'user', victim.upn, fatigueStart, fatigueEnd),
    label('mfa-denied', 'user', victim.upn, fatigueStart, fatigueEnd),
    // The approval is the victim's first sign-in from Romania.
    label('new-country', 'user', victim.upn, fatigueEnd, fatigueEnd),
    label('disabled-account', 'user', leaver.upn, disabledTimes[0]!, disabledTimes.at(-1)!),
    ...account.labels,
  ];
  const app = APPS[misApp]!;
  return {
    events,
    misconfigured: { app: misApp, start: misStart, end: misEnd },
    quiet,
    summary: {
      ...account.summary,
      labels,
      passwordSpray: {
        ipAddress: ATTACKER_PLACES.spray.ip, countryOrRegion: ATTACKER_PLACES.spray.place.countryOrRegion,
        start: new Date(sprayStart), end: new Date(sprayEnd), attempts: sprayAttempts,
        users: Math.min(sprayAttempts, targets.length),
      },
      mfaFatigue: {
        userPrincipalName: victim.upn, ipAddress: ATTACKER_PLACES.fatigue.ip, start: new Date(fatigueStart),
        end: new Date(fatigueEnd), denials,
      },
      misconfiguredApp: {
        appDisplayName: app.name, appId: app.id, errorCode: 7000218, start: new Date(misStart), end: new Date(misEnd),
        attempts: misAttempts,
      },
      disabledAccount: {
        userPrincipalName: leaver.upn, disabledAt: new Date(disabledAt),
        apps: LEAVER_APPS.map((i) => APPS[i]!.name), attempts: after,
      },
    },
  };
};
