// Fault test at small scale (npm run soak runs it larger): an import killed with SIGKILL at random
// moments, then run to the end, stores exactly the source's records once each, and the SQLite
// file passes its integrity check after every kill. SQLite and PostgreSQL.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runKillImport } from '../../src/soak/kill-import.js';
import { createTestDatabases } from '../../src/storage/postgres/test-database.js';
import { describePostgresUnavailable } from '../../src/storage/contract/postgres-unavailable.js';

const dir = join(fileURLToPath(new URL('../../.tmp/', import.meta.url)), `soak-import-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import killed with SIGKILL', () => {
  it('loses and duplicates nothing after 3 random kills and a re-run', async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const lines: string[] = [];
    const r = await runKillImport({ dir, db: join(dir, 'store.db'), records: 4000, kills: 3, seed: 5, batchSize: 100, workers: 0, log: (l) => lines.push(l) });
    expect(r, lines.join('\n')).toMatchObject({ records: 4000, kills: 3, stored: 4000, duplicates: 0, lost: 0, integrity: 'ok' });
    expect(lines).toHaveLength(3);
    // Every kill landed while batches were being written.
    expect(r.killedMidWrite, lines.join('\n')).toBe(3);
  }, 120_000);
});

const pgUrl = inject('pgUrl');
if (pgUrl) {
  const dbs = createTestDatabases(pgUrl, 'signin_soak_import');
  afterAll(() => dbs.dropAll());
  describe('import into PostgreSQL killed with SIGKILL', () => {
    it('loses and duplicates nothing after 2 random kills and a re-run', async () => {
      const local = `${dir}-pg`;
      rmSync(local, { recursive: true, force: true });
      mkdirSync(local, { recursive: true });
      const lines: string[] = [];
      const r = await runKillImport({ dir: local, db: await dbs.create(), records: 2000, kills: 2, seed: 6, batchSize: 100, workers: 0, log: (l) => lines.push(l) });
      rmSync(local, { recursive: true, force: true });
      expect(r, lines.join('\n')).toMatchObject({ records: 2000, kills: 2, stored: 2000, duplicates: 0, lost: 0 });
      expect(r.killedMidWrite, lines.join('\n')).toBe(2);
    }, 120_000);
  });
} else {
  describePostgresUnavailable('import into PostgreSQL killed with SIGKILL');
}
