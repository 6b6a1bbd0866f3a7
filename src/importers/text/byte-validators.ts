/**
 * Finds the first byte that is not valid in an encoding, with its offset from the start of the
 * stream, so that a file in another encoding than the one chosen is refused with a position
 * instead of being stored as replacement characters. Chunks may cut a character in two: the
 * state is carried from one chunk to the next.
 *
 * UTF-8 is checked by Node's native `isUtf8` first and scanned byte by byte only around a chunk
 * boundary or an error. CP932 and single-byte code pages are checked against tables built once
 * from iconv-lite's own decoding, so "valid" means exactly "decodes to a real character".
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { ByteRule } from './encodings.js';

export interface ByteValidator {
  /** Checks the next chunk: the stream offset of the first invalid byte, or -1. */
  check(chunk: Uint8Array): number;
  /** At the end: the offset where an unfinished character starts, or -1. */
  end(): number;
}

const REPLACEMENT = '\uFFFD';

const createUtf8Validator = (): ByteValidator => {
  let offset = 0; // stream offset of chunk[0]
  let need = 0; // continuation bytes still expected
  let lo = 0x80;
  let hi = 0xbf;
  let start = 0; // stream offset of the character being read
  const scan = (chunk: Uint8Array, from: number): number => {
    for (let i = from; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (need > 0) {
        if (b < lo || b > hi) return start;
        need--;
        lo = 0x80;
        hi = 0xbf;
        continue;
      }
      if (b < 0x80) continue;
      start = offset + i;
      // Lead bytes and the range of their first continuation byte (no overlongs, no surrogates).
      if (b >= 0xc2 && b <= 0xdf) need = 1;
      else if (b === 0xe0) [need, lo] = [2, 0xa0];
      else if (b === 0xed) [need, hi] = [2, 0x9f];
      else if (b >= 0xe1 && b <= 0xef) need = 2;
      else if (b === 0xf0) [need, lo] = [3, 0x90];
      else if (b === 0xf4) [need, hi] = [3, 0x8f];
      else if (b >= 0xf1 && b <= 0xf3) need = 3;
      else return start;
    }
    return -1;
  };
  return {
    check: (chunk) => {
      let at: number;
      if (need === 0) {
        // The whole characters of the chunk, natively; then the cut character at its end.
        let cut = chunk.length;
        for (let k = 1; k <= 3 && cut - k >= 0; k++) {
          const b = chunk[cut - k] as number;
          if (b >= 0xc0) {
            cut -= k;
            break;
          }
          if (b < 0x80) break;
        }
        at = isUtf8(chunk.subarray(0, cut)) ? scan(chunk, cut) : scan(chunk, 0);
      } else at = scan(chunk, 0);
      offset += chunk.length;
      return at;
    },
    end: () => (need > 0 ? start : -1),
  };
};

const createUtf16Validator = (bigEndian: boolean): ByteValidator => {
  let offset = 0;
  let odd: number | undefined; // a byte of a unit cut by the chunk boundary
  let highAt = -1; // stream offset of a high surrogate waiting for its low half
  return {
    check: (chunk) => {
      let i = 0;
      const unitAt = (k: number): [number, number] => {
        if (odd !== undefined && k === 0) {
          const b = chunk[0] as number;
          const u = bigEndian ? (odd << 8) | b : (b << 8) | odd;
          return [u, offset - 1];
        }
        const a = chunk[k] as number;
        const b = chunk[k + 1] as number;
        return [bigEndian ? (a << 8) | b : (b << 8) | a, offset + k];
      };
      let first = odd !== undefined;
      while (first ? i < chunk.length : i + 1 < chunk.length) {
        const [u, at] = unitAt(i);
        i += first ? 1 : 2;
        first = false;
        odd = undefined;
        const isHigh = u >= 0xd800 && u <= 0xdbff;
        const isLow = u >= 0xdc00 && u <= 0xdfff;
        if (highAt >= 0 && !isLow) return highAt;
        if (highAt < 0 && isLow) return at;
        highAt = isHigh ? at : -1;
      }
      if (i < chunk.length) odd = chunk[i] as number;
      offset += chunk.length;
      return -1;
    },
    end: () => (odd !== undefined ? offset - 1 : highAt),
  };
};

let cp932Tables: { single: Uint8Array; pair: Uint8Array } | undefined;

const isCp932Lead = (b: number): boolean => (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);

/** Which single bytes and which lead+trail pairs iconv-lite decodes to a character. */
const cp932 = (): { single: Uint8Array; pair: Uint8Array } => {
  if (cp932Tables) return cp932Tables;
  const single = new Uint8Array(256);
  const pair = new Uint8Array(65536);
  for (let b = 0; b < 256; b++) {
    if (!isCp932Lead(b)) single[b] = iconv.decode(Buffer.from([b]), 'cp932') === REPLACEMENT ? 0 : 1;
  }
  for (let l = 0x81; l <= 0xfc; l++) {
    if (!isCp932Lead(l)) continue;
    for (let t = 0x40; t <= 0xfc; t++) {
      const s = iconv.decode(Buffer.from([l, t]), 'cp932');
      pair[(l << 8) | t] = s.length === 1 && s !== REPLACEMENT ? 1 : 0;
    }
  }
  cp932Tables = { single, pair };
  return cp932Tables;
};

const createCp932Validator = (): ByteValidator => {
  const { single, pair } = cp932();
  let offset = 0;
  let lead = -1; // a lead byte cut from its trail byte by the chunk boundary
  return {
    check: (chunk) => {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i] as number;
        if (lead >= 0) {
          if (pair[(lead << 8) | b] !== 1) return offset + i - 1;
          lead = -1;
        } else if (isCp932Lead(b)) lead = b;
        else if (single[b] !== 1) return offset + i;
      }
      offset += chunk.length;
      return -1;
    },
    end: () => (lead >= 0 ? offset - 1 : -1),
  };
};

const createSingleByteValidator = (codec: string): ByteValidator => {
  const all = new Uint8Array(256).map((_, b) => b);
  const text = iconv.decode(Buffer.from(all), codec);
  const valid = new Uint8Array(256).map((_, b) => (text[b] === REPLACEMENT ? 0 : 1));
  let offset = 0;
  return {
    check: (chunk) => {
      for (let i = 0; i < chunk.length; i++) if (valid[chunk[i] as number] !== 1) return offset + i;
      offset += chunk.length;
      return -1;
    },
    end: () => -1,
  };
};

export const createByteValidator = (rule: ByteRule, codec: string): ByteValidator => {
  if (rule === 'utf-8') return createUtf8Validator();
  if (rule === 'utf-16le' || rule === 'utf-16be') return createUtf16Validator(rule === 'utf-16be');
  if (rule === 'cp932') return createCp932Validator();
  return createSingleByteValidator(codec);
};
