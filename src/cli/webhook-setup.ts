/** The webhook delivery loop as configured (`notifications` in the configuration), for `serve` and `webhooks`. */
import type { Config } from '../config.js';
import type { WebhookOutboxStore } from '../core/notify/outbox-types.js';
import type { AlertOutbox, Clock } from '../core/ports.js';
import { createAlertOutbox } from '../core/use-cases/enqueue-alert-notices.js';
import { DEFAULT_RETRY_POLICY } from '../core/notify/retry-policy.js';
import { createWebhookDelivery, type WebhookDeliveryOptions } from '../node/webhook-delivery.js';

export const configuredWebhooks = (config: Config) => config.notifications?.webhooks ?? [];

/**
 * The `AlertOutbox` the detection engine is given (import, pull, push, `detect`): with no
 * webhook configured, `enqueue` stores nothing.
 */
export const createConfiguredAlertOutbox = (config: Config, store: Pick<WebhookOutboxStore, 'addOutboxRows'>, clock: Clock): AlertOutbox =>
  createAlertOutbox(store, configuredWebhooks(config), clock);

export const createConfiguredDelivery = (
  config: Config,
  store: WebhookOutboxStore,
  extra: Partial<WebhookDeliveryOptions> = {},
) =>
  createWebhookDelivery({
    store,
    webhooks: configuredWebhooks(config),
    publicUrl: config.publicUrl,
    policy: { ...DEFAULT_RETRY_POLICY, ...(config.notifications?.maxAttempts ? { maxAttempts: config.notifications.maxAttempts } : {}) },
    timeoutMs: config.notifications?.timeoutMs,
    ...extra,
  });
