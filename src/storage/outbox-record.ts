/** The webhook outbox's row as both engines store it, and its mapping to `OutboxRow`. */
import type { AlertEvent } from '../core/notify/alert.js';
import type { OutboxRow, OutboxState } from '../core/notify/outbox-types.js';

export interface OutboxRecord {
  id: number | string;
  webhook: string;
  alert_id: string;
  alert_updated_at: string;
  event: string;
  notice: string;
  state: string;
  attempts: number;
  next_attempt_at: number | string;
  created_at: number | string;
  delivered_at: number | string | null;
  last_status: number | null;
  last_error: string | null;
}

/** PostgreSQL returns bigint as text; SQLite as a number. */
const num = (v: number | string): number => Number(v);

export const toOutboxRow = (r: OutboxRecord): OutboxRow => ({
  id: num(r.id),
  webhook: r.webhook,
  alertId: r.alert_id,
  alertUpdatedAt: r.alert_updated_at,
  event: r.event as AlertEvent,
  notice: r.notice,
  state: r.state as OutboxState,
  attempts: r.attempts,
  nextAttemptAt: num(r.next_attempt_at),
  createdAt: num(r.created_at),
  ...(r.delivered_at !== null ? { deliveredAt: num(r.delivered_at) } : {}),
  ...(r.last_status !== null ? { lastStatus: r.last_status } : {}),
  ...(r.last_error !== null ? { lastError: r.last_error } : {}),
});

/** Claimed rows come back from UPDATE ... RETURNING in no set order: oldest due first. */
export const byDue = (a: OutboxRow, b: OutboxRow): number => a.nextAttemptAt - b.nextAttemptAt || a.id - b.id;

/** Errors are stored for `webhooks list`; a receiver's long error page is cut. */
export const clipError = (s: string): string => (s.length > 500 ? `${s.slice(0, 500)}…` : s);

export const OUTBOX_INSERT_CHUNK = 1000;
