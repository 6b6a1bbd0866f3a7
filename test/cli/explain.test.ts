// The `explain` command in-process: a known code (en/ja, text/json), an unknown code with what
// the store knows, and input that is not a code.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { makeSignIn } from '../../src/storage/contract/fixtures.js';
import { findErrorCode } from '../../src/core/catalog/index.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-explain-'));

describe('signin-report explain', () => {
  it('explains a known code in English and Japanese', async () => {
    const entry = findErrorCode(50126);
    const en = await runCli(['--db', join(dir, 'none.db'), 'explain', '50126']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(`AADSTS50126 (InvalidUserNameOrPassword): ${entry?.en.title}`);
    expect(en.stdout).toContain(entry?.en.action[0]);
    const ja = await runCli(['--db', join(dir, 'none.db'), 'explain', 'AADSTS50126', '--lang', 'ja']);
    expect(ja.stdout).toContain(entry?.ja.title);
    expect(ja.stdout).toContain('対処方法');
    const json = await runCli(['--db', join(dir, 'none.db'), 'explain', '50126', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ code: 50126, known: true, entry: { identifier: 'InvalidUserNameOrPassword' } });
  });

  it('is honest about an unknown code and reports what the store holds, exit 1', async () => {
    const db = join(dir, 'u.db');
    const rec = makeSignIn(1, { status: { errorCode: 99999901, failureReason: 'Something new happened.' } });
    const file = join(dir, 'u.ndjson');
    writeFileSync(file, `${JSON.stringify(rec)}\n`);
    expect((await runCli(['--db', db, 'import', file])).code).toBe(0);
    const r = await runCli(['--db', db, 'explain', '99999901']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('AADSTS99999901 is not in the catalog.');
    expect(r.stdout).toContain('Stored sign-ins with this code: 1');
    expect(r.stdout).toContain('Something new happened.');
  });

  it('refuses something that is not a code, exit 2', async () => {
    const r = await runCli(['explain', 'password']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected a numeric error code/);
  });
});
