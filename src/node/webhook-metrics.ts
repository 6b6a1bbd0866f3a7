/**
 * Prometheus metrics of webhook delivery: attempts by webhook and result, attempt latency, and
 * the outbox's rows by webhook and state (read from the store at each scrape).
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { WebhookOutboxStore } from '../core/notify/outbox-types.js';
import type { DeliveryMetrics } from './webhook-delivery.js';

export const createWebhookMetrics = (registry: Registry, store: Pick<WebhookOutboxStore, 'countOutbox'>): DeliveryMetrics => {
  const attempts = new Counter({
    name: 'signin_report_webhook_attempts_total',
    help: 'Webhook delivery attempts by webhook and result (delivered, retry, dead)',
    labelNames: ['webhook', 'result'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'signin_report_webhook_attempt_duration_seconds',
    help: 'Time of one webhook delivery attempt, by webhook',
    labelNames: ['webhook'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  new Gauge({
    name: 'signin_report_webhook_outbox_rows',
    help: 'Rows in the webhook outbox by webhook and state (pending, delivered, dead)',
    labelNames: ['webhook', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const c of await store.countOutbox()) this.set({ webhook: c.webhook, state: c.state }, c.count);
    },
  });
  return {
    attempt: (webhook, result, seconds) => {
      attempts.inc({ webhook, result });
      duration.observe({ webhook }, seconds);
    },
  };
};
