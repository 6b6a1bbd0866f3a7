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

const VERSION = 2;
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
  if (buf[0] !== VERSION) throw new Error(`unknown document block version ${String(buf[0])}`);
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
