/**
 * When demo sign-ins happen. The window is cut into hour buckets; each bucket has a weight per
 * "lane" (interactive and non-interactive sign-ins of each time zone's users, service principals,
 * managed identities) from office-hours and weekday curves in local time. Lanes are scaled so the
 * four sign-in types get their target shares over the whole window. Times are then drawn as the
 * ascending order statistics of `count` draws from that density, so records stream out in time
 * order with O(1) memory.
 */
import type { Random } from './random.js';
import { offsetMinutesAt, ZONES } from './zones.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Target shares of interactive, non-interactive, service principal and managed identity sign-ins. */
export const TYPE_SHARES = [0.3, 0.6, 0.07, 0.03] as const;

// Relative activity by local hour (0-23) on a weekday.
const INTERACTIVE_BY_HOUR = [
  0.02, 0.01, 0.01, 0.01, 0.01, 0.03, 0.08, 0.25, 0.7, 1.0, 1.0, 0.9,
  0.55, 0.85, 1.0, 0.95, 0.85, 0.65, 0.4, 0.25, 0.18, 0.12, 0.07, 0.04,
];
// Token refreshes keep going while laptops and phones are on, so the curve is flatter.
const NON_INTERACTIVE_BY_HOUR = [
  0.12, 0.1, 0.09, 0.09, 0.09, 0.11, 0.18, 0.35, 0.7, 0.95, 1.0, 0.95,
  0.75, 0.9, 1.0, 0.95, 0.9, 0.75, 0.55, 0.42, 0.35, 0.28, 0.2, 0.15,
];
const WEEKEND_INTERACTIVE = 0.1;
const WEEKEND_NON_INTERACTIVE = 0.3;
// Nightly batch jobs run around 00:00-03:00 in Tokyo (15:00-18:00 UTC).
const SERVICE_PRINCIPAL_BY_UTC_HOUR = [
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2.5, 2.5, 2.5, 1.5, 1, 1, 1, 1, 1,
];

/** Local hour (0-23) and weekday (0 = Sunday) at `utcMs` for a UTC offset in minutes. */
export const localHour = (utcMs: number, offsetMinutes: number): number =>
  Math.floor((utcMs + offsetMinutes * 60_000) / HOUR_MS) % 24;
export const localWeekday = (utcMs: number, offsetMinutes: number): number =>
  (Math.floor((utcMs + offsetMinutes * 60_000) / DAY_MS) + 4) % 7;

export interface Schedule {
  readonly start: number;
  readonly end: number;
  readonly buckets: number;
  /** 2 lanes per zone (interactive, non-interactive), then service principals, then managed identities. */
  readonly lanes: number;
  readonly spLane: number;
  readonly miLane: number;
  /** UTC offset in minutes of each zone during each bucket: [bucket * zones + zone]. */
  readonly offsets: Int16Array;
  /** Total weight of each bucket (all lanes). */
  readonly totals: Float64Array;
  laneAt(bucket: number, random: Random): number;
  bucketOf(time: number): number;
}

/** `zoneWeights[z]` is the summed activity of the users living in zone z. */
export const createSchedule = (start: number, end: number, zoneWeights: readonly number[]): Schedule => {
  const zones = ZONES.length;
  const buckets = Math.max(1, Math.ceil((end - start) / HOUR_MS));
  const lanes = zones * 2 + 2;
  const spLane = zones * 2;
  const miLane = spLane + 1;
  const offsets = new Int16Array(buckets * zones);
  const weights = new Float64Array(buckets * lanes);
  let interactiveTotal = 0;
  let nonInteractiveTotal = 0;
  let spTotal = 0;
  let miTotal = 0;
  for (let b = 0; b < buckets; b++) {
    const from = start + b * HOUR_MS;
    const length = Math.min(HOUR_MS, end - from) / HOUR_MS;
    const mid = from + (length * HOUR_MS) / 2;
    for (let z = 0; z < zones; z++) {
      const offset = offsetMinutesAt(ZONES[z]!, mid);
      offsets[b * zones + z] = offset;
      const hour = localHour(mid, offset);
      const weekend = localWeekday(mid, offset) % 6 === 0;
      const w = (zoneWeights[z] ?? 0) * length;
      const wi = w * INTERACTIVE_BY_HOUR[hour]! * (weekend ? WEEKEND_INTERACTIVE : 1);
      const wn = w * NON_INTERACTIVE_BY_HOUR[hour]! * (weekend ? WEEKEND_NON_INTERACTIVE : 1);
      weights[b * lanes + 2 * z] = wi;
      weights[b * lanes + 2 * z + 1] = wn;
      interactiveTotal += wi;
      nonInteractiveTotal += wn;
    }
    const sp = SERVICE_PRINCIPAL_BY_UTC_HOUR[new Date(mid).getUTCHours()]! * length;
    weights[b * lanes + spLane] = sp;
    weights[b * lanes + miLane] = length;
    spTotal += sp;
    miTotal += length;
  }
  const scale = [interactiveTotal, nonInteractiveTotal, spTotal, miTotal].map((t, k) => (t > 0 ? TYPE_SHARES[k]! / t : 0));
  const totals = new Float64Array(buckets);
  for (let b = 0; b < buckets; b++) {
    let sum = 0;
    for (let l = 0; l < lanes; l++) {
      const kind = l === spLane ? 2 : l === miLane ? 3 : l % 2;
      const w = weights[b * lanes + l]! * scale[kind]!;
      weights[b * lanes + l] = w;
      sum += w;
    }
    totals[b] = sum;
  }
  return {
    start, end, buckets, lanes, spLane, miLane, offsets, totals,
    laneAt(bucket, random) {
      let target = random.float() * totals[bucket]!;
      const base = bucket * lanes;
      for (let l = 0; l < lanes - 1; l++) {
        target -= weights[base + l]!;
        if (target < 0) return l;
      }
      return lanes - 1;
    },
    bucketOf(time) {
      return Math.min(buckets - 1, Math.max(0, Math.floor((time - start) / HOUR_MS)));
    },
  };
};

/**
 * Streams `count` ascending times distributed like the schedule's bucket totals. Uses the
 * sequential order-statistics method: the minimum of n uniforms on [u, 1) is
 * 1 - (1 - u) * V^(1/n), so no sort and no buffer are needed.
 */
export const createTimeStream = (schedule: Schedule, count: number, random: Random) => {
  const { start, end, buckets, totals: bucketTotals } = schedule;
  const cumulative = new Float64Array(buckets + 1);
  for (let b = 0; b < buckets; b++) cumulative[b + 1] = cumulative[b]! + bucketTotals[b]!;
  const total = cumulative[buckets]!;
  let remaining = count;
  let gap = 1;
  let bucket = 0;
  return {
    /** The next time in ms (fractional), and `bucket` updated to its bucket. */
    next(): number {
      const v = 1 - random.float(); // (0, 1]
      gap *= Math.exp(Math.log(v) / remaining);
      remaining--;
      const target = (1 - gap) * total;
      while (bucket < buckets - 1 && cumulative[bucket + 1]! <= target) bucket++;
      const from = start + bucket * HOUR_MS;
      const length = Math.min(HOUR_MS, end - from);
      const inBucket = cumulative[bucket + 1]! - cumulative[bucket]!;
      const fraction = inBucket > 0 ? Math.min(1, Math.max(0, (target - cumulative[bucket]!) / inBucket)) : 0;
      return from + fraction * length;
    },
    get bucket(): number {
      return bucket;
    },
  };
};
