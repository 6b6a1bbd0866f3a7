/** The webhook outbox on PostgreSQL (table from migration 0011). */
import type pg from 'pg';
import type { WebhookOutboxStore } from '../../core/notify/outbox-types.js';
import { byDue, clipError, OUTBOX_INSERT_CHUNK, toOutboxRow, type OutboxRecord } from '../outbox-record.js';

export const createPostgresOutboxStore = (pool: pg.Pool): WebhookOutboxStore => ({
  addOutboxRows: async (rows, now) => {
    let added = 0;
    const c = await pool.connect();
    let failed = false;
    try {
      await c.query('BEGIN');
      for (let i = 0; i < rows.length; i += OUTBOX_INSERT_CHUNK) {
        const chunk = rows.slice(i, i + OUTBOX_INSERT_CHUNK);
        const values = chunk.map((_r, j) => `($${j * 5 + 1}, $${j * 5 + 2}, $${j * 5 + 3}, $${j * 5 + 4}, $${j * 5 + 5}, $${chunk.length * 5 + 1}, $${chunk.length * 5 + 1})`);
        const r = await c.query(
          `INSERT INTO webhook_outbox (webhook, alert_id, alert_updated_at, event, notice, next_attempt_at, created_at) VALUES ${values.join(', ')} ` +
            'ON CONFLICT (webhook, alert_id, alert_updated_at) DO NOTHING',
          [...chunk.flatMap((x) => [x.webhook, x.alertId, x.alertUpdatedAt, x.event, x.notice]), now],
        );
        added += r.rowCount ?? 0;
      }
      await c.query('COMMIT');
    } catch (e) {
      failed = true;
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release(failed);
    }
    return added;
  },
  // SKIP LOCKED: two servers on one database each take different rows.
  claimOutboxRows: async (now, limit, leaseMs) =>
    (
      await pool.query<OutboxRecord>(
        'UPDATE webhook_outbox SET next_attempt_at = $1, attempts = attempts + 1 WHERE id IN (' +
          "SELECT id FROM webhook_outbox WHERE state = 'pending' AND next_attempt_at <= $2 ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED" +
          ') RETURNING *',
        [now + leaseMs, now, limit],
      )
    ).rows
      .map(toOutboxRow)
      .sort(byDue),
  finishOutboxRow: async (id, o) => {
    if (o.state === 'delivered') {
      await pool.query("UPDATE webhook_outbox SET state = 'delivered', delivered_at = $1, last_status = $2, last_error = NULL WHERE id = $3", [o.at, o.status, id]);
    } else if (o.state === 'pending') {
      await pool.query("UPDATE webhook_outbox SET state = 'pending', next_attempt_at = $1, last_status = $2, last_error = $3 WHERE id = $4", [
        o.nextAttemptAt, o.status ?? null, clipError(o.error), id,
      ]);
    } else {
      await pool.query("UPDATE webhook_outbox SET state = 'dead', last_status = $1, last_error = $2 WHERE id = $3", [o.status ?? null, clipError(o.error), id]);
    }
  },
  countOutbox: async () =>
    (
      await pool.query<{ webhook: string; state: 'pending' | 'delivered' | 'dead'; n: string; due: string | null }>(
        "SELECT webhook, state, count(*) AS n, min(CASE WHEN state = 'pending' THEN next_attempt_at END) AS due " +
          'FROM webhook_outbox GROUP BY webhook, state ORDER BY webhook COLLATE "C", state COLLATE "C"',
      )
    ).rows.map((r) => ({ webhook: r.webhook, state: r.state, count: Number(r.n), ...(r.due !== null ? { nextDue: Number(r.due) } : {}) })),
  listOutbox: async ({ state, webhook, limit }) =>
    (
      await pool.query<OutboxRecord>(
        'SELECT * FROM webhook_outbox WHERE ($1::text IS NULL OR state = $1) AND ($2::text IS NULL OR webhook = $2) ORDER BY id DESC LIMIT $3',
        [state ?? null, webhook ?? null, limit],
      )
    ).rows.map(toOutboxRow),
  deleteDeliveredOutboxRows: async (before) =>
    (await pool.query("DELETE FROM webhook_outbox WHERE state = 'delivered' AND delivered_at < $1", [before])).rowCount ?? 0,
  retryDeadOutboxRows: async (webhook, now) =>
    (
      await pool.query("UPDATE webhook_outbox SET state = 'pending', attempts = 0, next_attempt_at = $1 WHERE state = 'dead' AND ($2::text IS NULL OR webhook = $2)", [
        now, webhook ?? null,
      ])
    ).rowCount ?? 0,
});
