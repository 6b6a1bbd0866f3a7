// Webhook delivery end to end on both engines: a real receiver on 127.0.0.1 that fails first (500, then 429 with Retry-After), a loop restart in between, signatures, payload shapes, dead rows and timeouts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { SignInStore } from '../../src/core/ports.js';
import type { WebhookSpec } from '../../src/core/notify/webhook-spec.js';
import { createAlertOutbox } from '../../src/core/use-cases/enqueue-alert-notices.js';
import { createWebhookDelivery } from '../../src/node/webhook-delivery.js';
import { createWebhookMetrics } from '../../src/node/webhook-metrics.js';
import { verifyWebhookSignature } from '../../src/node/webhook-signature.js';
import { createSqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { createPostgresStore } from '../../src/storage/postgres/postgres-store.js';
import { createTestDatabases } from '../../src/storage/postgres/test-database.js';
import { makeAlert, notice } from '../../src/storage/contract/alert-fixtures.js';
import { startWebhookReceiver } from './webhook-receiver.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-webhooks-'));
const pgUrl = inject('pgUrl');
const pg = pgUrl ? createTestDatabases(pgUrl, 'signin_webhooks') : undefined;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await pg?.dropAll();
});

/** Opens the same fresh database again and again (a restart), per engine. */
const engines: [string, () => Promise<() => Promise<SignInStore>>][] = [
  ['sqlite', async () => {
    const file = join(dir, `w${Math.random().toString(36).slice(2)}.db`);
    return async () => {
      const s = createSqliteStore({ file });
      await s.migrate();
      return s;
    };
  }],
];
if (pg) {
  engines.push(['postgres', async () => {
    const url = await pg.create();
    return async () => {
      const s = await createPostgresStore(url, { poolSize: 2 });
      await s.migrate();
      return s;
    };
  }]);
}

const SECRET = 'webhook-test-secret';
const POLICY = { baseDelayMs: 1_000, maxDelayMs: 600_000, maxAttempts: 5 };
const T0 = Date.parse('2026-11-30T10:15:00Z');

