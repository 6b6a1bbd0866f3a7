// Export pages formatted in worker threads come out in order and equal the in-thread output
// (CSV, JSON, NDJSON, pseudonymised), and a failing page is reported.
import { afterAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { createExportPool } from '../../src/node/export-pool.js';
import { exportSignIns, type ExportFormat } from '../../src/core/use-cases/export-sign-ins.js';
import { createPseudonymizer } from '../../src/core/export/pseudonymize.js';
import { makeSignIn } from '../../src/storage/contract/fixtures.js';
import type { ExportOptions, ListPage } from '../../src/core/ports.js';

const docs = Array.from({ length: 23 }, (_, i) => makeSignIn(i));
/** A store whose pages hold `pageSize` stored texts. */
const store = {
  exportRows: async function* (_f: unknown, o: ExportOptions = {}): AsyncGenerator<ListPage> {
    const size = o.pageSize ?? 1000;
    for (let i = 0; i < docs.length; i += size) yield { items: [], texts: docs.slice(i, i + size).map((d) => JSON.stringify(d)) };
  },
};
const collect = async (chunks: AsyncIterable<string | Uint8Array>) => {
  let s = '';
  for await (const c of chunks) s += typeof c === 'string' ? c : Buffer.from(c).toString('utf8');
  return s;
};
const pools: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const p of pools) await p.close();
});

describe('export worker pool', () => {
  for (const format of ['csv', 'json', 'ndjson'] as ExportFormat[]) {
    for (const key of [undefined, 'k1']) {
      it(`${format}${key ? ', pseudonymised' : ''}: same bytes as in-thread, in order`, async () => {
        const pool = createExportPool(format, key, 2);
        pools.push(pool);
        const pseudonymizer = key ? createPseudonymizer((d) => createHmac('sha256', key).update(d, 'utf8').digest('hex')) : undefined;
        const here = await collect(exportSignIns(store, { format, pseudonymizer, pageSize: 4 }).chunks);
        const there = exportSignIns(store, { format, pageSize: 4, formatter: pool.formatter, prefetch: pool.prefetch });
        expect(await collect(there.chunks)).toBe(here);
        expect(there.rows()).toBe(23);
        if (format === 'json') expect((JSON.parse(here) as unknown[]).length).toBe(23);
      });
    }
  }

  it('reports a page that cannot be formatted', async () => {
    const pool = createExportPool('csv', undefined, 1);
    pools.push(pool);
    await expect(pool.formatter(['{not json'], true)).rejects.toThrow();
  });
});
