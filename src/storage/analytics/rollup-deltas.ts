/**
 * The changes a batch of stored (or removed) rows makes to every rollup table, computed in
 * memory so each engine applies them with a few statements per batch inside the transaction
 * that stores the rows. This runs for every imported row, so it is written for speed: per row,
 * one key prefix per distinct (grain, key columns) shape, then one two-level map lookup per
 * table (prefix, then the dimension's value) — both reuse the hash V8 caches on a string.
 */
import type { SignInRow } from '../../core/model/sign-in-row.js';
import { SQL_COLUMNS } from '../columns.js';
import { GRAIN_MS, ROLLUP_TABLES, type RollupTable } from './rollup-tables.js';

/** Values in `table.insertColumns` order (created_at, columns..., n). */
export type RollupValues = (string | number)[];

export interface RollupDelta {
  readonly table: RollupTable;
  readonly rows: readonly RollupValues[];
}

const SEP = '\u0001';

/** Start of the grain holding `t` (floor, also before 1970). */
export const grainStart = (t: number, ms: number): number => t - (((t % ms) + ms) % ms);

const LOGICAL = new Map<string, keyof SignInRow>(Object.entries(SQL_COLUMNS).map(([k, v]) => [v, k as keyof SignInRow]));

interface Shape {
  readonly grainMs: number;
  readonly columns: readonly (keyof SignInRow)[];
}

interface Spec {
  readonly shape: number;
  readonly columns: readonly (keyof SignInRow)[];
  readonly dimension: keyof SignInRow | undefined;
  readonly failuresOnly: boolean;
  readonly nIndex: number;
}

const shapes: Shape[] = [];
const SPECS: readonly Spec[] = ROLLUP_TABLES.map((t) => {
  const dimension = t.dimension.column;
  const prefix = t.keyColumns.slice(1).map((c) => LOGICAL.get(c) as keyof SignInRow).filter((c) => c !== dimension);
  const grainMs = GRAIN_MS[t.grain];
  let shape = shapes.findIndex((x) => x.grainMs === grainMs && x.columns.join() === prefix.join());
  if (shape < 0) shape = shapes.push({ grainMs, columns: prefix }) - 1;
  return { shape, columns: t.columns, dimension, failuresOnly: t.dimension.failuresOnly, nIndex: t.insertColumns.length - 1 };
});

/**
 * Sums `sign` × each row into every table (`sign` = -1 for rows being removed). With `sorted`,
 * each table's deltas are in key order, so concurrent PostgreSQL writers lock rollup rows in the
 * same order and cannot deadlock; SQLite has one writer and skips the sort.
 */
export const computeRollupDeltas = (rows: readonly SignInRow[], sign: 1 | -1 = 1, sorted = false): RollupDelta[] => {
  const maps = SPECS.map(() => new Map<string, Map<string, RollupValues>>());
  const starts: number[] = new Array(shapes.length).fill(0);
  const prefixes: string[] = new Array(shapes.length).fill('');
  for (const r of rows) {
    const failed = r.outcome !== 'success';
    for (let s = 0; s < shapes.length; s++) {
      const shape = shapes[s] as Shape;
      const start = grainStart(r.createdAt, shape.grainMs);
      let p = String(start);
      for (const c of shape.columns) p += SEP + String(r[c]);
      starts[s] = start;
      prefixes[s] = p;
    }
    for (let i = 0; i < SPECS.length; i++) {
      const spec = SPECS[i] as Spec;
      if (spec.failuresOnly && !failed) continue;
      const map = maps[i] as Map<string, Map<string, RollupValues>>;
      const prefix = prefixes[spec.shape] as string;
      let inner = map.get(prefix);
      if (inner === undefined) map.set(prefix, (inner = new Map()));
      const dim = spec.dimension === undefined ? '' : ((r[spec.dimension] as string | null) ?? '');
      const hit = inner.get(dim);
      if (hit !== undefined) {
        hit[spec.nIndex] = (hit[spec.nIndex] as number) + sign;
        continue;
      }
      const values: RollupValues = [starts[spec.shape] as number];
      for (const c of spec.columns) values.push(c === spec.dimension ? dim : (r[c] as string | number));
      values.push(sign);
      inner.set(dim, values);
    }
  }
  const out: RollupDelta[] = [];
  for (let i = 0; i < SPECS.length; i++) {
    const map = maps[i] as Map<string, Map<string, RollupValues>>;
    if (map.size === 0) continue;
    const rowsOut: RollupValues[] = [];
    const keys = sorted ? [...map.keys()].sort() : map.keys();
    for (const p of keys) {
      const inner = map.get(p) as Map<string, RollupValues>;
      const dims = sorted ? [...inner.keys()].sort() : inner.keys();
      for (const d of dims) rowsOut.push(inner.get(d) as RollupValues);
    }
    out.push({ table: ROLLUP_TABLES[i] as RollupTable, rows: rowsOut });
  }
  return out;
};
