// Runs the storage contracts against the SQLite engine with its reads on the shared worker pool
// (read-only connections in worker threads, pages as bytes), as `serve` and the CLI open it.
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeSignInStoreContract } from '../contract/sign-in-store.contract.js';
import { describeRoundTripContract } from '../contract/round-trip.contract.js';
import { describeAnalyticsContract } from '../contract/analytics.contract.js';
import { describeEntityContract } from '../contract/entity.contract.js';
import { ROLLUP_TABLES } from '../analytics/rollup-tables.js';
import { createWorkerPool } from '../../node/worker-pool.js';
import { createSqliteStore } from './sqlite-store.js';
import { createPooledSqliteStore, SQLITE_READ_HANDLER_URL } from './pooled-store.js';
import { enumCode } from './fact-schema.js';
import { createHmac } from 'node:crypto';
import { createPseudonymizer } from '../../core/export/pseudonymize.js';

const dir = fileURLToPath(new URL(`../../../.tmp/pooled-store-${process.pid}/`, import.meta.url));
mkdirSync(dir, { recursive: true });
let n = 0;
type Raw = { raw?: { prepare(sql: string): { run(...a: unknown[]): unknown } } };

const create = async () => {
  const file = `${dir}t${n++}.db`;
  const base = createSqliteStore({ file });
  await base.migrate();
  const pool = createWorkerPool({ size: 1, workerData: { handlerUrl: SQLITE_READ_HANDLER_URL, handlerData: { file } } });
  return createPooledSqliteStore(base, pool);
};
const harness = { create, teardown: async () => rmSync(dir, { recursive: true, force: true }) };

describe('pooled SQLite harness', () => {
  it('answers reads from a worker and pages as bytes', async () => {
    const store = await create();
    const { makeSignIn } = await import('../contract/fixtures.js');
    const { prepareSignIn } = await import('../../core/model/sign-in-row.js');
    await store.upsert([0, 1, 2].map((i) => prepareSignIn(makeSignIn(i))));
    const page = await store.list({ top: 2, order: 'desc', raw: true });
    expect(page.joined?.count).toBe(2);
    const docs = JSON.parse(`[${Buffer.from(page.joined?.bytes ?? new Uint8Array()).toString('utf8')}]`) as { id: string }[];
    expect(docs).toHaveLength(2);
    expect(page.next).toBeDefined();
    await store.close();
  });
});

describe('pooled SQLite read-ahead', () => {
  it('pages through large pages exactly as the engine does, and a write is never hidden by a page read ahead', async () => {
    const { makeSignIn } = await import('../contract/fixtures.js');
    const { prepareSignIn } = await import('../../core/model/sign-in-row.js');
    const file = `${dir}read-ahead.db`;
    const base = createSqliteStore({ file });
    await base.migrate();
    const pool = createWorkerPool({ size: 2, workerData: { handlerUrl: SQLITE_READ_HANDLER_URL, handlerData: { file } } });
    const store = createPooledSqliteStore(base, pool);
    await store.upsert(Array.from({ length: 1200 }, (_, i) => prepareSignIn(makeSignIn(i * 2))));
    const ids = (p: { joined?: { bytes: Uint8Array } | undefined }) =>
      (JSON.parse(`[${Buffer.from(p.joined?.bytes ?? new Uint8Array()).toString('utf8')}]`) as { id: string }[]).map((d) => d.id);
    const first = await store.list({ top: 500, order: 'desc', raw: true });
    // The second page has been read ahead (the pool is idle again); a sign-in lands inside its range.
    for (let i = 0; i < 200 && (pool.stats().busy > 0 || pool.stats().queued > 0); i++) await new Promise((r) => setTimeout(r, 10));
    expect(pool.stats()).toMatchObject({ busy: 0, queued: 0 });
    const added = makeSignIn(2 * 600 + 1);
    await store.upsert([prepareSignIn(added)]);
    const second = await store.list({ top: 500, order: 'desc', after: first.next, raw: true });
    expect(ids(second)).toContain(added.id);
    const third = await store.list({ top: 500, order: 'desc', after: second.next, raw: true });
    const all = [...ids(first), ...ids(second), ...ids(third)];
    expect(third.next).toBeUndefined();
    expect(all).toHaveLength(1201);
    expect(new Set(all).size).toBe(1201);
    await store.close();
  });
});

