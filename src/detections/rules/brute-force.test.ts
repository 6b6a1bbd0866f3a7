// Rule brute-force: at least 10 password failures of one user, then a success, within 20 minutes, with no success in between.
import { describe, expect, it } from 'vitest';
import { times, type Spec } from '../rule-test-kit.js';
import { runCase, type RuleCase } from './case-runner.js';

const U = 'victim@contoso.com';
const fail = (at: number): Spec => ({ at, user: U, code: 50126 });
const ok = (at: number, code = 0): Spec => ({ at, user: U, code });

const cases: RuleCase[] = [
  { name: '9 failures then a success: under the threshold', specs: [...times(9, (i) => fail(i)), ok(9.5)], alerts: 0 },
  { name: '10 failures then a success: one alert', specs: [...times(10, (i) => fail(i)), ok(9.5)], alerts: 1, count: 11 },
  { name: '10 failures and no success: nothing yet', specs: times(10, (i) => fail(i)), alerts: 0 },
  { name: 'the first failure falls out of the 20-minute window', specs: [...times(10, (i) => fail(i)), ok(20)], alerts: 0 },
  { name: 'a success in between resets the run', specs: [...times(5, (i) => fail(i)), ok(5.5), ...times(5, (i) => fail(6 + i)), ok(11.5)], alerts: 0 },
  { name: '50140 (keep me signed in) counts as a success', specs: [...times(10, (i) => fail(i)), ok(9.5, 50140)], alerts: 1 },
  { name: 'across a batch boundary', specs: [...times(10, (i) => fail(i)), ok(9.5)], cut: 7, alerts: 1, count: 11 },
  { name: 'the success in its own later batch', specs: [...times(10, (i) => fail(i)), ok(9.5)], cut: 10, alerts: 1 },
];

describe('rule brute-force', () => {
  it.each(cases)('$name', async (c) => {
    const alerts = await runCase('brute-force', c);
    expect(alerts).toHaveLength(c.alerts);
    if (c.count !== undefined) expect(alerts[0]?.signInCount).toBe(c.count);
  });
});
