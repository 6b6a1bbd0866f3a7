// Covers createDemoGenerator: determinism, schema validity, type shares, success rate, time window and order, unique ids, injected incidents.
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import type { SignIn } from '../model/sign-in-schema.js';
import { deriveSignInType } from '../model/sign-in-type.js';
import { formatProblems, validateSignIn } from '../model/validate-sign-in.js';
import { createDemoGenerator, planDemoIncidents, type DemoGeneratorOptions } from './generator.js';
import { distanceKm } from './places.js';
import { RULE_IDS } from './incident-labels.js';

const OPTIONS: DemoGeneratorOptions = { seed: 42, count: 20_000, days: 30, end: new Date('2026-11-01T00:00:00Z') };
const records: SignIn[] = [...createDemoGenerator(OPTIONS)];
const incidents = planDemoIncidents(OPTIONS);
const ms = (s: SignIn) => Date.parse(s.createdDateTime);
const code = (s: SignIn) => s.status?.errorCode ?? -1;

describe('createDemoGenerator', () => {
  it('yields exactly count records', () => {
    expect(records).toHaveLength(OPTIONS.count);
    expect([...createDemoGenerator({ ...OPTIONS, count: 0 })]).toHaveLength(0);
    expect([...createDemoGenerator({ ...OPTIONS, count: 7 })]).toHaveLength(7);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    let i = 0;
    let differing = 0;
    for (const s of createDemoGenerator(OPTIONS)) if (JSON.stringify(s) !== JSON.stringify(records[i++])) differing++;
    expect([i, differing]).toEqual([records.length, 0]);
    const other = [...createDemoGenerator({ ...OPTIONS, seed: 43, count: 500 })];
    expect(other.map((s) => s.id)).not.toEqual(records.slice(0, 500).map((s) => s.id));
  });

  it('produces records that pass validateSignIn', () => {
    const problems: string[] = [];
    for (const s of records) {
      const v = validateSignIn(s);
      if (!v.ok && problems.length < 3) problems.push(`${s.id}: ${formatProblems(v.problems)}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps every time inside [end - days, end] in ascending order', () => {
    const end = OPTIONS.end.getTime();
    const start = end - OPTIONS.days * 86_400_000;
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
    let previous = Number.NEGATIVE_INFINITY;
    const bad = records.filter((s) => {
      const t = ms(s);
      const wrong = !iso.test(s.createdDateTime) || t < start || t > end || t < previous;
      previous = t;
      return wrong;
    });
    expect(bad.map((s) => s.createdDateTime)).toEqual([]);
    // The window is used, not just one end of it.
    expect(ms(records[0]!) - start).toBeLessThan(86_400_000);
    expect(end - ms(records.at(-1)!)).toBeLessThan(86_400_000);
  });

  it('gives every record unique ids and token identifiers', () => {
    expect(new Set(records.map((s) => s.id)).size).toBe(records.length);
    expect(new Set(records.map((s) => s.uniqueTokenIdentifier)).size).toBe(records.length);
    expect(new Set(records.map((s) => s.correlationId)).size).toBe(records.length);
  });

  it('mixes the four sign-in types in realistic shares', () => {
    const shares = { interactiveUser: 0, nonInteractiveUser: 0, servicePrincipal: 0, managedIdentity: 0 };
    for (const s of records) shares[deriveSignInType(s)] += 1 / records.length;
    expect(shares.nonInteractiveUser).toBeGreaterThan(0.55);
    expect(shares.nonInteractiveUser).toBeLessThan(0.65);
    expect(shares.interactiveUser).toBeGreaterThan(0.26);
    expect(shares.interactiveUser).toBeLessThan(0.34);
    expect(shares.servicePrincipal).toBeGreaterThan(0.05);
    expect(shares.servicePrincipal).toBeLessThan(0.09);
    expect(shares.managedIdentity).toBeGreaterThan(0.02);
    expect(shares.managedIdentity).toBeLessThan(0.045);
  });

  it('shapes each type the way Graph does', () => {
    const misfits = records.filter((s) => {
      const type = deriveSignInType(s);
      const common = s.signInEventTypes?.length === 1 && s.signInEventTypes[0] === type && s.tokenIssuerType === 'AzureAD'
        && typeof s.location?.geoCoordinates?.latitude === 'number' && /^[A-Za-z0-9_-]{22}$/.test(s.uniqueTokenIdentifier ?? '');
      if (type === 'servicePrincipal' || type === 'managedIdentity') {
        return !common || s.isInteractive !== false || s.userId !== '' || !/^[0-9a-f-]{36}$/.test(s.servicePrincipalId ?? '')
          || !s.servicePrincipalName || (s.managedServiceIdentity?.msiType !== 'none') !== (type === 'managedIdentity');
      }
      return !common || s.isInteractive !== (type === 'interactiveUser') || !/^[a-z0-9.-]+@[a-z.]+$/.test(s.userPrincipalName ?? '')
        || !(s.appliedConditionalAccessPolicies?.length) || !/^(single|multi)FactorAuthentication$/.test(s.authenticationRequirement ?? '');
    });
    expect(misfits.slice(0, 2)).toEqual([]);
  });

  it('succeeds 85-90 % of the time, with failureReason "Other." on success', () => {
    const successes = records.filter((s) => code(s) === 0);
    expect(successes.length / records.length).toBeGreaterThan(0.85);
    expect(successes.length / records.length).toBeLessThan(0.9);
    expect(new Set(successes.map((s) => s.status?.failureReason))).toEqual(new Set(['Other.']));
    const failureCodes = new Set(records.map(code).filter((c) => c !== 0));
    for (const c of [50126, 50074, 50076, 50140, 53003, 70044, 50057, 7000218, 500121]) expect(failureCodes).toContain(c);
    expect(records.filter((s) => code(s) !== 0 && !/^[A-Z].+\.$/.test(s.status?.failureReason ?? ''))).toEqual([]);
  });

  it('uses a few hundred users with stable homes and a couple of dozen apps', () => {
    const users = new Set(records.map((s) => s.userPrincipalName).filter(Boolean));
    expect(users.size).toBeGreaterThan(250);
    expect([...users].some((u) => u!.endsWith('@contoso.co.jp'))).toBe(true);
    expect([...users].some((u) => u!.endsWith('@contoso.com'))).toBe(true);
    const apps = new Set(records.filter((s) => s.userId).map((s) => s.appDisplayName));
    expect(apps.size).toBeGreaterThanOrEqual(24);
    expect(apps).toContain('Contoso HR Portal');
    expect(records.some((s) => s.resourceId === '00000003-0000-0000-c000-000000000000')).toBe(true);
  });
});

describe('injected incidents', () => {
  it('are planned for this size and window', () => {
    expect(incidents).not.toBeNull();
  });

  it('include a password spray from one foreign IP over many users within ~20 minutes', () => {
    const spray = records.filter((s) => s.ipAddress === incidents!.passwordSpray.ipAddress);
    expect(spray.length).toBe(incidents!.passwordSpray.attempts);
    expect(new Set(spray.map((s) => s.userId)).size).toBeGreaterThanOrEqual(25);
    expect(spray.every((s) => [50126, 50053].includes(code(s)))).toBe(true);
    expect(spray.every((s) => s.location?.countryOrRegion !== 'JP')).toBe(true);
    expect(ms(spray.at(-1)!) - ms(spray[0]!)).toBeLessThanOrEqual(21 * 60_000);
  });

  it('include an MFA-fatigue burst for one user within 5 minutes, then a success', () => {
    const upn = incidents!.mfaFatigue.userPrincipalName;
    const burst = records.filter((s) => s.userPrincipalName === upn && s.ipAddress === incidents!.mfaFatigue.ipAddress);
    const denials = burst.filter((s) => code(s) === 500121);
    expect(denials.length).toBeGreaterThanOrEqual(10);
    expect(ms(burst.at(-1)!) - ms(burst[0]!)).toBeLessThanOrEqual(5 * 60_000);
    expect(code(burst.at(-1)!)).toBe(0);
  });

  it('include a misconfigured custom app failing with 7000218 for many users for a few hours', () => {
    const { appId, start, end } = incidents!.misconfiguredApp;
    const failing = records.filter((s) => s.appId === appId && code(s) === 7000218);
    expect(new Set(failing.map((s) => s.userId)).size).toBeGreaterThanOrEqual(15);
    expect(failing.every((s) => ms(s) >= start.getTime() - 1000 && ms(s) <= end.getTime())).toBe(true);
    expect(end.getTime() - start.getTime()).toBeLessThanOrEqual(4 * 3_600_000);
  });

  it('include sign-ins to a disabled account (50057) across at least three apps', () => {
    const { userPrincipalName, disabledAt } = incidents!.disabledAccount;
    const blocked = records.filter((s) => s.userPrincipalName === userPrincipalName && code(s) === 50057);
    expect(new Set(blocked.map((s) => s.appId)).size).toBeGreaterThanOrEqual(3);
    expect(blocked.every((s) => ms(s) >= disabledAt.getTime() - 1000)).toBe(true);
    const later = records.filter((s) => s.userPrincipalName === userPrincipalName && ms(s) > disabledAt.getTime());
    expect(later.every((s) => code(s) === 50057)).toBe(true);
  });

  it('include impossible travel: a success at home, one in São Paulo within an hour, and home again soon after', () => {
    const t = incidents!.impossibleTravel;
    const ok = records.filter((s) => s.userPrincipalName === t.userPrincipalName && code(s) === 0 && ms(s) >= t.start.getTime() - 1000 && ms(s) <= t.end.getTime());
    expect(ok.map((s) => s.location?.city)).toEqual([t.from, 'Sao Paulo', t.from]);
    const [a, b, c] = ok.map((s) => s.location!.geoCoordinates!) as { latitude: number; longitude: number }[];
    const out = (ms(ok[1]!) - ms(ok[0]!)) / 3_600_000;
    const back = (ms(ok[2]!) - ms(ok[1]!)) / 3_600_000;
    expect(out).toBeLessThanOrEqual(1);
    expect(back).toBeLessThanOrEqual(1);
    expect(distanceKm(a!, b!) / out).toBeGreaterThan(10_000);
    expect(distanceKm(b!, c!) / back).toBeGreaterThan(10_000);
  });

  it('include a successful legacy-protocol sign-in (IMAP4)', () => {
    const legacy = records.filter((s) => s.userPrincipalName === incidents!.legacyAuth.userPrincipalName && s.clientAppUsed === 'IMAP4' && code(s) === 0);
    expect(legacy).toHaveLength(1);
    expect(legacy[0]!.appDisplayName).toBe('Office 365 Exchange Online');
  });

  it('include a success from a country nobody else signs in from', () => {
    const { userPrincipalName, countryOrRegion } = incidents!.newCountry;
    const there = records.filter((s) => s.location?.countryOrRegion === countryOrRegion);
    expect(there.map((s) => [s.userPrincipalName, code(s)])).toEqual([[userPrincipalName, 0]]);
  });

  it('include a brute force: ≥ 10 wrong passwords on one user from one address, then a success within 20 minutes', () => {
    const b = incidents!.bruteForce;
    const burst = records.filter((s) => s.ipAddress === b.ipAddress);
    expect(burst.slice(0, -1).every((s) => code(s) === 50126 && s.userPrincipalName === b.userPrincipalName)).toBe(true);
    expect(burst.length - 1).toBe(b.failures);
    expect(b.failures).toBeGreaterThanOrEqual(10);
    expect(code(burst.at(-1)!)).toBe(0);
    expect(ms(burst.at(-1)!) - ms(burst[0]!)).toBeLessThanOrEqual(20 * 60_000);
  });

  it('include a lockout storm: 50053 for ≥ 25 users of one app within 30 minutes', () => {
    const l = incidents!.lockoutStorm;
    const storm = records.filter((s) => s.appId === l.appId && code(s) === 50053 && ms(s) >= l.start.getTime() - 1000 && ms(s) <= l.end.getTime());
    expect(new Set(storm.map((s) => s.userPrincipalName)).size).toBeGreaterThanOrEqual(25);
    expect(l.end.getTime() - l.start.getTime()).toBeLessThanOrEqual(30 * 60_000);
    // The spray's own lockouts stay below a storm.
    const sprayLockouts = records.filter((s) => s.ipAddress === incidents!.passwordSpray.ipAddress && code(s) === 50053);
    expect(new Set(sprayLockouts.map((s) => s.userPrincipalName)).size).toBeLessThan(25);
  });

  it('include one sign-in of the break-glass account, and no other', () => {
    const glass = records.filter((s) => s.userPrincipalName === 'breakglass@contoso.co.jp');
    expect(glass.map((s) => [s.appDisplayName, code(s), s.createdDateTime])).toEqual([
      ['Azure Portal', 0, incidents!.breakGlass.at.toISOString().replace(/\.\d{3}Z$/, 'Z')],
    ]);
  });

  it('label every injected incident with a known rule id, an entity and a span inside the window', () => {
    const labels = incidents!.labels;
    expect(new Set(labels.map((l) => l.ruleId))).toEqual(new Set(RULE_IDS));
    const end = OPTIONS.end.getTime();
    for (const l of labels) {
      expect(l.start.getTime()).toBeLessThanOrEqual(l.end.getTime());
      expect(l.start.getTime()).toBeGreaterThanOrEqual(end - OPTIONS.days * 86_400_000 - 1000);
      expect(l.end.getTime()).toBeLessThanOrEqual(end);
      expect(l.start.getTime() % 1000).toBe(0);
      // Every label's entity appears in the records inside its span.
      const hits = records.filter((s) => ms(s) >= l.start.getTime() && ms(s) <= l.end.getTime() + 999 && (
        l.entity.kind === 'user' ? s.userPrincipalName === l.entity.value : l.entity.kind === 'ip' ? s.ipAddress === l.entity.value : s.appId === l.entity.value));
      expect(hits.length, `${l.ruleId} ${l.entity.value}`).toBeGreaterThan(0);
    }
    expect(labels.find((l) => l.ruleId === 'lockout-storm')?.entity.kind).toBe('app');
    expect(labels.find((l) => l.ruleId === 'password-spray')?.entity).toEqual({ kind: 'ip', value: incidents!.passwordSpray.ipAddress });
  });

  it('keep normal traffic free of the patterns: no legacy success, no new country, no travel faster than 800 km/h', () => {
    const labelled = (rule: string, upn: string | null | undefined) => incidents!.labels.some((l) => l.ruleId === rule && l.entity.value === upn);
    const ok = records.filter((s) => code(s) === 0 && s.userPrincipalName);
    const legacy = ok.filter((s) => !['Browser', 'Mobile Apps and Desktop clients'].includes(s.clientAppUsed ?? ''));
    expect(legacy.filter((s) => !labelled('legacy-auth', s.userPrincipalName)).map((s) => s.clientAppUsed)).toEqual([]);
    // Countries per user: normal users succeed only in their home country.
    const countries = new Map<string, Set<string>>();
    for (const s of ok) {
      const set = countries.get(s.userPrincipalName!) ?? new Set<string>();
      set.add(s.location!.countryOrRegion!);
      countries.set(s.userPrincipalName!, set);
    }
    const roaming = [...countries].filter(([upn, set]) => set.size > 1 && !labelled('new-country', upn));
    expect(roaming).toEqual([]);
    // Speed between consecutive successes of each user.
    const last = new Map<string, SignIn>();
    const fast: string[] = [];
    for (const s of ok) {
      const prev = last.get(s.userPrincipalName!);
      last.set(s.userPrincipalName!, s);
      if (!prev) continue;
      const km = distanceKm(prev.location!.geoCoordinates as { latitude: number; longitude: number }, s.location!.geoCoordinates as { latitude: number; longitude: number });
      const hours = Math.max(1 / 3600, (ms(s) - ms(prev)) / 3_600_000);
      if (km > 100 && km / hours > 800 && !labelled('impossible-travel', s.userPrincipalName)) fast.push(`${s.userPrincipalName} ${prev.location?.city}→${s.location?.city}`);
    }
    expect(fast).toEqual([]);
  });

  it('are left out of small demos', () => {
    expect(planDemoIncidents({ ...OPTIONS, count: 500 })).toBeNull();
    expect(planDemoIncidents({ ...OPTIONS, incidents: false })).toBeNull();
    const small = [...createDemoGenerator({ ...OPTIONS, count: 500 })];
    expect(small.some((s) => s.ipAddress === incidents!.passwordSpray.ipAddress)).toBe(false);
  });
});

describe('options', () => {
  it.each([
    { count: -1 }, { count: 1.5 }, { days: 0 }, { days: Number.NaN }, { end: new Date('nope') }, { seed: Number.POSITIVE_INFINITY },
  ])('rejects %o with a BadRequest AppError', (bad) => {
    let caught: unknown;
    try {
      createDemoGenerator({ ...OPTIONS, ...bad });
    } catch (e) {
      caught = e;
    }
    expect(isAppError(caught) && caught.code === 'BadRequest').toBe(true);
  });

  it('accepts fractional days and odd seeds', () => {
    const end = new Date('2026-01-01T00:00:30.500Z');
    const rows = [...createDemoGenerator({ seed: -7.9, count: 300, days: 0.25, end })];
    expect(rows).toHaveLength(300);
    for (const s of rows) {
      expect(ms(s)).toBeGreaterThanOrEqual(end.getTime() - 0.25 * 86_400_000);
      expect(ms(s)).toBeLessThanOrEqual(end.getTime());
    }
  });
});
