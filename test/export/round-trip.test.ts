// Our CSV export re-imports: demo sign-ins of every type, exported per type in the portal
// layout by `signin-report export`, imported again by the portal-CSV importer, give the same
// flat rows (every filterable property) — and NDJSON gives the same documents.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { createSqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { toSignInRow, type SignInRow } from '../../src/core/model/sign-in-row.js';
import { PORTAL_CSV_COLUMNS, PORTAL_LAYOUT_COLUMNS } from '../../src/core/export/portal-csv.js';
import type { SignIn } from '../../src/core/model/sign-in-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-roundtrip-'));
const TYPES = ['interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity'];

const rowsOf = async (db: string): Promise<Map<string, SignInRow>> => {
  const store = createSqliteStore({ file: db });
  await store.migrate();
  const out = new Map<string, SignInRow>();
  for await (const page of store.exportRows(undefined)) for (const s of page.items) out.set(s.id, toSignInRow(s));
  await store.close();
  return out;
};

const docsOf = async (db: string): Promise<Map<string, SignIn>> => {
  const store = createSqliteStore({ file: db });
  const out = new Map<string, SignIn>();
  for await (const page of store.exportRows(undefined)) for (const s of page.items) out.set(s.id, s);
  await store.close();
  return out;
};

describe('export → import round trip', () => {
  it('keeps the portal header, then re-imports every filterable property from CSV', async () => {
    const src = join(dir, 'src.db');
    expect((await runCli(['--db', src, 'demo', '--count', '3000', '--seed', '7', '--end', '2025-01-31T00:00:00Z', '--days', '3'])).code).toBe(0);
    const out = join(dir, 'csv');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(out);
    for (const type of TYPES) {
      const r = await runCli(['--db', src, 'export', '--type', type, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
    }
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      'ApplicationSignIns_start_2025-01-31.csv',
      'InteractiveSignIns_start_2025-01-31.csv',
      'MSISignIns_start_2025-01-31.csv',
      'NonInteractiveSignIns_start_2025-01-31.csv',
    ].map((f) => f.replace('2025-01-31', new Date().toISOString().slice(0, 10))));
    const header = readFileSync(join(out, files[1]!), 'utf8').split('\r\n')[0]!;
    expect(header.split('","').length).toBe(PORTAL_CSV_COLUMNS.length);
    expect(header.startsWith('\uFEFF"Date (UTC)","Request ID"')).toBe(true);
    expect(PORTAL_CSV_COLUMNS[PORTAL_LAYOUT_COLUMNS - 1]?.[0]).toBe('Federated Token Issuer');

    const back = join(dir, 'back.db');
    const imp = await runCli(['--db', back, 'import', ...files.map((f) => join(out, f))]);
    expect(imp.code, imp.stderr).toBe(0);
    const before = await rowsOf(src);
    const after = await rowsOf(back);
    expect(after.size).toBe(3000);
    for (const [id, row] of before) expect(after.get(id), id).toEqual(row);
  });

  it('re-imports NDJSON exports document for document', async () => {
    const src = join(dir, 'src.db');
    const file = join(dir, 'all.ndjson');
    expect((await runCli(['--db', src, 'export', '--format', 'ndjson', '--out', file])).code).toBe(0);
    const back = join(dir, 'back2.db');
    expect((await runCli(['--db', back, 'import', file])).code).toBe(0);
    const a = await docsOf(src);
    const b = await docsOf(back);
    expect(b.size).toBe(a.size);
    for (const [id, doc] of a) expect(b.get(id)).toEqual(doc);
  });
});
