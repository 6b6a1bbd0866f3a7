// Rule new-country: an interactive success from a country the tenant never had a success from, after 14 days of history.
import { describe, expect, it } from 'vitest';
import type { Spec } from '../rule-test-kit.js';
import { runCase, type RuleCase } from './case-runner.js';

const DAY = 24 * 60;
const from = (days: number, country: string, user = 'ann@contoso.com', code = 0): Spec => ({ at: days * DAY, user, country, code });

const cases: RuleCase[] = [
  { name: 'a new country after 15 days of history: one alert', specs: [from(0, 'JP'), from(15, 'RO', 'bob@contoso.com')], alerts: 1, count: 1 },
  { name: 'a new country on day 13: still learning', specs: [from(0, 'JP'), from(13, 'RO')], alerts: 0 },
  { name: 'exactly 14 days after the first sign-in counts', specs: [from(0, 'JP'), from(14, 'RO')], alerts: 1 },
  { name: 'a country another user already signed in from', specs: [from(0, 'JP'), from(1, 'US', 'cy@contoso.com'), from(20, 'US')], alerts: 0 },
  { name: 'a failure from the new country does not count', specs: [from(0, 'JP'), from(15, 'RO', 'ann@contoso.com', 50126)], alerts: 0 },
  { name: 'across a batch boundary', specs: [from(0, 'JP'), from(15, 'RO')], cut: 1, alerts: 1 },
];

describe('rule new-country', () => {
  it.each(cases)('$name', async (c) => {
    const alerts = await runCase('new-country', c);
    expect(alerts).toHaveLength(c.alerts);
    if (c.count !== undefined) expect(alerts[0]?.signInCount).toBe(c.count);
  });

  it('names the user of the first sign-in from the country', async () => {
    const [alert] = await runCase('new-country', { name: '', specs: [from(0, 'JP'), from(15, 'RO', 'bob@contoso.com'), from(16, 'RO')], alerts: 1 });
    expect(alert?.entity).toEqual({ kind: 'user', value: 'bob@contoso.com' });
    expect(alert?.details.value).toBe('RO');
  });
});
