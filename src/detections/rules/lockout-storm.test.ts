// Rule lockout-storm: at least 25 different users locked out (50053) at one application within 30 minutes, from any addresses.
import { describe, expect, it } from 'vitest';
import { times, type Spec } from '../rule-test-kit.js';
import { runCase, type RuleCase } from './case-runner.js';

// Every lockout from another address: a storm is usually spread over many.
const lock = (i: number, at: number, appId?: string): Spec => ({ at, user: `u${i}@contoso.com`, ip: `198.51.100.${i}`, code: 50053, appId });
const OTHER_APP = '00000003-0000-0000-c000-000000000000';

const cases: RuleCase[] = [
  { name: '24 users: under the threshold', specs: times(24, (i) => lock(i, i)), alerts: 0 },
  { name: '25 users in 25 minutes: one alert', specs: times(25, (i) => lock(i, i)), alerts: 1, count: 25 },
  { name: '25 users over exactly 30 minutes', specs: times(25, (i) => lock(i, i * 1.25)), alerts: 0 },
  { name: 'across a batch boundary', specs: times(25, (i) => lock(i, i)), cut: 12, alerts: 1, count: 25 },
  { name: '25 users split over two applications: none', specs: times(25, (i) => lock(i, i, i % 2 === 0 ? OTHER_APP : undefined)), alerts: 0 },
];

describe('rule lockout-storm', () => {
  it.each(cases)('$name', async (c) => {
    const alerts = await runCase('lockout-storm', c);
    expect(alerts).toHaveLength(c.alerts);
    if (c.count !== undefined) expect(alerts[0]?.signInCount).toBe(c.count);
  });
});
