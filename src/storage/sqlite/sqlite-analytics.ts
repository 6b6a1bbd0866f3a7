/**
 * The SQLite side of the analytics methods: rollup maintenance inside the store's write
 * transactions (better-sqlite3, synchronous), chunked prune with document-block cleanup, and
 * re-derivation. Reads (aggregate, diagnosis) are the engine-neutral Kysely builders of
 * src/storage/analytics/.
 */
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { AggregateQuery, AggregateResult, DiagnosisContext, DiagnosisQuery, PruneResult, RederiveResult } from '../../core/analytics/store-types.js';
import type { SignInRow } from '../../core/model/sign-in-row.js';
import { SQL_COLUMNS } from '../columns.js';
import type { FilterDialect } from '../filter-sql.js';
import { BLOCK_SIZE, blockOf, decodeBlock, encodeBlock, indexOf } from '../doc-codec.js';
import { runAggregate } from '../analytics/aggregate-query.js';
import { runDiagnosisQueries } from '../analytics/diagnosis-query.js';
import { computeRollupDeltas, type RollupDelta } from '../analytics/rollup-deltas.js';
import { ROLLUP_ROW_COLUMNS, ROLLUP_TABLES, rollupProjectSql, type RollupTable } from '../analytics/rollup-tables.js';
import { enumCode } from './fact-schema.js';
import { DISTINCT_CLASSIFICATIONS_SQL, reclassifications, type StoredClassification } from '../analytics/rederive.js';

/** Rows removed per prune transaction: other writers get the lock between chunks. */
const PRUNE_CHUNK = 5000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are addressed through the fixed column tables
type AnyDb = Kysely<any>;

export interface SqliteAnalytics {
  /** Adds stored rows to the rollups; call inside the transaction that inserted them. */
  addRows(rows: readonly SignInRow[]): void;
  aggregate(q: AggregateQuery): Promise<AggregateResult>;
  diagnosisContext(q: DiagnosisQuery): Promise<DiagnosisContext>;
  prune(cutoff: number): Promise<PruneResult>;
  rederive(): Promise<RederiveResult>;
}

const ROW_SELECT = ['rk', 'doc_ref', ...ROLLUP_ROW_COLUMNS.map((c) => SQL_COLUMNS[c])].join(', ');

const rowFrom = (r: Record<string, unknown>): SignInRow => {
  const out: Record<string, unknown> = {};
  for (const c of ROLLUP_ROW_COLUMNS) out[c] = r[SQL_COLUMNS[c]];
  return out as unknown as SignInRow;
};

