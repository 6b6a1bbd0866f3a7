/**
 * GUID-shaped identifiers for demo records, built from four 32-bit words without allocation-heavy
 * formatting. Uniqueness never relies on luck: callers put a bijective mix of a running counter in
 * the first word (see `createIdSource`), so ids differ for as long as the counter does (2^32).
 */
import { mix32, type Random } from './random.js';

const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// 4-hex-digit strings for every 16-bit value, built on first use: GUIDs are formatted for every
// record, and eight lookups beat sixteen.
let hex4: readonly string[] | null = null;
const hex4Table = (): readonly string[] =>
  (hex4 ??= Array.from({ length: 65536 }, (_, i) => (HEX[i >>> 8] as string) + (HEX[i & 255] as string)));

/** Formats four words as a lower-case version-4 GUID (`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`). */
export const formatGuid = (a: number, b: number, c: number, d: number): string => {
  const h = hex4Table();
  const b4 = (b & 0xffff0fff) | 0x4000;
  const c8 = (c & 0x3fffffff) | 0x80000000;
  return (
    (h[a >>> 16] as string) + (h[a & 0xffff] as string) + '-' + (h[b4 >>> 16] as string) + '-' +
    (h[b4 & 0xffff] as string) + '-' + (h[c8 >>> 16] as string) + '-' + (h[c8 & 0xffff] as string) +
    (h[d >>> 16] as string) + (h[d & 0xffff] as string)
  );
};

/** A stable GUID for a name (tenant objects: users, devices, policies), independent of any seed. */
export const stableGuid = (name: string): string => {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < name.length; i++) {
    const ch = name.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 0x01000193);
    h2 = Math.imul(h2 ^ ch, 0x5bd1e995) + (h2 >>> 13);
  }
  const a = mix32(h1);
  const b = mix32(h2 ^ a);
  return formatGuid(a, b, mix32(a + b), mix32(b ^ 0x27d4eb2d));
};

const scratch = new Uint8Array(16);

/**
 * Entra's `uniqueTokenIdentifier` is the request id's bytes (in .NET GUID byte order: the first
 * three groups little-endian) as unpadded base64url, 22 characters.
 */
export const tokenIdentifierFor = (a: number, b: number, c: number, d: number): string => {
  const b4 = (b & 0xffff0fff) | 0x4000;
  const c8 = (c & 0x3fffffff) | 0x80000000;
  scratch[0] = a; scratch[1] = a >>> 8; scratch[2] = a >>> 16; scratch[3] = a >>> 24;
  scratch[4] = b4 >>> 16; scratch[5] = b4 >>> 24; scratch[6] = b4; scratch[7] = b4 >>> 8;
  scratch[8] = c8 >>> 24; scratch[9] = c8 >>> 16; scratch[10] = c8 >>> 8; scratch[11] = c8;
  scratch[12] = d >>> 24; scratch[13] = d >>> 16; scratch[14] = d >>> 8; scratch[15] = d;
  let out = '';
  for (let i = 0; i < 15; i += 3) {
    const n = ((scratch[i] as number) << 16) | ((scratch[i + 1] as number) << 8) | (scratch[i + 2] as number);
    out += B64URL[(n >>> 18) & 63] as string;
    out += B64URL[(n >>> 12) & 63] as string;
    out += B64URL[(n >>> 6) & 63] as string;
    out += B64URL[n & 63] as string;
  }
  const last = scratch[15] as number;
  return out + (B64URL[last >>> 2] as string) + (B64URL[(last & 3) << 4] as string);
};

/** Unique ids for one kind of identifier (request ids, correlation ids, ...), per generator run. */
export interface IdSource {
  /** A request id and its token identifier; request ids end in a small counter byte and `00` like Entra's. */
  nextRequest(): { readonly id: string; readonly token: string };
  next(): string;
}

export const createIdSource = (random: Random, salt: number): IdSource => {
  let counter = 0;
  const saltWord = mix32(salt);
  const first = (): number => mix32((counter++ ^ saltWord) >>> 0) ^ saltWord;
  return {
    nextRequest() {
      const a = first();
      const b = random.u32();
      const c = random.u32();
      const d = (random.u32() & 0xffff0000) | ((random.u32() & 0x3f) << 8);
      return { id: formatGuid(a, b, c, d), token: tokenIdentifierFor(a, b, c, d) };
    },
    next() {
      return formatGuid(first(), random.u32(), random.u32(), random.u32());
    },
  };
};
