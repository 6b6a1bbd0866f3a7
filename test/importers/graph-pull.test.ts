// The live pull over real HTTP: @azure/identity against a local token endpoint, our own
// Graph-compatible server as the source, a fault-injecting proxy between them (429 with
// Retry-After, 503, connection resets, pages cut short). The store must end with exactly the
// source's records; a pull killed mid-way (child process, SIGKILL) and restarted must too.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { createSqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import type { SignIn } from '../../src/core/model/sign-in-schema.js';
import type { SignInStore } from '../../src/core/ports.js';
import { checkpointKey } from '../../src/importers/graph-pull/pull-sign-ins.js';
import { makeToken, openStore, record } from '../http/helpers.js';
import { runCli } from '../cli/run-cli.js';
import { main } from '../../src/cli/main.js';
import { makeCert, startFaultProxy, startTokenEndpoint, type FaultProxy, type TestCert, type TokenEndpoint } from './pull-servers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'signin-pull-'));
const SECRET = 'test-client-secret-Zq8~x';
const TENANT = '11111111-2222-3333-4444-555555555555';
const NOW = Date.now();
const records: SignIn[] = Array.from({ length: 240 }, (_, n) =>
  record(n, { createdDateTime: new Date(NOW - 60_000 - n * 17 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z') }),
);

let source: SignInStore;
let sourceUrl: string;
let closeSource: () => Promise<void>;
let cert: TestCert;
let tokens: TokenEndpoint;
let proxy: FaultProxy;

beforeAll(async () => {
  source = await openStore(records);
  const apiToken = await makeToken(source, 'puller', ['read']);
  const app = createApp({ store: source });
  await app.listen({ host: '127.0.0.1', port: 0 });
  sourceUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  closeSource = async () => {
    await app.close();
    await source.close();
  };
  cert = makeCert();
  tokens = await startTokenEndpoint(cert, { clientSecret: SECRET, accessToken: apiToken });
  proxy = await startFaultProxy(sourceUrl);
});
afterAll(async () => {
  await proxy?.close();
  await tokens?.close();
  await closeSource?.();
});

const pullArgs = (db: string, extra: string[] = []) => [
  '--db', db, 'pull',
  '--tenant-id', TENANT,
  '--client-id', 'aaaaaaaa-0000-4000-8000-000000000001',
  '--graph-url', proxy.url,
  '--authority-host', tokens.url,
  '--ca-file', cert.certPath,
  '--since', '3d',
  '--window', '1d',
  '--page-size', '25',
  '--budget', '200/1s',
  '--no-progress',
  '--rejects', join(dir, 'rejects.ndjson'),
  ...(extra.includes('--certificate') ? [] : ['--client-secret-env', 'SR_SECRET']),
  ...extra,
];
const ENV = { SR_SECRET: SECRET };

/** The destination holds exactly the given records, byte for byte as the source serves them. */
const expectExactly = async (db: string, want: readonly SignIn[]) => {
  const store = createSqliteStore({ file: db });
  try {
    expect((await store.summarize()).total).toBe(want.length);
    for (const r of want) expect(await store.get(r.id)).toEqual(await source.get(r.id));
  } finally {
    await store.close();
  }
};

describe('signin-report pull (in-process, real HTTP)', () => {
  it('ends with exactly the source records through 429, 503, resets and cut pages', async () => {
    const faults: Record<number, '429' | '503' | 'reset' | 'cut' | 'hang-up'> = { 2: '429', 4: '503', 6: 'reset', 8: 'cut', 11: 'hang-up', 13: '429' };
    const start = proxy.count();
    proxy.setPlan((n) => faults[n - start] ?? 'ok');
    const db = join(dir, 'faults.db');
    const r = await runCli(pullArgs(db), ENV);
    proxy.setPlan(() => 'ok');
    expect(r.stderr).not.toContain(SECRET);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/pulled \d+ · stored 240 · duplicates \d+ · rejected 0 · 12 windows · \d+ requests \(6 retried, 2 throttled\)/);
    expect(r.stderr).toMatch(/retry 1 in 1\.\d s: Graph answered 429 TooManyRequests/);
    expect(r.stderr).toMatch(/page cut short/);
    expect(r.stderr).toMatch(/network error/);
    // One query per sign-in type, windowed, through the beta endpoint.
    const paths = proxy.seen.slice(start).map((s) => decodeURIComponent(s.path));
    for (const t of ['interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity']) {
      expect(paths.some((p) => p.startsWith('/beta/auditLogs/signIns?') && p.includes(`signInEventTypes/any(t: t eq '${t}')`))).toBe(true);
    }
    await expectExactly(db, records);

    // Again: only the overlap before each checkpoint is read, and it is all duplicates.
    const again = await runCli(pullArgs(db), ENV);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/stored 0 · duplicates \d+ · rejected 0 · 4 windows/);
    const store = createSqliteStore({ file: db });
    const cp = await store.getCheckpoint(checkpointKey({ graphUrl: proxy.url, tenantId: TENANT, api: 'beta' }, 'servicePrincipal'));
    await store.close();
    expect(Date.parse((JSON.parse(cp ?? '{}') as { through: string }).through)).toBeGreaterThan(NOW - 1000);
  });

  it('authenticates with a certificate too', async () => {
    const db = join(dir, 'cert.db');
    const r = await runCli(pullArgs(db, ['--certificate', cert.bundlePath, '--types', 'servicePrincipal']), {});
    expect(r.code, r.stderr).toBe(0);
    const assertion = tokens.requests.find((q) => q.body.includes('client_assertion='));
    expect(assertion).toBeDefined();
    await expectExactly(db, records.filter((x) => x.signInEventTypes?.[0] === 'servicePrincipal'));
  });

  it('v1.0 pulls interactive sign-ins with one query per window', async () => {
    const db = join(dir, 'v1.db');
    const r = await runCli(pullArgs(db, ['--api', 'v1.0']), ENV);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/stored 60 · .* 3 windows · 3 requests/);
  });

  it('a refused secret exits 4 with the authority\'s reason and never prints the secret', async () => {
    const db = join(dir, 'bad.db');
    const r = await runCli(pullArgs(db), { SR_SECRET: 'wrong-secret-value' });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/could not get a token for client .* AADSTS7000215/);
    expect(r.stderr + r.stdout).not.toContain('wrong-secret-value');
  });

  it('--schedule keeps pulling until stopped, each run reading only the overlap', async () => {
    const db = join(dir, 'schedule.db');
    let stdout = '';
    let stop!: () => void;
    const stopSignal = new Promise<void>((resolve) => (stop = resolve));
    const done = main(pullArgs(db, ['--schedule', '1s', '--types', 'managedIdentity']), {
      stdout: { write: (s: string) => ((stdout += s), true) },
      stderr: { write: () => true },
      env: ENV,
      stopSignal,
    });
    await new Promise<void>((resolve) => {
      const t = setInterval(() => {
        if ((stdout.match(/^pulled /gm) ?? []).length >= 3) {
          clearInterval(t);
          resolve();
        }
      }, 20);
    });
    stop();
    expect(await done).toBe(0);
    const runs = stdout.trim().split('\n');
    expect(runs[0]).toMatch(/stored 60 · duplicates 0 .* 3 windows/);
    expect(runs[1]).toMatch(/stored 0 · duplicates \d+ .* 1 window · /);
  });

  it('refuses bad usage with exit 2', async () => {
    const db = join(dir, 'usage.db');
    expect((await runCli(pullArgs(db), {})).stderr).toMatch(/SR_SECRET is empty or not set/);
    expect((await runCli(pullArgs(db, ['--since', 'forever']), ENV)).code).toBe(2);
    expect((await runCli(pullArgs(db, ['--budget', 'lots']), ENV)).code).toBe(2);
  });
});

