/**
 * The webhook delivery loop, started by `serve`: claims due outbox rows, POSTs each with a
 * timeout, and records the result — delivered, due again after a back-off (or the receiver's
 * Retry-After), or dead after the last attempt. A claimed row is leased, not removed: if the
 * process stops mid-delivery the row becomes due again when the lease runs out, so every notice
 * is delivered at least once (a receiver may see one twice; `X-Signin-Report-Delivery` is
 * stable across attempts so it can drop repeats). Ingestion never waits on this loop.
 */
import type { WebhookOutboxStore, OutboxRow } from '../core/notify/outbox-types.js';
import { parseNotice } from '../core/notify/outbox-types.js';
import type { AlertNotice } from '../core/notify/alert.js';
import type { WebhookSpec } from '../core/notify/webhook-spec.js';
import { formatWebhookBody } from '../core/notify/format-payload.js';
import { DEFAULT_RETRY_POLICY, judgeAttempt, parseRetryAfterMs, type RetryPolicy } from '../core/notify/retry-policy.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhookBody } from './webhook-signature.js';

export type DeliveryResult = 'delivered' | 'retry' | 'dead';

export interface DeliveryMetrics {
  attempt(webhook: string, result: DeliveryResult, seconds: number): void;
}

export interface DeliveryLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
}

export interface WebhookDeliveryOptions {
  readonly store: WebhookOutboxStore;
  readonly webhooks: readonly WebhookSpec[];
  readonly publicUrl?: string | undefined;
  readonly policy?: RetryPolicy | undefined;
  /** Time budget of one POST (default 10 s). */
  readonly timeoutMs?: number | undefined;
  /** Rows claimed (and sent in parallel) per round (default 20). */
  readonly batchSize?: number | undefined;
  /** How long a claimed row is held before another round may take it again (default: timeout × 2 + 5 s). */
  readonly leaseMs?: number | undefined;
  /** Pause between rounds when nothing was due (default 2 s). */
  readonly pollMs?: number | undefined;
  /** Delivered rows are kept this long as a record, then deleted (default 30 days; checked hourly). */
  readonly keepDeliveredMs?: number | undefined;
  readonly now?: (() => number) | undefined;
  readonly random?: (() => number) | undefined;
  readonly fetch?: typeof fetch | undefined;
  readonly metrics?: DeliveryMetrics | undefined;
  readonly logger?: DeliveryLogger | undefined;
}

export interface SendResult {
  readonly status?: number | undefined;
  readonly retryAfterMs?: number | undefined;
  readonly error?: string | undefined;
}

export interface WebhookDelivery {
  /** One round: claim due rows, send them, record results. Returns the number of rows attempted. */
  runOnce(): Promise<number>;
  /** Rounds until `stop`; a round that found a full batch is followed at once by the next. */
  start(): void;
  stop(): Promise<void>;
  /** Sends one notice to one webhook now, outside the outbox (`webhooks test`). */
  send(hook: WebhookSpec, notice: AlertNotice, options?: { readonly test?: boolean; readonly deliveryId?: string }): Promise<SendResult>;
}

const errorText = (e: unknown): string => {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timed out';
  return [err.message, err.cause?.code ?? err.cause?.message].filter(Boolean).join(': ') || String(e);
};

export const createWebhookDelivery = (opts: WebhookDeliveryOptions): WebhookDelivery => {
  const policy = opts.policy ?? DEFAULT_RETRY_POLICY;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const batchSize = opts.batchSize ?? 20;
  const leaseMs = opts.leaseMs ?? timeoutMs * 2 + 5_000;
  const pollMs = opts.pollMs ?? 2_000;
  const now = opts.now ?? Date.now;
  const random = opts.random ?? Math.random;
  const doFetch = opts.fetch ?? fetch;
  const hooks = new Map(opts.webhooks.map((w) => [w.name, w]));
  const keepDeliveredMs = opts.keepDeliveredMs ?? 30 * 86_400_000;
  let prunedAt = Number.NEGATIVE_INFINITY;

  const send: WebhookDelivery['send'] = async (hook, notice, options = {}) => {
    const body = formatWebhookBody(hook.format, notice, { lang: hook.lang ?? 'en', publicUrl: opts.publicUrl, test: options.test });
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'signin-report-webhook',
      'x-signin-report-event': notice.event,
    };
    if (options.deliveryId) headers['x-signin-report-delivery'] = options.deliveryId;
    if (hook.format === 'json' && hook.secret) {
      const ts = Math.floor(now() / 1000);
      headers[TIMESTAMP_HEADER] = String(ts);
      headers[SIGNATURE_HEADER] = signWebhookBody(hook.secret, ts, body);
    }
    try {
      const res = await doFetch(hook.url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      // The body is not needed; reading it frees the connection for reuse.
      const text = await res.text().catch(() => '');
      const ok = res.status >= 200 && res.status < 300;
      return {
        status: res.status,
        retryAfterMs: parseRetryAfterMs(res.headers.get('retry-after'), now()),
        ...(ok ? {} : { error: `HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}` }),
      };
    } catch (e) {
      return { error: errorText(e) };
    }
  };

  const deliver = async (row: OutboxRow): Promise<void> => {
    const hook = hooks.get(row.webhook);
    if (!hook) {
      await opts.store.finishOutboxRow(row.id, { state: 'dead', error: `webhook '${row.webhook}' is no longer configured` });
      return;
    }
    const started = now();
    const r = await send(hook, parseNotice(row), { deliveryId: String(row.id) });
    const verdict = judgeAttempt(row.attempts, r.status, r.retryAfterMs, policy, random());
    const at = now();
    if (verdict.kind === 'delivered') {
      await opts.store.finishOutboxRow(row.id, { state: 'delivered', at, status: r.status ?? 0 });
    } else if (verdict.kind === 'retry') {
      await opts.store.finishOutboxRow(row.id, { state: 'pending', nextAttemptAt: at + verdict.delayMs, status: r.status, error: r.error ?? 'failed' });
    } else {
      await opts.store.finishOutboxRow(row.id, { state: 'dead', status: r.status, error: r.error ?? 'failed' });
      opts.logger?.warn({ webhook: row.webhook, alertId: row.alertId, attempts: row.attempts, error: r.error }, 'webhook delivery gave up');
    }
    opts.metrics?.attempt(row.webhook, verdict.kind, Math.max(0, at - started) / 1000);
  };

  const runOnce = async (): Promise<number> => {
    if (now() - prunedAt >= 3_600_000) {
      prunedAt = now();
      await opts.store.deleteDeliveredOutboxRows(prunedAt - keepDeliveredMs);
    }
    const rows = await opts.store.claimOutboxRows(now(), batchSize, leaseMs);
    await Promise.all(rows.map(deliver));
    return rows.length;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;
  const round = async () => {
    let n = 0;
    try {
      n = await runOnce();
    } catch (e) {
      // A store error (database restarting) must not end the loop: the rows stay and are retried.
      opts.logger?.warn({ error: errorText(e) }, 'webhook delivery round failed');
    }
    if (!stopped) schedule(n >= batchSize ? 0 : pollMs);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      running = round();
    }, ms);
    timer.unref();
  };

  return {
    runOnce,
    send,
    start: () => {
      if (!stopped || hooks.size === 0) return;
      stopped = false;
      schedule(0);
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
};