export const createSqliteAnalytics = (db: Database.Database, k: AnyDb, dialect: FilterDialect): SqliteAnalytics => {
  const env = { db: k, dialect };
  /** Delta rows per upsert statement: one native call per chunk instead of per row. */
  const CHUNK = 64;
  const upserts = new Map<string, Database.Statement>();
  const upsertOf = (t: RollupTable, rows: number): Database.Statement => {
    const key = `${t.name}/${rows}`;
    let s = upserts.get(key);
    if (!s) {
      const tuple = `(${t.insertColumns.map(() => '?').join(', ')})`;
      s = db.prepare(
        `INSERT INTO ${t.name} (${t.insertColumns.join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}
         ON CONFLICT (${t.keyColumns.join(', ')}) DO UPDATE SET n = n + excluded.n`,
      );
      upserts.set(key, s);
    }
    return s;
  };

  const applyDeltas = (deltas: readonly RollupDelta[]): void => {
    for (const d of deltas) {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      let negative = false;
      for (const values of d.rows) {
        const start = values[0] as number;
        if (start < lo) lo = start;
        if (start > hi) hi = start;
        if ((values[values.length - 1] as number) < 0) negative = true;
      }
      const whole = d.rows.length - (d.rows.length % CHUNK);
      for (let i = 0; i < whole; i += CHUNK) upsertOf(d.table, CHUNK).run(d.rows.slice(i, i + CHUNK).flat());
      const single = upsertOf(d.table, 1);
      for (let i = whole; i < d.rows.length; i++) single.run(d.rows[i]);
      // Removing rows can bring a group to zero: it leaves the table.
      if (negative) db.prepare(`DELETE FROM ${d.table.name} WHERE created_at >= ? AND created_at <= ? AND n <= 0`).run(lo, hi);
    }
  };

  const addRows = (rows: readonly SignInRow[]): void => {
    if (rows.length > 0) applyDeltas(computeRollupDeltas(rows, 1));
  };

  /**
   * One chunk: the oldest rows before the cutoff leave the table, their counts leave the
   * rollups, and their documents leave the blocks (a block still holding live documents is
   * rewritten with the removed ones blanked, so pruned personal data does not linger).
   */
  const pruneChunk = db.transaction((cutoff: number): number => {
    const rows = db
      .prepare(`SELECT ${ROW_SELECT} FROM sign_ins WHERE created_at < ? ORDER BY created_at LIMIT ${PRUNE_CHUNK}`)
      .all(cutoff) as Record<string, unknown>[];
    if (rows.length === 0) return 0;
    applyDeltas(computeRollupDeltas(rows.map(rowFrom), -1));
    const del = db.prepare('DELETE FROM sign_in_facts WHERE rk = ?');
    const blocks = new Map<number, { lo: number; hi: number }>();
    for (const r of rows) {
      const rk = Number(r.rk);
      del.run(rk);
      const b = blockOf(Number(r.doc_ref));
      const seen = blocks.get(b);
      blocks.set(b, seen ? { lo: Math.min(seen.lo, rk), hi: Math.max(seen.hi, rk) } : { lo: rk, hi: rk });
    }
    // Rows of one block were inserted one after another in one transaction: their rk values lie
    // within BLOCK_SIZE of each other, so the survivors of a block are found by rk alone.
    const near = db.prepare('SELECT doc_ref FROM sign_in_facts WHERE rk BETWEEN ? AND ?');
    const maxBlock = (db.prepare('SELECT max(block_id) AS m FROM doc_blocks').get() as { m: number | null }).m ?? -1;
    const read = db.prepare('SELECT data FROM doc_blocks WHERE block_id = ?');
    const write = db.prepare('UPDATE doc_blocks SET data = ? WHERE block_id = ?');
    const drop = db.prepare('DELETE FROM doc_blocks WHERE block_id = ?');
    for (const [b, { lo, hi }] of blocks) {
      const live = new Set(
        (near.all(lo - BLOCK_SIZE, hi + BLOCK_SIZE) as { doc_ref: number }[]).map((r) => Number(r.doc_ref)).filter((ref) => blockOf(ref) === b).map(indexOf),
      );
      // The newest block is blanked rather than deleted: a deleted max id would be handed out
      // again, and another process's block cache could serve the old content under it.
      if (live.size === 0 && b !== maxBlock) {
        drop.run(b);
        continue;
      }
      const blob = read.get(b) as { data: Buffer } | undefined;
      if (!blob || blob.data.length === 0) continue;
      const lines = decodeBlock(blob.data).map((line, i) => (live.has(i) ? line : ''));
      write.run(encodeBlock(lines), b);
    }
    return rows.length;
  });

  const prune = async (cutoff: number): Promise<PruneResult> => {
    let deleted = 0;
    for (;;) {
      const n = pruneChunk.immediate(cutoff);
      deleted += n;
      if (n < PRUNE_CHUNK) break;
      // Let other work (HTTP requests on this connection's event loop) run between chunks.
      await new Promise((r) => setImmediate(r));
    }
    return { deleted };
  };

  const rederive = async (): Promise<RederiveResult> => {
    const run = db.transaction((): RederiveResult => {
      const changes = reclassifications(db.prepare(DISTINCT_CLASSIFICATIONS_SQL).all() as StoredClassification[]);
      let updated = 0;
      const rowsStmt = db.prepare('UPDATE sign_in_facts SET outcome = ?, error_category = ? WHERE error_code = ?');
      for (const c of changes) {
        // The fact table keeps enums as small integers (fact-schema.ts).
        updated += rowsStmt.run(enumCode('outcome', c.outcome), enumCode('errorCategory', c.category), c.code).changes;
        for (const t of ROLLUP_TABLES.filter((x) => x.columns.includes('errorCode'))) {
          db.prepare(`UPDATE ${t.name} SET outcome = ?, error_category = ? WHERE error_code = ?`).run(c.outcome, c.category, c.code);
        }
      }
      // Narrow tables without the code are projections: refilled from their updated sources.
      if (changes.length > 0) {
        for (const t of ROLLUP_TABLES.filter((x) => !x.columns.includes('errorCode'))) {
          db.prepare(`DELETE FROM ${t.name}`).run();
          db.exec(rollupProjectSql(t));
        }
      }
      return { updated, codes: changes.map((c) => c.code) };
    });
    return run.immediate();
  };

  return {
    addRows,
    aggregate: (q) => runAggregate(env, q),
    diagnosisContext: (q) => runDiagnosisQueries(env, q),
    prune,
    rederive,
  };
};

