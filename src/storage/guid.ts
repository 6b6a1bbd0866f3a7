/**
 * GUIDs as 16-byte blobs. Only the canonical lower-case form (`8-4-4-4-12` hex digits) is
 * packed, so unpacking always gives back the exact text that came in; any other id (upper case,
 * braces, not a GUID at all) is kept as text. Packing keeps the hex digits in order, so blobs
 * sort exactly as their texts do (SQLite compares blobs with memcmp).
 */
/** 0–15 for a lower-case hex digit's char code, -1 otherwise. */
const nibble = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1);
const DASH = 45;

/** Runs once per stored id on the write path: a plain loop, no regular expression or copy. */
export const packGuid = (text: string): Buffer | string => {
  if (text.length !== 36 || text.charCodeAt(8) !== DASH || text.charCodeAt(13) !== DASH || text.charCodeAt(18) !== DASH || text.charCodeAt(23) !== DASH) {
    return text;
  }
  const out = Buffer.allocUnsafe(16);
  let o = 0;
  for (let i = 0; i < 36; i += 2) {
    if (i === 8 || i === 13 || i === 18 || i === 23) i++;
    const hi = nibble(text.charCodeAt(i));
    const lo = nibble(text.charCodeAt(i + 1));
    if (hi < 0 || lo < 0) return text;
    out[o++] = (hi << 4) | lo;
  }
  return out;
};

export const packGuidOrNull = (text: string | null): Buffer | string | null => (text === null ? null : packGuid(text));

export const unpackGuid = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  const b = value as Uint8Array;
  const hex = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** SQL (SQLite) that renders a packed GUID column as its text; text values pass through. */
export const guidTextSql = (column: string): string =>
  `CASE typeof(${column}) WHEN 'blob' THEN lower(substr(hex(${column}), 1, 8) || '-' || substr(hex(${column}), 9, 4) || '-' || ` +
  `substr(hex(${column}), 13, 4) || '-' || substr(hex(${column}), 17, 4) || '-' || substr(hex(${column}), 21)) ELSE ${column} END`;
