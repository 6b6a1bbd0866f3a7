// Window state lives in the store: a detector started afresh on the same SQLite database continues an incident the previous one began, and re-running over the same sign-ins changes nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../core/detections/detector.js';
import { createSqliteStore } from '../storage/sqlite/sqlite-store.js';
import { builtinRules, signIn, T0, times } from './rule-test-kit.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-detect-restart-'));
const rules = builtinRules();
const spray = times(8, (i) => ({ at: i, user: `u${i}@contoso.com`, ip: '198.51.100.40', code: 50126 })).map(signIn);
const fatigue = [
  ...times(11, (i) => ({ at: 100 + i * 0.4, user: 'jack@contoso.com', code: 500121 })),
  { at: 104.5, user: 'jack@contoso.com', code: 0 },
].map(signIn);

const open = async (name: string) => {
  const store = createSqliteStore({ file: join(dir, name) });
  await store.migrate();
  return store;
};
const detectorOn = (store: Awaited<ReturnType<typeof open>>) =>
  createDetector({ rules, store, clock: { now: () => new Date(T0) }, latenessMs: 3 * 3_600_000 });
const summary = async (store: Awaited<ReturnType<typeof open>>) =>
  (await store.listAlerts({ top: 50 })).items.map((a) => ({ id: a.id, ruleId: a.ruleId, count: a.signInCount, ids: a.signInIds }));

describe('detection state across restarts', () => {
  it('a new detector on the same database finishes incidents the previous one started', async () => {
    const one = await open('one.db');
    await detectorOn(one).observe([...spray, ...fatigue]);
    const expected = await summary(one);
    expect(expected.map((a) => a.ruleId).sort()).toEqual(['mfa-denied', 'mfa-fatigue', 'password-spray']);

    const split = await open('split.db');
    // First process: too little for any alert yet.
    await detectorOn(split).observe([...spray.slice(0, 3), ...fatigue.slice(0, 4)]);
    expect(await summary(split)).toEqual([]);
    expect((await split.loadDetectionState()).length).toBeGreaterThan(0);
    // Second process, fresh memory, same database.
    await detectorOn(split).observe([...spray.slice(3), ...fatigue.slice(4)]);
    expect(await summary(split)).toEqual(expected);

    // A third run over everything again writes nothing new.
    const before = await split.listAlertChanges(0, 100);
    const step = await detectorOn(split).observe([...spray, ...fatigue]);
    expect(step).toMatchObject({ created: 0, grown: 0 });
    expect(await split.listAlertChanges(0, 100)).toEqual(before);
    await one.close();
    await split.close();
  });
});
