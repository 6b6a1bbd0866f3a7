// Upgrading a database written by v0.1.0 (committed fixture) to storage v2: every sign-in's GET
// answer is the same text before and after, also when the row copy is killed half-way.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { SQLITE_MIGRATIONS } from '../../src/storage/sqlite/migrations.js';
import { copyV1Rows } from '../../src/storage/sqlite/upgrade-v2.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'upgrade');
const dir = mkdtempSync(join(tmpdir(), 'signin-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** A fresh copy of the v0.1.0 database. */
const v1Copy = (): string => {
  const file = join(dir, `v1-${n++}.db`);
  writeFileSync(file, gunzipSync(readFileSync(join(fixtures, 'v0.1.0-sqlite.db.gz'))));
  return file;
};
/** What v0.1.0 answered to GET for every stored id, sorted by id. */
const expected = gunzipSync(readFileSync(join(fixtures, 'v0.1.0-get.ndjson.gz'))).toString('utf8').trim().split('\n');

const getAll = async (file: string): Promise<string[]> => {
  const store = createSqliteStore({ file });
  await store.migrate();
  const ids = expected.map((line) => (JSON.parse(line) as { id: string }).id);
  const out: string[] = [];
  for (const id of ids) out.push(JSON.stringify(await store.get(id)));
  expect((await store.summarize()).total).toBe(expected.length);
  await store.close();
  return out;
};

describe('upgrade from v0.1.0', () => {
  it('starts from a real v0.1.0 database (6 migrations, the wide table)', () => {
    const db = new Database(v1Copy(), { readonly: true });
    expect(db.prepare('SELECT max(id) FROM schema_migrations').pluck().get()).toBe(6);
    expect(db.prepare("SELECT type FROM sqlite_schema WHERE name = 'sign_ins'").pluck().get()).toBe('table');
    expect(db.prepare('SELECT count(*) FROM sign_ins').pluck().get()).toBe(expected.length);
    db.close();
  });

  it('migrates in place: every GET answer is the same text, and new imports still work beside old blocks', async () => {
    const file = v1Copy();
    const progress: number[] = [];
    const store = createSqliteStore({ file, onUpgradeProgress: (p) => progress.push(p.done) });
    await store.migrate();
    expect(progress.at(-1)).toBe(expected.length);
    await store.close();
    expect(await getAll(file)).toEqual(expected);
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT type FROM sqlite_schema WHERE name = 'sign_ins'").pluck().get()).toBe('view');
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(SQLITE_MIGRATIONS.length);
    db.close();
  });

  it('resumes a row copy that was killed between chunks, copying nothing twice', async () => {
    const file = v1Copy();
    const db = new Database(file);
    const m7 = SQLITE_MIGRATIONS.find((m) => m.id === 7);
    db.exec(m7?.sql ?? '');
    db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (7, ?, ?)').run(m7?.name, new Date().toISOString());
    let chunks = 0;
    expect(() =>
      copyV1Rows(
        db,
        () => {
          if (++chunks === 3) throw new Error('killed');
        },
        100,
      ),
    ).toThrow('killed');
    expect(db.prepare('SELECT count(*) FROM sign_in_facts').pluck().get()).toBe(200);
    db.close();
    expect(await getAll(file)).toEqual(expected);
  });
});
