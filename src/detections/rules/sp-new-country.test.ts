// Rule sp-new-country: a service principal's success from a country it was never seen in, after 7 days of history.
import { describe, expect, it } from 'vitest';
import type { Spec } from '../rule-test-kit.js';
import { runCase, type RuleCase } from './case-runner.js';

const DAY = 24 * 60;
const SP = '7f0c2a7e-1c2d-4c59-9c0e-3f8f2b7a9d11';
const sp = (days: number, country: string, id = SP, code = 0): Spec => ({ at: days * DAY, type: 'servicePrincipal', sp: id, country, code });

const cases: RuleCase[] = [
  { name: 'a new country after 8 days: one alert', specs: [sp(0, 'US'), sp(8, 'DE')], alerts: 1, count: 1 },
  { name: 'a new country on day 6: still learning', specs: [sp(0, 'US'), sp(6, 'DE')], alerts: 0 },
  { name: 'another principal seen there first does not help: per principal', specs: [sp(0, 'US'), sp(1, 'DE', 'other-sp'), sp(8, 'DE')], alerts: 1 },
  { name: 'a failure from the new country does not count', specs: [sp(0, 'US'), sp(8, 'DE', SP, 7000215)], alerts: 0 },
  { name: 'user sign-ins are not service principals', specs: [{ at: 0, country: 'US' }, { at: 8 * DAY, country: 'DE' }], alerts: 0 },
  { name: 'across a batch boundary', specs: [sp(0, 'US'), sp(8, 'DE')], cut: 1, alerts: 1 },
];

describe('rule sp-new-country', () => {
  it.each(cases)('$name', async (c) => {
    const alerts = await runCase('sp-new-country', c);
    expect(alerts).toHaveLength(c.alerts);
    if (c.count !== undefined) expect(alerts[0]?.signInCount).toBe(c.count);
    if (c.alerts > 0) expect(alerts[0]?.entity).toEqual({ kind: 'servicePrincipal', value: SP });
  });
});
