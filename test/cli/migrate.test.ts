// `signin-report migrate` upgrades a v0.1.0 store (committed fixture) in place, then finds nothing to do.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('signin-report migrate', () => {
  it('copies every v0.1 row into the v2 layout once, and the store answers as before', async () => {
    const db = join(dir, 'old.db');
    writeFileSync(db, gunzipSync(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'upgrade', 'v0.1.0-sqlite.db.gz'))));
    const first = await runCli(['--db', db, 'migrate']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Store upgraded: 402 sign-ins in the v2 layout/);
    const again = await runCli(['--db', db, 'migrate']);
    expect(again.stdout.trim()).toBe('Store is up to date.');
    const stats = await runCli(['--db', db, 'stats', '--format', 'json']);
    expect((JSON.parse(stats.stdout) as { total: number }).total).toBe(402);
  });
});
