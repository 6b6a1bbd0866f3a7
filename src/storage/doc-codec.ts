/**
 * How original documents are stored: in blocks. Up to BLOCK_SIZE documents of one batch are
 * joined by newlines (JSON text never holds a raw newline) and deflated together with a preset
 * dictionary of typical sign-in JSON. Compressing neighbours together is what makes a 2–3 KB
 * record cost ~150 bytes, at ~10 µs per record; one-by-one deflate costs several times more in
 * both. The document text is the one that came in (NDJSON lines are stored verbatim), so `GET`
 * returns every property, unknown ones included.
 *
 * A row points at its document with `doc_ref = block_id * BLOCK_SIZE + index`.
 * Block format: byte 0 = codec version (2); bytes 1.. = raw deflate of the joined lines.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { DOC_DICTIONARY } from './doc-dictionary.js';
import type { PreparedSignIn, SignInRow } from '../core/model/sign-in-row.js';

/** Version 3 lines may carry a mask prefix (see packLine); version 2 lines are plain JSON. */
const VERSION = 3;
const READABLE = new Set([2, 3]);
const dictionary = Buffer.from(DOC_DICTIONARY, 'utf8');

/** Documents per block: a power of two so doc_ref splits cheaply. */
export const BLOCK_SIZE = 32;

export const docRef = (blockId: number, index: number): number => blockId * BLOCK_SIZE + index;
export const blockOf = (ref: number): number => Math.floor(ref / BLOCK_SIZE);
export const indexOf = (ref: number): number => ref % BLOCK_SIZE;

export const encodeBlock = (texts: readonly string[]): Buffer => {
  const body = deflateRawSync(Buffer.from(texts.join('\n'), 'utf8'), { level: 3, dictionary });
  const out = Buffer.allocUnsafe(body.length + 1);
  out[0] = VERSION;
  body.copy(out, 1);
  return out;
};

export const decodeBlock = (blob: Uint8Array): string[] => {
  const buf = Buffer.isBuffer(blob) ? blob : Buffer.from(blob);
  if (!READABLE.has(buf[0] ?? -1)) throw new Error(`unknown document block version ${String(buf[0])}`);
  return inflateRawSync(buf.subarray(1), { dictionary }).toString('utf8').split('\n');
};

/** A tiny LRU of decoded blocks: consecutive pages of a list read the same blocks. */
export const createBlockCache = (capacity = 64) => {
  const map = new Map<number, string[]>();
  return {
    get(id: number): string[] | undefined {
      const v = map.get(id);
      if (v) {
        map.delete(id);
        map.set(id, v);
      }
      return v;
    },
    set(id: number, lines: string[]): void {
      map.set(id, lines);
      if (map.size > capacity) map.delete(map.keys().next().value as number);
    },
    delete(id: number): void {
      map.delete(id);
    },
    clear(): void {
      map.clear();
    },
  };
};

/**
 * Top-level string properties that a column holds verbatim. They are left out of the stored
 * line when equal to the column ("stored once"): mostly GUIDs, which no compressor shrinks, so
 * this halves the compressed size of a document.
 */
export const STRIPPED: readonly (readonly [string, keyof SignInRow])[] = [
  ['id', 'id'],
  ['userId', 'userId'],
  ['appId', 'appId'],
  ['resourceId', 'resourceId'],
  ['correlationId', 'correlationId'],
  ['originalRequestId', 'originalRequestId'],
  ['homeTenantId', 'homeTenantId'],
  ['appOwnerTenantId', 'appOwnerTenantId'],
  ['resourceOwnerTenantId', 'resourceOwnerTenantId'],
  ['servicePrincipalId', 'servicePrincipalId'],
  ['userPrincipalName', 'userPrincipalName'],
  ['userDisplayName', 'userDisplayName'],
  ['appDisplayName', 'appDisplayName'],
  ['resourceDisplayName', 'resourceDisplayName'],
  ['servicePrincipalName', 'servicePrincipalName'],
  ['ipAddress', 'ipAddress'],
  ['userAgent', 'userAgent'],
];

/** The columns a reader must fetch to unpack lines. */
export const UNPACK_COLUMNS: readonly (keyof SignInRow)[] = STRIPPED.map(([, col]) => col);

/**
 * One stored line: `<mask base36>\t<JSON without the stripped properties>`, or the document's
 * own text when nothing could be stripped (or it was not parsed, e.g. packed elsewhere).
 */
/** Lone surrogates (`\p{Cs}` under the `u` flag matches only unpaired halves) and NUL. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this must find
const ODD_TEXT = /[\p{Cs}\u0000]/u;

export const packLine = (p: Pick<PreparedSignIn, 'row' | 'doc' | 'text'>): string => {
  const doc = p.doc as Record<string, unknown> | undefined;
  if (!doc) return p.text;
  let mask = 0;
  let rest: Record<string, unknown> | undefined;
  STRIPPED.forEach(([prop, col], bit) => {
    const v = doc[prop];
    // Text a database column may not keep exactly (lone surrogates, NUL) stays in the line.
    if (typeof v === 'string' && v !== '' && v === p.row[col] && !ODD_TEXT.test(v)) {
      rest ??= { ...doc };
      delete rest[prop];
      mask |= 1 << bit;
    }
  });
  return rest ? `${mask.toString(36)}\t${JSON.stringify(rest)}` : p.text;
};

/** The document's JSON text from a stored line and its row's columns (by logical name). */
export const unpackLine = (line: string, row: Readonly<Partial<Record<keyof SignInRow, unknown>>>): string => {
  const tab = line.indexOf('\t');
  if (line.startsWith('{') || tab === -1) return line;
  const mask = parseInt(line.slice(0, tab), 36);
  const parts: string[] = [];
  STRIPPED.forEach(([prop, col], bit) => {
    if (mask & (1 << bit)) parts.push(`${JSON.stringify(prop)}:${JSON.stringify(row[col])}`);
  });
  const body = line.slice(tab + 1);
  return body === '{}' ? `{${parts.join(',')}}` : `{${parts.join(',')},${body.slice(1)}`;
};
