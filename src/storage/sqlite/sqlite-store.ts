/**
 * The SQLite engine: one file, WAL, better-sqlite3 for the bulk write path (a prepared INSERT in
 * one transaction per batch) and Kysely for reads, whose filters compile through the fixed
 * column table. Reads keep working while an import writes (WAL readers never block).
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqlBool, type Expression } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  ApiToken, CountResult, KeysetPosition, ListPage, SignInStore, StoreSummary, UpsertResult,
} from '../../core/ports.js';
import type { PreparedSignIn, SignInRow } from '../../core/model/sign-in-row.js';
import type { SignIn } from '../../core/model/sign-in-schema.js';
import type { FilterNode } from '../../core/query/ast.js';
import { countCapped, summarizeSignIns } from '../summary-sql.js';
import { compileWhere, type FilterDialect } from '../filter-sql.js';
import { docRef, encodeBlock, packLine, BLOCK_SIZE } from '../doc-codec.js';
import { createDocReader, type ByteLayout } from './doc-reader.js';
import { createFactPages, type RangeQuery, type StatementMode } from './fact-pages.js';
import { packGuid } from '../guid.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { createSqliteTokenStore } from './sqlite-tokens.js';
import { createSqliteOutboxStore } from './sqlite-outbox.js';
import { createAlertStore } from '../alert-store.js';
import { createSqliteAnalytics } from './sqlite-analytics.js';
import { exportPages } from '../analytics/export-pages.js';
import { createSqliteEntityReads } from './sqlite-entities.js';
import { collectEntityPoints } from '../../core/entities/collect-entity-points.js';
import { PLACEMENT } from './fact-schema.js';
import { createFactWriter, UNPACK_FACT_COLUMNS } from './fact-rows.js';
import { createDimensionValues } from './dimensions.js';
import { copyV1Rows, type UpgradeProgress } from './upgrade-v2.js';
import { DOCUMENT_PACKER_URL } from './document-packer.js';

/** Filters on the `sign_ins` view (analytics scans, summaries): logical columns. */
const viewDialect: FilterDialect = { ilike: 'like', bool: (b) => (b ? 1 : 0) };

export interface SqliteStoreOptions {
  /** Path of the database file, or ':memory:'. */
  readonly file: string;
  readonly readonly?: boolean;
  /** Told how far a long migration step (the v0.1 → v2 row copy) has got. */
  readonly onUpgradeProgress?: (p: UpgradeProgress) => void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are addressed through SQL_COLUMNS, not a typed schema
type AnyDb = Kysely<any>;

export const openSqliteDatabase = (file: string, readonly = false): Database.Database => {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { readonly });
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a killed process loses no committed transaction.
    db.pragma('synchronous = NORMAL');
    // Checkpoint every 64 MB of WAL instead of 4 MB: an index page changed by many batches is
    // copied back to the database once, not once per batch (~12 % faster imports).
    db.pragma('wal_autocheckpoint = 16384');
  }
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  db.pragma('busy_timeout = 5000');
  return db;
};

/** A page of documents as bytes (see doc-reader.ts). */
export interface BytePage {
  readonly bytes: Uint8Array;
  readonly count: number;
  readonly next: KeysetPosition | undefined;
}

export type SqliteStore = SignInStore & {
  readonly raw: Database.Database;
  list(q: RangeQuery): Promise<ListPage>;
  listBytes(q: RangeQuery, layout: ByteLayout): BytePage;
  pageEnds: ReturnType<typeof createFactPages>['pageEnds'];
};