describe('pooled SQLite pages shaped for the API version', () => {
  it('builds v1.0 and $select pages in the worker, equal to shaping the documents here', async () => {
    const { makeSignIn } = await import('../contract/fixtures.js');
    const { prepareSignIn } = await import('../../core/model/sign-in-row.js');
    const { shapeSignIn } = await import('../../core/query/odata-shape.js');
    const store = await create();
    // Beta-only members (absent from v1.0) must be dropped by the v1.0 shape.
    await store.upsert([0, 1, 2, 3].map((i) => prepareSignIn({ ...makeSignIn(i), autonomousSystemNumber: 64500 + i, signInEventTypes: ['interactiveUser'] })));
    const plain = await store.list({ top: 3, order: 'desc' });
    expect(plain.items).toHaveLength(3);
    for (const shaped of [{ api: 'v1.0' as const }, { api: 'beta' as const, select: ['id', 'userPrincipalName', 'noSuchProperty'] }]) {
      const page = await store.list({ top: 3, order: 'desc', shaped });
      expect(page.items).toHaveLength(0);
      const docs = JSON.parse(`[${Buffer.from(page.joined?.bytes ?? new Uint8Array()).toString('utf8')}]`) as unknown[];
      expect(docs).toEqual(plain.items.map((d) => shapeSignIn(d, shaped.api, shaped.select)));
      expect(page.next).toEqual(plain.next);
    }
    const v1 = await store.list({ top: 1, order: 'desc', shaped: { api: 'v1.0' } });
    expect(Buffer.from(v1.joined?.bytes ?? new Uint8Array()).toString('utf8')).not.toContain('autonomousSystemNumber');
    await store.close();
  });
});

describe('pooled SQLite exports', () => {
  it('formats export pages in the workers, the same bytes as on this thread', async () => {
    const { makeSignIn } = await import('../contract/fixtures.js');
    const { prepareSignIn } = await import('../../core/model/sign-in-row.js');
    const { exportSignIns } = await import('../../core/use-cases/export-sign-ins.js');
    const file = `${dir}export.db`;
    const base = createSqliteStore({ file });
    await base.migrate();
    // Every third sign-in shares its time with the next: page ends fall between equal times too.
    const tie = (i: number) => (i % 3 === 1 ? makeSignIn(i - 1).createdDateTime : makeSignIn(i).createdDateTime);
    await base.upsert(Array.from({ length: 450 }, (_, i) => prepareSignIn({ ...makeSignIn(i), createdDateTime: tie(i) })));
    const text = async (chunks: AsyncIterable<string | Uint8Array>) => {
      let s = '';
      for await (const c of chunks) s += typeof c === 'string' ? c : Buffer.from(c).toString('utf8');
      return s;
    };
    // Three workers: two read pages at once (the bulk share), the third stays for interactive work.
    const pooled = createPooledSqliteStore(base, createWorkerPool({ size: 3, workerData: { handlerUrl: SQLITE_READ_HANDLER_URL, handlerData: { file } } }));
    const key = 'k'.repeat(32);
    const pseudonymizer = createPseudonymizer((data) => createHmac('sha256', key).update(data, 'utf8').digest('hex'));
    try {
      // Page sizes of 100 (five pages) and 7 (65 pages: past the 64 pages one plan covers, then a tail of 2 rows).
      for (const pageSize of [100, 7]) {
        for (const format of ['csv', 'json', 'ndjson'] as const) {
          // The engine alone: pages formatted on this thread.
          const here = await text(exportSignIns({ exportRows: base.exportRows }, { format, pageSize }).chunks);
          const there = exportSignIns(pooled, { format, pageSize });
          expect(await text(there.chunks)).toBe(here);
          expect(there.rows()).toBe(450);
        }
        const masked = await text(exportSignIns({ exportRows: base.exportRows }, { format: 'ndjson', pageSize, pseudonymizer }).chunks);
        expect(await text(exportSignIns(pooled, { format: 'ndjson', pageSize, pseudonymKey: key }).chunks)).toBe(masked);
      }
      const json = JSON.parse(await text(exportSignIns(pooled, { format: 'json', pageSize: 7 }).chunks)) as { id: string }[];
      expect(new Set(json.map((d) => d.id)).size).toBe(450);
    } finally {
      await pooled.close();
    }
  });
});

describeRoundTripContract('sqlite (pooled reads)', harness);
describeSignInStoreContract('sqlite (pooled reads)', harness);
describeEntityContract('sqlite (pooled reads)', { ...harness, propertyRuns: 10 });
describeAnalyticsContract('sqlite (pooled reads)', {
  ...harness,
  setClassification: async (store, code, outcome, category) => {
    const raw = (store as Raw).raw;
    if (!raw) throw new Error('not a SQLite store');
    raw.prepare('UPDATE sign_in_facts SET outcome = ?, error_category = ? WHERE error_code = ?').run(enumCode('outcome', outcome), enumCode('errorCategory', category), code);
    for (const t of ROLLUP_TABLES.filter((x) => x.columns.includes('errorCode')).map((x) => x.name)) {
      raw.prepare(`UPDATE ${t} SET outcome = ?, error_category = ? WHERE error_code = ?`).run(outcome, category, code);
    }
  },
});
