/** The webhook outbox on SQLite (table from migration 0011). */
import type Database from 'better-sqlite3';
import type { WebhookOutboxStore } from '../../core/notify/outbox-types.js';
import { byDue, clipError, OUTBOX_INSERT_CHUNK, toOutboxRow, type OutboxRecord } from '../outbox-record.js';

export const createSqliteOutboxStore = (db: Database.Database): WebhookOutboxStore => ({
  addOutboxRows: async (rows, now) => {
    let added = 0;
    db.transaction(() => {
      for (let i = 0; i < rows.length; i += OUTBOX_INSERT_CHUNK) {
        const chunk = rows.slice(i, i + OUTBOX_INSERT_CHUNK);
        const values = chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ');
        added += db
          .prepare(
            `INSERT INTO webhook_outbox (webhook, alert_id, alert_updated_at, event, notice, next_attempt_at, created_at) VALUES ${values} ` +
              'ON CONFLICT (webhook, alert_id, alert_updated_at) DO NOTHING',
          )
          .run(...chunk.flatMap((r) => [r.webhook, r.alertId, r.alertUpdatedAt, r.event, r.notice, now, now])).changes;
      }
    })();
    return added;
  },
  // One statement, so atomic: two loops on one file never claim the same row twice in a lease.
  claimOutboxRows: async (now, limit, leaseMs) =>
    (
      db
        .prepare(
          'UPDATE webhook_outbox SET next_attempt_at = ?, attempts = attempts + 1 WHERE id IN (' +
            "SELECT id FROM webhook_outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?" +
            ') RETURNING *',
        )
        .all(now + leaseMs, now, limit) as OutboxRecord[]
    )
      .map(toOutboxRow)
      .sort(byDue),
  finishOutboxRow: async (id, o) => {
    if (o.state === 'delivered') {
      db.prepare("UPDATE webhook_outbox SET state = 'delivered', delivered_at = ?, last_status = ?, last_error = NULL WHERE id = ?").run(o.at, o.status, id);
    } else if (o.state === 'pending') {
      db.prepare("UPDATE webhook_outbox SET state = 'pending', next_attempt_at = ?, last_status = ?, last_error = ? WHERE id = ?")
        .run(o.nextAttemptAt, o.status ?? null, clipError(o.error), id);
    } else {
      db.prepare("UPDATE webhook_outbox SET state = 'dead', last_status = ?, last_error = ? WHERE id = ?").run(o.status ?? null, clipError(o.error), id);
    }
  },
  countOutbox: async () =>
    (
      db
        .prepare(
          "SELECT webhook, state, count(*) AS n, min(CASE WHEN state = 'pending' THEN next_attempt_at END) AS due " +
            'FROM webhook_outbox GROUP BY webhook, state ORDER BY webhook, state',
        )
        .all() as { webhook: string; state: 'pending' | 'delivered' | 'dead'; n: number; due: number | null }[]
    ).map((r) => ({ webhook: r.webhook, state: r.state, count: r.n, ...(r.due !== null ? { nextDue: r.due } : {}) })),
  listOutbox: async ({ state, webhook, limit }) =>
    (
      db
        .prepare('SELECT * FROM webhook_outbox WHERE (? IS NULL OR state = ?) AND (? IS NULL OR webhook = ?) ORDER BY id DESC LIMIT ?')
        .all(state ?? null, state ?? null, webhook ?? null, webhook ?? null, limit) as OutboxRecord[]
    ).map(toOutboxRow),
  deleteDeliveredOutboxRows: async (before) =>
    db.prepare("DELETE FROM webhook_outbox WHERE state = 'delivered' AND delivered_at < ?").run(before).changes,
  retryDeadOutboxRows: async (webhook, now) =>
    db
      .prepare("UPDATE webhook_outbox SET state = 'pending', attempts = 0, next_attempt_at = ? WHERE state = 'dead' AND (? IS NULL OR webhook = ?)")
      .run(now, webhook ?? null, webhook ?? null).changes,
});