export const createSqliteStore = (opts: SqliteStoreOptions): SqliteStore => {
  const db = openSqliteDatabase(opts.file, opts.readonly);
  const k: AnyDb = new Kysely({ dialect: new SqliteDialect({ database: db }) });
  const tokens = createSqliteTokenStore(db);
  const analytics = createSqliteAnalytics(db, k, viewDialect);
  /**
   * Filters on `sign_in_facts` (list, count, export) go through the v2 placements, with the
   * dimension keys a predicate matches looked up first (small, indexed tables).
   */
  const preparedByText = new Map<string, Database.Statement>();
  /** One prepared statement per distinct SQL text (Kysely's driver prepares on every execute). */
  const prepared = (text: string, mode: StatementMode = 'rows'): Database.Statement => {
    const key = `${mode}:${text}`;
    let stmt = preparedByText.get(key);
    if (!stmt) {
      if (preparedByText.size >= 256) preparedByText.clear();
      stmt = db.prepare(text);
      if (mode === 'pluck') stmt.pluck();
      else if (mode === 'raw') stmt.raw();
      preparedByText.set(key, stmt);
    }
    return stmt;
  };
  const factDialect: FilterDialect = {
    ...viewDialect,
    placement: PLACEMENT,
    dimensionKeys: (table, predicate) => {
      const q = k.selectFrom(table).select('k').where(() => predicate).compile();
      // Every list and count runs this.
      return prepared(q.sql, 'pluck').all(...(q.parameters as unknown[])) as number[];
    },
  };
  let dims: ReturnType<typeof createDimensionValues> | undefined;
  const dimValues = () => (dims ??= createDimensionValues(db));

  const docs = createDocReader(prepared, dimValues);
  const loadTexts = docs.texts;
  let getStatement: Database.Statement | undefined;
  const getStmt = () => (getStatement ??= db.prepare(`SELECT ${UNPACK_FACT_COLUMNS.join(', ')} FROM sign_in_facts WHERE id = ?`));
  const loadDocs = docs.docs;

  const migrate = async (): Promise<void> => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((db.prepare('SELECT id FROM schema_migrations').all() as { id: number }[]).map((r) => r.id));
    for (const m of SQLITE_MIGRATIONS) {
      if (applied.has(m.id)) continue;
      if (m.step === 'copy-v1-rows') copyV1Rows(db, opts.onUpgradeProgress);
      db.transaction(() => {
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(m.id, m.name, new Date().toISOString());
      })();
    }
  };

  let stmts:
    | { writer: ReturnType<typeof createFactWriter>; reserve: Database.Statement; fill: Database.Statement; drop: Database.Statement }
    | undefined;
  const statements = () =>
    (stmts ??= {
      writer: createFactWriter(db),
      reserve: db.prepare("INSERT INTO doc_blocks (data) VALUES (x'')"),
      fill: db.prepare('UPDATE doc_blocks SET data = ? WHERE block_id = ?'),
      drop: db.prepare('DELETE FROM doc_blocks WHERE block_id = ?'),
    });

  /**
   * Records packed by a bulk path arrive with their block already compressed: the block is
   * written when at least one of its rows is new (a duplicate's document stays in the block,
   * unreferenced: a little space, never a wrong answer).
   */
  const storePacked = (s: ReturnType<typeof statements>, batch: readonly PreparedSignIn[], start: number, added: SignInRow[]): number => {
    const block = (batch[start] as PreparedSignIn).packed?.block;
    const blockId = Number(s.reserve.run().lastInsertRowid);
    let i = start;
    let any = false;
    for (; i < batch.length && (batch[i] as PreparedSignIn).packed?.block === block; i++) {
      const p = batch[i] as PreparedSignIn;
      if (s.writer.insert(p.row, docRef(blockId, p.packed?.index ?? 0))) {
        added.push(p.row);
        any = true;
      }
    }
    if (any && block) s.fill.run(block, blockId);
    else s.drop.run(blockId);
    return i;
  };

  /**
   * One IMMEDIATE transaction per batch. Each run of up to BLOCK_SIZE records reserves a block
   * id first (so concurrent writers never collide), inserts the rows that are new (the first
   * stored copy of an id wins), then writes the block with exactly the new rows' documents.
   */
  const upsertSync = db.transaction((batch: readonly PreparedSignIn[]): UpsertResult => {
    const s = statements();
    /** Rows really inserted: they, and only they, count in the rollups (same transaction). */
    const added: SignInRow[] = [];
    let start = 0;
    while (start < batch.length) {
      if ((batch[start] as PreparedSignIn).packed) {
        start = storePacked(s, batch, start, added);
        continue;
      }
      const blockId = Number(s.reserve.run().lastInsertRowid);
      const texts: string[] = [];
      let i = start;
      for (; i < batch.length && i - start < BLOCK_SIZE && !(batch[i] as PreparedSignIn).packed; i++) {
        const p = batch[i] as PreparedSignIn;
        if (s.writer.insert(p.row, docRef(blockId, texts.length))) {
          texts.push(packLine(p));
          added.push(p.row);
        }
      }
      if (texts.length > 0) s.fill.run(encodeBlock(texts), blockId);
      else s.drop.run(blockId);
      start = i;
    }
    analytics.addRows(added);
    return { inserted: added.length, duplicates: batch.length - added.length };
  });
  const upsert = (batch: readonly PreparedSignIn[]): UpsertResult => {
    try {
      return upsertSync.immediate(batch);
    } catch (e) {
      // Dimension keys cached during the rolled-back transaction may name rows that were undone.
      stmts?.writer.reset();
      throw e;
    }
  };

  const where = (filter: FilterNode | undefined, d = factDialect) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see AnyDb
    (eb: any): Expression<SqlBool> => compileWhere(filter, eb, d);

  const { pageRows, pageEnds } = createFactPages(k, prepared, (filter) => where(filter));

  const list = async (q: RangeQuery): Promise<ListPage> => {
    const { page, next } = pageRows(q);
    return { ...(q.raw ? { items: [], texts: loadTexts(page) } : { items: loadDocs(page) }), next };
  };

  /** A page as the documents' UTF-8 bytes laid out by `layout`, never decoded to strings (pool workers). */
  const listBytes = (q: RangeQuery, layout: ByteLayout) => {
    const { page, next } = pageRows(q);
    return { bytes: docs.bytes(page, layout), count: page.length, next };
  };

  const get = async (id: string): Promise<SignIn | undefined> => {
    const r = getStmt().get(packGuid(id)) as Record<string, unknown> | undefined;
    return r ? loadDocs([r])[0] : undefined;
  };

  const count = (filter: FilterNode | undefined, cap: number): Promise<CountResult> => countCapped(k, where(filter), cap, 'sign_in_facts');

  const summarize = (filter?: FilterNode, options?: { readonly topCodes?: number }): Promise<StoreSummary> =>
    summarizeSignIns(k, where(filter, viewDialect), options?.topCodes);

  return {
    engine: 'sqlite',
    documentPacker: DOCUMENT_PACKER_URL,
    raw: db,
    migrate,
    upsert: async (batch) => upsert(batch),
    get,
    list,
    listBytes,
    pageEnds,
    count,
    summarize,
    aggregate: analytics.aggregate,
    diagnosisContext: analytics.diagnosisContext,
    ...createSqliteEntityReads(db, dimValues),
    entityPoints: (q) => collectEntityPoints({ list }, q),
    exportRows: (filter, options) => exportPages(list, filter, options),
    prune: analytics.prune,
    rederive: analytics.rederive,
    ...tokens,
    ...createSqliteOutboxStore(db),
    ...createAlertStore(k, 'sqlite', db),
    getCheckpoint: async (key) =>
      (db.prepare('SELECT value FROM checkpoints WHERE key = ?').get(key) as { value: string } | undefined)?.value,
    setCheckpoint: async (key, value) => {
      db.prepare(
        'INSERT INTO checkpoints (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
      ).run(key, value, new Date().toISOString());
    },
    close: async () => {
      await k.destroy().catch(() => undefined);
      if (db.open) db.close();
    },
  };
};

export type { ApiToken };
