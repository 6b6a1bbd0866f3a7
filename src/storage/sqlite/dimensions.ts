/**
 * Dimension keys, both ways. Writing: each dimension's value tuples map to integer keys through
 * an in-memory trie (one Map level per column: exact for any text, no key strings to build), so
 * a batch costs a few Map lookups per row; a miss looks the tuple up in the table, and inserts
 * it when new, inside the caller's write transaction. Reading: key → values, cached.
 * Dimension rows are never changed or deleted, so a cached key can never go stale; after a
 * rolled-back transaction the write caches are dropped (they may name rows that were undone).
 */
import type Database from 'better-sqlite3';
import type { SignInRow } from '../../core/model/sign-in-row.js';
import { SQL_COLUMNS } from '../columns.js';
import { DIMENSIONS, type Dimension } from './fact-schema.js';

type Value = string | number | boolean | null;
type Trie = Map<Value, Trie | number>;

/**
 * Tuples cached per dimension on the write path before its cache starts over: keeps an import's
 * memory flat when a dimension (IP addresses) keeps growing with the store. A miss costs one
 * indexed lookup.
 */
const WRITE_CACHE_LIMIT = 100_000;

export interface DimensionKeys {
  /** Writes the key of every dimension for `row`, in DIMENSIONS order, into `out` from `offset`; inserts new tuples. */
  keysInto(row: SignInRow, out: unknown[], offset: number): void;
  /** Forget cached keys (after a rollback). */
  reset(): void;
}

export const createDimensionKeys = (db: Database.Database): DimensionKeys => {
  const per = DIMENSIONS.map((d) => {
    const cols = d.columns.map((c) => SQL_COLUMNS[c]);
    return {
      d,
      trie: new Map() as Trie,
      size: 0,
      find: db.prepare(`SELECT k FROM ${d.table} WHERE ${cols.map((c) => `${c} IS ?`).join(' AND ')}`).pluck(),
      insert: db.prepare(`INSERT INTO ${d.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`),
    };
  });
  const resolve = (p: (typeof per)[number], row: SignInRow): number => {
    let node = p.trie;
    const cols = p.d.columns;
    const last = cols.length - 1;
    for (let i = 0; i < last; i++) {
      const v = row[cols[i] as keyof SignInRow] as Value;
      let next = node.get(v) as Trie | undefined;
      if (next === undefined) node.set(v, (next = new Map()));
      node = next;
    }
    const leaf = row[cols[last] as keyof SignInRow] as Value;
    const hit = node.get(leaf) as number | undefined;
    if (hit !== undefined) return hit;
    const values = cols.map((c) => row[c]);
    const found = p.find.get(values) as number | undefined;
    const k = found ?? Number(p.insert.run(values).lastInsertRowid);
    if (++p.size > WRITE_CACHE_LIMIT) {
      p.trie = new Map();
      p.size = 0;
    } else node.set(leaf, k);
    return k;
  };
  return {
    keysInto: (row, out, offset) => {
      for (let i = 0; i < per.length; i++) out[offset + i] = resolve(per[i] as (typeof per)[number], row);
    },
    reset: () => {
      for (const p of per) {
        p.trie = new Map();
        p.size = 0;
      }
    },
  };
};

export interface DimensionValues {
  /** The logical values of dimension `d` for key `k` (cached). */
  valuesOf(d: Dimension, k: number): readonly Value[];
}

/** Entries kept per dimension before the read cache starts over (bounds memory on huge dimensions). */
const READ_CACHE_LIMIT = 200_000;

export const createDimensionValues = (db: Database.Database): DimensionValues => {
  const caches = new Map<Dimension, { map: Map<number, Value[]>; get: Database.Statement }>();
  for (const d of DIMENSIONS) {
    const cols = d.columns.map((c) => SQL_COLUMNS[c]);
    caches.set(d, { map: new Map(), get: db.prepare(`SELECT ${cols.join(', ')} FROM ${d.table} WHERE k = ?`).raw() });
  }
  return {
    valuesOf: (d, k) => {
      const c = caches.get(d) as { map: Map<number, Value[]>; get: Database.Statement };
      const hit = c.map.get(k);
      if (hit) return hit;
      const row = c.get.get(k) as Value[] | undefined;
      if (!row) throw new Error(`dimension ${d.table} has no key ${k}`);
      if (c.map.size >= READ_CACHE_LIMIT) c.map.clear();
      c.map.set(k, row);
      return row;
    },
  };
};
