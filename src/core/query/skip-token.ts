/**
 * `$skiptoken`: an opaque continuation carrying the keyset position (createdAt ms + id), the
 * order, and a hash of the normalised query it belongs to, sealed with a MAC.
 *
 * Layout: base64url(JSON [version, createdAt, id, order, queryHash]) "." mac
 * - `queryHash` is FNV-1a 64 of the normalised query (API version, printed filter, top, order).
 *   It is not a security measure: it lets us say "this token belongs to another query" instead
 *   of "tampered".
 * - `mac` comes from a `Signer` injected by the adapter (HMAC-SHA-256 from node:crypto in the
 *   HTTP layer, with a key kept in the store so tokens survive restarts and work across
 *   replicas). The core stays free of node:* and does not carry its own cryptography; the MAC
 *   covers the payload and the query, so an edited position or a token moved to another query
 *   is refused with `InvalidSkipToken` (400).
 * A token grants nothing a filter could not already ask for; the MAC exists so that garbage
 * gets a clear 400 rather than a silently wrong page.
 */
import { AppError } from '../errors.js';
import type { KeysetPosition } from '../ports.js';

/** Returns a URL-safe MAC of `data` (e.g. base64url HMAC-SHA-256). */
export type Signer = (data: string) => string;

export type SortOrder = 'asc' | 'desc';

export interface SkipTokenCodec {
  encode(position: KeysetPosition, order: SortOrder, queryKey: string): string;
  /** Throws `AppError('InvalidSkipToken')` for anything not issued for this query and order. */
  decode(token: string, order: SortOrder, queryKey: string): KeysetPosition;
}

const VERSION = 1;
const MAX_TOKEN_LENGTH = 2048;

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

/** FNV-1a 64 over the UTF-8 bytes of `text`, as 16 hex digits. */
export const fnv1a64 = (text: string): string => {
  let h = FNV_OFFSET;
  for (const b of new TextEncoder().encode(text)) {
    h ^= BigInt(b);
    h = (h * FNV_PRIME) & MASK64;
  }
  return h.toString(16).padStart(16, '0');
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

export const base64UrlEncode = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
};

/** Undefined for text that is not base64url of valid UTF-8. */
export const base64UrlDecode = (text: string): string | undefined => {
  if (text.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    const chunk = text.slice(i, i + 4);
    for (let k = 0; k < 4; k++) {
      const c = chunk[k];
      const v = c === undefined ? 0 : B64_INDEX.get(c);
      if (v === undefined) return undefined;
      n = (n << 6) | v;
    }
    bytes.push((n >> 16) & 255);
    if (chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
};

/** Compares without an early exit, so timing does not reveal how much of a MAC matched. */
const sameText = (a: string, b: string): boolean => {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
};

const invalid = (why: string): AppError =>
  new AppError('InvalidSkipToken', `$skiptoken: ${why}; follow @odata.nextLink exactly as returned`);

export const createSkipTokenCodec = (sign: Signer): SkipTokenCodec => {
  const mac = (payload: string, queryKey: string) => sign(`${payload}\n${queryKey}`);
  return {
    encode: (position, order, queryKey) => {
      const payload = base64UrlEncode(
        JSON.stringify([VERSION, position.createdAt, position.id, order === 'desc' ? 'd' : 'a', fnv1a64(queryKey)]),
      );
      return `${payload}.${mac(payload, queryKey)}`;
    },
    decode: (token, order, queryKey) => {
      if (token.length === 0) throw invalid('the skip token is empty');
      if (token.length > MAX_TOKEN_LENGTH) throw invalid('the skip token is too long');
      const dot = token.indexOf('.');
      const json = dot > 0 ? base64UrlDecode(token.slice(0, dot)) : undefined;
      let fields: unknown;
      try {
        fields = json === undefined ? undefined : JSON.parse(json);
      } catch {
        fields = undefined;
      }
      if (!Array.isArray(fields) || fields.length !== 5) throw invalid('the skip token is not one this server issued');
      const [version, createdAt, id, o, queryHash] = fields as unknown[];
      if (
        version !== VERSION ||
        typeof createdAt !== 'number' ||
        !Number.isSafeInteger(createdAt) ||
        typeof id !== 'string' ||
        id.length === 0 ||
        id.length > 256 ||
        (o !== 'a' && o !== 'd') ||
        typeof queryHash !== 'string'
      ) {
        throw invalid('the skip token is not one this server issued');
      }
      if (queryHash !== fnv1a64(queryKey) || (o === 'd' ? 'desc' : 'asc') !== order) {
        throw invalid('the skip token belongs to a different query ($filter, $top, $orderby and the API version must stay as they were)');
      }
      if (!sameText(token.slice(dot + 1), mac(token.slice(0, dot), queryKey))) {
        throw invalid('the skip token was altered or was issued by another server');
      }
      return { createdAt, id };
    },
  };
};
