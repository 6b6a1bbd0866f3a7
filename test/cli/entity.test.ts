// The entity commands in-process: `user`, `ip` and `app` as tables (en, ja) and JSON, with
// --since/--until/--tz, and their exit codes (1 unknown entity, 2 bad key or flag).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { makeSignIn } from '../../src/storage/contract/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-entity-cli-'));
const db = join(dir, 'e.db');
const APP = 'de8bc8b5-d9f9-48b1-a8ad-b748da725064';
// Thirty sign-ins a minute apart on 2024-07-01 (fixtures.ts): user0..user4, codes 50126 and 0.
const data = Array.from({ length: 30 }, (_, i) => makeSignIn(i));
const RANGE = ['--since', '2024-06-30', '--until', '2024-07-02'];

beforeAll(async () => {
  const file = join(dir, 'in.ndjson');
  writeFileSync(file, data.map((d) => JSON.stringify(d)).join('\n'));
  expect((await runCli(['--db', db, 'import', file])).code).toBe(0);
});

describe('entity commands', () => {
  it('user prints the summary as tables, in the zone asked for', async () => {
    const r = await runCli(['--db', db, 'user', 'USER0@contoso.com', ...RANGE, '--tz', 'Asia/Tokyo']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('User: user0@contoso.com (User 0)');
    // user0: sign-ins 0, 5, 10, 15, 20, 25; codes 50126 at 0, 15.
    expect(r.stdout).toMatch(/Sign-ins: 6 — succeeded 4, failed 2, interrupted 0/);
    expect(r.stdout).toContain('First seen: 2024-07-01 09:00 · Last seen: 2024-07-01 09:25');
    expect(r.stdout).toMatch(/Error codes:\n.*\n {2}50126 .* {7}2 {8}2/);
  });

  it('ip and app print in Japanese, and JSON is the API summary', async () => {
    const ja = await runCli(['--db', db, 'ip', '203.0.113.3', ...RANGE, '--lang', 'ja']);
    expect(ja.code, ja.stderr).toBe(0);
    expect(ja.stdout).toContain('IP アドレス: 203.0.113.3');
    expect(ja.stdout).toContain('ユーザー:');
    const json = await runCli(['--db', db, 'app', APP.toUpperCase(), ...RANGE, '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    const body = JSON.parse(json.stdout) as { kind: string; key: string; totals: { total: number; failure: number }; users: unknown[] };
    expect(body).toMatchObject({ kind: 'app', key: APP, totals: { total: 30, failure: 10 } });
    expect(body.users).toHaveLength(5);
  });

  it('exits 1 for an entity without sign-ins and 2 for a bad key or flag', async () => {
    const none = await runCli(['--db', db, 'user', 'nobody@contoso.com']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("No sign-in of user 'nobody@contoso.com'");
    for (const args of [['app', 'teams'], ['ip', '1.2.3'], ['user', 'a@b.c', '--format', 'xml'], ['user', 'a@b.c', '--tz', 'Nowhere/City'], ['user', 'a@b.c', '--lang', 'fr']]) {
      const r = await runCli(['--db', db, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
    }
  });
});
