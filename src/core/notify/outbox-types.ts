/**
 * The durable webhook outbox as storage sees it: one row per webhook × notice, unique on
 * (webhook, alert id, alert updatedAt), so enqueuing the same notice twice stores it once.
 * Times are epoch milliseconds.
 */
import type { AlertEvent, AlertNotice } from './alert.js';

export type OutboxState = 'pending' | 'delivered' | 'dead';

export interface OutboxRowInput {
  readonly webhook: string;
  readonly alertId: string;
  readonly alertUpdatedAt: string;
  readonly event: AlertEvent;
  /** The notice as JSON text (`AlertNotice`), formatted per webhook when it is sent. */
  readonly notice: string;
}

export interface OutboxRow extends OutboxRowInput {
  readonly id: number;
  readonly state: OutboxState;
  /** Attempts made so far. */
  readonly attempts: number;
  /** When the row is due (pending), or leased until (being sent). */
  readonly nextAttemptAt: number;
  readonly createdAt: number;
  readonly deliveredAt?: number | undefined;
  readonly lastStatus?: number | undefined;
  readonly lastError?: string | undefined;
}

export type OutboxOutcome =
  | { readonly state: 'delivered'; readonly at: number; readonly status: number }
  | { readonly state: 'pending'; readonly nextAttemptAt: number; readonly status?: number | undefined; readonly error: string }
  | { readonly state: 'dead'; readonly status?: number | undefined; readonly error: string };

export interface OutboxCount {
  readonly webhook: string;
  readonly state: OutboxState;
  readonly count: number;
  /** Earliest `nextAttemptAt` among pending rows. */
  readonly nextDue?: number | undefined;
}

/** Implemented by every storage engine; the contract suite (outbox.contract.ts) holds them to it. */
export interface WebhookOutboxStore {
  /** One INSERT; rows already present (same webhook, alert id, updatedAt) are skipped. Returns rows added. */
  addOutboxRows(rows: readonly OutboxRowInput[], now: number): Promise<number>;
  /**
   * Pending rows due at `now`, oldest due first, at most `limit`, leased until `now + leaseMs`
   * (their `nextAttemptAt` moves there and `attempts` goes up by one) so that another loop — or
   * this one after a crash — takes them again only when the lease has run out.
   */
  claimOutboxRows(now: number, limit: number, leaseMs: number): Promise<readonly OutboxRow[]>;
  /** Records the result of the attempt made on a claimed row. */
  finishOutboxRow(id: number, outcome: OutboxOutcome): Promise<void>;
  countOutbox(): Promise<readonly OutboxCount[]>;
  /** Most recent rows first. */
  listOutbox(query: { readonly state?: OutboxState | undefined; readonly webhook?: string | undefined; readonly limit: number }): Promise<readonly OutboxRow[]>;
  /** Deletes delivered rows delivered before `before` (dead and pending rows stay). Returns how many. */
  deleteDeliveredOutboxRows(before: number): Promise<number>;
  /** Dead rows (of one webhook, or all) become pending and due at `now`, attempts reset. Returns how many. */
  retryDeadOutboxRows(webhook: string | undefined, now: number): Promise<number>;
}

export const parseNotice = (row: Pick<OutboxRow, 'notice'>): AlertNotice => JSON.parse(row.notice) as AlertNotice;
