/**
 * Time buckets in an IANA time zone, computed the same way on every engine.
 *
 * A zone's UTC offset is piecewise constant: `offsetSegments` finds the pieces over a range
 * (with Intl, no tz database of our own). An engine numbers a row's bucket with integer
 * arithmetic only — `(created_at + offset + BIAS) / unit`, the offset chosen by the row's
 * segment — so SQLite and PostgreSQL give identical answers, and `bucketStart` turns a number
 * back into the UTC instant where that local hour, day or ISO week (Monday) begins. A Tokyo day
 * therefore starts at 15:00 UTC, and a day with a DST change is 23 or 25 hours long.
 */
import { AppError } from '../errors.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export const BUCKET_UNITS = ['hour', 'day', 'week'] as const;
export type BucketUnit = (typeof BUCKET_UNITS)[number];

/**
 * Added before dividing so that numerators stay positive (integer division truncates towards
 * zero on both engines): 700,000 days, a whole number of weeks, far from 2^53.
 */
export const BUCKET_BIAS_MS = 700_000 * DAY_MS;
/** Day 0 (1970-01-01) was a Thursday: weeks are numbered `(day + 3) / 7` so they start on Monday. */
export const WEEK_SHIFT_DAYS = 3;

/** A stretch of time with one offset: [start, end) in epoch ms; offset = local − UTC. */
export interface OffsetSegment {
  readonly start: number;
  readonly end: number;
  readonly offset: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatter = (tz: string): Intl.DateTimeFormat => {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    if (formatters.size > 200) formatters.clear();
    formatters.set(tz, f);
  }
  return f;
};

/** The zone's canonical spelling, or a BadRequest naming the problem. */
export const checkTimeZone = (tz: string): string => {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(tz)) throw new AppError('BadRequest', `tz: '${tz.slice(0, 70)}' is not an IANA time zone name`);
  try {
    return formatter(tz).resolvedOptions().timeZone;
  } catch {
    throw new AppError('BadRequest', `tz: unknown time zone '${tz.slice(0, 70)}' (expected an IANA name such as Asia/Tokyo or UTC)`);
  }
};

const isUtc = (tz: string): boolean => tz === 'UTC' || tz === 'Etc/UTC' || tz === 'Etc/GMT' || tz === 'GMT';

/** Local − UTC in ms at instant `ms`. */
export const offsetAt = (tz: string, ms: number): number => {
  if (isUtc(tz)) return 0;
  const whole = Math.floor(ms / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(whole))) parts[p.type] = p.value;
  const year = Number(parts.year) * (parts.era === 'BC' || parts.era === 'B' ? -1 : 1);
  const wall = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - whole;
};

/** Transitions are found by sampling once a day: zones never change twice within 24 hours. */
const STEP_MS = DAY_MS;

/** The first instant in (lo, hi] whose offset differs from the offset at lo. */
const findTransition = (tz: string, lo: number, hi: number): number => {
  const before = offsetAt(tz, lo);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (offsetAt(tz, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
};

/** The offset pieces covering [from, to) (to > from). */
export const offsetSegments = (tz: string, from: number, to: number): OffsetSegment[] => {
  if (!(to > from)) return [{ start: from, end: from + 1, offset: offsetAt(tz, from) }];
  if (isUtc(tz)) return [{ start: from, end: to, offset: 0 }];
  const out: OffsetSegment[] = [];
  let start = from;
  let offset = offsetAt(tz, from);
  for (let t = from; t < to; ) {
    const next = Math.min(t + STEP_MS, to);
    const o = offsetAt(tz, next === to ? to - 1 : next);
    if (o !== offset) {
      const at = findTransition(tz, t, next === to ? to - 1 : next);
      out.push({ start, end: at, offset });
      start = at;
      offset = offsetAt(tz, at);
      t = at;
      continue;
    }
    t = next;
  }
  out.push({ start, end: to, offset });
  return out;
};

export const unitMs = (unit: BucketUnit): number => (unit === 'hour' ? HOUR_MS : DAY_MS);

/** The bucket number of instant `t` given its offset: what the engines compute in SQL. */
export const bucketNumber = (unit: BucketUnit, t: number, offset: number): number => {
  if (unit === 'hour') return Math.floor((t + offset + BUCKET_BIAS_MS) / HOUR_MS);
  const day = Math.floor((t + offset + BUCKET_BIAS_MS) / DAY_MS);
  return unit === 'day' ? day : Math.floor((day + WEEK_SHIFT_DAYS) / 7);
};

/** Local start of bucket `n` in "local epoch ms" (wall clock read as if it were UTC). */
const localStart = (unit: BucketUnit, n: number): number => {
  if (unit === 'hour') return n * HOUR_MS - BUCKET_BIAS_MS;
  if (unit === 'day') return n * DAY_MS - BUCKET_BIAS_MS;
  return (n * 7 - WEEK_SHIFT_DAYS) * DAY_MS - BUCKET_BIAS_MS;
};

/** Buckets of one zone over a range: numbering and the instants where buckets begin. */
export interface BucketClock {
  readonly unit: BucketUnit;
  readonly tz: string;
  readonly segments: readonly OffsetSegment[];
  numberOf(t: number): number;
  /** The first instant of bucket `n` (its local start, even when that is before the range). */
  startOf(n: number): number;
  /** Bucket numbers from the one holding `from` to the one holding `to - 1`. */
  range(from: number, to: number): number[];
}

/** Segments reach this far beyond the range, so the first and last buckets start where they really do. */
const PAD_MS = 8 * DAY_MS;

export const createBucketClock = (unit: BucketUnit, tz: string, from: number, to: number): BucketClock => {
  const segments = offsetSegments(tz, from - PAD_MS, to + PAD_MS);
  const segmentAt = (t: number): OffsetSegment => {
    for (const s of segments) if (t < s.end) return s;
    return segments[segments.length - 1] as OffsetSegment;
  };
  const numberOf = (t: number): number => bucketNumber(unit, t, segmentAt(t).offset);
  const startOf = (n: number): number => {
    // The earliest instant whose bucket is n: in each segment, where local time reaches the
    // bucket's local start (or the segment's start, when the bucket began before it).
    const local = localStart(unit, n);
    let best = Number.POSITIVE_INFINITY;
    for (const s of segments) {
      const t = Math.max(s.start, local - s.offset);
      if (t < s.end && bucketNumber(unit, t, s.offset) === n) best = Math.min(best, t);
    }
    return Number.isFinite(best) ? best : local - (segments[0]?.offset ?? 0);
  };
  const range = (a: number, b: number): number[] => {
    if (!(b > a)) return [];
    const first = numberOf(a);
    const last = numberOf(b - 1);
    const out: number[] = [];
    for (let n = first; n <= last; n++) out.push(n);
    return out;
  };
  return { unit, tz, segments, numberOf, startOf, range };
};
