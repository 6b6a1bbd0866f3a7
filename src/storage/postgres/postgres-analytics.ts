/**
 * The PostgreSQL side of the analytics methods. Reads are the engine-neutral Kysely builders of
 * src/storage/analytics/; writes run on the connection of the caller's transaction:
 * - `addRows` is the store's afterInsert step: the batch's rollup deltas, one
 *   INSERT … SELECT unnest(…) ON CONFLICT per table, keys sorted so concurrent importers lock
 *   rollup rows in the same order;
 * - `prune` goes a day at a time (one transaction each: the rollups lose exactly the rows that
 *   leave), then drops the month partitions left empty;
 * - `rederive` updates rows and rollups by error code in one transaction.
 */
import type pg from 'pg';
import type { Kysely } from 'kysely';
import type { AggregateQuery, AggregateResult, DiagnosisContext, DiagnosisQuery, PruneResult, RederiveResult } from '../../core/analytics/store-types.js';
import type { SignInRow } from '../../core/model/sign-in-row.js';
import type { FilterDialect } from '../filter-sql.js';
import { runAggregate } from '../analytics/aggregate-query.js';
import { runDiagnosisQueries } from '../analytics/diagnosis-query.js';
import { computeRollupDeltas, grainStart } from '../analytics/rollup-deltas.js';
import { GRAIN_MS, ROLLUP_TABLES, rollupProjectSql, rollupSubtractSql, type RollupTable } from '../analytics/rollup-tables.js';
import { DISTINCT_CLASSIFICATIONS_SQL, reclassifications, type StoredClassification } from '../analytics/rederive.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are addressed through the fixed column tables
type AnyDb = Kysely<any>;

const DAY = 86_400_000;

const pgType = (column: string): string => (column === 'created_at' || column === 'n' ? 'bigint' : column === 'error_code' ? 'integer' : 'text');

/** PostgreSQL text cannot hold NUL; copy-rows.ts drops it from the flat columns the same way. */
const clean = (v: string | number): string | number => (typeof v === 'string' && v.includes('\0') ? v.replace(/\0/g, '') : v);

const upsertSql = (t: RollupTable): string =>
  `INSERT INTO ${t.name} AS r (${t.insertColumns.join(', ')})
   SELECT * FROM unnest(${t.insertColumns.map((c, i) => `$${i + 1}::${pgType(c)}[]`).join(', ')})
   ON CONFLICT (${t.keyColumns.join(', ')}) DO UPDATE SET n = r.n + excluded.n`;

export interface PostgresAnalyticsDeps {
  readonly db: AnyDb;
  readonly pool: pg.Pool;
  readonly dialect: FilterDialect;
  /** Drops month partitions that end at or before the cutoff (the store's own partition code). */
  readonly dropPartitionsBefore: (cutoff: Date) => Promise<unknown>;
}

export const createPostgresAnalytics = (deps: PostgresAnalyticsDeps) => {
  const env = { db: deps.db, dialect: deps.dialect };

  const addRows = async (c: pg.PoolClient, rows: readonly SignInRow[]): Promise<void> => {
    for (const d of computeRollupDeltas(rows, 1, true)) {
      const columns = d.table.insertColumns.map((_, i) => d.rows.map((values) => clean(values[i] as string | number)));
      await c.query(upsertSql(d.table), columns);
    }
  };

  const transaction = async <T>(f: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const c = await deps.pool.connect();
    let failed = false;
    try {
      await c.query('BEGIN');
      const out = await f(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      failed = true;
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release(failed);
    }
  };

  const prune = async (cutoff: number): Promise<PruneResult> => {
    let deleted = 0;
    /** The oldest row in [from, cutoff), to skip empty days. */
    const oldest = async (from: number): Promise<number | undefined> => {
      const r = await deps.pool.query<{ lo: number | null }>('SELECT min(created_at) AS lo FROM sign_ins WHERE created_at >= $1 AND created_at < $2', [from, cutoff]);
      const lo = r.rows[0]?.lo;
      return lo === null || lo === undefined ? undefined : Number(lo);
    };
    for (let a = await oldest(Number.MIN_SAFE_INTEGER); a !== undefined; a = await oldest(Math.min(a + DAY, cutoff))) {
      {
        const b = Math.min(a + DAY, cutoff);
        deleted += await transaction(async (c) => {
          await c.query('SET LOCAL statement_timeout = 0');
          for (const t of ROLLUP_TABLES) await c.query(rollupSubtractSql(t, ['$1', '$2']), [a, b]);
          // Groups brought to zero leave the table (a week's row may start days before `a`).
          for (const t of ROLLUP_TABLES) {
            await c.query(`DELETE FROM ${t.name} WHERE created_at >= $1 AND created_at < $2 AND n <= 0`, [grainStart(a, GRAIN_MS[t.grain]), b]);
          }
          await c.query('DELETE FROM sign_in_ids WHERE id IN (SELECT id FROM sign_ins WHERE created_at >= $1 AND created_at < $2)', [a, b]);
          const r = await c.query('DELETE FROM sign_ins WHERE created_at >= $1 AND created_at < $2', [a, b]);
          return r.rowCount ?? 0;
        });
      }
    }
    // Month partitions that ended before the cutoff are empty now.
    await deps.dropPartitionsBefore(new Date(cutoff));
    return { deleted };
  };

  const rederive = async (): Promise<RederiveResult> =>
    transaction(async (c) => {
      await c.query('SET LOCAL statement_timeout = 0');
      const stored = (await c.query<StoredClassification>(DISTINCT_CLASSIFICATIONS_SQL)).rows;
      const changes = reclassifications(stored);
      let updated = 0;
      for (const ch of changes) {
        const r = await c.query('UPDATE sign_ins SET outcome = $1, error_category = $2 WHERE error_code = $3', [ch.outcome, ch.category, ch.code]);
        updated += r.rowCount ?? 0;
        for (const t of ROLLUP_TABLES.filter((x) => x.columns.includes('errorCode'))) {
          await c.query(`UPDATE ${t.name} SET outcome = $1, error_category = $2 WHERE error_code = $3`, [ch.outcome, ch.category, ch.code]);
        }
      }
      // Narrow tables without the code are projections: refilled from their updated sources.
      if (changes.length > 0) {
        for (const t of ROLLUP_TABLES.filter((x) => !x.columns.includes('errorCode'))) {
          await c.query(`DELETE FROM ${t.name}`);
          await c.query(rollupProjectSql(t));
        }
      }
      return { updated, codes: changes.map((x) => x.code) };
    });

  return {
    addRows,
    aggregate: (q: AggregateQuery): Promise<AggregateResult> => runAggregate(env, q),
    diagnosisContext: (q: DiagnosisQuery): Promise<DiagnosisContext> => runDiagnosisQueries(env, q),
    prune,
    rederive,
  };
};
