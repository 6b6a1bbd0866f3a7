// PostgreSQL behind a real server (127.0.0.1) as `serve` opens it: reads through pg's pool,
// export pages formatted by the shared worker pool (bulk lane), byte for byte what in-thread
// formatting gives, under the same export limits.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { prepareSignIn } from '../../src/core/model/sign-in-row.js';
import type { SignInStore } from '../../src/core/ports.js';
import { exportSignIns } from '../../src/core/use-cases/export-sign-ins.js';
import { createApp } from '../../src/http/app.js';
import { withPooledExport } from '../../src/node/pooled-export.js';
import { createWorkerPool, type WorkerPool } from '../../src/node/worker-pool.js';
import { createPostgresStore } from '../../src/storage/postgres/postgres-store.js';
import { createTestDatabases } from '../../src/storage/postgres/test-database.js';
import { describePostgresUnavailable } from '../../src/storage/contract/postgres-unavailable.js';
import { makeToken, record } from './helpers.js';

const url = inject('pgUrl');

if (url) {
  const dbs = createTestDatabases(url, 'signin_serve');
  let plain: SignInStore;
  let store: SignInStore;
  let pool: WorkerPool;
  let app: FastifyInstance;
  let base = '';
  let auth = '';

  beforeAll(async () => {
    plain = await createPostgresStore(await dbs.create(), { poolSize: 4 });
    await plain.migrate();
    await plain.upsert(Array.from({ length: 60 }, (_, n) => prepareSignIn(record(n))));
    pool = createWorkerPool({ size: 2 });
    store = withPooledExport(plain, pool);
    auth = `Bearer ${await makeToken(store, 'reader', ['read'])}`;
    app = createApp({ store, limits: { exportsPerToken: 1, exportsTotal: 2, queryTimeoutMs: 10_000 } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    await dbs.dropAll();
  });

  describe('PostgreSQL served with the shared pool', () => {
    for (const format of ['csv', 'ndjson', 'json'] as const) {
      it(`exports ${format} formatted in the pool, equal to in-thread formatting`, async () => {
        const r = await fetch(`${base}/api/export?format=${format}`, { headers: { authorization: auth } });
        expect(r.status).toBe(200);
        const served = Buffer.from(await r.arrayBuffer()).toString('utf8'); // keeps the BOM that text() drops
        let here = '';
        // The engine alone (no exportFormatted): the use-case formats on this thread.
        for await (const c of exportSignIns({ exportRows: plain.exportRows.bind(plain) }, { format }).chunks) here += String(c);
        expect(served).toBe(here);
        expect(served.length).toBeGreaterThan(1000);
        expect(pool.stats().workers).toBeGreaterThan(0);
      });
    }

    it('lists pages through pg and answers unknown ids with the Graph envelope', async () => {
      const r = await fetch(`${base}/beta/auditLogs/signIns?$top=7`, { headers: { authorization: auth } });
      expect(((await r.json()) as { value: unknown[] }).value).toHaveLength(7);
      const missing = await fetch(`${base}/beta/auditLogs/signIns/nope`, { headers: { authorization: auth } });
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('Request_ResourceNotFound');
    });
  });
} else {
  describePostgresUnavailable('PostgreSQL served with the shared pool');
}
