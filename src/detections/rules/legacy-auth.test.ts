// Rule legacy-auth: a successful sign-in over a legacy client; one alert per user per day of activity.
import { describe, expect, it } from 'vitest';
import type { Spec } from '../rule-test-kit.js';
import { runCase, type RuleCase } from './case-runner.js';

const legacy = (at: number, client = 'IMAP4', code = 0): Spec => ({ at, user: 'old@contoso.com', client, code });

const cases: RuleCase[] = [
  { name: 'IMAP4 success: one alert', specs: [legacy(0)], alerts: 1, count: 1 },
  { name: 'IMAP4 failure: nothing', specs: [legacy(0, 'IMAP4', 50126)], alerts: 0 },
  { name: 'browser success: nothing', specs: [legacy(0, 'Browser')], alerts: 0 },
  { name: 'two successes 2 hours apart are one alert', specs: [legacy(0, 'POP3'), legacy(120, 'Authenticated SMTP')], alerts: 1, count: 2 },
  { name: 'two successes 25 hours apart are two alerts', specs: [legacy(0), legacy(25 * 60)], alerts: 2 },
  { name: 'the second success in a later batch grows the alert', specs: [legacy(0), legacy(120)], cut: 1, alerts: 1, count: 2 },
];

describe('rule legacy-auth', () => {
  it.each(cases)('$name', async (c) => {
    const alerts = await runCase('legacy-auth', c);
    expect(alerts).toHaveLength(c.alerts);
    if (c.count !== undefined) expect(alerts[0]?.signInCount).toBe(c.count);
  });
});
