/**
 * Locale-aware formatting through Intl: date-times in the viewer's time zone or in UTC, numbers,
 * percentages and relative times ("3 minutes ago" / 「3 分前」). One formatter per
 * (language, time mode), created when either changes.
 */

export type Lang = 'en' | 'ja';
export type TimeMode = 'local' | 'utc';

export interface Formatter {
  readonly locale: string;
  /** The IANA zone used for display and for the dashboard's buckets. */
  readonly timeZone: string;
  dateTime(iso: string): string;
  dateTimeLong(iso: string): string;
  day(iso: string): string;
  hour(iso: string): string;
  number(n: number): string;
  percent(ratio: number): string;
  relative(iso: string, now?: number): string;
  duration(ms: number): string;
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export const localeFor = (lang: Lang): string => {
  if (lang === 'ja') return 'ja-JP';
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en-US';
  return nav.toLowerCase().startsWith('en') ? nav : 'en-US';
};

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export const createFormatter = (lang: Lang, mode: TimeMode): Formatter => {
  const locale = localeFor(lang);
  const timeZone = mode === 'utc' ? 'UTC' : browserTimeZone();
  const dt = new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const long = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'long' });
  const day = new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric' });
  const hour = new Intl.DateTimeFormat(locale, { timeZone, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const num = new Intl.NumberFormat(locale);
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const rel = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const safe = (f: Intl.DateTimeFormat, iso: string): string => {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? iso : f.format(ms);
  };
  return {
    locale,
    timeZone,
    dateTime: (iso) => safe(dt, iso),
    dateTimeLong: (iso) => safe(long, iso),
    day: (iso) => safe(day, iso),
    hour: (iso) => safe(hour, iso),
    number: (n) => num.format(n),
    percent: (r) => pct.format(Number.isFinite(r) ? r : 0),
    relative: (iso, now = Date.now()) => {
      const ms = Date.parse(iso);
      if (Number.isNaN(ms)) return iso;
      const secs = Math.round((ms - now) / 1000);
      for (const [unit, size] of UNITS) {
        if (Math.abs(secs) >= size || unit === 'second') return rel.format(Math.round(secs / size), unit);
      }
      return rel.format(0, 'second');
    },
    duration: (ms) =>
      ms < 1000
        ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', maximumFractionDigits: 0 }).format(ms)
        : new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', maximumFractionDigits: 2 }).format(ms / 1000),
  };
};
