// Runs the storage contract suite against the PostgreSQL engine (a fresh database per test on
// the throwaway server from test/setup/postgres.ts).
import { describe, expect, inject, it } from 'vitest';
import { describeSignInStoreContract } from '../contract/sign-in-store.contract.js';
import { describeRoundTripContract } from '../contract/round-trip.contract.js';
import { describeOutboxContract } from '../contract/outbox.contract.js';
import { createPostgresStore } from './postgres-store.js';
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
  describeRoundTripContract('postgres', harness);
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
