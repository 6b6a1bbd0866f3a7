/**
 * The webhook outbox contract, run once per engine: idempotent enqueue through the
 * `AlertOutbox` use-case (fan-out by webhook filters), leased claims, results, counts, retry of
 * dead rows, and rows that outlive the store being closed and opened again.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { SignInStore } from '../../core/ports.js';
import { createAlertOutbox } from '../../core/use-cases/enqueue-alert-notices.js';
import type { WebhookSpec } from '../../core/notify/webhook-spec.js';
import { parseNotice } from '../../core/notify/outbox-types.js';
import { makeAlert, notice } from './alert-fixtures.js';

export interface OutboxHarness {
  /** A fresh, migrated, empty store; `reopen` opens the same database again (after `close`). */
  create(): Promise<{ store: SignInStore; reopen: () => Promise<SignInStore> }>;
  /** Called after all tests of this suite. */
  teardown?(): Promise<void>;
}

const T0 = Date.parse('2026-11-30T10:15:00Z');
const clock = { now: () => new Date(T0) };
const hooks: WebhookSpec[] = [
  { name: 'all', url: 'http://127.0.0.1:9/a', format: 'json' },
  { name: 'critical-only', url: 'http://127.0.0.1:9/b', format: 'teams', minSeverity: 'critical' },
  { name: 'travel', url: 'http://127.0.0.1:9/c', format: 'slack', rules: ['impossible-travel'] },
];

