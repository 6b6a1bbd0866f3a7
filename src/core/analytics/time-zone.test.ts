// Time buckets in IANA zones: offsets, DST segments, bucket numbering and bucket starts.
import { describe, expect, it } from 'vitest';
import { checkTimeZone, createBucketClock, offsetAt, offsetSegments, HOUR_MS, DAY_MS } from './time-zone.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('time zones', () => {
  it('reads offsets, including DST', () => {
    expect(offsetAt('Asia/Tokyo', Date.UTC(2024, 0, 1))).toBe(9 * HOUR_MS);
    expect(offsetAt('Asia/Kolkata', Date.UTC(2024, 0, 1))).toBe(5.5 * HOUR_MS);
    expect(offsetAt('America/New_York', Date.UTC(2024, 6, 1))).toBe(-4 * HOUR_MS);
    expect(offsetAt('America/New_York', Date.UTC(2024, 11, 1))).toBe(-5 * HOUR_MS);
    expect(offsetAt('UTC', Date.UTC(2024, 11, 1))).toBe(0);
  });

  it('finds DST transitions to the second', () => {
    const segs = offsetSegments('America/New_York', Date.UTC(2024, 10, 1), Date.UTC(2024, 10, 5));
    expect(segs.map((s) => [iso(s.start), s.offset / HOUR_MS])).toEqual([
      ['2024-11-01T00:00:00.000Z', -4],
      ['2024-11-03T06:00:00.000Z', -5],
    ]);
  });

  it('starts a Tokyo day at 15:00 UTC and a New York day at local midnight across DST', () => {
    const tokyo = createBucketClock('day', 'Asia/Tokyo', Date.UTC(2024, 6, 1), Date.UTC(2024, 6, 3));
    expect(tokyo.range(Date.UTC(2024, 6, 1), Date.UTC(2024, 6, 3)).map((n) => iso(tokyo.startOf(n)))).toEqual([
      '2024-06-30T15:00:00.000Z',
      '2024-07-01T15:00:00.000Z',
      '2024-07-02T15:00:00.000Z',
    ]);
    const ny = createBucketClock('day', 'America/New_York', Date.UTC(2024, 10, 2, 12), Date.UTC(2024, 10, 4, 12));
    const starts = ny.range(Date.UTC(2024, 10, 2, 12), Date.UTC(2024, 10, 4, 12)).map((n) => ny.startOf(n));
    expect(starts.map(iso)).toEqual(['2024-11-02T04:00:00.000Z', '2024-11-03T04:00:00.000Z', '2024-11-04T05:00:00.000Z']);
    // The day of the change has 25 hours.
    expect(((starts[2] ?? 0) - (starts[1] ?? 0)) / HOUR_MS).toBe(25);
  });

  it('numbers hours of a half-hour zone and weeks from Monday', () => {
    const india = createBucketClock('hour', 'Asia/Kolkata', Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2));
    expect(iso(india.startOf(india.numberOf(Date.UTC(2024, 0, 1, 0, 45))))).toBe('2024-01-01T00:30:00.000Z');
    const week = createBucketClock('week', 'UTC', Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1));
    // 2024-01-03 is a Wednesday; its week starts on Monday 2024-01-01.
    expect(iso(week.startOf(week.numberOf(Date.UTC(2024, 0, 3, 10))))).toBe('2024-01-01T00:00:00.000Z');
    expect(week.range(Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 15))).toHaveLength(2);
    expect(DAY_MS).toBe(24 * HOUR_MS);
  });

  it('refuses names that are not IANA zones', () => {
    expect(checkTimeZone('asia/tokyo')).toBe('Asia/Tokyo');
    expect(() => checkTimeZone('Mars/Olympus')).toThrow(/unknown time zone/);
    expect(() => checkTimeZone("x'; drop")).toThrow(/not an IANA/);
  });
});
