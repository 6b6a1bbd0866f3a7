/**
 * How original documents are stored: in blocks. Up to BLOCK_SIZE documents of one batch are
 * joined by newlines (JSON text never holds a raw newline) and compressed together: neighbours
 * share most of their text, which is what makes a 2–3 KB record cost ~100 bytes. The document
 * text is the one that came in (NDJSON lines are stored verbatim, less what columns hold), so
 * `GET` returns every property, unknown ones included.
 *
 * A row points at its document with `doc_ref = block_id * BLOCK_SIZE + index`.
 * Block format: byte 0 = codec version; bytes 1.. = the compressed, newline-joined lines.
 * - 2 and 3: raw deflate with the preset dictionary of doc-dictionary.ts (v0.1 stores, blocks
 *   of up to 32 lines; 3 allows mask-prefixed lines, see packLine). Read-only now.
 * - 4: Brotli (quality 4, 1 MB window: a block is ~0.5 MB), blocks of up to 256 lines (ADR 0003 has the
 *   measurements). Every version stays readable forever: golden tests decode committed blocks.
 * A codec is never changed in place; a new one gets the next version number.
 */
import { brotliCompressSync, brotliDecompressSync, constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { DOC_DICTIONARY } from './doc-dictionary.js';
import type { PreparedSignIn, SignInRow } from '../core/model/sign-in-row.js';

/** The codec new blocks are written with. */
export const VERSION = 4;
const DEFLATE_VERSIONS = new Set([2, 3]);
const dictionary = Buffer.from(DOC_DICTIONARY, 'utf8');
const BROTLI = {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 4,
    [constants.BROTLI_PARAM_LGWIN]: 20,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
  },
};

/** Documents per block: a power of two so doc_ref splits cheaply. */
export const BLOCK_SIZE = 256;

export const docRef = (blockId: number, index: number): number => blockId * BLOCK_SIZE + index;
export const blockOf = (ref: number): number => Math.floor(ref / BLOCK_SIZE);
export const indexOf = (ref: number): number => ref % BLOCK_SIZE;

const withVersion = (version: number, body: Buffer): Buffer => {
  const out = Buffer.allocUnsafe(body.length + 1);
  out[0] = version;
  body.copy(out, 1);
  return out;
};

export const encodeBlock = (texts: readonly string[]): Buffer =>
  withVersion(VERSION, brotliCompressSync(Buffer.from(texts.join('\n'), 'utf8'), BROTLI));

/** Version 3 blocks, as v0.1 wrote them: kept for the golden tests that pin the format. */
export const encodeDeflateBlock = (texts: readonly string[]): Buffer =>
  withVersion(3, deflateRawSync(Buffer.from(texts.join('\n'), 'utf8'), { level: 3, dictionary }));

/** A block's lines as the UTF-8 bytes they were stored as (newline-joined). */
const inflate = (blob: Uint8Array): Buffer => {
  const buf = Buffer.isBuffer(blob) ? blob : Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  const version = buf[0] ?? -1;
  if (version === 4) return brotliDecompressSync(buf.subarray(1));
  if (DEFLATE_VERSIONS.has(version)) return inflateRawSync(buf.subarray(1), { dictionary });
  throw new Error(`unknown document block version ${String(buf[0])}`);
};

export const decodeBlock = (blob: Uint8Array): string[] => inflate(blob).toString('utf8').split('\n');

/**
 * A block inflated but not decoded: its bytes and where each line starts (entry n is one past
 * the end), so a reader decodes only the lines it needs, or copies their bytes as they are.
 */
export interface InflatedBlock {
  readonly bytes: Buffer;
  readonly starts: readonly number[];
}

export const inflateBlock = (blob: Uint8Array): InflatedBlock => {
  const bytes = inflate(blob);
  const starts = [0];
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) starts.push(at + 1);
  starts.push(bytes.length + 1);
  return { bytes, starts };
};

/** Line `index` of an inflated block, or undefined past its end. */
export const lineOf = (block: InflatedBlock, index: number): Buffer | undefined => {
  const start = block.starts[index];
  const next = block.starts[index + 1];
  return start === undefined || next === undefined ? undefined : block.bytes.subarray(start, next - 1);
};

