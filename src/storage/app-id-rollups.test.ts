// Migration 0012 (error code × app id rollups): its frozen SQL is what the rollup definitions
// generate, and on a store that already holds sign-ins it fills the tables as a scan counts.
import { describe, expect, it } from 'vitest';
import { rollupBackfillSql, rollupDdl, ROLLUP_TABLES } from './analytics/rollup-tables.js';
import { SQL as SQLITE_0012 } from './sqlite/frozen/0012-add-app-id-rollups.js';
import { SQL as POSTGRES_0012 } from './postgres/frozen/0012-add-app-id-rollups.js';
import { createSqliteStore } from './sqlite/sqlite-store.js';
import { makeSignIn, prepAll } from './contract/fixtures.js';

const generated = (engine: 'sqlite' | 'postgres') =>
  `${rollupDdl(engine, 12)}\n${ROLLUP_TABLES.filter((t) => t.migration === 12).map(rollupBackfillSql).join('\n')}\n`;

describe('migration 0012-add-app-id-rollups', () => {
  it('holds the generated DDL and backfill (and the app id index on PostgreSQL)', () => {
    expect(SQLITE_0012).toBe(`\n${generated('sqlite')}`);
    expect(POSTGRES_0012).toBe(`\n${generated('postgres')}CREATE INDEX sign_ins_app_id_time ON sign_ins (app_id, created_at);\n`);
    expect(ROLLUP_TABLES.filter((t) => t.migration === 12).map((t) => t.name)).toEqual(['rollup_hour_code_app_id', 'rollup_day_code_app_id']);
  });

  it('fills the tables from the rows a store already holds', async () => {
    const store = createSqliteStore({ file: ':memory:' });
    await store.migrate();
    const apps = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
    await store.upsert(prepAll(Array.from({ length: 90 }, (_, i) => makeSignIn(i * 37, { appId: apps[i % 2] }))));
    // As before the migration: no tables, not recorded; migrating again creates and fills them.
    store.raw.exec('DROP TABLE rollup_hour_code_app_id; DROP TABLE rollup_day_code_app_id; DELETE FROM schema_migrations WHERE id = 12;');
    await store.migrate();
    const q = { filter: { kind: 'compare' as const, op: 'eq' as const, field: 'appId', value: { kind: 'string' as const, value: apps[1] as string } }, groupBy: ['errorCode' as const], top: 5 };
    const auto = await store.aggregate(q);
    expect(auto.source).toBe('rollup');
    expect(auto.total).toBe(45);
    expect(auto.rows).toEqual((await store.aggregate({ ...q, source: 'scan' })).rows);
    await store.close();
  });
});
