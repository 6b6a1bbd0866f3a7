// Round trip: each sample export imported with the real CLI into SQLite comes back unchanged,
// from the store (`get`) and from the Graph beta API (`GET /beta/auditLogs/signIns/{id}`);
// importing again stores nothing new.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import type { SignInStore } from '../../src/core/ports.js';
import { createApp } from '../../src/http/app.js';
import { makeToken } from '../http/helpers.js';
import { runCli } from '../cli/run-cli.js';

const FIX = join(import.meta.dirname, '..', 'fixtures');
const FORMATS = ['entra-csv', 'entra-json', 'log-analytics-csv', 'log-analytics-json'];
const dir = mkdtempSync(join(tmpdir(), 'signin-roundtrip-'));
const db = join(dir, 'rt.db');

const inputs = (format: string) =>
  readdirSync(join(FIX, format))
    .filter((f) => !f.endsWith('.expected.json'))
    .map((f) => join(FIX, format, f));
const expected = (format: string) =>
  readdirSync(join(FIX, format))
    .filter((f) => f.endsWith('.expected.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(FIX, format, f), 'utf8')) as { id: string }[]);

let store: SignInStore;
beforeAll(async () => {
  for (const format of FORMATS) {
    const r = await runCli(['--db', db, 'import', '--no-progress', '--rejects', join(dir, 'rejects.ndjson'), ...inputs(format)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`stored ${expected(format).length} · duplicates 0 · rejected 0`));
  }
  store = createSqliteStore({ file: db });
});
afterAll(async () => store.close());

describe.each(FORMATS)('%s', (format) => {
  it('store.get(id) returns each expected record exactly', async () => {
    for (const want of expected(format)) expect(await store.get(want.id)).toEqual(want);
  });

  it('GET /beta/auditLogs/signIns/{id} returns each expected record exactly', async () => {
    const secret = await makeToken(store, `rt-${format}`, ['read']);
    const app = createApp({ store, publicUrl: 'https://reports.example.com' });
    try {
      for (const want of expected(format)) {
        const r = await app.inject({ method: 'GET', url: `/beta/auditLogs/signIns/${want.id}`, headers: { authorization: `Bearer ${secret}` } });
        expect(r.statusCode).toBe(200);
        const { '@odata.context': context, ...body } = JSON.parse(r.body) as Record<string, unknown>;
        expect(context).toMatch(/\$metadata#auditLogs\/signIns\/\$entity$/);
        expect(body).toEqual(want);
      }
    } finally {
      await app.close();
    }
  });

  it('a second import stores nothing new', async () => {
    const r = await runCli(['--db', db, 'import', '--no-progress', ...inputs(format)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`stored 0 · duplicates ${expected(format).length} · rejected 0`));
  });
});
