// Runs the analytics storage contract (aggregate, rollups, diagnosis, export, prune, rederive) against SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeAnalyticsContract } from '../contract/analytics.contract.js';
import { ROLLUP_TABLES } from '../analytics/rollup-tables.js';
import { createSqliteStore } from './sqlite-store.js';
import { enumCode } from './fact-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-sqlite-analytics-'));
let n = 0;
type Raw = { raw?: { prepare(sql: string): { run(...a: unknown[]): unknown } } };

const harness: Parameters<typeof describeAnalyticsContract>[1] = {
  create: async () => {
    const store = createSqliteStore({ file: join(dir, `t${n++}.db`) });
    await store.migrate();
    return store;
  },
  teardown: async () => rmSync(dir, { recursive: true, force: true }),
  setClassification: async (store, code, outcome, category) => {
    const raw = (store as Raw).raw;
    if (!raw) throw new Error('not a SQLite store');
    // The fact table keeps outcome and category as small integers (fact-schema.ts).
    raw.prepare('UPDATE sign_in_facts SET outcome = ?, error_category = ? WHERE error_code = ?').run(
      enumCode('outcome', outcome),
      enumCode('errorCategory', category),
      code,
    );
    for (const t of [...ROLLUP_TABLES.filter((x) => x.columns.includes('errorCode')).map((x) => x.name)]) {
      raw.prepare(`UPDATE ${t} SET outcome = ?, error_category = ? WHERE error_code = ?`).run(outcome, category, code);
    }
  },
};

describe('SQLite analytics harness', () => {
  it('starts with empty rollups', async () => {
    const store = await harness.create();
    expect(store.engine).toBe('sqlite');
    expect((await store.aggregate({ groupBy: ['errorCode'], top: 10 })).total).toBe(0);
    await store.close();
  });
});

describeAnalyticsContract('sqlite', harness);
