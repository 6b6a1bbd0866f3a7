/** Covers the evidence timeline's time axis: round steps, at most about six ticks, bounds that enclose every sign-in. */
import { describe, expect, it } from 'vitest';
import { timeAxis } from './evidence-timeline.js';

const T = Date.parse('2026-11-30T10:00:00Z');
const MIN = 60_000;

describe('timeAxis', () => {
  it.each([
    ['one sign-in', 0, MIN],
    ['a 14-minute spray', 14 * MIN, 5 * MIN],
    ['a two-hour burst', 120 * MIN, 30 * MIN],
    ['three days', 3 * 24 * 60 * MIN, 24 * 60 * MIN],
  ])('%s gets a round step', (_name, span, step) => {
    const a = timeAxis(T, T + span);
    expect(a.step).toBe(step);
    expect(a.min).toBeLessThan(T);
    expect(a.max).toBeGreaterThan(T + span);
    expect(a.min % a.step).toBe(0);
    expect(a.max % a.step).toBe(0);
    expect((a.max - a.min) / a.step).toBeLessThanOrEqual(8);
  });
});
