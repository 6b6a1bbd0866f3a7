// Fault test at small scale (npm run soak runs it larger): serve killed with SIGKILL during a stream
// of POST /api/ingest batches and restarted; the shipper re-sends until 2xx; every record ends up
// stored exactly once, so no acknowledged batch was lost and none was stored twice. SQLite and PostgreSQL.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runKillServe } from '../../src/soak/kill-serve.js';
import { createTestDatabases } from '../../src/storage/postgres/test-database.js';
import { describePostgresUnavailable } from '../../src/storage/contract/postgres-unavailable.js';

const dir = join(fileURLToPath(new URL('../../.tmp/', import.meta.url)), `soak-serve-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serve killed with SIGKILL during ingest', () => {
  it('stores every batch once after 2 kills and the retries', async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const lines: string[] = [];
    const r = await runKillServe({ db: join(dir, 'store.db'), batches: 60, batchSize: 50, kills: 2, seed: 3, log: (l) => lines.push(l) });
    expect(r, lines.join('\n')).toMatchObject({ records: 3000, kills: 2, stored: 3000, duplicates: 0, lost: 0, integrity: 'ok' });
    expect(lines).toHaveLength(2);
    expect(r.requests).toBeGreaterThanOrEqual(60);
  }, 120_000);
});

const pgUrl = inject('pgUrl');
if (pgUrl) {
  const dbs = createTestDatabases(pgUrl, 'signin_soak');
  afterAll(() => dbs.dropAll());
  describe('serve on PostgreSQL killed with SIGKILL during ingest', () => {
    it('stores every batch once after a kill and the retries', async () => {
      const r = await runKillServe({ db: await dbs.create(), batches: 30, batchSize: 50, kills: 1, seed: 4 });
      expect(r).toMatchObject({ records: 1500, kills: 1, stored: 1500, duplicates: 0, lost: 0 });
    }, 120_000);
  });
} else {
  describePostgresUnavailable('serve on PostgreSQL killed with SIGKILL during ingest');
}
