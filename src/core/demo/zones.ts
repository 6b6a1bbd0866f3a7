/**
 * Just enough time-zone knowledge for the demo's office-hours rhythm: standard offsets of the
 * IANA zones the demo cities use, plus the three daylight-saving rules among them (US, EU,
 * south-east Australia). `Intl` would be exact but is far too slow per hour bucket, and the rules
 * below have been stable since 2007 (US) and 2008 (AU).
 */

export type DstRule = 'none' | 'us' | 'eu' | 'au';

export interface ZoneInfo {
  readonly name: string;
  readonly standardOffsetMinutes: number;
  readonly dst: DstRule;
}

export const ZONES: readonly ZoneInfo[] = [
  { name: 'Asia/Tokyo', standardOffsetMinutes: 540, dst: 'none' },
  { name: 'Asia/Seoul', standardOffsetMinutes: 540, dst: 'none' },
  { name: 'Asia/Singapore', standardOffsetMinutes: 480, dst: 'none' },
  { name: 'Asia/Kolkata', standardOffsetMinutes: 330, dst: 'none' },
  { name: 'Australia/Sydney', standardOffsetMinutes: 600, dst: 'au' },
  { name: 'Australia/Melbourne', standardOffsetMinutes: 600, dst: 'au' },
  { name: 'Europe/London', standardOffsetMinutes: 0, dst: 'eu' },
  { name: 'Europe/Berlin', standardOffsetMinutes: 60, dst: 'eu' },
  { name: 'Europe/Paris', standardOffsetMinutes: 60, dst: 'eu' },
  { name: 'Europe/Amsterdam', standardOffsetMinutes: 60, dst: 'eu' },
  { name: 'Europe/Bucharest', standardOffsetMinutes: 120, dst: 'eu' },
  { name: 'America/New_York', standardOffsetMinutes: -300, dst: 'us' },
  { name: 'America/Chicago', standardOffsetMinutes: -360, dst: 'us' },
  { name: 'America/Los_Angeles', standardOffsetMinutes: -480, dst: 'us' },
  { name: 'America/Toronto', standardOffsetMinutes: -300, dst: 'us' },
  // Only attackers' places use these two (no user lives there); neither observes daylight saving.
  { name: 'America/Sao_Paulo', standardOffsetMinutes: -180, dst: 'none' },
  { name: 'Africa/Johannesburg', standardOffsetMinutes: 120, dst: 'none' },
];

const HOUR = 3_600_000;

/** UTC midnight of the n-th (1-based) given weekday of a month, or of the last one when n = -1. */
const nthWeekday = (year: number, month: number, weekday: number, n: number): number => {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return Date.UTC(year, month, 1 + ((weekday - first + 7) % 7) + (n - 1) * 7);
  }
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7));
};

const transitionCache = new Map<string, readonly [number, number]>();

/** [start, end) of daylight time in UTC ms for the zone and the calendar year. */
const daylightSpan = (zone: ZoneInfo, year: number): readonly [number, number] => {
  const key = `${zone.name}:${year}`;
  const cached = transitionCache.get(key);
  if (cached) return cached;
  const std = zone.standardOffsetMinutes * 60_000;
  let span: readonly [number, number];
  if (zone.dst === 'us') {
    // 02:00 local standard time on the 2nd Sunday of March until 02:00 local daylight time on the 1st Sunday of November.
    span = [nthWeekday(year, 2, 0, 2) + 2 * HOUR - std, nthWeekday(year, 10, 0, 1) + 2 * HOUR - std - HOUR];
  } else if (zone.dst === 'eu') {
    // 01:00 UTC on the last Sunday of March until 01:00 UTC on the last Sunday of October.
    span = [nthWeekday(year, 2, 0, -1) + HOUR, nthWeekday(year, 9, 0, -1) + HOUR];
  } else if (zone.dst === 'au') {
    // Southern hemisphere: daylight time ends 03:00 local daylight (1st Sunday of April) and starts
    // 02:00 local standard (1st Sunday of October); the span below is the *standard* time part.
    span = [nthWeekday(year, 3, 0, 1) + 3 * HOUR - std - HOUR, nthWeekday(year, 9, 0, 1) + 2 * HOUR - std];
  } else {
    span = [0, 0];
  }
  transitionCache.set(key, span);
  return span;
};

/** The zone's UTC offset in minutes at the instant `utcMs`. */
export const offsetMinutesAt = (zone: ZoneInfo, utcMs: number): number => {
  if (zone.dst === 'none') return zone.standardOffsetMinutes;
  const year = new Date(utcMs).getUTCFullYear();
  const [from, to] = daylightSpan(zone, year);
  const inSpan = utcMs >= from && utcMs < to;
  const daylight = zone.dst === 'au' ? !inSpan : inSpan;
  return zone.standardOffsetMinutes + (daylight ? 60 : 0);
};

export const zoneIndexOf = (name: string): number => {
  const i = ZONES.findIndex((z) => z.name === name);
  if (i < 0) throw new RangeError(`unknown demo time zone ${name}`);
  return i;
};
