// Runs the storage contract suite against the PostgreSQL engine (a fresh database per test on
// the throwaway server from test/setup/postgres.ts).
import { describe, inject, it } from 'vitest';
import { describeSignInStoreContract } from '../contract/sign-in-store.contract.js';
import { createPostgresStore } from './postgres-store.js';
import { createTestDatabases } from './test-database.js';

const url = inject('pgUrl');

if (url) {
  const dbs = createTestDatabases(url);
  describeSignInStoreContract('postgres', {
    create: async () => {
      const store = await createPostgresStore(await dbs.create(), { poolSize: 4 });
      await store.migrate();
      return store;
    },
    teardown: () => dbs.dropAll(),
  });
} else {
  describe('SignInStore contract: postgres', () => {
    it.skip(`SKIPPED, PostgreSQL unavailable: ${inject('pgSkipReason')}`, () => undefined);
  });
}