/** Builds dist/ when it is missing or older than the pull sources (tsc emits despite others' type errors). */
const ensureBuilt = () => {
  const out = join(ROOT, 'dist', 'cli', 'commands', 'pull.js');
  const sources = [join(ROOT, 'src', 'cli', 'commands', 'pull.ts'), ...readdirSync(join(ROOT, 'src', 'importers', 'graph-pull')).map((f) => join(ROOT, 'src', 'importers', 'graph-pull', f))];
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (!existsSync(out) || statSync(out).mtimeMs < newest) {
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  }
  return existsSync(out);
};

describe('signin-report pull killed mid-way (child process)', () => {
  it('resumes from its checkpoint after SIGKILL and ends with exactly the source records', async () => {
    expect(ensureBuilt()).toBe(true);
    const db = join(dir, 'killed.db');
    // Small pages: many requests, so the kill lands inside a window.
    const run = (killAfter?: number) =>
      new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [join(ROOT, 'bin', 'signin-report.js'), ...pullArgs(db, ['--page-size', '5'])], {
          cwd: ROOT,
          env: { ...process.env, ...ENV },
        });
        let stderr = '';
        let stdout = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        const start = proxy.count();
        const timer = killAfter
          ? setInterval(() => {
              if (proxy.count() - start >= killAfter) child.kill('SIGKILL');
            }, 5)
          : undefined;
        child.on('exit', (code, signal) => {
          if (timer) clearInterval(timer);
          resolve({ code, signal, stderr, stdout });
        });
      });
    proxy.setDelay(60);
    const killed = await run(14);
    proxy.setDelay(0);
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    const partial = createSqliteStore({ file: db });
    const storedBefore = (await partial.summarize()).total;
    const checkpoint = await partial.getCheckpoint(checkpointKey({ graphUrl: proxy.url, tenantId: TENANT, api: 'beta' }, 'interactiveUser'));
    await partial.close();
    expect(storedBefore).toBeGreaterThan(0);
    expect(storedBefore).toBeLessThan(records.length);
    expect(checkpoint).toBeDefined();

    const resumed = await run();
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`stored ${records.length - storedBefore} · `));
    expect(resumed.stderr + resumed.stdout).not.toContain(SECRET);
    await expectExactly(db, records);
  });
});