/** A tiny LRU of decoded blocks: consecutive pages of a list read the same blocks. */
export const createBlockCache = <T = string[]>(capacity = 64) => {
  const map = new Map<number, T>();
  return {
    get(id: number): T | undefined {
      const v = map.get(id);
      if (v) {
        map.delete(id);
        map.set(id, v);
      }
      return v;
    },
    set(id: number, lines: T): void {
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

const STRIPPED_BIT = new Map(STRIPPED.map(([prop], bit) => [prop, bit]));

/** The columns a reader must fetch to unpack lines. */
export const UNPACK_COLUMNS: readonly (keyof SignInRow)[] = STRIPPED.map(([, col]) => col);

/**
 * One stored line: `<mask base36>\t<JSON without the stripped properties>`, or the document's
 * own text when nothing could be stripped (or it was not parsed, e.g. packed elsewhere).
 */
/** Lone surrogates (`\p{Cs}` under the `u` flag matches only unpaired halves) and NUL. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this must find
const ODD_TEXT = /[\p{Cs}\u0000]/u;

/** Which stripped properties a document gives up to its columns (bit i = STRIPPED[i]). */
const strippedMask = (doc: Record<string, unknown>, row: SignInRow): number => {
  let mask = 0;
  for (let bit = 0; bit < STRIPPED.length; bit++) {
    const [prop, col] = STRIPPED[bit] as readonly [string, keyof SignInRow];
    const v = doc[prop];
    // Text a database column may not keep exactly (lone surrogates, NUL) stays in the line.
    if (typeof v === 'string' && v !== '' && v === row[col] && !ODD_TEXT.test(v)) mask |= 1 << bit;
  }
  return mask;
};

export const packLine = (p: Pick<PreparedSignIn, 'row' | 'doc' | 'text'>): string => {
  const doc = p.doc as Record<string, unknown> | undefined;
  if (!doc) return p.text;
  const mask = strippedMask(doc, p.row);
  if (mask === 0) return p.text;
  // A fresh object without the stripped members (copying beats `delete`, which slows V8 objects).
  const rest: Record<string, unknown> = {};
  for (const key in doc) {
    const bit = STRIPPED_BIT.get(key);
    if (bit === undefined || !(mask & (1 << bit))) rest[key] = doc[key];
  }
  return `~${mask.toString(36)}\t${JSON.stringify(rest)}`;
};

/**
 * The document's JSON text from a stored line and its row's columns (by logical name). Lines of
 * v0.1 (`<mask>\t{...}`) get the column-held members in front, as v0.1 returned them; lines
 * written since (`~<mask>\t{...}`) get them at the end, where they win over any duplicate key
 * the original text may have held (JSON.parse keeps the last), exactly as the row was derived.
 */
export const unpackLine = (line: string, row: UnpackView): string => {
  const tab = line.indexOf('\t');
  if (line.charCodeAt(0) === 123 /* { */ || tab === -1) return line;
  const appended = line.charCodeAt(0) === 126; /* ~ */
  const members = memberText(parseInt(line.slice(appended ? 1 : 0, tab), 36), row);
  const body = line.slice(tab + 1);
  if (body === '{}') return `{${members}}`;
  return appended ? `${body.slice(0, -1)},${members}}` : `{${members},${body.slice(1)}`;
};

/**
 * unpackLine on bytes: the document's UTF-8 text as pieces pushed onto `out` (slices of the
 * stored line and the column-held members), to be joined without decoding the line.
 */
export const spliceLine = (line: Buffer, row: UnpackView, out: Buffer[]): void => {
  const tab = line.indexOf(9);
  if (line[0] === 123 || tab === -1) {
    out.push(line);
    return;
  }
  const appended = line[0] === 126;
  const members = Buffer.from(memberText(parseInt(line.toString('latin1', appended ? 1 : 0, tab), 36), row), 'utf8');
  const body = line.subarray(tab + 1);
  if (body.length === 2 && body[0] === 123 && body[1] === 125) out.push(OPEN, members, CLOSE);
  else if (appended) out.push(body.subarray(0, body.length - 1), COMMA, members, CLOSE);
  else out.push(OPEN, members, COMMA, body.subarray(1));
};

/**
 * JSON.parse(unpackLine(...)) without building the text: the stored body is parsed and the
 * column-held members set on it, where the text would have put them (at the end, a repeated key
 * keeping its place with the column's value). v0.1 lines (members in front) take the text way.
 */
export const parseLine = (line: Buffer, row: UnpackView): unknown => {
  const tab = line.indexOf(9);
  if (line[0] !== 126 || tab === -1) return JSON.parse(unpackLine(line.toString('utf8'), row));
  const doc = JSON.parse(line.toString('utf8', tab + 1)) as Record<string, unknown>;
  const mask = parseInt(line.toString('latin1', 1, tab), 36);
  for (let bit = 0; bit < STRIPPED.length; bit++) {
    if (!(mask & (1 << bit))) continue;
    const [prop, col] = STRIPPED[bit] as readonly [string, keyof SignInRow];
    doc[prop] = row[col];
  }
  return doc;
};

type UnpackView = Readonly<Partial<Record<keyof SignInRow, unknown>>>;
const OPEN = Buffer.from('{');
const CLOSE = Buffer.from('}');
const COMMA = Buffer.from(',');

/** `"prop":value,...` of the members `mask` names, from the row's columns. */
const memberText = (mask: number, row: UnpackView): string => {
  let members = '';
  for (let bit = 0; bit < STRIPPED.length; bit++) {
    if (!(mask & (1 << bit))) continue;
    const v = row[(STRIPPED[bit] as readonly [string, keyof SignInRow])[1]];
    members += `${members === '' ? '' : ','}${MEMBER_KEY[bit] as string}${typeof v === 'string' && !NEEDS_ESCAPE.test(v) ? `"${v}"` : JSON.stringify(v)}`;
  }
  return members;
};

/** `"prop":` of each stripped property, in bit order. */
const MEMBER_KEY = STRIPPED.map(([prop]) => `${JSON.stringify(prop)}:`);
/** Text JSON.stringify would change: quotes, backslashes, control characters, surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what must be escaped
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
