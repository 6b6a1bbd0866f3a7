// The analytics commands in-process: diagnose (text/json, unknown id), export to stdout with
// pseudonyms, prune --older-than, rederive, with their exit codes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { makeSignIn } from '../../src/storage/contract/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-analytics-cli-'));
const db = join(dir, 'a.db');
const now = Date.now();
const data = Array.from({ length: 30 }, (_, i) =>
  makeSignIn(i, {
    // Ten a day over the last three days, the oldest first.
    createdDateTime: new Date(now - (3 - Math.floor(i / 10)) * 86_400_000 + 3_600_000 + (i % 10) * 60_000).toISOString(),
    appliedConditionalAccessPolicies: i === 29 ? [{ id: 'p1', displayName: 'Require MFA', result: 'failure', enforcedGrantControls: ['Mfa'] }] : [],
  }),
);

beforeAll(async () => {
  const file = join(dir, 'in.ndjson');
  writeFileSync(file, data.map((d) => JSON.stringify(d)).join('\n'));
  expect((await runCli(['--db', db, 'import', file])).code).toBe(0);
});

describe('analytics commands', () => {
  it('diagnose explains the code and shows the context; exit 1 for an unknown id', async () => {
    const target = data[27]!; // code 50126
    const text = await runCli(['--db', db, 'diagnose', target.id]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('AADSTS50126 (InvalidUserNameOrPassword)');
    expect(text.stdout).toContain('Same code on the same application');
    const ja = await runCli(['--db', db, 'diagnose', data[29]!.id, '--lang', 'ja', '--format', 'text']);
    expect(ja.stdout).toContain('失敗した条件付きアクセス ポリシー');
    const json = await runCli(['--db', db, 'diagnose', data[29]!.id, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ failedPolicies: [{ id: 'p1', displayName: 'Require MFA', enforcedGrantControls: ['Mfa'] }] });
    const missing = await runCli(['--db', db, 'diagnose', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("No sign-in with id 'nope'");
  });

  it('export writes NDJSON to stdout, pseudonymized on request', async () => {
    const r = await runCli(['--db', db, 'export', '--format', 'ndjson', '--outcome', 'failure', '--pseudonymize']);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(rows).toHaveLength(10);
    expect(r.stdout).not.toContain('contoso.com');
    expect(r.stderr).toMatch(/Exported 10 sign-ins/);
    expect((await runCli(['--db', db, 'export', '--format', 'xml'])).code).toBe(2);
  });

  it('prune removes what is older than the duration and refuses nonsense', async () => {
    const r = await runCli(['--db', db, 'prune', '--older-than', '2d', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ deleted: 10 });
    expect((await runCli(['--db', db, 'prune', '--older-than', '10m'])).code).toBe(2);
    expect((await runCli(['--db', db, 'prune', '--older-than', 'soon'])).code).toBe(2);
    expect((await runCli(['--db', db, 'prune'])).code).toBe(2);
  });

  it('rederive reports that stored rows match the catalog', async () => {
    const r = await runCli(['--db', db, 'rederive']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Every stored sign-in already matches the catalog.');
  });
});
