// The `serve` and `token` commands in-process, and `query --filter` through the OData parser: first-start admin token
// printed once with a browser URL, HTTPS-free serving on an ephemeral port, graceful stop, token create/list/revoke.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ADMIN_TOKEN_FILE } from '../../src/cli/admin-token-notice.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli } from './run-cli.js';
import { makeSignIn } from '../../src/storage/contract/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-serve-'));

/** Starts `serve` in-process; resolves once it prints its URL. */
const startServe = (db: string, tty = true) => {
  let stdout = '';
  let stderr = '';
  let stop!: () => void;
  const stopSignal = new Promise<void>((r) => (stop = r));
  let onLine: (() => void) | undefined;
  const done = main(['--db', db, 'serve', '--port', '0'], {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), onLine?.(), true), isTTY: tty },
    env: {},
    stopSignal,
  });
  const ready = new Promise<string>((resolve, reject) => {
    onLine = () => {
      const m = /listening on (http:\/\/\S+) /.exec(stderr);
      if (m) resolve(m[1] as string);
    };
    void done.then((code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  return { ready, stop, done, out: () => stdout, err: () => stderr };
};

describe('signin-report serve', () => {
  it('creates and prints an admin token on first start only, serves, and stops on the signal', async () => {
    const db = join(dir, 'serve.db');
    const s = await startServe(db);
    const url = await s.ready;
    const token = /Open in a browser: (\S+)#token=(sr_\S+)/.exec(s.err());
    expect(token?.[1]).toBe(`${url}/`);
    const secret = token?.[2] as string;
    const r = await fetch(`${url}/beta/auditLogs/signIns?$top=1`, { headers: { authorization: `Bearer ${secret}` } });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ value: [] });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    s.stop();
    expect(await s.done).toBe(0);
    expect(s.err()).toContain('signin-report stopped');
    const logs = s.out().trim().split('\n').map((l) => JSON.parse(l) as { reqId?: string; msg: string });
    expect(logs.some((l) => l.msg === 'request completed' && typeof l.reqId === 'string')).toBe(true);

    const again = startServe(db);
    await again.ready;
    expect(again.err()).not.toContain('admin token');
    again.stop();
    expect(await again.done).toBe(0);
  });

  it('off a terminal, writes the first admin token to an owner-only file and prints only its path', async () => {
    const local = join(fileURLToPath(new URL('../../.tmp/', import.meta.url)), `serve-notty-${process.pid}`);
    rmSync(local, { recursive: true, force: true });
    mkdirSync(local, { recursive: true });
    const s = startServe(join(local, 'serve.db'), false);
    const url = await s.ready;
    const file = join(local, ADMIN_TOKEN_FILE);
    expect(s.err()).toContain(`written to ${file}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const secret = /^(sr_\S+)$/m.exec(readFileSync(file, 'utf8'))?.[1] as string;
    expect(secret).toMatch(/^sr_/);
    expect(s.err()).not.toContain(secret);
    expect(s.out()).not.toContain(secret);
    const r = await fetch(`${url}/beta/auditLogs/signIns?$top=1`, { headers: { authorization: `Bearer ${secret}` } });
    expect(r.status).toBe(200);
    s.stop();
    expect(await s.done).toBe(0);
    rmSync(local, { recursive: true, force: true });
  });

  it('recovery: `token create --scope admin` works on the store with no server, and serve then honours it', async () => {
    const db = join(dir, 'rescue.db');
    const made = await runCli(['--db', db, 'token', 'create', '--name', 'rescue', '--scope', 'admin']);
    expect(made.code).toBe(0);
    const secret = made.stdout.trim();
    const s = startServe(db);
    const url = await s.ready;
    expect(s.err()).not.toContain('admin token');
    const r = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${secret}` } });
    expect(r.status).toBe(200);
    s.stop();
    expect(await s.done).toBe(0);
  });

  it('refuses --tls-cert without --tls-key', async () => {
    const r = await runCli(['--db', join(dir, 'tls.db'), 'serve', '--tls-cert', 'x.pem']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--tls-cert and --tls-key go together');
  });
});

describe('signin-report token', () => {
  it('creates (secret on stdout once), lists without secrets, revokes', async () => {
    const db = join(dir, 'tokens.db');
    const made = await runCli(['--db', db, 'token', 'create', '--name', 'grafana', '--scope', 'read', '--expires', '30d']);
    expect(made.code).toBe(0);
    const secret = made.stdout.trim();
    expect(secret).toMatch(/^sr_[A-Za-z0-9_-]{43}$/);
    expect(made.stderr).toContain("Created token 'grafana'");
    const list = await runCli(['--db', db, 'token', 'list', '--format', 'json']);
    const tokens = JSON.parse(list.stdout) as { name: string; scopes: string[]; expiresAt?: string }[];
    expect(tokens).toEqual([expect.objectContaining({ name: 'grafana', scopes: ['read'], expiresAt: expect.any(String) })]);
    expect(list.stdout).not.toContain(secret);
    const table = await runCli(['--db', db, 'token', 'list']);
    expect(table.stdout).toMatch(/grafana\s+read\s+active/);
    expect((await runCli(['--db', db, 'token', 'create', '--name', 'grafana'])).code).toBe(2);
    expect((await runCli(['--db', db, 'token', 'create', '--name', 'x', '--scope', 'write'])).stderr).toContain("unknown scope 'write'");
    expect((await runCli(['--db', db, 'token', 'revoke', 'grafana'])).code).toBe(0);
    expect((await runCli(['--db', db, 'token', 'list'])).stdout).toMatch(/grafana\s+read\s+revoked/);
    expect((await runCli(['--db', db, 'token', 'revoke', 'grafana'])).code).toBe(1);
  });
});

describe('signin-report query --filter', () => {
  it('uses the OData parser with beta rules and reports errors with their position', async () => {
    const db = join(dir, 'query.db');
    const file = join(dir, 'q.ndjson');
    writeFileSync(file, Array.from({ length: 9 }, (_, i) => JSON.stringify(makeSignIn(i))).join('\n'));
    expect((await runCli(['--db', db, 'import', file, '--no-progress', '--rejects', join(dir, 'rej.ndjson')])).code).toBe(0);
    const r = await runCli(['--db', db, 'query', '--filter', "status/errorCode eq 50126 and startsWith(appDisplayName,'Graph')", '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { status: { errorCode: number }; appDisplayName: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ status: { errorCode: 50126 }, appDisplayName: 'Graph Explorer' });
    const bad = await runCli(['--db', db, 'query', '--filter', "usr eq 'x'"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("signin-report: --filter: unknown property 'usr' at 1\n");
  });
});