export const describeOutboxContract = (engine: string, harness: OutboxHarness): void => {
  describe(`webhook outbox contract: ${engine}`, () => {
    afterAll(async () => harness.teardown?.());
    it('stores one row per wanting webhook and notice, and never the same notice twice', async () => {
      const { store } = await harness.create();
      try {
        const outbox = createAlertOutbox(store, hooks, clock);
        const spray = makeAlert(1);
        const travel = makeAlert(2, { ruleId: 'impossible-travel', severity: 'critical', entity: { kind: 'user', value: 'a@contoso.example' } });
        expect(await outbox.enqueue([notice(spray), notice(travel)])).toBe(4);
        // Same alert, same updatedAt: already queued, whatever the event says.
        expect(await outbox.enqueue([notice(spray), notice(spray, 'alert.updated')])).toBe(0);
        // The alert grew: a new notice.
        expect(await outbox.enqueue([notice({ ...spray, updatedAt: '2026-11-30T10:20:00Z', signInCount: 50 }, 'alert.updated')])).toBe(1);
        const counts = await store.countOutbox();
        expect(counts.map((c) => [c.webhook, c.state, c.count, c.nextDue])).toEqual([
          ['all', 'pending', 3, T0],
          ['critical-only', 'pending', 1, T0],
          ['travel', 'pending', 1, T0],
        ]);
        const rows = await store.listOutbox({ webhook: 'all', limit: 10 });
        expect(rows.map((r) => [r.alertId, r.alertUpdatedAt, r.event, r.attempts, r.state])).toEqual([
          [spray.id, '2026-11-30T10:20:00Z', 'alert.updated', 0, 'pending'],
          [travel.id, travel.updatedAt, 'alert.created', 0, 'pending'],
          [spray.id, spray.updatedAt, 'alert.created', 0, 'pending'],
        ]);
        expect(parseNotice(rows[1]!)).toEqual(notice(travel));
      } finally {
        await store.close();
      }
    });

    it('enqueues nothing when no webhook is configured or none wants the alert', async () => {
      const { store } = await harness.create();
      try {
        expect(await createAlertOutbox(store, [], clock).enqueue([notice(makeAlert(1))])).toBe(0);
        expect(await createAlertOutbox(store, hooks.slice(1), clock).enqueue([notice(makeAlert(1, { severity: 'medium' }))])).toBe(0);
        expect(await store.countOutbox()).toEqual([]);
      } finally {
        await store.close();
      }
    });

    it('claims due rows oldest first under a lease, and records each result', async () => {
      const { store } = await harness.create();
      try {
        const outbox = createAlertOutbox(store, hooks.slice(0, 1), clock);
        await outbox.enqueue([1, 2, 3].map((n) => notice(makeAlert(n))));
        const first = await store.claimOutboxRows(T0, 2, 60_000);
        expect(first.map((r) => [r.alertId, r.attempts, r.nextAttemptAt])).toEqual([
          [makeAlert(1).id, 1, T0 + 60_000],
          [makeAlert(2).id, 1, T0 + 60_000],
        ]);
        // Leased rows are not handed out again while the lease runs.
        expect((await store.claimOutboxRows(T0 + 1, 10, 60_000)).map((r) => r.alertId)).toEqual([makeAlert(3).id]);
        expect(await store.claimOutboxRows(T0 + 2, 10, 60_000)).toEqual([]);
        const [a, b] = first;
        await store.finishOutboxRow(a!.id, { state: 'delivered', at: T0 + 5, status: 204 });
        await store.finishOutboxRow(b!.id, { state: 'pending', nextAttemptAt: T0 + 30_000, status: 500, error: 'HTTP 500' });
        // Before the retry time nothing of b is due; the unfinished third row comes back when its lease ends.
        expect(await store.claimOutboxRows(T0 + 29_999, 10, 1_000)).toEqual([]);
        const again = await store.claimOutboxRows(T0 + 60_001, 10, 1_000);
        expect(again.map((r) => [r.alertId, r.attempts, r.lastStatus, r.lastError])).toEqual([
          [makeAlert(2).id, 2, 500, 'HTTP 500'],
          [makeAlert(3).id, 2, undefined, undefined],
        ]);
        await store.finishOutboxRow(again[0]!.id, { state: 'dead', status: 410, error: 'HTTP 410: gone' });
        const delivered = (await store.listOutbox({ state: 'delivered', limit: 10 }))[0];
        expect([delivered?.alertId, delivered?.deliveredAt, delivered?.lastStatus]).toEqual([makeAlert(1).id, T0 + 5, 204]);
        // The third row is still leased (pending) after its second claim.
        expect((await store.countOutbox()).map((c) => [c.state, c.count])).toEqual([['dead', 1], ['delivered', 1], ['pending', 1]]);
      } finally {
        await store.close();
      }
    });

    it('never hands one row to two claims running at once', async () => {
      const { store } = await harness.create();
      try {
        await createAlertOutbox(store, hooks.slice(0, 1), clock).enqueue(Array.from({ length: 12 }, (_, i) => notice(makeAlert(100 + i))));
        const claims = await Promise.all([0, 1, 2].map(() => store.claimOutboxRows(T0, 5, 60_000)));
        const ids = claims.flat().map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(12);
        expect(claims.flat().every((r) => r.attempts === 1)).toBe(true);
      } finally {
        await store.close();
      }
    });

    it('puts dead rows back in the queue, per webhook or all, with attempts reset', async () => {
      const { store } = await harness.create();
      try {
        await createAlertOutbox(store, hooks, clock).enqueue([notice(makeAlert(1, { severity: 'critical' }))]);
        for (const r of await store.claimOutboxRows(T0, 10, 1_000)) await store.finishOutboxRow(r.id, { state: 'dead', error: 'HTTP 404' });
        expect(await store.retryDeadOutboxRows('critical-only', T0 + 10)).toBe(1);
        expect(await store.retryDeadOutboxRows('critical-only', T0 + 10)).toBe(0);
        const due = await store.claimOutboxRows(T0 + 10, 10, 1_000);
        expect(due.map((r) => [r.webhook, r.attempts])).toEqual([['critical-only', 1]]);
        expect(await store.retryDeadOutboxRows(undefined, T0 + 20)).toBe(1);
        expect((await store.listOutbox({ state: 'dead', limit: 10 })).length).toBe(0);
      } finally {
        await store.close();
      }
    });

    it('deletes delivered rows older than a cutoff, never pending or dead ones', async () => {
      const { store } = await harness.create();
      try {
        await createAlertOutbox(store, hooks.slice(0, 1), clock).enqueue([1, 2, 3, 4].map((n) => notice(makeAlert(n))));
        const [a, b, c] = await store.claimOutboxRows(T0, 3, 1_000);
        await store.finishOutboxRow(a!.id, { state: 'delivered', at: T0 + 10, status: 200 });
        await store.finishOutboxRow(b!.id, { state: 'delivered', at: T0 + 20, status: 200 });
        await store.finishOutboxRow(c!.id, { state: 'dead', error: 'HTTP 404' });
        expect(await store.deleteDeliveredOutboxRows(T0 + 20)).toBe(1);
        expect(await store.deleteDeliveredOutboxRows(T0 + 20)).toBe(0);
        expect((await store.countOutbox()).map((x) => [x.state, x.count])).toEqual([['dead', 1], ['delivered', 1], ['pending', 1]]);
      } finally {
        await store.close();
      }
    });

    it('keeps queued rows when the store is closed and opened again', async () => {
      const { store, reopen } = await harness.create();
      await createAlertOutbox(store, hooks.slice(0, 1), clock).enqueue([notice(makeAlert(7))]);
      await store.close();
      const again = await reopen();
      try {
        expect((await again.claimOutboxRows(T0, 10, 1_000)).map((r) => r.alertId)).toEqual([makeAlert(7).id]);
      } finally {
        await again.close();
      }
    });
  });
};
