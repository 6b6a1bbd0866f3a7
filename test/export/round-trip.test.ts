// Our CSV export re-imports: demo sign-ins of every type, exported by `signin-report export` for
// every tab of the report (All and each sign-in type), plain and pseudonymised, imported again
// by the portal-CSV importer, give the same flat rows (every filterable property, the sign-in
// type included) — and NDJSON gives the same documents.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { createSqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { toSignInRow, type SignInRow } from '../../src/core/model/sign-in-row.js';
import { PORTAL_CSV_COLUMNS, PORTAL_LAYOUT_COLUMNS } from '../../src/core/export/portal-csv.js';
import type { SignIn } from '../../src/core/model/sign-in-schema.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-roundtrip-'));
const src = join(dir, 'src.db');
const out = join(dir, 'exports');
const today = new Date().toISOString().slice(0, 10);
const TABS = [
  ['All', undefined, 'SignIns'],
  ['interactiveUser', 'interactiveUser', 'InteractiveSignIns'],
  ['nonInteractiveUser', 'nonInteractiveUser', 'NonInteractiveSignIns'],
  ['servicePrincipal', 'servicePrincipal', 'ApplicationSignIns'],
  ['managedIdentity', 'managedIdentity', 'MSISignIns'],
] as const;

const rowsOf = async (db: string): Promise<Map<string, SignInRow>> => {
  const store = createSqliteStore({ file: db });
  await store.migrate();
  const rows = new Map<string, SignInRow>();
  for await (const page of store.exportRows(undefined)) for (const s of page.items) rows.set(s.id, toSignInRow(s));
  await store.close();
  return rows;
};

const docsOf = async (db: string): Promise<Map<string, SignIn>> => {
  const store = createSqliteStore({ file: db });
  const docs = new Map<string, SignIn>();
  for await (const page of store.exportRows(undefined)) for (const s of page.items) docs.set(s.id, s);
  await store.close();
  return docs;
};

const cli = async (args: string[]) => {
  const r = await runCli(args);
  expect(r.code, r.stderr).toBe(0);
  return r;
};

/** Imports files into a fresh database and returns its rows. */
const reimport = async (name: string, files: string[]): Promise<Map<string, SignInRow>> => {
  const db = join(dir, `${name}.db`);
  await cli(['--db', db, 'import', '--no-progress', '--rejects', join(dir, `${name}-rejects.ndjson`), ...files]);
  return rowsOf(db);
};

beforeAll(async () => {
  await cli(['--db', src, 'demo', '--count', '3000', '--seed', '7', '--end', '2025-01-31T00:00:00Z', '--days', '3']);
  mkdirSync(out);
}, 120_000);

describe('export → import round trip, every tab', () => {
  it.each(TABS)('%s tab: CSV, plain and pseudonymised, comes back row for row', async (label, type, prefix) => {
    const typeArgs = type ? ['--type', type] : [];
    await cli(['--db', src, 'export', ...typeArgs, '--out', out]);
    await cli(['--db', src, 'export', ...typeArgs, '--pseudonymize', '--out', out]);
    const plainFile = join(out, `${prefix}_start_${today}.csv`);
    const pseudoFile = join(out, `${prefix}_start_${today}_pseudonymized.csv`);
    const header = readFileSync(plainFile, 'utf8').split('\r\n')[0] as string;
    expect(header.startsWith('\uFEFF"Date (UTC)","Request ID"')).toBe(true);
    expect(header.split('","')).toHaveLength(PORTAL_CSV_COLUMNS.length);
    expect(header.endsWith('"Sign-in type"')).toBe(true);

    const all = await rowsOf(src);
    const want = [...all.values()].filter((r) => type === undefined || r.signInType === type);
    expect(want.length).toBeGreaterThan(type ? 50 : 2500);
    const plain = await reimport(`${label}-plain`, [plainFile]);
    expect(plain.size).toBe(want.length);
    for (const row of want) expect(plain.get(row.id), row.id).toEqual(row);
    if (type === undefined) expect(new Set([...plain.values()].map((r) => r.signInType)).size).toBe(4);

    // The pseudonymised CSV against the pseudonymised NDJSON of the same tab (same key).
    const ndjson = join(dir, `${label}-pseudonymized.ndjson`);
    await cli(['--db', src, 'export', ...typeArgs, '--pseudonymize', '--format', 'ndjson', '--out', ndjson]);
    const fromCsv = await reimport(`${label}-pseudo-csv`, [pseudoFile]);
    const fromJson = await reimport(`${label}-pseudo-json`, [ndjson]);
    expect(fromCsv.size).toBe(want.length);
    expect([...fromCsv.values()].some((r) => all.get(r.id)?.userPrincipalName && r.userPrincipalName === all.get(r.id)?.userPrincipalName)).toBe(false);
    for (const [id, row] of fromJson) expect(fromCsv.get(id), id).toEqual(row);
  });

  it('names the files as the portal does, with SignIns_ for the All tab', () => {
    expect(readdirSync(out).sort()).toEqual(
      TABS.flatMap(([, , prefix]) => [`${prefix}_start_${today}.csv`, `${prefix}_start_${today}_pseudonymized.csv`]).sort(),
    );
    expect(PORTAL_CSV_COLUMNS[PORTAL_LAYOUT_COLUMNS - 1]?.[0]).toBe('Federated Token Issuer');
  });

  it('re-imports NDJSON exports document for document', async () => {
    const file = join(dir, 'all.ndjson');
    await cli(['--db', src, 'export', '--format', 'ndjson', '--out', file]);
    const back = join(dir, 'back-ndjson.db');
    await cli(['--db', back, 'import', '--no-progress', file]);
    const a = await docsOf(src);
    const b = await docsOf(back);
    expect(b.size).toBe(a.size);
    for (const [id, doc] of a) expect(b.get(id)).toEqual(doc);
  });
});
