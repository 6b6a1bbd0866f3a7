/**
 * Date-times as exports and spreadsheets write them, to UTC ISO-8601 with `Z`:
 * - ISO-8601 (`2025-12-04T08:19:41Z`, `2025-12-04 08:19:41.1234567+02:00`);
 * - year first, as Japanese Excel saves them (`2026/11/1 1:15`, `2026/11/01 01:15:09`);
 * - `M/D/YYYY h:mm[:ss] AM/PM` (the portal's and Log Analytics' US display form) and
 *   `D/M/YYYY H:mm` or `M/D/YYYY H:mm`: which number is the day is the file's day/month order
 *   (file-dates.ts decides it once per file from all its rows);
 * - day first with dots (`28.04.2021 14:08:45`).
 * Seconds and the time may be left out. A date without a zone is wall-clock time in the zone
 * given (UTC unless said otherwise); an explicit offset always wins. Fractional seconds are kept
 * digit for digit; the offset moves only whole seconds.
 */
import { offsetAt } from '../../core/analytics/time-zone.js';
import { CellError } from './cell-values.js';

export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** The numbers of a date as written, before its order is applied. */
export interface DateParts {
  /** `fixed`: the form itself says which number is what; `open`: A/B/YYYY, order unknown. */
  readonly form: 'fixed' | 'open';
  readonly y: number;
  /** Fixed: month and day. Open: the first and the second number as written. */
  readonly a: number;
  readonly b: number;
  readonly h: number;
  readonly mi: number;
  readonly s: number;
  readonly fraction: string | undefined;
  /** Minutes east of UTC when the text says; undefined: wall-clock time. */
  readonly offset: number | undefined;
  readonly ampm: 'AM' | 'PM' | undefined;
}

const TIME = String.raw`(?:[T ,]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*([AP]\.?M\.?)?\s*(Z|[+-]\d{2}:?\d{2})?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`, 'i');
const SLASHED = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}),?${TIME}$`, 'i');
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}),?${TIME}$`, 'i');

const offsetOf = (zone: string | undefined): number | undefined => {
  if (!zone) return undefined;
  if (zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) as RegExpExecArray;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
};

const show = (raw: string): string => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 37)}...` : raw);

export const FORMS_WE_READ = 'ISO-8601, YYYY/M/D H:mm[:ss], M/D/YYYY h:mm[:ss] AM/PM, D/M/YYYY or M/D/YYYY H:mm[:ss], D.M.YYYY H:mm[:ss]';

/** The numbers of a date-time text, or a CellError when it is none of the forms we read. */
export const readDateParts = (raw: string): DateParts => {
  const text = raw.trim().replace(/\s*\(?UTC\)?$/i, '');
  const time = (m: RegExpExecArray, at: number) => ({
    h: Number(m[at] ?? 0),
    mi: Number(m[at + 1] ?? 0),
    s: Number(m[at + 2] ?? 0),
    fraction: m[at + 3],
    ampm: m[at + 4] ? (m[at + 4]?.toUpperCase().startsWith('P') ? 'PM' : 'AM') as 'AM' | 'PM' : undefined,
    offset: offsetOf(m[at + 5]),
  });
  let m = YEAR_FIRST.exec(text);
  if (m) return { form: 'fixed', y: Number(m[1]), a: Number(m[3]), b: Number(m[4]), ...time(m, 5) };
  m = SLASHED.exec(text);
  if (m) return { form: 'open', y: Number(m[3]), a: Number(m[1]), b: Number(m[2]), ...time(m, 4) };
  m = DOTTED.exec(text);
  if (m) return { form: 'fixed', y: Number(m[3]), a: Number(m[2]), b: Number(m[1]), ...time(m, 4) };
  throw new CellError(`not a date-time we read (${FORMS_WE_READ}): ${show(raw)}`);
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const DAY_MS = 86_400_000;

/**
 * Wall-clock time in `timeZone` → epoch ms. The offsets a day before and a day after give the
 * candidates (zones never change twice within a day); a candidate fits when the zone's offset at
 * it maps it back to the same wall clock. In a repeated hour both fit: the earlier is taken. In
 * a skipped hour none fits: the offset from before the change is used.
 */
const wallToUtc = (wall: number, timeZone: string): number => {
  const before = wall - offsetAt(timeZone, wall - DAY_MS);
  const after = wall - offsetAt(timeZone, wall + DAY_MS);
  const fits = [before, after].filter((t) => t + offsetAt(timeZone, t) === wall);
  return fits.length > 0 ? Math.min(...fits) : before;
};

/**
 * UTC ISO-8601 text of the parts, with `order` saying which of an open date's numbers is the
 * month (`mdy`) or the day (`dmy`).
 */
export const buildDateText = (raw: string, p: DateParts, order: 'dmy' | 'mdy', timeZone = 'UTC'): string => {
  const [mo, d] = p.form === 'fixed' || order === 'mdy' ? [p.a, p.b] : [p.b, p.a];
  let h = p.h;
  if (p.ampm) {
    if (h < 1 || h > 12) throw new CellError(`not a valid date-time: ${show(raw)}`);
    h = (h % 12) + (p.ampm === 'PM' ? 12 : 0);
  }
  const ms = Date.UTC(p.y, mo - 1, d, h, p.mi, p.s);
  const check = new Date(ms);
  if (
    p.y < 1900 || p.y > 2999 || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || p.mi > 59 || p.s > 59
  ) {
    const hint = p.form === 'open' ? ` (read as ${order === 'dmy' ? 'day/month' : 'month/day'}/year)` : '';
    throw new CellError(`not a valid date-time${hint}: ${show(raw)}`);
  }
  const utc = p.offset !== undefined ? ms - p.offset * 60_000 : timeZone === 'UTC' ? ms : wallToUtc(ms, timeZone);
  const t = new Date(utc);
  const date = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  return `${date}T${time}${p.fraction ? `.${p.fraction}` : ''}Z`;
};

/**
 * One cell on its own, where no file context decides the order (JSON exports, nested step
 * dates): month first, as the US display form that such sources write, unless the first
 * number cannot be a month. Wall-clock times are UTC. CSV files go through file-dates.ts.
 */
export const parseDateText = (raw: string): string => {
  const p = readDateParts(raw);
  return buildDateText(raw, p, p.form === 'open' && p.a > 12 ? 'dmy' : 'mdy');
};

/**
 * For dates inside nested details (authentication steps): Graph itself writes placeholders such
 * as `0001-01-01T00:00:00Z` there, so text that is not a date we know is kept as it came.
 */
export const normaliseDateTextLoosely = (raw: string): string => {
  try {
    return parseDateText(raw);
  } catch {
    return raw;
  }
};
