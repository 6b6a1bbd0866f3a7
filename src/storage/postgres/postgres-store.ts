/**
 * The PostgreSQL engine: a pooled `pg` connection, Kysely (PostgresDialect) for reads, and a
 * COPY-based bulk write path. Schema and its reasons: migrations.ts, docs/postgres.md,
 * docs/scaling.md.
 *
 * Upsert, one transaction per batch: the batch is de-duplicated by id in memory (first copy
 * wins), COPYed into a session-local staging table, then
 *   1. ids are claimed in `sign_in_ids` (ON CONFLICT DO NOTHING): an id already stored, with
 *      the same or a different createdDateTime, is a duplicate; concurrent importers of the
 *      same id serialise on that unique index, and exactly one wins;
 *   2. only the claimed rows are inserted into the partitioned `sign_ins`.
 */
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect, sql, type Expression, type SqlBool } from 'kysely';
import type {
  CountResult, KeysetPosition, ListPage, ListQuery, SignInStore, StoreSummary, UpsertResult,
} from '../../core/ports.js';
import type { PreparedSignIn } from '../../core/model/sign-in-row.js';
import type { SignIn } from '../../core/model/sign-in-schema.js';
import type { FilterNode } from '../../core/query/ast.js';
import { countCapped, summarizeSignIns } from '../summary-sql.js';
import { compileWhere, type FilterDialect } from '../filter-sql.js';
import { COPY_SQL, copyChunks, STAGING, uniqueById, UPSERT_SQL } from './copy-rows.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { dropMonthsBefore, ensureMonths, isPartitionable, listMonths, monthsAround, monthStart } from './partitions.js';
import { createPostgresCheckpointStore, createPostgresTokenStore } from './postgres-tokens.js';
import { createPostgresOutboxStore } from './postgres-outbox.js';
import { createAlertStore } from '../alert-store.js';
import { createPostgresAnalytics } from './postgres-analytics.js';
import { exportPages } from '../analytics/export-pages.js';
import { runEntityFacts, runEntitySpan } from '../analytics/entity-query.js';
import { collectEntityPoints } from '../../core/entities/collect-entity-points.js';

const dialect: FilterDialect = { ilike: 'ilike', bool: (b) => b };

export interface PostgresStoreOptions {
  /** Pool size (default 10). */
  readonly poolSize?: number;
  /** Per-statement limit in ms (default 60 s); 0 turns it off. Migrations and DDL run without it. */
  readonly statementTimeoutMs?: number;
  /** Shown in pg_stat_activity (default `signin-report`; `?application_name=` in the URL wins). */
  readonly applicationName?: string;
  /** Months of partitions kept ready after the current one (default 3). */
  readonly monthsAhead?: number;
  /** Where errors of idle pooled connections go (default: dropped; the next query reports). */
  readonly onPoolError?: (e: Error) => void;
  readonly now?: () => Date;
  /**
   * Runs inside each batch's transaction after the insert, with the records that were really
   * stored (not the duplicates): the place for work that must commit with the rows, such as
   * rollup counts. `c` is the transaction's connection.
   */
  readonly afterInsert?: (c: pg.PoolClient, stored: readonly PreparedSignIn[]) => Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are addressed through SQL_COLUMNS, not a typed schema
type AnyDb = Kysely<any>;

export interface PostgresStore extends SignInStore {
  readonly engine: 'postgres';
  /** For engine-neutral Kysely in other storage modules (aggregations, prune). */
  readonly db: AnyDb;
  readonly pool: pg.Pool;
  /** Creates this month's partition and `monthsAhead` more; returns the names created. */
  ensurePartitions(now: Date): Promise<string[]>;
  /** Drops month partitions that end at or before `cutoff`; returns the names dropped. */
  dropPartitionsBefore(cutoff: Date): Promise<string[]>;
}

/** int8 (count(*), created_at) as a JS number: epoch ms and capped counts fit in 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

interface DocRow {
  id: string;
  created_at: number;
  doc: SignIn | null;
  doc_raw: Buffer | null;
}

const toDoc = (r: DocRow): SignIn => r.doc ?? (JSON.parse(r.doc_raw?.toString('utf8') ?? 'null') as SignIn);

export const createPostgresStore = async (url: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> => {
  const now = opts.now ?? (() => new Date());
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    statement_timeout: opts.statementTimeoutMs ?? 60_000,
    application_name: opts.applicationName ?? 'signin-report',
    idleTimeoutMillis: 30_000,
    types,
  });
  // An idle client's error (server restart, network) must not crash the process.
  pool.on('error', (e) => opts.onPoolError?.(e));
  const k: AnyDb = new Kysely({ dialect: new PostgresDialect({ pool }) });
  const analytics = createPostgresAnalytics({ db: k, pool, dialect, dropPartitionsBefore: (cutoff) => store.dropPartitionsBefore(cutoff) });
  /** Month partitions known to exist (refreshed on a miss). */
  let months: Set<number> | undefined;

