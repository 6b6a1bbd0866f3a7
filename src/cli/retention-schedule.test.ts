// serve's retention schedule: runs prune with the configured cutoff, logs, survives a failure, stops cleanly; off at 0 days.
import { describe, expect, it } from 'vitest';
import { scheduleRetention } from './retention-schedule.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('scheduleRetention', () => {
  it('prunes at the configured age, repeatedly, and logs failures without stopping', async () => {
    const cutoffs: number[] = [];
    const logs: string[] = [];
    let fail = true;
    const store = {
      prune: async (cutoff: number) => {
        cutoffs.push(cutoff);
        if (fail) {
          fail = false;
          throw new Error('disk full');
        }
        return { deleted: 3 };
      },
    };
    const log = { info: (_: object, m?: string) => logs.push(`info ${m}`), error: (_: object, m?: string) => logs.push(`error ${m}`) };
    const s = scheduleRetention(store, 400, log, { firstDelayMs: 0, everyMs: 20, now: () => 1_000 * 86_400_000 });
    await tick(80);
    await s.stop();
    expect(cutoffs.length).toBeGreaterThanOrEqual(2);
    expect(cutoffs[0]).toBe(600 * 86_400_000);
    expect(logs[0]).toMatch(/^error retention failed/);
    expect(logs).toContain('info retention applied');
  });

  it('does nothing when retention is 0 (keep forever)', async () => {
    let called = false;
    const s = scheduleRetention({ prune: async () => ((called = true), { deleted: 0 }) }, 0, { info: () => undefined, error: () => undefined }, { firstDelayMs: 0 });
    await tick(20);
    await s.stop();
    expect(called).toBe(false);
  });
});
