// Runs the storage contract suite against the PostgreSQL engine (a fresh database per test on
// the throwaway server from test/setup/postgres.ts).
import type pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { describeSignInStoreContract } from '../contract/sign-in-store.contract.js';
import { describeRoundTripContract } from '../contract/round-trip.contract.js';
import { describeOutboxContract } from '../contract/outbox.contract.js';
import { createPostgresStore } from './postgres-store.js';
import { describeAlertStoreContract } from '../contract/alert-store.contract.js';
import { createTestDatabases } from './test-database.js';
import { describePostgresUnavailable } from '../contract/postgres-unavailable.js';

const url = inject('pgUrl');

if (url) {
  const dbs = createTestDatabases(url);
  const harness = {
    create: async () => {
      const store = await createPostgresStore(await dbs.create(), { poolSize: 4 });
      await store.migrate();
      return store;
    },
    teardown: () => dbs.dropAll(),
  };
  describe('PostgreSQL harness', () => {
    it('opens a migrated, empty PostgreSQL store', async () => {
      const store = await harness.create();
      expect(store.engine).toBe('postgres');
      expect((await store.summarize()).total).toBe(0);
      await store.close();
    });
  });
  describe('PostgreSQL query budget', () => {
    it('takes the configured query budget as statement_timeout; a statement past it is a QueryTimeout (504)', async () => {
      const { openStore } = await import('../../compose.js');
      const { register } = await import('./register.js');
      const { storageFailure } = await import('../../storage-failure.js');
      register();
      const store = (await openStore({ db: await dbs.create(), queryTimeoutMs: 150 })) as unknown as { close(): Promise<void> };
      // withPooledExport spreads the engine's store: its pg pool stays reachable for this check.
      const pool = (store as unknown as { pool: pg.Pool }).pool;
      const r = await pool.query<{ timeout: string }>("SELECT current_setting('statement_timeout') AS timeout");
      expect(r.rows[0]?.timeout).toBe('150ms');
      const failed = await pool.query('SELECT pg_sleep(2)').then(() => undefined, (e: unknown) => e);
      const typed = storageFailure(failed);
      expect(typed?.code).toBe('QueryTimeout');
      expect(typed?.message).toMatch(/time budget/);
      await store.close();
    });
  });
  describeRoundTripContract('postgres', harness);
  // Before the sign-in contract: its teardown drops the databases this harness makes.
  describeAlertStoreContract('postgres', { create: harness.create });
  describeSignInStoreContract('postgres', harness);
  // Its own databases: the suites above drop theirs (template included) when they finish.
  const outboxDbs = createTestDatabases(url, 'signin_outbox');
  describeOutboxContract('postgres', {
    teardown: () => outboxDbs.dropAll(),
    create: async () => {
      const db = await outboxDbs.create();
      const open = async () => {
        const store = await createPostgresStore(db, { poolSize: 4 });
        await store.migrate();
        return store;
      };
      return { store: await open(), reopen: open };
    },
  });
} else {
  describePostgresUnavailable('SignInStore contract: postgres');
}
