// The `import`, `query` and `stats` commands in-process: summary, idempotency, rejects with
// file:line and field path, strict mode, unparseable JSON offsets, every Graph JSON shape.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { makeSignIn } from '../../src/storage/contract/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-cli-'));
const records = Array.from({ length: 25 }, (_, i) => makeSignIn(i));
const ndjson = records.map((r) => JSON.stringify(r)).join('\n') + '\n';

const write = (name: string, text: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('signin-report import', () => {
  it('imports NDJSON, and a second run stores nothing new', async () => {
    const db = join(dir, 'a.db');
    const file = write('a.ndjson', ndjson);
    const first = await runCli(['--db', db, 'import', file, '--rejects', join(dir, 'r.ndjson')]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/read 25 · stored 25 · duplicates 0 · rejected 0/);
    const again = await runCli(['--db', db, 'import', file]);
    expect(again.stdout).toMatch(/read 25 · stored 0 · duplicates 25 · rejected 0/);
    const stats = await runCli(['--db', db, 'stats', '--format', 'json']);
    expect(JSON.parse(stats.stdout).total).toBe(25);
  });

  it('reports a bad record with file:line and field path, stores the rest, exits 3', async () => {
    const db = join(dir, 'b.db');
    const bad = { ...records[0], id: 'bad', status: { errorCode: 'oops' } };
    const file = write('b.ndjson', `${JSON.stringify(records[1])}\n${JSON.stringify(bad)}\n${JSON.stringify(records[2])}\n`);
    const rejects = join(dir, 'b-rejects.ndjson');
    const r = await runCli(['--db', db, 'import', file, '--rejects', rejects]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${file}:2: status.errorCode: expected integer or null, got "oops"`);
    expect(r.stdout).toMatch(/stored 2 .* rejected 1/);
    const line = JSON.parse(readFileSync(rejects, 'utf8').trim()) as { where: string; problems: { path: string }[] };
    expect(line.where).toBe(`${file}:2`);
    expect(line.problems[0]?.path).toBe('status.errorCode');
  });

  it('names the byte offset of unparseable JSON', async () => {
    const db = join(dir, 'c.db');
    const first = JSON.stringify(records[0]);
    const file = write('c.ndjson', `${first}\n{"id": nope}\n`);
    const r = await runCli(['--db', db, 'import', file, '--rejects', join(dir, 'c-r.ndjson')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`c.ndjson:2: (record): invalid JSON in the line starting at byte ${Buffer.byteLength(first) + 1}`);
    const file2 = write('c2.ndjson', `${first}\n{"id": "x",}\n`);
    const r2 = await runCli(['--db', db, 'import', file2, '--rejects', join(dir, 'c-r.ndjson')]);
    expect(r2.stderr).toContain(`c2.ndjson:2: (record): invalid JSON at byte ${Buffer.byteLength(first) + 1 + 11}`);
  });

  it('--strict stores nothing when any record is bad', async () => {
    const db = join(dir, 'd.db');
    const file = write('d.ndjson', `${JSON.stringify(records[0])}\n{"id":"x"}\n`);
    const r = await runCli(['--db', db, 'import', '--strict', file, '--rejects', join(dir, 'd-r.ndjson')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/d\.ndjson:2: createdDateTime: required \(strict mode: nothing was stored\)/);
    const stats = await runCli(['--db', db, 'stats', '--format', 'json']);
    expect(JSON.parse(stats.stdout).total).toBe(0);
  });

  it('reads every Graph JSON shape: object, array, page, folder of pages, gzip', async () => {
    const db = join(dir, 'e.db');
    const folder = join(dir, 'pages');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.json'), JSON.stringify(records[0], null, 2));
    writeFileSync(join(folder, 'array.json'), JSON.stringify(records.slice(1, 5)));
    writeFileSync(join(folder, 'page1.json'), JSON.stringify({ '@odata.context': 'x', value: records.slice(5, 10), '@odata.nextLink': 'y' }, null, 1));
    writeFileSync(join(folder, 'page2.json.gz'), gzipSync(JSON.stringify({ '@odata.context': 'x', value: records.slice(10, 15) })));
    writeFileSync(join(folder, 'lines.ndjson'), '\uFEFF' + records.slice(15).map((r) => JSON.stringify(r)).join('\r\n'));
    const r = await runCli(['--db', db, 'import', folder]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/read 25 · stored 25 .* in 5 files/);
    const q = await runCli(['--db', db, 'query', '--top', '100', '--format', 'json']);
    const got = (JSON.parse(q.stdout) as { id: string }[]).map((s) => s.id).sort();
    expect(got).toEqual(records.map((s) => s.id).sort());
  });

  it('reports a cut-off JSON array instead of waiting forever', async () => {
    const file = write('cut.json', `[${JSON.stringify(records[0])},{"id":"b","crea`);
    const r = await runCli(['--db', join(dir, 'cut.db'), 'import', file, '--rejects', join(dir, 'cut-r.ndjson')]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/read 2 · stored 1 .* rejected 1/);
    expect(r.stderr).toMatch(/cut\.json: \(record\): invalid JSON near byte \d+/);
  });

  it('refuses an unrecognised file with the list of formats', async () => {
    const r = await runCli(['--db', join(dir, 'f.db'), 'import', write('f.bin', 'hello world')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unrecognised input; expected one of:[\s\S]*graph-json/);
  });

  it('query filters by flags and renders CSV', async () => {
    const db = join(dir, 'a.db');
    const r = await runCli(['--db', db, 'query', '--error-code', '50126', '--format', 'csv', '--top', '100']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toContain('Date (UTC)');
    expect(lines[0]?.endsWith(',Sign-in type')).toBe(true);
    expect(lines).toHaveLength(1 + records.filter((s) => s.status?.errorCode === 50126).length);
    expect(lines.slice(1).filter((l) => !/,(interactiveUser|nonInteractiveUser|servicePrincipal|managedIdentity)$/.test(l))).toEqual([]);
    const bad = await runCli(['--db', db, 'query', '--outcome', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--outcome: expected one of success, failure, interrupted/);
  });

  it('reads CSVs with --encoding, --date-order and --timezone, and refuses bad values of them', async () => {
    const db = join(dir, 'enc.db');
    const csv = 'Date;Request ID;User;Status\r\n03/04/2026 09:00;req-enc-1;山田 太郎;Success\r\n';
    const file = write('InteractiveSignIns_cp932.csv', iconv.encode(csv, 'cp932'));
    const r = await runCli(['--db', db, 'import', '--no-progress', '--encoding', 'shift_jis', '--date-order', 'dmy', '--timezone', 'Asia/Tokyo', file]);
    expect(r.code, r.stderr).toBe(0);
    const got = await runCli(['--db', db, 'query', '--format', 'json']);
    const [s] = JSON.parse(got.stdout) as { userDisplayName: string; createdDateTime: string }[];
    expect([s?.userDisplayName, s?.createdDateTime]).toEqual(['山田 太郎', '2026-04-03T00:00:00Z']);
    for (const [flag, value, message] of [
      ['--encoding', 'klingon', /--encoding: 'klingon' is not an encoding we can read/],
      ['--date-order', 'ydm', /--date-order: expected dmy, mdy, ymd/],
      ['--timezone', 'Mars/Olympus', /--timezone: unknown time zone 'Mars\/Olympus'/],
    ] as const) {
      const bad = await runCli(['--db', db, 'import', flag, value, file]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(message);
    }
  });
});
