// Runs the analytics storage contract (aggregate, rollups, diagnosis, export, prune, rederive) against PostgreSQL.
import { describe, expect, inject, it } from 'vitest';
import { describeAnalyticsContract } from '../contract/analytics.contract.js';
import { ROLLUP_TABLES } from '../analytics/rollup-tables.js';
import { createPostgresStore, type PostgresStore } from './postgres-store.js';
import { createTestDatabases } from './test-database.js';
import { describePostgresUnavailable } from '../contract/postgres-unavailable.js';

const url = inject('pgUrl');

if (url) {
  const dbs = createTestDatabases(url, 'signin_analytics');
  const harness: Parameters<typeof describeAnalyticsContract>[1] = {
    create: async () => {
      const store = await createPostgresStore(await dbs.create(), { poolSize: 4 });
      await store.migrate();
      return store;
    },
    teardown: () => dbs.dropAll(),
    setClassification: async (store, code, outcome, category) => {
      const { pool } = store as PostgresStore;
      for (const t of ['sign_ins', ...ROLLUP_TABLES.filter((x) => x.columns.includes('errorCode')).map((x) => x.name)]) {
        await pool.query(`UPDATE ${t} SET outcome = $1, error_category = $2 WHERE error_code = $3`, [outcome, category, code]);
      }
    },
    // Each run creates a database from the template: fewer runs than SQLite, same generator.
    propertyRuns: 25,
  };
  describe('PostgreSQL analytics harness', () => {
    it('starts with empty rollups', async () => {
      const store = await harness.create();
      expect(store.engine).toBe('postgres');
      expect((await store.aggregate({ groupBy: ['errorCode'], top: 10 })).total).toBe(0);
      await store.close();
    });
  });
  describeAnalyticsContract('postgres', harness);
} else {
  describePostgresUnavailable('SignInStore analytics contract: postgres');
}
