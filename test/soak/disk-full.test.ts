// Fault test: an import that meets a full disk (a file-size limit) stops with a clear message and
// exit code 5; the database still opens, passes its integrity check and keeps what was committed;
// with room again the same import completes without duplicates. Also the error mapping itself.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runDiskFull } from '../../src/soak/disk-full.js';
import { storageFailure } from '../../src/storage-failure.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { makeToken, record, setup } from '../http/helpers.js';

const dir = join(fileURLToPath(new URL('../../.tmp/', import.meta.url)), `soak-disk-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('full disk', () => {
  it('maps driver and file-system codes to a clear StorageUnavailable error, and nothing else', () => {
    for (const code of ['SQLITE_FULL', 'SQLITE_IOERR_WRITE', 'ENOSPC', 'EFBIG', '53100']) {
      const e = storageFailure(Object.assign(new Error('x'), { code }));
      expect(e?.code).toBe('StorageUnavailable');
      expect(e?.message).toMatch(/make room|fix the storage/);
    }
    for (const code of [undefined, 'SQLITE_CONSTRAINT', 'ENOENT', '23505']) expect(storageFailure(Object.assign(new Error('x'), { code }))).toBeUndefined();
  });

  it('an import under a file-size limit fails clearly; the database opens, keeps its data and takes the re-run', async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const r = await runDiskFull({ dir, before: 500, during: 3000, roomKb: 256 });
    expect(r.exitCode, r.message).toBe(EXIT.unavailable);
    expect(r.message).toMatch(/^signin-report: the database (cannot grow|could not be written)/);
    expect(r.message).not.toContain('internal error');
    expect(r.integrity).toBe('ok');
    expect(r.rowsAfterFailure).toBeGreaterThanOrEqual(r.committedBefore);
    expect(r.rowsAfterFailure).toBeLessThan(r.expectedAfterRetry);
    expect(r.rowsAfterRetry).toBe(r.expectedAfterRetry);
    expect(r.duplicates).toBe(0);
  }, 120_000);

  it('POST /api/ingest on a full disk: 503 with what to do (the shipper retries), never a 500', async () => {
    const t = await setup([]);
    const shipper = await makeToken(t.store, 'shipper', ['ingest']);
    t.store.upsert = async () => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    };
    const r = await t.app.inject({ method: 'POST', url: '/api/ingest', payload: JSON.stringify(record(1)), headers: { authorization: `Bearer ${shipper}`, 'content-type': 'application/x-ndjson' } });
    expect(r.statusCode).toBe(503);
    const body = JSON.parse(r.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('ServiceNotAvailable');
    expect(body.error.message).toMatch(/disk is full/);
    await t.app.close();
    await t.store.close();
  });
});
