// Covers createDemoGenerator: determinism, schema validity, type shares, success rate, time window and order, unique ids, injected incidents.
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import type { SignIn } from '../model/sign-in-schema.js';
import { deriveSignInType } from '../model/sign-in-type.js';
import { formatProblems, validateSignIn } from '../model/validate-sign-in.js';
import { createDemoGenerator, planDemoIncidents, type DemoGeneratorOptions } from './generator.js';

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
