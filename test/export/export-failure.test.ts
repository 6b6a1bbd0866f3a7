// A failed export page or a dead export worker ends that export with a clear error and never
// leaves a promise rejection unhandled (which would end the process under Node's defaults).
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExportPool, type ExportPool } from '../../src/node/export-pool.js';
import { exportSignIns } from '../../src/core/use-cases/export-sign-ins.js';
import { makeSignIn } from '../../src/storage/contract/fixtures.js';
import type { ExportOptions, ListPage } from '../../src/core/ports.js';
import { record, setup } from '../http/helpers.js';

const docs = Array.from({ length: 400 }, (_, i) => JSON.stringify(makeSignIn(i)));
const pagesOf = (size: number, failAt?: number) => ({
  exportRows: async function* (_f: unknown, o: ExportOptions = {}): AsyncGenerator<ListPage> {
    const n = o.pageSize ?? size;
    for (let i = 0, page = 0; i < docs.length; i += n, page++) {
      if (page === failAt) throw new Error('disk I/O error');
      yield { items: [], texts: docs.slice(i, i + n) };
    }
  },
});

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});
const pools: ExportPool[] = [];
afterAll(async () => {
  for (const p of pools) await p.close();
});

/** Lets timers and I/O callbacks run, so Node has the chance to report unhandled rejections. */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('export failures', () => {
  it('a page formatted ahead that fails while an earlier page is awaited: a clear error, nothing unhandled', async () => {
    let calls = 0;
    const formatter = (texts: readonly string[]) => {
      const n = calls++;
      // Page 1 is slow; page 2 fails at once, before page 1 is awaited to the end.
      if (n === 1) return Promise.reject(new Error('formatter crashed'));
      return new Promise<string>((r) => setTimeout(() => r(`${texts.length}\n`), n === 0 ? 40 : 0));
    };
    const out = exportSignIns(pagesOf(50), { format: 'ndjson', pageSize: 50, formatter, prefetch: 3 });
    const got: string[] = [];
    await expect(
      (async () => {
        for await (const c of out.chunks) got.push(typeof c === 'string' ? c : Buffer.from(c).toString('utf8'));
      })(),
    ).rejects.toThrow(/Export stopped at page 2 \(after 50 rows\): formatter crashed/);
    await settle();
    expect(got).toEqual(['50\n']);
    expect(unhandled).toEqual([]);
  });

  it('a store page that cannot be read ends the export with the page number', async () => {
    const out = exportSignIns(pagesOf(100, 2), { format: 'ndjson', pageSize: 100 });
    let n = 0;
    await expect(
      (async () => {
        for await (const c of out.chunks) n += (typeof c === 'string' ? c : Buffer.from(c).toString('utf8')).split('\n').length - 1;
      })(),
    ).rejects.toThrow(/Export stopped at page 3 \(after 200 rows\): disk I\/O error/);
    // One page is read ahead of the one written: page 2 was formatted but not yet handed out.
    expect(n).toBe(100);
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('a worker killed mid-export ends the export with a clear error; the process lives on', async () => {
    const pool = createExportPool('csv', undefined, 2);
    pools.push(pool);
    const out = exportSignIns(pagesOf(20), { format: 'csv', pageSize: 20, formatter: pool.formatter, prefetch: pool.prefetch });
    let chunks = 0;
    const run = (async () => {
      for await (const _ of out.chunks) {
        chunks++;
        // After the header and the first page, one worker dies (as if killed by its memory limit).
        if (chunks === 2) await pool.workers[1]?.terminate();
      }
    })();
    await expect(run).rejects.toThrow(/Export stopped at page \d+ .*an export worker exited unexpectedly/);
    expect(chunks).toBeGreaterThanOrEqual(2);
    expect(chunks).toBeLessThan(21);
    // Later pages of the same pool fail at once instead of waiting forever.
    await expect(pool.formatter(['{}'], false)).rejects.toThrow(/exited unexpectedly/);
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('GET /api/export: a failing page cuts the response short, and the server keeps answering', async () => {
    const t = await setup(Array.from({ length: 30 }, (_, i) => record(i)));
    const exportRows = t.store.exportRows.bind(t.store);
    t.store.exportRows = async function* (f, o) {
      let page = 0;
      for await (const p of exportRows(f, { ...o, pageSize: 5 })) {
        if (page++ === 2) throw new Error('database is locked');
        yield p;
      }
    };
    const failed = await t.app.inject({ method: 'GET', url: '/api/export?format=ndjson', headers: t.auth }).then(
      (r) => ({ ok: true, lines: r.body.split('\n').filter((l) => l !== '').length }),
      (e: Error) => ({ ok: false, message: e.message }),
    );
    // Either the transport reports the abort or the body stops before the 30 rows.
    if (failed.ok) expect((failed as { lines: number }).lines).toBeLessThan(30);
    else expect((failed as { message: string }).message).not.toBe('');
    const health = await t.get('/healthz');
    expect(health.statusCode).toBe(200);
    await settle();
    expect(unhandled).toEqual([]);
    await t.app.close();
    await t.store.close();
  });
});
