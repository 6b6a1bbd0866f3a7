/**
 * The documents of selected fact rows (UNPACK_FACT_COLUMNS), read at the byte level. A block is
 * inflated once into one buffer plus its line offsets and kept in a small LRU; a page is then
 * either texts (only the lines asked for are decoded to strings: a filtered page may use a
 * handful of each block's 256 lines) or UTF-8 bytes spliced from the stored lines and the
 * column-held members without decoding anything (list pages, NDJSON and JSON export pages).
 */
import type Database from 'better-sqlite3';
import { blockOf, createBlockCache, indexOf, inflateBlock, lineOf, parseLine, spliceLine, unpackLine, type InflatedBlock } from '../doc-codec.js';
import type { SignIn } from '../../core/model/sign-in-schema.js';
import { unpackView } from './fact-rows.js';
import type { DimensionValues } from './dimensions.js';

type Stored = Readonly<Record<string, unknown>>;

/** How the documents of a byte page are joined: `prefix` before the first, `separator` between, `suffix` after each. */
export interface ByteLayout {
  readonly prefix?: string;
  readonly separator?: string;
  readonly suffix?: string;
}

export interface DocReader {
  texts(stored: readonly Stored[]): string[];
  /** The documents parsed (the stored body parsed, the column-held members set on it). */
  docs(stored: readonly Stored[]): SignIn[];
  bytes(stored: readonly Stored[], layout: ByteLayout): Uint8Array;
}

export const createDocReader = (prepared: (sql: string) => Database.Statement, dimValues: () => DimensionValues): DocReader => {
  const cache = createBlockCache<InflatedBlock>();

  /** Each row's stored line, reading each block once. */
  const linesOf = (stored: readonly Stored[]): Buffer[] => {
    const refs = stored.map((r) => Number(r.doc_ref));
    // Blocks of this call are held here: a page may span more blocks than the LRU keeps, and
    // reading through the cache alone would lose the first ones before they are used.
    const blocks = new Map<number, InflatedBlock>();
    const missing: number[] = [];
    for (const b of new Set(refs.map(blockOf))) {
      const hit = cache.get(b);
      if (hit) blocks.set(b, hit);
      else missing.push(b);
    }
    if (missing.length > 0) {
      const sql = `SELECT block_id, data FROM doc_blocks WHERE block_id IN (${missing.map(() => '?').join(',')})`;
      for (const r of prepared(sql).all(...missing) as { block_id: number; data: Buffer }[]) {
        const block = inflateBlock(r.data);
        cache.set(r.block_id, block);
        blocks.set(r.block_id, block);
      }
    }
    return refs.map((ref) => {
      const block = blocks.get(blockOf(ref));
      const line = block && lineOf(block, indexOf(ref));
      if (line === undefined) throw new Error(`document ${ref} is missing from its block`);
      return line;
    });
  };

  return {
    texts: (stored) => {
      const values = dimValues();
      return linesOf(stored).map((line, i) => unpackLine(line.toString('utf8'), unpackView(stored[i] as Stored, values)));
    },
    docs: (stored) => {
      const values = dimValues();
      return linesOf(stored).map((line, i) => parseLine(line, unpackView(stored[i] as Stored, values)) as SignIn);
    },
    bytes: (stored, layout) => {
      const values = dimValues();
      const pieces: Buffer[] = [];
      const prefix = Buffer.from(layout.prefix ?? '');
      const separator = Buffer.from(layout.separator ?? '');
      const suffix = Buffer.from(layout.suffix ?? '');
      linesOf(stored).forEach((line, i) => {
        pieces.push(i === 0 ? prefix : separator);
        spliceLine(line, unpackView(stored[i] as Stored, values), pieces);
        pieces.push(suffix);
      });
      // A buffer of its own (never Node's shared pool), so it can be transferred between threads.
      const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of pieces) {
        out.set(p, at);
        at += p.length;
      }
      return out;
    },
  };
};
