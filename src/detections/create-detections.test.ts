// Detections wired from the configuration: alerts written on a real SQLite store reach the webhook outbox of the same store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../storage/sqlite/sqlite-store.js';
import { parseNotice } from '../core/notify/outbox-types.js';
import { createDetections } from './create-detections.js';
import { signIn } from './rule-test-kit.js';

const dir = mkdtempSync(join(tmpdir(), 'detections-outbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const detections = { enabled: true, breakGlassAccounts: ['bg@contoso.com'], latenessMinutes: 180, rules: {} };

describe('createDetections', () => {
  it('hands every alert it writes to the configured webhooks, once per webhook', async () => {
    const store = createSqliteStore({ file: join(dir, 'with-hooks.db') });
    await store.migrate();
    const webhooks = [
      { name: 'soc', url: 'http://127.0.0.1:9/hook', format: 'json' as const },
      { name: 'chat', url: 'http://127.0.0.1:9/chat', format: 'slack' as const },
    ];
    const detector = createDetections({ detections, notifications: { webhooks } }, store);
    const batch = [signIn({ at: 0, user: 'bg@contoso.com' }), signIn({ at: 1, user: 'alice@contoso.com' })];
    await store.upsert(batch);
    await detector?.observe(batch);
    const rows = await store.listOutbox({ limit: 100 });
    expect(rows.map((r) => r.webhook).sort()).toEqual(['chat', 'soc']);
    const notice = parseNotice(rows[0] as (typeof rows)[number]);
    expect(notice.event).toBe('alert.created');
    expect(notice.alert.ruleId).toBe('break-glass');
    expect(notice.alert.entity).toEqual({ kind: 'user', value: 'bg@contoso.com' });
    // The same sign-ins again: the alert does not change, so nothing more is queued.
    await detector?.observe(batch);
    expect(await store.listOutbox({ limit: 100 })).toHaveLength(2);
    await store.close();
  });

  it('queues nothing when no webhook is configured', async () => {
    const store = createSqliteStore({ file: join(dir, 'no-hooks.db') });
    await store.migrate();
    const detector = createDetections({ detections }, store);
    const batch = [signIn({ at: 0, user: 'bg@contoso.com' })];
    await store.upsert(batch);
    await detector?.observe(batch);
    expect((await store.listAlerts({ top: 10 })).items.map((a) => a.ruleId)).toContain('break-glass');
    expect(await store.listOutbox({ limit: 10 })).toHaveLength(0);
    await store.close();
  });
});
