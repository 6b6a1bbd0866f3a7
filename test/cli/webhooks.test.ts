// `webhooks list|test|retry`: the outbox state per webhook, a signed test message to a real receiver, dead rows queued again, exit codes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { startWebhookReceiver, type WebhookReceiver } from '../node/webhook-receiver.js';
import { createSqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { createAlertOutbox } from '../../src/core/use-cases/enqueue-alert-notices.js';
import { makeAlert, notice } from '../../src/storage/contract/alert-fixtures.js';
import { verifyWebhookSignature } from '../../src/node/webhook-signature.js';

const dir = join(fileURLToPath(new URL('../../.tmp/', import.meta.url)), `webhooks-${process.pid}`);
const db = join(dir, 'w.db');
const config = join(dir, 'config.json');
let receiver: WebhookReceiver;

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  receiver = await startWebhookReceiver({ '/down': [{ status: 500 }] });
  writeFileSync(config, JSON.stringify({
    notifications: {
      webhooks: [
        { name: 'siem', url: receiver.url('/siem'), format: 'json', secret: 'env:HOOK_KEY' },
        { name: 'down', url: receiver.url('/down'), format: 'slack', lang: 'ja' },
      ],
    },
  }));
  const store = createSqliteStore({ file: db });
  await store.migrate();
  const hooks = [{ name: 'siem', url: 'x', format: 'json' as const }, { name: 'down', url: 'x', format: 'slack' as const }];
  await createAlertOutbox(store, hooks, { now: () => new Date() }).enqueue([notice(makeAlert(1)), notice(makeAlert(2))]);
  const [row] = await store.claimOutboxRows(Date.now(), 1, 1_000);
  await store.finishOutboxRow(row!.id, { state: 'dead', status: 410, error: 'HTTP 410: gone' });
  await store.close();
});
afterAll(async () => {
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCli(['--db', db, '--config', config, 'webhooks', ...args], { HOOK_KEY: 'k1' });

describe('signin-report webhooks', () => {
  it('list: counts by state per webhook, and the dead rows with their errors', async () => {
    const r = await cli('list');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+FORMAT\s+PENDING\s+DELIVERED\s+DEAD/);
    expect(lines.map((l) => l.split(/\s+/).slice(0, 5))).toEqual([
      ['NAME', 'FORMAT', 'PENDING', 'DELIVERED', 'DEAD'],
      ['siem', 'json', '1', '0', '1'],
      ['down', 'slack', '2', '0', '0'],
    ]);
    expect(r.stderr).toMatch(/^dead: siem alert al_0+1 \(alert\.created\) after 1 attempts: HTTP 410: gone$/m);
    const json = JSON.parse((await cli('list', '--format', 'json')).stdout) as { webhooks: { name: string; dead: number }[] };
    expect(json.webhooks.map((w) => [w.name, w.dead])).toEqual([['siem', 1], ['down', 0]]);
  });

  it('test: sends a signed example alert marked as a test; a failing receiver exits 5', async () => {
    const ok = await cli('test', 'siem');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain("Sent a test message to 'siem': HTTP 200.");
    const got = receiver.requests.find((r) => r.path === '/siem')!;
    const body = JSON.parse(got.body) as { test: boolean; event: string; entity: { value: string } };
    expect([body.test, body.event, body.entity.value]).toEqual([true, 'alert.created', '192.0.2.10']);
    const headers = { signature: got.headers['x-signin-report-signature'] as string, timestamp: got.headers['x-signin-report-timestamp'] as string };
    expect(verifyWebhookSignature('k1', headers, got.body, Number(headers.timestamp))).toBe(true);

    const down = await cli('test', 'down');
    expect(down.code).toBe(5);
    expect(down.stderr).toContain("test message to 'down' failed: HTTP 500");
    const missing = await cli('test', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no webhook named 'nope'");
  });

  it('retry: queues dead deliveries again', async () => {
    const r = await cli('retry');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('1 dead delivery queued again');
    expect((await cli('list')).stdout).toMatch(/^siem\s+json\s+2\s+0\s+0/m);
  });

  it('fails with a usage error when a webhook secret names an unset variable', async () => {
    const r = await runCli(['--db', db, '--config', config, 'webhooks', 'list'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('environment variable HOOK_KEY is not set');
  });
});
