/**
 * Loaded lazily by compose.ts for `postgres://` URLs, so SQLite users never load `pg`.
 */
import { setPostgresFactory } from '../../compose.js';
import { createPostgresStore } from './postgres-store.js';

export const register = (): void => {
  setPostgresFactory((url, options) => createPostgresStore(url, { statementTimeoutMs: options?.statementTimeoutMs }));
};
