// Rule lockout-storm: at least 25 different users locked out (50053) from one IP within 30 minutes.
import { describe, expect, it } from 'vitest';
import { times, type Spec } from '../rule-test-kit.js';
import { runCase, type RuleCase } from './case-runner.js';

const lock = (i: number, at: number): Spec => ({ at, user: `u${i}@contoso.com`, ip: '198.51.100.9', code: 50053 });

const cases: RuleCase[] = [
  { name: '24 users: under the threshold', specs: times(24, (i) => lock(i, i)), alerts: 0 },
  { name: '25 users in 25 minutes: one alert', specs: times(25, (i) => lock(i, i)), alerts: 1, count: 25 },
  { name: '25 users over exactly 30 minutes', specs: times(25, (i) => lock(i, i * 1.25)), alerts: 0 },
  { name: 'across a batch boundary', specs: times(25, (i) => lock(i, i)), cut: 12, alerts: 1, count: 25 },
];

describe('rule lockout-storm', () => {
  it.each(cases)('$name', async (c) => {
    const alerts = await runCase('lockout-storm', c);
    expect(alerts).toHaveLength(c.alerts);
    if (c.count !== undefined) expect(alerts[0]?.signInCount).toBe(c.count);
  });
});
