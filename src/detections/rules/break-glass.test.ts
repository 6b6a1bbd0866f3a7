// Rule break-glass: any sign-in (success or failure) of an account listed in detections.breakGlassAccounts.
import { describe, expect, it } from 'vitest';
import { runCase, type RuleCase } from './case-runner.js';

const listed = { breakGlassAccounts: ['BG-Admin@contoso.com'] };

const cases: RuleCase[] = [
  { name: 'a failed sign-in of a listed account: one alert', specs: [{ at: 0, user: 'bg-admin@contoso.com', code: 50126 }], alerts: 1, settings: listed },
  { name: 'a success of a listed account, upper case in the log', specs: [{ at: 0, user: 'BG-ADMIN@contoso.com' }], alerts: 1, settings: listed },
  { name: 'another account: nothing', specs: [{ at: 0, user: 'alice@contoso.com' }], alerts: 0, settings: listed },
  { name: 'no accounts configured: the rule is off', specs: [{ at: 0, user: 'bg-admin@contoso.com' }], alerts: 0 },
  {
    name: 'two sign-ins 30 minutes apart, in two batches: one alert',
    specs: [{ at: 0, user: 'bg-admin@contoso.com' }, { at: 30, user: 'bg-admin@contoso.com' }], cut: 1, alerts: 1, count: 2, settings: listed,
  },
];

describe('rule break-glass', () => {
  it.each(cases)('$name', async (c) => {
    const alerts = await runCase('break-glass', c);
    expect(alerts).toHaveLength(c.alerts);
    if (c.count !== undefined) expect(alerts[0]?.signInCount).toBe(c.count);
    if (c.alerts > 0) expect(alerts[0]?.severity).toBe('critical');
  });
});
