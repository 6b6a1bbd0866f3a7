/**
 * The composition root: builds the adapters from configuration and hands them to whoever
 * needs them. The only place that knows which engine is behind `SignInStore`.
 */
import type { Config } from './config.js';
import type { SignInStore } from './core/ports.js';
import { AppError } from './core/errors.js';
import { createSqliteStore } from './storage/sqlite/sqlite-store.js';

export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//.test(db);

type StoreFactory = (url: string) => Promise<SignInStore>;
let postgresFactory: StoreFactory | undefined;

/** The PostgreSQL engine registers itself here (loaded lazily so SQLite users never load `pg`). */
export const setPostgresFactory = (f: StoreFactory): void => {
  postgresFactory = f;
};

/** `onUpgradeProgress` hears how far a long migration step (SQLite v0.1 → v2 row copy) has got. */
export const openStore = async (
  config: Pick<Config, 'db'>,
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
    const store = await postgresFactory(config.db);
    await store.migrate();
    return store;
  }
  const store = createSqliteStore({ file: config.db, onUpgradeProgress: options.onUpgradeProgress });
  await store.migrate();
  return store;
};
