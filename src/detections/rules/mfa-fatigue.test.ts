// Rule mfa-fatigue: more than 10 MFA denials (500121) of one user, then an interactive success, within 5 minutes.
import { describe, expect, it } from 'vitest';
import { times, type Spec } from '../rule-test-kit.js';
import { runCase, type RuleCase } from './case-runner.js';

const U = 'jack@contoso.com';
const deny = (at: number): Spec => ({ at, user: U, code: 500121 });
const ok = (at: number, type: Spec['type'] = 'interactiveUser'): Spec => ({ at, user: U, code: 0, type });

const cases: RuleCase[] = [
  { name: '10 denials then approval: under the threshold', specs: [...times(10, (i) => deny(i * 0.4)), ok(4.5)], alerts: 0 },
  { name: '11 denials then approval within 5 minutes: one alert', specs: [...times(11, (i) => deny(i * 0.4)), ok(4.5)], alerts: 1, count: 12 },
  { name: 'the first denial 5 minutes before the approval is out', specs: [...times(11, (i) => deny(i * 0.45)), ok(5)], alerts: 0 },
  { name: 'a non-interactive token refresh is not the approval', specs: [...times(11, (i) => deny(i * 0.4)), ok(4.5, 'nonInteractiveUser')], alerts: 0 },
  { name: 'across a batch boundary', specs: [...times(11, (i) => deny(i * 0.4)), ok(4.5)], cut: 4, alerts: 1, count: 12 },
];

describe('rule mfa-fatigue', () => {
  it.each(cases)('$name', async (c) => {
    const alerts = await runCase('mfa-fatigue', c);
    expect(alerts).toHaveLength(c.alerts);
    if (c.count !== undefined) expect(alerts[0]?.signInCount).toBe(c.count);
    if (c.alerts > 0) expect(alerts[0]).toMatchObject({ severity: 'high', technique: 'T1621', entity: { kind: 'user', value: U } });
  });
});
