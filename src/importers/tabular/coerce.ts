/**
 * Values that may arrive as text (CSV cells, Log Analytics string columns) or already typed
 * (JSON exports), converted to what the signIn schema expects. Throws `CellError`.
 */
import { CellError, cellText, parseBoolCell, parseIntCell } from './cell-values.js';

const show = (v: unknown): string => {
  const t = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return JSON.stringify(t.length > 40 ? `${t.slice(0, 37)}...` : t);
};

export const toText = (v: unknown): string | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return cellText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new CellError(`expected text, got ${show(v)}`);
};

export const toInt = (v: unknown): number | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) return v;
    throw new CellError(`expected a whole number, got ${show(v)}`);
  }
  if (typeof v === 'string') {
    const t = cellText(v);
    return t === undefined ? undefined : parseIntCell(t);
  }
  throw new CellError(`expected a whole number, got ${show(v)}`);
};

export const toBool = (v: unknown): boolean | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number' && (v === 0 || v === 1)) return v === 1;
  if (typeof v === 'string') {
    const t = cellText(v);
    return t === undefined ? undefined : parseBoolCell(t);
  }
  throw new CellError(`expected true or false, got ${show(v)}`);
};

export const toFloat = (v: unknown): number | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const t = cellText(v);
    if (t === undefined) return undefined;
    const n = Number(t);
    if (Number.isFinite(n)) return n;
  }
  throw new CellError(`expected a number, got ${show(v)}`);
};

/** A nested value that arrives as JSON text (Log Analytics `string` columns) or as JSON. */
export const toJson = (v: unknown, expect: 'object' | 'array'): unknown => {
  if (v === undefined || v === null) return undefined;
  let value = v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return undefined;
    try {
      value = JSON.parse(t);
    } catch (e) {
      throw new CellError(`expected JSON ${expect === 'array' ? 'array' : 'object'} text: ${(e as Error).message}`);
    }
  }
  if (value === null) return undefined;
  if (expect === 'array' ? !Array.isArray(value) : typeof value !== 'object' || Array.isArray(value)) {
    throw new CellError(`expected a JSON ${expect}, got ${show(value)}`);
  }
  return value;
};

/** A list of strings: a JSON array, JSON array text, or comma-separated text. */
export const toStringList = (v: unknown): string[] | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return undefined;
    if (t.startsWith('[')) return toStringList(toJson(t, 'array'));
    return t.split(',').map((s) => s.trim()).filter((s) => s !== '');
  }
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : (JSON.stringify(x) ?? String(x))));
  throw new CellError(`expected a list, got ${show(v)}`);
};
