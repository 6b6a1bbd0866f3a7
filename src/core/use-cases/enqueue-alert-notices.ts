/**
 * The `AlertOutbox` port's implementation: the detection engine calls `enqueue` after storing
 * alerts; each notice becomes one outbox row per webhook that wants it, in one insert. Nothing
 * is sent here, so ingestion never waits on a receiver (the delivery loop sends).
 */
import type { AlertOutbox, Clock } from '../ports.js';
import type { WebhookOutboxStore } from '../notify/outbox-types.js';
import { isWantedBy, type WebhookSpec } from '../notify/webhook-spec.js';

export const createAlertOutbox = (
  store: Pick<WebhookOutboxStore, 'addOutboxRows'>,
  webhooks: readonly WebhookSpec[],
  clock: Clock,
): AlertOutbox => ({
  enqueue: async (notices) => {
    if (webhooks.length === 0 || notices.length === 0) return 0;
    const rows = notices.flatMap((n) =>
      webhooks
        .filter((w) => isWantedBy(w, n.alert))
        .map((w) => ({ webhook: w.name, alertId: n.alert.id, alertUpdatedAt: n.alert.updatedAt, event: n.event, notice: JSON.stringify(n) })),
    );
    return rows.length === 0 ? 0 : store.addOutboxRows(rows, clock.now().getTime());
  },
});
