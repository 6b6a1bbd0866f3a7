/**
 * Date-times as exports write them, to UTC ISO-8601 with `Z`:
 * - ISO-8601 (`2025-12-04T08:19:41Z`, `2025-12-04 08:19:41.1234567+02:00`); no zone means UTC
 *   (the portal's column is `Date (UTC)`, Log Analytics headers say `[UTC]`);
 * - US display form of the portal and Log Analytics (`4/28/2021, 2:08:45.221 PM`,
 *   `3/12/2025 7:22:01 AM`, 24-hour `3/12/2025 19:22`): month first, unless the first number
 *   is above 12, which can only be a day;
 * - day-first dotted form (`28.04.2021 14:08:45`).
 * Fractional seconds are kept digit for digit; the offset moves only whole seconds.
 */
import { CellError } from './cell-values.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*([AP]\.?M\.?)?$/i;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?$/;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const build = (
  text: string,
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  fraction: string | undefined,
  offsetMinutes: number,
): string => {
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(ms);
  if (
    Number.isNaN(ms) || y < 1900 || y > 2999 || check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59
  ) {
    throw new CellError(`not a valid date-time: ${JSON.stringify(text)}`);
  }
  const t = new Date(ms - offsetMinutes * 60_000);
  const date = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  return `${date}T${time}${fraction ? `.${fraction}` : ''}Z`;
};

const offsetOf = (zone: string | undefined): number => {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
};

const hour12 = (h: number, ampm: string | undefined, text: string): number => {
  if (!ampm) return h;
  if (h < 1 || h > 12) throw new CellError(`not a valid date-time: ${JSON.stringify(text)}`);
  const pm = ampm.toUpperCase().startsWith('P');
  return (h % 12) + (pm ? 12 : 0);
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

export const parseDateText = (raw: string): string => {
  const text = raw.trim().replace(/\s*\(?UTC\)?$/i, '');
  let m = ISO.exec(text);
  if (m) {
    return build(raw, Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), m[7], offsetOf(m[8]));
  }
  m = SLASHED.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [month, day] = a > 12 ? [b, a] : [a, b];
    return build(raw, Number(m[3]), month, day, hour12(Number(m[4]), m[8], raw), Number(m[5]), Number(m[6] ?? 0), m[7], 0);
  }
  m = DOTTED.exec(text);
  if (m) {
    return build(raw, Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), m[7], 0);
  }
  throw new CellError(`not a date-time the exports write (ISO-8601 or M/D/YYYY h:mm:ss AM): ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 37)}...` : raw)}`);
};
