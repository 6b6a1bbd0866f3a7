// Retry decisions of webhook delivery: back-off with jitter, Retry-After, attempt limit, statuses that never heal.
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, judgeAttempt, parseRetryAfterMs } from './retry-policy.js';

const policy = { baseDelayMs: 1_000, maxDelayMs: 60_000, maxAttempts: 4 };
const NOW = Date.parse('2026-11-30T10:00:00Z');

describe('webhook retry policy', () => {
  it.each([
    [1, 0, 500], [1, 0.999, 1_000], [2, 0.5, 1_500], [3, 0, 2_000], [7, 0, 30_000], [7, 0.999, 59_970], [30, 0.5, 45_000],
  ])('after %i failed attempts with random %d waits %i ms', (attempts, random, expected) => {
    expect(backoffDelayMs(attempts, policy, random)).toBe(expected);
  });

  it.each([
    ['120', 120_000], ['0', 0], [' 5 ', 5_000], ['Mon, 30 Nov 2026 10:01:00 GMT', 60_000], ['Mon, 30 Nov 2026 09:00:00 GMT', 0],
    ['soon', undefined], ['', undefined], [null, undefined], ['-3', undefined],
  ])('reads Retry-After %j as %s ms', (value, expected) => {
    expect(parseRetryAfterMs(value, NOW)).toBe(expected);
  });

  it.each([
    ['2xx', 1, 204, undefined, { kind: 'delivered' }],
    ['500 retried with back-off', 1, 500, 9_000, { kind: 'retry', delayMs: 750 }],
    ['429 with Retry-After', 2, 429, 9_000, { kind: 'retry', delayMs: 9_000 }],
    ['503 with Retry-After beyond the cap', 2, 503, 3_600_000, { kind: 'retry', delayMs: 60_000 }],
    ['429 without Retry-After', 2, 429, undefined, { kind: 'retry', delayMs: 1_500 }],
    ['408', 1, 408, undefined, { kind: 'retry', delayMs: 750 }],
    ['no response (network error, timeout)', 1, undefined, undefined, { kind: 'retry', delayMs: 750 }],
    ['404 at once', 1, 404, undefined, { kind: 'dead' }],
    ['401 at once', 1, 401, undefined, { kind: 'dead' }],
    ['the last attempt', 4, 500, undefined, { kind: 'dead' }],
    ['a 2xx on the last attempt', 4, 200, undefined, { kind: 'delivered' }],
  ] as const)('%s', (_what, attempts, status, retryAfter, verdict) => {
    expect(judgeAttempt(attempts, status, retryAfter, policy, 0.5)).toEqual(verdict);
  });
});
