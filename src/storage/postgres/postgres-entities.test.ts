// Runs the entity storage contract (user, IP and app pages against a scan) on PostgreSQL.
import { inject } from 'vitest';
import { describeEntityContract } from '../contract/entity.contract.js';
import { createPostgresStore } from './postgres-store.js';
import { createTestDatabases } from './test-database.js';
import { describePostgresUnavailable } from '../contract/postgres-unavailable.js';

const url = inject('pgUrl');

if (url) {
  const dbs = createTestDatabases(url, 'signin_entities');
  describeEntityContract('postgres', {
    create: async () => {
      const store = await createPostgresStore(await dbs.create(), { poolSize: 4 });
      await store.migrate();
      return store;
    },
    teardown: () => dbs.dropAll(),
    // Each run creates a database from the template: fewer runs than SQLite, same generator.
    propertyRuns: 12,
  });
} else {
  describePostgresUnavailable('SignInStore entity contract: postgres');
}
