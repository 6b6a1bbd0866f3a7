/**
 * The `$filter` tokenizer. Positions are 1-based character offsets into the filter text, the
 * unit every error message uses. Literal forms follow OData ABNF where Graph uses them:
 * `'...'` strings with `''` as the escaped quote, unquoted GUIDs, unquoted ISO dates and
 * date-times (a quoted date is a string, and a date-time field refuses it, as Graph does).
 */
import { AppError } from '../errors.js';

export type TokenKind =
  | 'lparen' | 'rparen' | 'comma' | 'slash' | 'colon'
  | 'string' | 'number' | 'datetime' | 'guid' | 'ident' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** Source text (for strings: the unescaped value). */
  readonly text: string;
  /** 1-based position of the first character. */
  readonly at: number;
  /** For datetime tokens: the instant in epoch ms. */
  readonly millis?: number;
  /** For number tokens: the value. */
  readonly num?: number;
}

/** `$filter: <problem> at <position>[ (<hint>)]`, as an `InvalidFilter` error. */
export const filterError = (
  label: string,
  problem: string,
  at: number,
  details: Record<string, unknown> = {},
  hint?: string,
): AppError => new AppError('InvalidFilter', `${label}: ${problem} at ${at}${hint ? ` (${hint})` : ''}`, { position: at, ...details });

const PUNCT: Readonly<Record<string, TokenKind>> = { '(': 'lparen', ')': 'rparen', ',': 'comma', '/': 'slash', ':': 'colon' };

// Each literal pattern must end where an identifier cannot continue, so `2024-01-01x` is refused.
const END = '(?![A-Za-z0-9_.:+-])';
const GUID = new RegExp(`^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}${END}`);
const DATE_TIME = new RegExp(
  `^(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-](\\d{2}):(\\d{2})))?${END}`,
);
const ZONELESS = /^\d{4}-\d{2}-\d{2}T[\d:.]+/;
const NUMBER = new RegExp(`^-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?${END}`);
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checks calendar ranges (Date.parse accepts Feb 30 and hour 24) and returns epoch ms or NaN. */
const dateTimeMillis = (m: RegExpExecArray): number => {
  const [, y, mo, d, h, mi, s, , zone, zh, zm] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return NaN;
  const maxDay = month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 31);
  if (day > maxDay) return NaN;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return NaN;
  if (zone !== undefined && zone !== 'Z' && (Number(zh) > 23 || Number(zm) > 59)) return NaN;
  // A bare date means midnight UTC.
  return Date.parse(h === undefined ? `${m[0]}T00:00:00Z` : m[0]);
};

export const tokenize = (text: string, label = '$filter'): Token[] => {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const at = i + 1;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    const punct = PUNCT[c];
    if (punct) {
      tokens.push({ kind: punct, text: c, at });
      i++;
      continue;
    }
    if (c === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw filterError(label, 'unterminated string starting', at);
        const ch = text[j] as string;
        if (ch === "'") {
          if (text[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += ch;
        j++;
      }
      tokens.push({ kind: 'string', text: value, at });
      i = j + 1;
      continue;
    }
    const rest = text.slice(i, i + 512);
    const guid = GUID.exec(rest);
    if (guid) {
      tokens.push({ kind: 'guid', text: guid[0], at });
      i += guid[0].length;
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      const dt = DATE_TIME.exec(rest);
      if (dt) {
        const millis = dateTimeMillis(dt);
        if (Number.isNaN(millis)) throw filterError(label, `invalid date-time '${dt[0]}'`, at);
        tokens.push({ kind: 'datetime', text: dt[0], at, millis });
        i += dt[0].length;
        continue;
      }
      const zl = ZONELESS.exec(rest);
      if (zl) throw filterError(label, `date-time '${zl[0]}' needs 'Z' or an offset such as +02:00`, at);
      const num = NUMBER.exec(rest);
      if (num) {
        const value = Number(num[0]);
        if (!Number.isFinite(value)) throw filterError(label, `number '${num[0]}' is out of range`, at);
        tokens.push({ kind: 'number', text: num[0], at, num: value });
        i += num[0].length;
        continue;
      }
      throw filterError(label, `malformed literal '${/^[^\s(),]*/.exec(text.slice(i))?.[0] ?? c}'`, at);
    }
    const id = IDENT.exec(rest);
    if (id) {
      // An identifier longer than the window is still one identifier.
      let j = i + id[0].length;
      while (j < text.length && /[A-Za-z0-9_]/.test(text[j] as string)) j++;
      tokens.push({ kind: 'ident', text: text.slice(i, j), at });
      i = j;
      continue;
    }
    const shown = /[\x20-\x7e]/.test(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    const hint = c === '"' ? ' (OData strings use single quotes)' : '';
    throw filterError(label, `unexpected character '${shown}'${hint}`, at);
  }
  tokens.push({ kind: 'eof', text: '', at: text.length + 1 });
  return tokens;
};
