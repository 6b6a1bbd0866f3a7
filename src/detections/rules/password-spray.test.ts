// Rule password-spray: distinct failing users per IP in a sliding 20-minute window, kept only when they outnumber the IP's succeeding users.
import { describe, expect, it } from 'vitest';
import { times, type Spec } from '../rule-test-kit.js';
import { runCase, type RuleCase } from './case-runner.js';

const IP = '198.51.100.23';
const fail = (i: number, at: number, code = 50126): Spec => ({ at, user: `u${i}@contoso.com`, ip: IP, code });
const ok = (i: number, at: number): Spec => ({ at, user: `s${i}@contoso.com`, ip: IP, code: 0 });

const cases: RuleCase[] = [
  { name: '4 users in 20 minutes: under the threshold', specs: times(4, (i) => fail(i, i * 4)), alerts: 0 },
  { name: '5 users within 19 minutes: one alert', specs: times(5, (i) => fail(i, i * 4.75)), alerts: 1, count: 5 },
  { name: '5 users exactly 20 minutes apart end to end: the window is (t − 20 min, t]', specs: times(5, (i) => fail(i, i * 5)), alerts: 0 },
  { name: 'a burst straddling an hour boundary is found', specs: times(5, (i) => fail(i, 57 + i)), alerts: 1 },
  { name: 'one user failing 9 times is one distinct value', specs: times(9, (i) => fail(0, i)), alerts: 0 },
  { name: 'lockouts (50053) count as failures', specs: times(5, (i) => fail(i, i, 50053)), alerts: 1 },
  {
    name: 'more succeeding than failing users from the IP: not a spray',
    specs: [...times(6, (i) => ok(i, i)), ...times(5, (i) => fail(i, 6 + i))], alerts: 0,
  },
  {
    name: 'fewer succeeding than failing users: still a spray',
    specs: [...times(4, (i) => ok(i, i)), ...times(5, (i) => fail(i, 6 + i))], alerts: 1, count: 5,
  },
  { name: 'across a batch boundary', specs: times(5, (i) => fail(i, i)), cut: 2, alerts: 1, count: 5 },
  { name: 'a later burst in the same window grows the one alert', specs: times(12, (i) => fail(i, i)), cut: 6, alerts: 1, count: 12 },
  {
    name: 'threshold from the configuration',
    specs: times(5, (i) => fail(i, i)), alerts: 0, settings: { rules: { 'password-spray': { parameters: { threshold: 6 } } } },
  },
];

describe('rule password-spray', () => {
  it.each(cases)('$name', async (c) => {
    const alerts = await runCase('password-spray', c);
    expect(alerts).toHaveLength(c.alerts);
    if (c.count !== undefined) expect(alerts[0]?.signInCount).toBe(c.count);
    if (c.alerts > 0) expect(alerts[0]?.entity).toEqual({ kind: 'ip', value: IP });
  });
});
