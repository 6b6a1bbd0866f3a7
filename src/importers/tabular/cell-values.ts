/**
 * Converting the text of one cell (portal CSV, Log Analytics CSV/JSON) into a Graph value.
 * Conversions throw `CellError`; the reader adds the file, row and column name.
 */

export class CellError extends Error {
  override readonly name = 'CellError';
}

const show = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);

/**
 * The cell's text, or undefined when empty. Spreadsheet programs (and the portal) put a `'` in
 * front of text that would otherwise be read as a formula (`-`, `+`, `=`, `@`); it is removed.
 */
export const cellText = (raw: string | undefined): string | undefined => {
  if (raw === undefined) return undefined;
  let t = raw.trim();
  if (t.length > 1 && t.charCodeAt(0) === 0x27 /* ' */ && /^'[-+=@\t\r]/.test(t)) t = t.slice(1);
  return t === '' ? undefined : t;
};

export const parseIntCell = (text: string): number => {
  const t = text.replace(/\s*ms$/i, '').replace(/^AS/i, '');
  if (!/^[-+]?\d{1,15}(\.0+)?$/.test(t)) throw new CellError(`expected a whole number, got ${show(text)}`);
  const n = Number(t);
  if (!Number.isSafeInteger(n)) throw new CellError(`number out of range: ${show(text)}`);
  return n;
};

const TRUE = new Set(['true', 'yes', '1', 'y']);
const FALSE = new Set(['false', 'no', '0', 'n']);

export const parseBoolCell = (text: string): boolean => {
  const t = text.toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  throw new CellError(`expected Yes/No or true/false, got ${show(text)}`);
};

const words = (text: string): string[] => text.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');

/** `Primary refresh token` → `primaryRefreshToken`; `SAML 1.1` → `saml11`. */
export const camelCaseWords = (text: string): string =>
  words(text)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('');

/** `AD Federation Services` → `ADFederationServices` (tokenIssuerType is PascalCase in Graph). */
export const pascalCaseWords = (text: string): string =>
  words(text)
    .map((w) => (w === w.toUpperCase() ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');

const key = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Display text → Graph enum value: explicit table first, then the generic case rule. */
export interface EnumTable {
  readonly style: 'camel' | 'pascal';
  readonly values: Readonly<Record<string, string>>;
}

const compiled = new WeakMap<EnumTable, Map<string, string>>();

export const enumValue = (text: string, table: EnumTable): string => {
  let map = compiled.get(table);
  if (!map) {
    map = new Map(Object.entries(table.values).map(([display, value]) => [key(display), value]));
    for (const value of Object.values(table.values)) map.set(key(value), value);
    compiled.set(table, map);
  }
  const known = map.get(key(text));
  if (known !== undefined) return known;
  // Already an enum value (Graph-shaped data, a newer portal): keep it.
  if (table.style === 'camel' && /^[a-z][A-Za-z0-9]*$/.test(text)) return text;
  if (table.style === 'pascal' && /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(text)) return text;
  return table.style === 'pascal' ? pascalCaseWords(text) : camelCaseWords(text);
};
