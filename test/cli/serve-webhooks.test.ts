// `serve` runs the webhook delivery loop: a notice queued before the start reaches a real receiver, /metrics shows the delivery, and the loop stops with the server.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createSqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { createAlertOutbox } from '../../src/core/use-cases/enqueue-alert-notices.js';
import { makeAlert, notice } from '../../src/storage/contract/alert-fixtures.js';
import { startWebhookReceiver } from '../node/webhook-receiver.js';
import { createServer } from 'node:net';

/** A free port on 127.0.0.1: with publicUrl set, serve announces that URL, not the local one. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'signin-serve-webhooks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serve with webhooks configured', () => {
  it('delivers queued notices and reports them at /metrics', async () => {
    const receiver = await startWebhookReceiver({});
    const db = join(dir, 'w.db');
    const config = join(dir, 'config.json');
    const hook = { name: 'soc', url: receiver.url('/hook'), format: 'teams' as const };
    writeFileSync(config, JSON.stringify({ publicUrl: 'https://reports.example.com', notifications: { webhooks: [hook] } }));
    const store = createSqliteStore({ file: db });
    await store.migrate();
    await createAlertOutbox(store, [hook], { now: () => new Date() }).enqueue([notice(makeAlert(5))]);
    await store.close();

    const port = await freePort();
    let stderr = '';
    let stop!: () => void;
    const stopSignal = new Promise<void>((r) => (stop = r));
    const done = main(['--db', db, '--config', config, 'serve', '--port', String(port)], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => ((stderr += s), true), isTTY: true },
      env: {},
      stopSignal,
    });
    try {
      await expect.poll(() => receiver.requests.length, { timeout: 20_000 }).toBe(1);
      const body = JSON.parse(receiver.requests[0]!.body) as { type: string; attachments: { content: { actions: { url: string }[] } }[] };
      expect(body.type).toBe('message');
      expect(body.attachments[0]!.content.actions[0]!.url).toBe(`https://reports.example.com/?page=alerts&sel=${makeAlert(5).id}`);
      const url = `http://127.0.0.1:${port}`;
      // The token is printed once the port is open, which may follow the first delivery.
      await expect.poll(() => /#token=(sr_\S+)/.test(stderr), { timeout: 20_000 }).toBe(true);
      const token = /#token=(sr_\S+)/.exec(stderr)![1]!;
      const metrics = async () => (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
      await expect.poll(metrics, { timeout: 20_000 }).toContain('signin_report_webhook_attempts_total{webhook="soc",result="delivered"} 1');
      expect(await metrics()).toContain('signin_report_webhook_outbox_rows{webhook="soc",state="delivered"} 1');
    } finally {
      stop();
      expect(await done).toBe(0);
      await receiver.close();
    }
  });
});
