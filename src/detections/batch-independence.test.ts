// Property: the alerts depend only on the sign-ins seen, not on how they were split into batches or the order they arrived in (within the lateness horizon).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreparedSignIn } from '../core/model/sign-in-row.js';
import { createDetector } from '../core/detections/detector.js';
import { createMemoryAlertStore } from '../core/detections/memory-alert-store.js';
import type { DetectionSettings } from '../core/detections/compile-rules.js';
import { builtinRules, signIn, T0, type Spec } from './rule-test-kit.js';

const PLACES = [
  { country: 'JP', lat: 35.68, lon: 139.69 },
  { country: 'GB', lat: 51.51, lon: -0.13 },
  { country: 'US', lat: 40.71, lon: -74.0 },
  { country: 'JP', lat: 34.69, lon: 135.5 },
];
const CODES = [0, 0, 50126, 50053, 500121, 50057, 0];
const USERS = ['a@contoso.com', 'b@contoso.com', 'c@contoso.com', 'bg@contoso.com'];
const IPS = ['198.51.100.1', '198.51.100.2'];
const APPS = ['Outlook Mobile', 'Microsoft Teams', 'OneDrive SyncEngine'];

/** Low thresholds so random data raises alerts of every kind. */
const SETTINGS: DetectionSettings = {
  breakGlassAccounts: ['bg@contoso.com'],
  rules: {
    'password-spray': { parameters: { threshold: 2 } },
    'brute-force': { parameters: { threshold: 2 } },
    'mfa-fatigue': { parameters: { threshold: 2 } },
    'mfa-denied': { parameters: { threshold: 2 } },
    'disabled-account': { parameters: { threshold: 2 } },
    'lockout-storm': { parameters: { threshold: 2 } },
    'new-country': { parameters: { baselineDays: 1 } },
    'impossible-travel': { parameters: { requireReturn: false } },
  },
};
const RULES = builtinRules(SETTINGS);

const specArb: fc.Arbitrary<Spec> = fc.record({
  minute: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  user: fc.constantFrom(...USERS),
  ip: fc.constantFrom(...IPS),
  code: fc.constantFrom(...CODES),
  place: fc.constantFrom(...PLACES),
  app: fc.constantFrom(...APPS),
  type: fc.constantFrom('interactiveUser' as const, 'nonInteractiveUser' as const),
  client: fc.constantFrom('Browser', 'Browser', 'IMAP4'),
}).map((r) => ({ at: r.minute, user: r.user, ip: r.ip, code: r.code, app: r.app, type: r.type, client: r.client, ...r.place }));

const run = async (batches: readonly (readonly PreparedSignIn[])[]) => {
  const store = createMemoryAlertStore();
  // The whole data set spans 3 days: a 10-day lateness horizon admits any order.
  const detector = createDetector({ rules: RULES, store, clock: { now: () => new Date(T0) }, latenessMs: 10 * 86_400_000 });
  for (const b of batches) await detector.observe(b);
  return [...store.alerts.values()]
    .map((a) => ({ id: a.id, ruleId: a.ruleId, entity: a.entity, firstSeen: a.firstSeen, lastSeen: a.lastSeen, signInCount: a.signInCount, ids: [...a.signInIds].sort() }))
    .sort((a, b) => a.id.localeCompare(b.id));
};

describe('detections are independent of batching and arrival order', () => {
  it('random sign-ins, split into random batches in random order, raise identical alerts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(specArb, { minLength: 5, maxLength: 120 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.func(fc.integer()),
        async (specs, cuts, key) => {
          const prepared = specs.map(signIn);
          const sorted = [...prepared].sort((a, b) => a.row.createdAt - b.row.createdAt || a.row.id.localeCompare(b.row.id));
          const shuffled = [...prepared].map((p, i) => ({ p, k: key(i) })).sort((a, b) => a.k - b.k).map((x) => x.p);
          const points = [...new Set(cuts.map((c) => c % (shuffled.length + 1)))].sort((a, b) => a - b);
          const batches: PreparedSignIn[][] = [];
          let from = 0;
          for (const c of [...points, shuffled.length]) {
            batches.push(shuffled.slice(from, c));
            from = c;
          }
          const expected = await run([sorted]);
          expect(await run(batches)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('raises alerts at all with these settings (the property is not vacuous)', async () => {
    const specs = fc.sample(fc.array(specArb, { minLength: 120, maxLength: 120 }), { numRuns: 1, seed: 7 })[0] as Spec[];
    const alerts = await run([specs.map(signIn)]);
    expect(new Set(alerts.map((a) => a.ruleId)).size).toBeGreaterThanOrEqual(5);
  });
});
