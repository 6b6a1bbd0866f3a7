// Pieces of the Graph pull: request budget (sliding window), Retry-After and back-off with
// jitter, durations, windows and the first page's query.
import { describe, expect, it } from 'vitest';
import { createRequestBudget, parseBudget, type Timer } from '../../src/importers/graph-pull/request-budget.js';
import { parseRetryAfter, retryDelay } from '../../src/importers/graph-pull/backoff.js';
import { parseDuration, planWindows } from '../../src/importers/graph-pull/windows.js';
import { firstPageUrl } from '../../src/importers/graph-pull/pull-sign-ins.js';
import { createRedactor } from '../../src/importers/graph-pull/credential.js';

const fakeTimer = () => {
  let t = 0;
  const timer: Timer = { now: () => t, sleep: async (ms) => void (t += ms) };
  return { timer, at: () => t };
};

describe('request budget', () => {
  it('lets at most n requests start in any window', async () => {
    const { timer, at } = fakeTimer();
    const budget = createRequestBudget(5, 10_000, timer);
    const starts: number[] = [];
    for (let i = 0; i < 12; i++) {
      await budget.acquire();
      starts.push(at());
    }
    expect(starts).toEqual([0, 0, 0, 0, 0, 10_000, 10_000, 10_000, 10_000, 10_000, 20_000, 20_000]);
    expect(budget.used).toBe(12);
  });

  it('parses n/period', () => {
    expect(parseBudget('5/10s')).toEqual({ requests: 5, perMs: 10_000 });
    expect(parseBudget('100/1m')).toEqual({ requests: 100, perMs: 60_000 });
    expect(parseBudget('3/500ms')).toEqual({ requests: 3, perMs: 500 });
    expect(parseBudget('0/1s')).toBeUndefined();
    expect(parseBudget('five')).toBeUndefined();
  });
});

describe('retry delays', () => {
  it('honours Retry-After in seconds or as a date, plus a little jitter', () => {
    expect(parseRetryAfter('7', 0)).toBe(7000);
    expect(parseRetryAfter(new Date(60_000).toUTCString(), 0)).toBe(60_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(retryDelay(0, '2', { random: () => 0 })).toBe(2000);
    expect(retryDelay(0, '2', { random: () => 0.999 })).toBeLessThan(2250);
    expect(retryDelay(0, '100000', { random: () => 0 })).toBe(300_000);
  });

  it('backs off exponentially with jitter, capped', () => {
    const lo = (a: number) => retryDelay(a, null, { random: () => 0, baseMs: 1000, capMs: 60_000 });
    const hi = (a: number) => retryDelay(a, null, { random: () => 1, baseMs: 1000, capMs: 60_000 });
    expect([lo(0), hi(0)]).toEqual([500, 1000]);
    expect([lo(3), hi(3)]).toEqual([4000, 8000]);
    expect([lo(10), hi(10)]).toEqual([30_000, 60_000]);
  });
});

describe('windows and queries', () => {
  it('cuts [start, end) into windows oldest first', () => {
    expect(planWindows(0, 25, 10)).toEqual([{ start: 0, end: 10 }, { start: 10, end: 20 }, { start: 20, end: 25 }]);
    expect(planWindows(5, 5, 10)).toEqual([]);
    expect([parseDuration('30d'), parseDuration('15m'), parseDuration('1.5h'), parseDuration('x')]).toEqual([2_592_000_000, 900_000, 5_400_000, undefined]);
  });

  it('asks for one sign-in type and one window per query', () => {
    const url = firstPageUrl(
      { graphUrl: 'https://graph.microsoft.com/', api: 'beta', tenantId: 't', sinceMs: 0, overlapMs: 0, windowMs: 0, pageSize: 1000 },
      'nonInteractiveUser',
      { start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 0, 2) },
    );
    expect(decodeURIComponent(url)).toBe(
      "https://graph.microsoft.com/beta/auditLogs/signIns?$filter=createdDateTime ge 2025-01-01T00:00:00Z and createdDateTime le 2025-01-02T00:00:00Z and signInEventTypes/any(t: t eq 'nonInteractiveUser')&$top=1000",
    );
  });

  it('masks secrets in any text', () => {
    expect(createRedactor(['s3cr3t-value', undefined])('bad s3cr3t-value here s3cr3t-value')).toBe('bad *** here ***');
  });
});
