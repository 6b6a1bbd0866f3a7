// A real server on 127.0.0.1 over a SQLite file with reads on the worker pool: a slow query does
// not stall other requests, the time budget answers 504, a client that disconnects mid-export
// frees its worker and export slot, export limits answer 429 with Retry-After, and a worker that
// dies mid-request ends that request with a clear 503 while the server keeps serving.
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { prepareSignIn } from '../../src/core/model/sign-in-row.js';
import { createApp } from '../../src/http/app.js';
import { createWorkerPool, type WorkerPool } from '../../src/node/worker-pool.js';
import { createSqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { createPooledSqliteStore } from '../../src/storage/sqlite/pooled-store.js';
import type { SignInStore } from '../../src/core/ports.js';
import { makeToken, record } from './helpers.js';

const dir = fileURLToPath(new URL(`../../.tmp/serve-at-scale-${process.pid}/`, import.meta.url));
const file = `${dir}store.db`;
const handlerUrl = new URL('./slow-read-handler.ts', import.meta.url).href;
// Generous: a worker started from TypeScript sources (tests) takes a while to load on a busy machine.
const BUDGET_MS = 5000;

let app: FastifyInstance;
let pool: WorkerPool;
let store: SignInStore;
let base = '';
const tokens: string[] = [];

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  const writer = createSqliteStore({ file });
  await writer.migrate();
  await writer.upsert(Array.from({ length: 1200 }, (_, n) => prepareSignIn(record(n))));
  pool = createWorkerPool({ size: 2, taskTimeoutMs: BUDGET_MS, workerData: { handlerUrl, handlerData: { file } } });
  store = createPooledSqliteStore(writer, pool);
  for (const name of ['a', 'b', 'c']) tokens.push(await makeToken(store, name, ['read']));
  app = createApp({ store, rateLimitPerMinute: 100_000, limits: { exportsPerToken: 1, exportsTotal: 2, queryTimeoutMs: BUDGET_MS } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  await warm();
});

/** Both workers up (tests that stop a worker leave a replacement to start) before timing anything. */
const warm = async () => {
  for (let i = 0; i < 20 && pool.stats().workers < 2; i++) await Promise.all([call(list()), call(list())]);
  expect(pool.stats().workers).toBe(2);
};
beforeEach(warm);

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const list = (upn?: string) =>
  `/beta/auditLogs/signIns?$top=50${upn ? `&$filter=${encodeURIComponent(`userPrincipalName eq '${upn}'`)}` : ''}`;
const exportUrl = (upn: string) => `/api/export?format=csv&$filter=${encodeURIComponent(`userPrincipalName eq '${upn}'`)}`;
const call = (path: string, token = tokens[0] as string, signal?: AbortSignal) =>
  fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` }, signal });
const envelope = async (r: Response) => (await r.json()) as { error: { code: string; message: string; innerError: Record<string, string> } };
/** Waits until `f` holds, or fails after `ms`. */
const until = async (f: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!f()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
};
/** Starts a streamed export and returns once its first bytes (the CSV header) arrived. */
const startExport = async (upn: string, token: string) => {
  const ac = new AbortController();
  const r = await call(exportUrl(upn), token, ac.signal);
  expect(r.status).toBe(200);
  const reader = (r.body as ReadableStream<Uint8Array>).getReader();
  const first = await reader.read();
  expect(new TextDecoder().decode(first.value)).toMatch(/^"Date \(UTC\)",/);
  return { stop: () => ac.abort() };
};

describe('serving at scale', () => {
  it('answers other requests while one runs a slow query', async () => {
    let slowDone = false;
    const slow = call(list('spin-4000@contoso.com')).then((r) => ((slowDone = true), r));
    await until(() => pool.stats().busy === 1, 1000);
    for (let i = 0; i < 8; i++) {
      const r = await call(list());
      expect(r.status).toBe(200);
      expect(((await r.json()) as { value: unknown[] }).value).toHaveLength(50);
    }
    // All eight pages came back while the slow query still held its worker.
    expect(slowDone).toBe(false);
    expect((await slow).status).toBe(200);
  });

  it('stops a query past its time budget with 504 and the Graph envelope, then serves on', async () => {
    const started = Date.now();
    const r = await call(list('spin-20000@contoso.com'));
    expect(r.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(BUDGET_MS + 2000);
    const e = await envelope(r);
    expect(e.error.code).toBe('GatewayTimeout');
    expect(e.error.innerError.code).toBe('QueryTimeout');
    expect(e.error.innerError['request-id']).toBe(r.headers.get('request-id'));
    expect((await call(list())).status).toBe(200);
  });

  it('frees the worker and the export slot when the client disconnects mid-export', async () => {
    const replaced = pool.stats().replaced;
    const exp = await startExport('spin-20000@contoso.com', tokens[0] as string);
    expect(await until(() => pool.stats().busyBulk === 1, 1000)).toBe(true);
    exp.stop();
    // The page's query is stopped at once, not after its 20 s.
    expect(await until(() => pool.stats().busy === 0, 1500)).toBe(true);
    expect(pool.stats().replaced).toBe(replaced + 1);
    // The token's only export slot is free again.
    const again = await call(exportUrl('nobody@contoso.com'));
    expect(again.status).toBe(200);
    expect(await again.text()).toMatch(/^"Date \(UTC\)",/);
  });

  it('answers 429 with Retry-After beyond the exports per token and overall', async () => {
    const first = await startExport('spin-2000@contoso.com', tokens[0] as string);
    try {
      const mine = await call(exportUrl('nobody@contoso.com'), tokens[0]);
      expect(mine.status).toBe(429);
      expect(Number(mine.headers.get('retry-after'))).toBeGreaterThan(0);
      const e = await envelope(mine);
      expect(e.error.code).toBe('TooManyRequests');
      expect(e.error.message).toMatch(/this token already runs 1 export/i);
      const second = await startExport('spin-2000@contoso.com', tokens[1] as string);
      try {
        const full = await call(exportUrl('nobody@contoso.com'), tokens[2]);
        expect(full.status).toBe(429);
        expect(full.headers.get('retry-after')).toMatch(/^\d+$/);
        expect((await envelope(full)).error.message).toMatch(/server already runs 2 exports/);
        // Interactive requests are still served meanwhile.
        expect((await call(list(), tokens[2])).status).toBe(200);
      } finally {
        second.stop();
      }
    } finally {
      first.stop();
    }
  });

  it('ends the request of a worker that dies with a clear 503, and keeps serving', async () => {
    const r = await call(list('crash@contoso.com'));
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('1');
    const e = await envelope(r);
    expect(e.error.code).toBe('ServiceNotAvailable');
    expect(e.error.message).toMatch(/stopped unexpectedly/);
    for (let i = 0; i < 3; i++) expect((await call(list())).status).toBe(200);
    const one = await call('/beta/auditLogs/signIns/00000000-0000-4000-8000-000000000007');
    expect(((await one.json()) as { id: string }).id).toBe('00000000-0000-4000-8000-000000000007');
  });
});
