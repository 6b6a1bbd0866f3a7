// Runs the entity storage contract (user, IP and app pages against a scan) on PostgreSQL.
import { describe, expect, inject, it } from 'vitest';
import { describeEntityContract } from '../contract/entity.contract.js';
import { createPostgresStore } from './postgres-store.js';
import { createTestDatabases } from './test-database.js';
import { describePostgresUnavailable } from '../contract/postgres-unavailable.js';

const url = inject('pgUrl');

if (url) {
  const dbs = createTestDatabases(url, 'signin_entities');
  const create = async () => {
    const store = await createPostgresStore(await dbs.create(), { poolSize: 4 });
    await store.migrate();
    return store;
  };
  describe('PostgreSQL entity harness', () => {
    it('opens a migrated store in which no entity has a sign-in yet', async () => {
      const store = await create();
      expect(await store.entitySpan({ kind: 'ip', key: '198.51.100.1' })).toBeNull();
      await store.close();
    });
  });
  describeEntityContract('postgres', {
    create,
    teardown: () => dbs.dropAll(),
    // Each run creates a database from the template: fewer runs than SQLite, same generator.
    propertyRuns: 12,
  });
} else {
  describePostgresUnavailable('SignInStore entity contract: postgres');
}
