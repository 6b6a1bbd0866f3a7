// Rule mfa-denied: at least 5 MFA failures (500121) of one user within 60 minutes.
import { describe, expect, it } from 'vitest';
import { times, type Spec } from '../rule-test-kit.js';
import { runCase, type RuleCase } from './case-runner.js';

const deny = (at: number, user = 'amy@contoso.com'): Spec => ({ at, user, code: 500121 });

const cases: RuleCase[] = [
  { name: '4 denials in an hour: under the threshold', specs: times(4, (i) => deny(i * 10)), alerts: 0 },
  { name: '5 denials in 59 minutes: one alert', specs: times(5, (i) => deny(i * 14.75)), alerts: 1, count: 5 },
  { name: '5 denials spread over exactly 60 minutes', specs: times(5, (i) => deny(i * 15)), alerts: 0 },
  { name: 'denials of different users do not add up', specs: times(5, (i) => deny(i, `u${i}@contoso.com`)), alerts: 0 },
  { name: 'across a batch boundary', specs: times(5, (i) => deny(i)), cut: 3, alerts: 1, count: 5 },
  { name: 'two bursts hours apart are two alerts', specs: [...times(5, (i) => deny(i)), ...times(5, (i) => deny(300 + i))], alerts: 2 },
];

describe('rule mfa-denied', () => {
  it.each(cases)('$name', async (c) => {
    const alerts = await runCase('mfa-denied', c);
    expect(alerts).toHaveLength(c.alerts);
    if (c.count !== undefined) expect(alerts[0]?.signInCount).toBe(c.count);
  });
});
