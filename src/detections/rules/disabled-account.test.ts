// Rule disabled-account: a disabled account (50057) trying at least 3 different apps within a day.
import { describe, expect, it } from 'vitest';
import { times, type Spec } from '../rule-test-kit.js';
import { runCase, type RuleCase } from './case-runner.js';

const APPS = ['Outlook Mobile', 'Microsoft Teams', 'OneDrive SyncEngine', 'Microsoft Office'];
const tryApp = (at: number, app: number): Spec => ({ at, user: 'leaver@contoso.com', code: 50057, app: APPS[app] as string });

const cases: RuleCase[] = [
  { name: '2 apps many times: under the threshold', specs: times(10, (i) => tryApp(i * 30, i % 2)), alerts: 0 },
  { name: '3 apps within a day: one alert', specs: times(3, (i) => tryApp(i * 600, i)), alerts: 1, count: 3 },
  { name: '3 apps over exactly 24 hours', specs: times(3, (i) => tryApp(i * 720, i)), alerts: 0 },
  { name: 'across a batch boundary', specs: times(3, (i) => tryApp(i * 60, i)), cut: 1, alerts: 1 },
];

describe('rule disabled-account', () => {
  it.each(cases)('$name', async (c) => {
    const alerts = await runCase('disabled-account', c);
    expect(alerts).toHaveLength(c.alerts);
    if (c.count !== undefined) expect(alerts[0]?.signInCount).toBe(c.count);
    if (c.alerts > 0) expect(alerts[0]?.details).toMatchObject({ distinct: 3, threshold: 3 });
  });
});
