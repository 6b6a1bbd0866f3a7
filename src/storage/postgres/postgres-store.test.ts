// Runs the storage contract suite against the PostgreSQL engine (a fresh database per test on
// the throwaway server from test/setup/postgres.ts).
import { describe, expect, inject, it } from 'vitest';
import { describeSignInStoreContract } from '../contract/sign-in-store.contract.js';
import { describeRoundTripContract } from '../contract/round-trip.contract.js';
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
  describeRoundTripContract('postgres', harness);
  // Before the sign-in contract: its teardown drops the databases this harness makes.
  describeAlertStoreContract('postgres', { create: harness.create });
  describeSignInStoreContract('postgres', harness);
} else {
  describePostgresUnavailable('SignInStore contract: postgres');
}