  const withClient = async <T>(f: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const c = await pool.connect();
    let failed = false;
    try {
      return await f(c);
    } catch (e) {
      failed = true;
      throw e;
    } finally {
      // A client that failed mid-transaction or mid-COPY is discarded, not reused.
      c.release(failed);
    }
  };

  const migrate = async (): Promise<void> => {
    await withClient(async (c) => {
      await c.query('BEGIN');
      try {
        await c.query('SET LOCAL statement_timeout = 0');
        // Several processes may start at once: one migrates, the others wait and find it done.
        await c.query("SELECT pg_advisory_xact_lock(hashtext('signin-report:migrate'))");
        await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
        const applied = new Set((await c.query<{ id: number }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
        for (const m of POSTGRES_MIGRATIONS) {
          if (applied.has(m.id)) continue;
          if (m.sql.trim()) await c.query(m.sql);
          await c.query('INSERT INTO schema_migrations (id, name, applied_at) VALUES ($1, $2, $3)', [m.id, m.name, new Date().toISOString()]);
        }
        await c.query('COMMIT');
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    });
    await ensurePartitions(now());
  };

  const createMonths = async (starts: Iterable<number>): Promise<string[]> =>
    withClient(async (c) => {
      const created = await ensureMonths(c, starts);
      months = new Set(await listMonths(c));
      return created;
    });

  const ensurePartitions = async (at: Date): Promise<string[]> => createMonths(monthsAround(at.getTime(), opts.monthsAhead ?? 3));

  const ensureMonthsFor = async (batch: readonly PreparedSignIn[]): Promise<void> => {
    months ??= new Set(await withClient(listMonths));
    const t = now().getTime();
    const missing = new Set<number>();
    for (const p of batch) {
      const s = monthStart(p.row.createdAt);
      if (!months.has(s) && isPartitionable(s, t)) missing.add(s);
    }
    if (missing.size > 0) await createMonths(missing);
  };

  const upsert = async (batch: readonly PreparedSignIn[]): Promise<UpsertResult> => {
    if (batch.length === 0) return { inserted: 0, duplicates: 0 };
    const unique = uniqueById(batch);
    await ensureMonthsFor(unique);
    const inserted = await withClient(async (c) => {
      // The staging table lives for one transaction (ON COMMIT DROP), so nothing depends on
      // session state and a transaction-mode pooler (PgBouncer) in between is fine. The
      // document stays text here: it is parsed to jsonb only for rows that are new, so
      // re-imports of known ids skip the parse; below 8 KB (toast_tuple_target) it is neither
      // compressed nor moved out of line, as this copy is thrown away at commit.
      await c.query(`BEGIN;
        CREATE TEMP TABLE ${STAGING} (LIKE sign_ins) WITH (toast_tuple_target = 8160) ON COMMIT DROP;
        ALTER TABLE ${STAGING} ALTER COLUMN doc TYPE text, ALTER COLUMN doc SET STORAGE EXTERNAL`);
      try {
        await pipeline(Readable.from(copyChunks(unique)), c.query(copyFrom(COPY_SQL)));
        // The staging table has no statistics, and the planner's guess is a merge join that
        // sorts the wide staging rows; hashing the narrow claimed ids is cheaper (~20 %).
        await c.query('SET LOCAL enable_mergejoin = off');
        const r = await c.query<{ id: string }>(UPSERT_SQL);
        if (r.rows.length > 0) {
          const ids = new Set(r.rows.map((x) => x.id));
          const stored = unique.filter((p) => ids.has(p.row.id));
          // Rollup counts commit with the rows (src/storage/analytics/rollup-tables.ts).
          await analytics.addRows(c, stored.map((p) => p.row));
          if (opts.afterInsert) await opts.afterInsert(c, stored);
        }
        await c.query('COMMIT');
        return r.rows.length;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    });
    return { inserted, duplicates: batch.length - inserted };
  };

  const where = (filter: FilterNode | undefined) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see AnyDb
    (eb: any): Expression<SqlBool> => compileWhere(filter, eb, dialect);

  /** A row comparison, so the (created_at, id) primary key serves it as one index range. */
  const keyset = (after: KeysetPosition | undefined, order: 'asc' | 'desc'): Expression<SqlBool> =>
    after
      ? sql<SqlBool>`(created_at, id) ${sql.raw(order === 'desc' ? '<' : '>')} (${after.createdAt}::bigint, ${after.id}::text)`
      : sql<SqlBool>`true`;

  const list = async (q: ListQuery): Promise<ListPage> => {
    const rows = (await k
      .selectFrom('sign_ins')
      .select(['id', 'created_at', 'doc', 'doc_raw'])
      .where(where(q.filter))
      .where(keyset(q.after, q.order))
      .orderBy('created_at', q.order)
      .orderBy('id', q.order)
      .limit(q.top + 1)
      .execute()) as DocRow[];
    const more = rows.length > q.top;
    const page = more ? rows.slice(0, q.top) : rows;
    const last = page[page.length - 1];
    return { items: page.map(toDoc), next: more && last ? { createdAt: Number(last.created_at), id: last.id } : undefined };
  };

  const get = async (id: string): Promise<SignIn | undefined> => {
    // created_at from sign_in_ids lets the executor prune to one partition.
    const r = (await k
      .selectFrom('sign_ins')
      .select(['id', 'created_at', 'doc', 'doc_raw'])
      .where('id', '=', id)
      .where('created_at', '=', k.selectFrom('sign_in_ids').select('created_at').where('id', '=', id))
      .executeTakeFirst()) as DocRow | undefined;
    return r ? toDoc(r) : undefined;
  };

  const count = (filter: FilterNode | undefined, cap: number): Promise<CountResult> => countCapped(k, where(filter), cap);

  const summarize = (filter?: FilterNode, options?: { readonly topCodes?: number }): Promise<StoreSummary> =>
    summarizeSignIns(k, where(filter), options?.topCodes);

  let closed = false;
  const store: PostgresStore = {
    engine: 'postgres',
    db: k,
    pool,
    migrate,
    upsert,
    get,
    list,
    count,
    summarize,
    ensurePartitions,
    dropPartitionsBefore: async (cutoff) =>
      withClient(async (c) => {
        const dropped = await dropMonthsBefore(c, cutoff.getTime());
        months = new Set(await listMonths(c));
        return dropped;
      }),
    aggregate: (q) => analytics.aggregate(q),
    diagnosisContext: (q) => analytics.diagnosisContext(q),
    entityFacts: (q) => runEntityFacts(k, q),
    entitySpan: (ref) => runEntitySpan(k, ref),
    entityPoints: (q) => collectEntityPoints({ list }, q),
    exportRows: (filter, options) => exportPages(list, filter, options),
    prune: (cutoff) => analytics.prune(cutoff),
    rederive: () => analytics.rederive(),
    ...createPostgresTokenStore(k),
    ...createPostgresCheckpointStore(k),
    ...createPostgresOutboxStore(pool),
    ...createAlertStore(k, 'postgres'),
    close: async () => {
      if (closed) return;
      closed = true;
      // Kysely ends the pool only if it ever used it; raw-client paths (migrate, COPY) may be all
      // that ran, and a pool left open keeps the process alive until its idle timeout.
      await k.destroy();
      if (!pool.ending) await pool.end();
    },
  };
  return store;
};
