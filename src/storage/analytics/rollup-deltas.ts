/**
 * The changes a batch of stored (or removed) rows makes to every rollup table, computed in
 * memory so each engine applies them with a few statements per batch inside the transaction
 * that stores the rows. Deltas are sorted by key: concurrent writers touch rollup rows in the
 * same order and cannot deadlock on PostgreSQL.
 */
import type { SignInRow } from '../../core/model/sign-in-row.js';
import { GRAIN_MS, ROLLUP_TABLES, type RollupTable } from './rollup-tables.js';

/** Values in `table.insertColumns` order (created_at, columns..., n). */
export type RollupValues = (string | number)[];

export interface RollupDelta {
  readonly table: RollupTable;
  /** Sorted by key. */
  readonly rows: readonly RollupValues[];
}

const SEP = '\u0001';

/** Start of the grain holding `t` (floor, also before 1970). */
export const grainStart = (t: number, ms: number): number => t - (((t % ms) + ms) % ms);

/**
 * Sums `sign` × each row into every table. `sign` is -1 for rows being removed.
 */
export const computeRollupDeltas = (rows: readonly SignInRow[], sign: 1 | -1 = 1): RollupDelta[] => {
  const maps = ROLLUP_TABLES.map(() => new Map<string, RollupValues>());
  for (const r of rows) {
    const failed = r.outcome !== 'success';
    for (let i = 0; i < ROLLUP_TABLES.length; i++) {
      const t = ROLLUP_TABLES[i] as RollupTable;
      if (t.dimension.failuresOnly && !failed) continue;
      const start = grainStart(r.createdAt, GRAIN_MS[t.grain]);
      const dim = t.dimension.column ? (r[t.dimension.column] as string | null) ?? '' : '';
      const key = `${start}${SEP}${r.signInType}${SEP}${r.errorCode}${SEP}${dim}`;
      const map = maps[i] as Map<string, RollupValues>;
      const hit = map.get(key);
      if (hit) {
        hit[hit.length - 1] = (hit[hit.length - 1] as number) + sign;
        continue;
      }
      const values: RollupValues = [start];
      for (const c of t.columns) {
        const v = r[c];
        values.push(c === t.dimension.column ? ((v as string | null) ?? '') : (v as string | number));
      }
      values.push(sign);
      map.set(key, values);
    }
  }
  return ROLLUP_TABLES.map((table, i) => {
    const map = maps[i] as Map<string, RollupValues>;
    const keys = [...map.keys()].sort();
    return { table, rows: keys.map((k) => map.get(k) as RollupValues) };
  }).filter((d) => d.rows.length > 0);
};
