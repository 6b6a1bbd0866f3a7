// Runs the analytics storage contract (aggregate, rollups, diagnosis, export, prune, rederive) against PostgreSQL.
import { describe, inject, it } from 'vitest';
import { describeAnalyticsContract } from '../contract/analytics.contract.js';
import { ROLLUP_TABLES } from '../analytics/rollup-tables.js';
import { createPostgresStore, type PostgresStore } from './postgres-store.js';
import { createTestDatabases } from './test-database.js';

const url = inject('pgUrl');

if (url) {
  const dbs = createTestDatabases(url, 'signin_analytics');
  describeAnalyticsContract('postgres', {
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
  });
} else {
  describe('SignInStore analytics contract: postgres', () => {
    it.skip(`SKIPPED, PostgreSQL unavailable: ${inject('pgSkipReason')}`, () => undefined);
  });
}
