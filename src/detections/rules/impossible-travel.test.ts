// Rule impossible-travel: consecutive interactive successes ≥ 500 km apart at ≥ 800 km/h, coming back near the start.
import { describe, expect, it } from 'vitest';
import type { Spec } from '../rule-test-kit.js';
import { runCase, type RuleCase } from './case-runner.js';

const TOKYO = { lat: 35.68, lon: 139.69, country: 'JP' };
const OSAKA = { lat: 34.69, lon: 135.5, country: 'JP' };
const LONDON = { lat: 51.51, lon: -0.13, country: 'GB' };
const at = (minutes: number, place: typeof TOKYO, os = 'Windows10'): Spec => ({ at: minutes, user: 'kai@contoso.com', ...place, os });

const cases: RuleCase[] = [
  { name: 'Tokyo, London an hour later, Tokyo again: one alert', specs: [at(0, TOKYO), at(60, LONDON), at(120, TOKYO)], alerts: 1, count: 3 },
  { name: 'a one-way jump is not counted (trip or VPN)', specs: [at(0, TOKYO), at(60, LONDON), at(120, LONDON)], alerts: 0 },
  {
    name: 'a one-way jump counts when requireReturn is off',
    specs: [at(0, TOKYO), at(60, LONDON)], alerts: 1,
    settings: { rules: { 'impossible-travel': { parameters: { requireReturn: false } } } },
  },
  { name: 'slower than 800 km/h (9,560 km in 13 hours each way)', specs: [at(0, TOKYO), at(13 * 60, LONDON), at(26 * 60, TOKYO)], alerts: 0 },
  { name: 'just over 800 km/h (9,560 km in 11.5 hours each way)', specs: [at(0, TOKYO), at(690, LONDON), at(1380, TOKYO)], alerts: 1 },
  { name: 'under 500 km apart however fast', specs: [at(0, TOKYO), at(5, OSAKA), at(10, TOKYO)], alerts: 0 },
  { name: 'phone sign-ins are left out (roaming mobile data)', specs: [at(0, TOKYO), at(60, LONDON, 'Android'), at(120, TOKYO)], alerts: 0 },
  { name: 'across batch boundaries', specs: [at(0, TOKYO), at(60, LONDON), at(120, TOKYO)], cut: 2, alerts: 1, count: 3 },
];

describe('rule impossible-travel', () => {
  it.each(cases)('$name', async (c) => {
    const alerts = await runCase('impossible-travel', c);
    expect(alerts).toHaveLength(c.alerts);
    if (c.count !== undefined) expect(alerts[0]?.signInCount).toBe(c.count);
  });

  it('describes each leg with both ends, the distance and the speed', async () => {
    const [alert] = await runCase('impossible-travel', { name: '', specs: [at(0, TOKYO), at(60, LONDON), at(120, TOKYO)], alerts: 1 });
    const legs = alert?.details.legs as { from: { countryOrRegion: string }; to: { countryOrRegion: string }; distanceKm: number; speedKmh: number }[];
    expect(legs).toHaveLength(2);
    expect(legs[0]).toMatchObject({ from: { countryOrRegion: 'JP' }, to: { countryOrRegion: 'GB' } });
    expect(legs[0]?.distanceKm).toBeGreaterThan(9_500);
    expect(legs[0]?.distanceKm).toBeLessThan(9_650);
    expect(legs[0]?.speedKmh).toBe(legs[0]?.distanceKm);
  });
});
