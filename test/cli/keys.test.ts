// `keys show|rotate`: a pseudonymised export is stable under one key, and after a rotation the
// same sign-ins get new pseudonyms; only fingerprints of keys are ever printed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { makeSignIn } from '../../src/storage/contract/fixtures.js';

const dir = join(fileURLToPath(new URL('../../.tmp/', import.meta.url)), `keys-${process.pid}`);
const db = join(dir, 'k.db');
beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'in.ndjson');
  writeFileSync(file, Array.from({ length: 6 }, (_, i) => JSON.stringify(makeSignIn(i))).join('\n'));
  expect((await runCli(['--db', db, 'import', file, '--no-progress'])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pseudonymised = async () => {
  const r = await runCli(['--db', db, 'export', '--format', 'ndjson', '--pseudonymize']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; userPrincipalName?: string });
};

describe('signin-report keys', () => {
  it('show before any export, then rotate: new pseudonyms, old ones stable until then', async () => {
    expect((await runCli(['--db', db, 'keys', 'show'])).stdout).toContain('no key yet');
    const a = await pseudonymised();
    const b = await pseudonymised();
    expect(b).toEqual(a);
    const shown = await runCli(['--db', db, 'keys', 'show']);
    const before = /^key ([0-9a-f]{16})$/m.exec(shown.stdout)?.[1];
    expect(before).toBeDefined();
    const rotated = await runCli(['--db', db, 'keys', 'rotate']);
    expect(rotated.code).toBe(0);
    expect(rotated.stderr).toContain(`Replaced pseudonymisation key ${before}`);
    const after = /^key ([0-9a-f]{16})$/m.exec(rotated.stdout)?.[1];
    expect(after).not.toBe(before);
    const c = await pseudonymised();
    expect(c).toHaveLength(a.length);
    const oldIds = new Set(a.map((x) => x.id));
    for (const x of c) expect(oldIds.has(x.id)).toBe(false);
    const oldUsers = new Set(a.map((x) => x.userPrincipalName).filter(Boolean));
    for (const x of c) if (x.userPrincipalName) expect(oldUsers.has(x.userPrincipalName)).toBe(false);
  });
});
