/**
 * The composition root: builds the adapters from configuration and hands them to whoever
 * needs them. The only place that knows which engine is behind `SignInStore`.
 */
import type { Config } from './config.js';
import type { SignInStore } from './core/ports.js';
import { AppError } from './core/errors.js';
import { createSqliteStore } from './storage/sqlite/sqlite-store.js';
import { createPooledSqliteStore, SQLITE_READ_HANDLER_URL } from './storage/sqlite/pooled-store.js';
import { createWorkerPool } from './node/worker-pool.js';
import { withPooledExport } from './node/pooled-export.js';

export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//.test(db);

type StoreFactory = (url: string, options?: { readonly statementTimeoutMs?: number | undefined }) => Promise<SignInStore>;
let postgresFactory: StoreFactory | undefined;

/** The PostgreSQL engine registers itself here (loaded lazily so SQLite users never load `pg`). */
export const setPostgresFactory = (f: StoreFactory): void => {
  postgresFactory = f;
};

/** `onUpgradeProgress` hears how far a long migration step (SQLite v0.1 → v2 row copy) has got. */
/** The shared read pool's settings (defaults: one worker per core plus one, 30 s per query). */
type PoolConfig = Partial<Pick<Config, 'readWorkers' | 'queryTimeoutMs'>>;

const poolOptions = (config: PoolConfig) => ({
  ...(config.readWorkers ? { size: config.readWorkers } : {}),
  ...(config.queryTimeoutMs ? { taskTimeoutMs: config.queryTimeoutMs } : {}),
});

/**
 * Opens (and migrates) the configured store. Reads go through one shared worker pool, started
 * lazily (a command that only writes starts no worker): SQLite runs them on the workers'
 * read-only connections; PostgreSQL reads through pg's pool and formats exports in the workers.
 */
export const openStore = async (
  config: Pick<Config, 'db'> & PoolConfig,
  options: { readonly onUpgradeProgress?: (p: { readonly done: number; readonly total: number }) => void } = {},
): Promise<SignInStore> => {
  if (isPostgresUrl(config.db)) {
    if (!postgresFactory) {
      try {
        // A variable specifier: the PostgreSQL module is optional at build time.
        const specifier = './storage/postgres/register.js';
        const mod = (await import(specifier)) as { register: () => void };
        mod.register();
      } catch {
        throw new AppError('StorageUnavailable', 'PostgreSQL support is not available in this build');
      }
    }
    if (!postgresFactory) throw new AppError('StorageUnavailable', 'PostgreSQL support is not available in this build');
    // The query budget of the pool's workers applies to PostgreSQL statements too (server-side).
    const store = await postgresFactory(config.db, { statementTimeoutMs: config.queryTimeoutMs });
    await store.migrate();
    return withPooledExport(store, createWorkerPool(poolOptions(config)));
  }
  const store = createSqliteStore({ file: config.db, onUpgradeProgress: options.onUpgradeProgress });
  await store.migrate();
  // An in-memory database cannot be opened by another connection: it is read where it lives.
  if (config.db === ':memory:') return store;
  const pool = createWorkerPool({ ...poolOptions(config), workerData: { handlerUrl: SQLITE_READ_HANDLER_URL, handlerData: { file: config.db } } });
  return createPooledSqliteStore(store, pool);
};