describe.each(engines)('webhook delivery on %s', (_engine, prepare) => {
  it('delivers every notice at least once through 500, 429 + Retry-After and a restart, signed and in each format', async () => {
    const receiver = await startWebhookReceiver({
      '/json': [{ status: 500 }, { status: 500 }, { status: 429, headers: { 'retry-after': '120' } }, { status: 429, headers: { 'retry-after': '120' } }],
      '/slack': [{ status: 503, headers: { 'retry-after': '30' } }],
    });
    const hooks: WebhookSpec[] = [
      { name: 'siem', url: receiver.url('/json'), format: 'json', secret: SECRET },
      { name: 'teams', url: receiver.url('/teams'), format: 'teams', lang: 'ja' },
      { name: 'slack', url: receiver.url('/slack'), format: 'slack' },
    ];
    let t = T0;
    const now = () => t;
    const open = await prepare();
    let store = await open();
    // One metrics registry per process, as `serve` has.
    const registries: Registry[] = [];
    const loop = () => {
      const registry = new Registry();
      registries.push(registry);
      return createWebhookDelivery({ store, webhooks: hooks, now, random: () => 0.5, policy: POLICY, publicUrl: 'https://reports.example.com/', metrics: createWebhookMetrics(registry, store) });
    };
    try {
      const spray = makeAlert(1);
      const travel = makeAlert(2, { ruleId: 'impossible-travel', severity: 'critical', entity: { kind: 'user', value: 'kenji@contoso.example' } });
      expect(await createAlertOutbox(store, hooks, { now: () => new Date(t) }).enqueue([notice(spray), notice(travel, 'alert.updated')])).toBe(6);

      let first = loop();
      expect(await first.runOnce()).toBe(6); // json: 500 ×2, slack: 503 + Retry-After ×1 then 200, teams: 200 ×2
      const siem = () => store.listOutbox({ webhook: 'siem', limit: 10 });
      // Back-off after the first failure: half of the 1 s step fixed, half jittered (random 0.5).
      expect((await siem()).map((r) => [r.state, r.attempts, r.nextAttemptAt - t, r.lastStatus])).toEqual([
        ['pending', 1, 750, 500], ['pending', 1, 750, 500],
      ]);
      const slackRows = await store.listOutbox({ webhook: 'slack', limit: 10 });
      expect(slackRows.map((r) => r.state).sort()).toEqual(['delivered', 'pending']);
      expect(slackRows.find((r) => r.state === 'pending')!.nextAttemptAt - t).toBe(30_000); // Retry-After honoured on 503

      t += 1_000;
      expect(await first.runOnce()).toBe(2); // json: 429 with Retry-After: 120 ×2
      expect((await siem()).map((r) => [r.state, r.attempts, r.nextAttemptAt - t, r.lastStatus])).toEqual([
        ['pending', 2, 120_000, 429], ['pending', 2, 120_000, 429],
      ]);

      const before = await registries[0]!.metrics();
      expect(before).toContain('signin_report_webhook_attempts_total{webhook="siem",result="retry"} 4');
      expect(before).toContain('signin_report_webhook_attempts_total{webhook="teams",result="delivered"} 2');
      expect(before).toContain('signin_report_webhook_outbox_rows{webhook="siem",state="pending"} 2');

      // Restart: the loop stops, the store closes; a new process opens the same database.
      await first.stop();
      await store.close();
      store = await open();
      first = loop();
      t += 60_000;
      expect(await first.runOnce()).toBe(1); // only slack's retry is due; the 429s wait for Retry-After
      t += 61_000;
      expect(await first.runOnce()).toBe(2);
      expect(await first.runOnce()).toBe(0);
      expect((await store.countOutbox()).map((c) => [c.webhook, c.state, c.count])).toEqual([
        ['siem', 'delivered', 2], ['slack', 'delivered', 2], ['teams', 'delivered', 2],
      ]);

      const ok = receiver.requests.filter((r) => r.status === 200);
      const seen = (path: string) => ok.filter((r) => r.path === path).map((r) => JSON.parse(r.body) as Record<string, unknown>);
      // Generic JSON: the alert plus its event, a link, and a valid signature over timestamp and body.
      const json = seen('/json');
      expect(json.map((b) => [b.id, b.event]).sort()).toEqual([[spray.id, 'alert.created'], [travel.id, 'alert.updated']]);
      expect(json.find((b) => b.id === travel.id)).toEqual({ event: 'alert.updated', ...travel, link: `https://reports.example.com/?page=alerts&sel=${travel.id}` });
      for (const r of receiver.requests.filter((x) => x.path === '/json')) {
        const headers = { signature: r.headers['x-signin-report-signature'] as string, timestamp: r.headers['x-signin-report-timestamp'] as string };
        expect(verifyWebhookSignature(SECRET, headers, r.body, Number(headers.timestamp))).toBe(true);
        expect(verifyWebhookSignature('another-secret', headers, r.body, Number(headers.timestamp))).toBe(false);
        expect(verifyWebhookSignature(SECRET, headers, r.body.replace('42', '43'), Number(headers.timestamp))).toBe(false);
        expect(r.headers['x-signin-report-event']).toMatch(/^alert\.(created|updated)$/);
      }
      // The same row keeps its delivery id across attempts, so a receiver can drop repeats.
      const ids = receiver.requests.filter((x) => x.path === '/json').map((r) => r.headers['x-signin-report-delivery']);
      expect(new Set(ids).size).toBe(2);
      expect(ids.length).toBe(6);

      // Teams: a Workflows message with one Adaptive Card, in Japanese as configured.
      for (const b of seen('/teams')) {
        expect(b).toMatchObject({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.4' } }] });
        const card = (b.attachments as { content: { body: { type: string; text?: string }[]; actions: { type: string; url: string }[] } }[])[0]!.content;
        expect(card.body.map((x) => x.type)).toEqual(['TextBlock', 'TextBlock', 'FactSet']);
        expect(card.body[0]!.text).toMatch(/^(新しいアラート|アラートの更新) · (高|重大): /);
        expect(card.actions[0]).toMatchObject({ type: 'Action.OpenUrl', url: expect.stringMatching(/^https:\/\/reports\.example\.com\/\?page=alerts&sel=al_/) });
      }
      expect(seen('/teams')).toHaveLength(2);
      // Slack: Block Kit blocks and a plain-text fallback.
      for (const b of seen('/slack')) {
        expect(typeof b.text).toBe('string');
        expect((b.blocks as { type: string }[]).map((x) => x.type)).toEqual(['header', 'section', 'section', 'actions']);
      }
      expect(seen('/slack').map((b) => b.text as string).some((x) => x.startsWith('Alert updated · Critical: '))).toBe(true);

      const after = await registries[1]!.metrics();
      expect(after).toContain('signin_report_webhook_attempts_total{webhook="siem",result="delivered"} 2');
      expect(after).toContain('signin_report_webhook_outbox_rows{webhook="teams",state="delivered"} 2');
    } finally {
      await store.close();
      await receiver.close();
    }
  });

  it('sends rows claimed by a process that died before finishing them once their lease runs out', async () => {
    const receiver = await startWebhookReceiver({});
    const hooks: WebhookSpec[] = [{ name: 'siem', url: receiver.url('/json'), format: 'json' }];
    const open = await prepare();
    let store = await open();
    try {
      await createAlertOutbox(store, hooks, { now: () => new Date(T0) }).enqueue([notice(makeAlert(3))]);
      // The dead process claimed the row (lease 60 s) and never reported a result.
      expect(await store.claimOutboxRows(T0, 10, 60_000)).toHaveLength(1);
      await store.close();
      store = await open();
      let t = T0 + 30_000;
      const loop = createWebhookDelivery({ store, webhooks: hooks, now: () => t, policy: POLICY });
      expect(await loop.runOnce()).toBe(0);
      t = T0 + 60_000;
      expect(await loop.runOnce()).toBe(1);
      expect(receiver.requests.map((r) => [r.path, r.status])).toEqual([['/json', 200]]);
      expect((await store.listOutbox({ limit: 1 }))[0]).toMatchObject({ state: 'delivered', attempts: 2, lastStatus: 200 });
    } finally {
      await store.close();
      await receiver.close();
    }
  });

  it('marks rows of a webhook removed from the configuration dead, without sending them anywhere', async () => {
    const open = await prepare();
    const store = await open();
    try {
      await createAlertOutbox(store, [{ name: 'old', url: 'http://127.0.0.1:9/', format: 'json' }], { now: () => new Date(T0) }).enqueue([notice(makeAlert(6))]);
      let sent = 0;
      const loop = createWebhookDelivery({ store, webhooks: [], now: () => T0, policy: POLICY, fetch: async () => (sent++, new Response('')) });
      expect(await loop.runOnce()).toBe(1);
      expect(sent).toBe(0);
      expect((await store.listOutbox({ limit: 1 }))[0]).toMatchObject({ state: 'dead', lastError: "webhook 'old' is no longer configured" });
    } finally {
      await store.close();
    }
  });

  it('deletes delivered rows once they are older than the keep period, and only those', async () => {
    const receiver = await startWebhookReceiver({ '/b': [{ status: 404 }] });
    const hooks: WebhookSpec[] = [{ name: 'a', url: receiver.url('/a'), format: 'json' }, { name: 'b', url: receiver.url('/b'), format: 'json' }];
    const open = await prepare();
    const store = await open();
    try {
      let t = T0;
      await createAlertOutbox(store, hooks, { now: () => new Date(t) }).enqueue([notice(makeAlert(8))]);
      const loop = createWebhookDelivery({ store, webhooks: hooks, now: () => t, policy: POLICY, keepDeliveredMs: 86_400_000 });
      expect(await loop.runOnce()).toBe(2);
      // Pruning runs at most hourly; a day after delivery the row is exactly at the cutoff and stays.
      t += 86_400_000;
      await loop.runOnce();
      expect((await store.countOutbox()).map((c) => [c.webhook, c.state])).toEqual([['a', 'delivered'], ['b', 'dead']]);
      t += 3_600_000;
      await loop.runOnce();
      expect((await store.countOutbox()).map((c) => [c.webhook, c.state])).toEqual([['b', 'dead']]);
    } finally {
      await store.close();
      await receiver.close();
    }
  });

  it('gives up after the attempt limit, on a 4xx at once, on a timeout keeps trying; `retry` revives dead rows', async () => {
    const receiver = await startWebhookReceiver({
      '/down': [{ status: 502 }, { status: 502 }],
      '/gone': [{ status: 404 }],
      '/slow': [{ status: 200, hang: true }],
    });
    const hooks: WebhookSpec[] = [
      { name: 'down', url: receiver.url('/down'), format: 'json' },
      { name: 'gone', url: receiver.url('/gone'), format: 'slack' },
      { name: 'slow', url: receiver.url('/slow'), format: 'teams' },
    ];
    const open = await prepare();
    const store = await open();
    try {
      let t = T0;
      await createAlertOutbox(store, hooks, { now: () => new Date(t) }).enqueue([notice(makeAlert(4))]);
      const loop = createWebhookDelivery({ store, webhooks: hooks, now: () => t, random: () => 0, policy: { ...POLICY, maxAttempts: 2 }, timeoutMs: 300 });
      expect(await loop.runOnce()).toBe(3);
      const state = async () => Object.fromEntries((await store.listOutbox({ limit: 10 })).map((r) => [r.webhook, [r.state, r.attempts, r.lastStatus ?? null, r.lastError]]));
      expect(await state()).toEqual({
        down: ['pending', 1, 502, 'HTTP 502: not now'],
        gone: ['dead', 1, 404, 'HTTP 404: not now'],
        slow: ['pending', 1, null, 'timed out'],
      });
      t += 10_000;
      expect(await loop.runOnce()).toBe(2);
      expect((await state()).down).toEqual(['dead', 2, 502, 'HTTP 502: not now']);
      expect((await state()).slow?.[0]).toBe('delivered');
      expect(await store.retryDeadOutboxRows(undefined, t)).toBe(2);
      expect(await loop.runOnce()).toBe(2);
      expect(Object.values(await state()).map((s) => s[0])).toEqual(['delivered', 'delivered', 'delivered']);
    } finally {
      await store.close();
      await receiver.close();
    }
  });
});
