/**
 * The changes a batch of stored (or removed) rows makes to every rollup table, computed in
 * memory so each engine applies them with a few statements per batch inside the transaction
 * that stores the rows. This runs for every imported row, so it is written for speed: one key
 * prefix per row and grain, one map lookup per table.
 */
import type { SignInRow } from '../../core/model/sign-in-row.js';
import { DAY_MS, HOUR_MS } from '../../core/analytics/time-zone.js';
import { BASE_COLUMNS, ROLLUP_TABLES, type RollupTable } from './rollup-tables.js';

/** Values in `table.insertColumns` order (created_at, columns..., n). */
export type RollupValues = (string | number)[];

export interface RollupDelta {
  readonly table: RollupTable;
  readonly rows: readonly RollupValues[];
}

const SEP = '\u0001';

/** Start of the grain holding `t` (floor, also before 1970). */
export const grainStart = (t: number, ms: number): number => t - (((t % ms) + ms) % ms);

// The value layout below must follow insertColumns: created_at, BASE_COLUMNS, [dimension], n.
if (BASE_COLUMNS.join() !== 'signInType,errorCode,outcome,errorCategory') throw new Error('rollup-deltas.ts: BASE_COLUMNS changed');

interface Spec {
  readonly day: boolean;
  readonly column: keyof SignInRow | undefined;
  readonly failuresOnly: boolean;
  readonly nIndex: number;
}

const SPECS: readonly Spec[] = ROLLUP_TABLES.map((t) => ({
  day: t.grain === 'day',
  column: t.dimension.column,
  failuresOnly: t.dimension.failuresOnly,
  nIndex: t.insertColumns.length - 1,
}));

/**
 * Sums `sign` × each row into every table (`sign` = -1 for rows being removed). With `sorted`,
 * each table's deltas are in key order, so concurrent PostgreSQL writers lock rollup rows in the
 * same order and cannot deadlock; SQLite has one writer and skips the sort.
 */
export const computeRollupDeltas = (rows: readonly SignInRow[], sign: 1 | -1 = 1, sorted = false): RollupDelta[] => {
  // Two-level maps (key prefix, then the dimension's value): both lookups reuse the hash V8
  // caches on a string, where a concatenated key per table would be built and hashed anew.
  const maps = SPECS.map(() => new Map<string, Map<string, RollupValues>>());
  for (const r of rows) {
    const failed = r.outcome !== 'success';
    const hour = grainStart(r.createdAt, HOUR_MS);
    const day = grainStart(r.createdAt, DAY_MS);
    const tail = `${SEP}${r.signInType}${SEP}${r.errorCode}`;
    const hourKey = `${hour}${tail}`;
    const dayKey = `${day}${tail}`;
    for (let i = 0; i < SPECS.length; i++) {
      const spec = SPECS[i] as Spec;
      if (spec.failuresOnly && !failed) continue;
      const map = maps[i] as Map<string, Map<string, RollupValues>>;
      const prefix = spec.day ? dayKey : hourKey;
      let inner = map.get(prefix);
      if (inner === undefined) map.set(prefix, (inner = new Map()));
      const dim = spec.column === undefined ? '' : ((r[spec.column] as string | null) ?? '');
      const hit = inner.get(dim);
      if (hit !== undefined) hit[spec.nIndex] = (hit[spec.nIndex] as number) + sign;
      else {
        const start = spec.day ? day : hour;
        inner.set(dim, spec.column === undefined ? [start, r.signInType, r.errorCode, r.outcome, r.errorCategory, sign] : [start, r.signInType, r.errorCode, r.outcome, r.errorCategory, dim, sign]);
      }
    }
  }
  const out: RollupDelta[] = [];
  for (let i = 0; i < SPECS.length; i++) {
    const map = maps[i] as Map<string, Map<string, RollupValues>>;
    if (map.size === 0) continue;
    const rowsOut: RollupValues[] = [];
    const prefixes = sorted ? [...map.keys()].sort() : map.keys();
    for (const p of prefixes) {
      const inner = map.get(p) as Map<string, RollupValues>;
      const dims = sorted ? [...inner.keys()].sort() : inner.keys();
      for (const d of dims) rowsOut.push(inner.get(d) as RollupValues);
    }
    out.push({ table: ROLLUP_TABLES[i] as RollupTable, rows: rowsOut });
  }
  return out;
};
