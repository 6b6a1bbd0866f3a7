/**
 * Migration 0011-create-webhook-outbox (postgres), frozen: the literal SQL that databases apply.
 * Never edit it once released; a change is a new migration.
 */
export const SQL = `
CREATE TABLE webhook_outbox (
  id bigserial PRIMARY KEY,
  webhook text NOT NULL,
  alert_id text NOT NULL,
  alert_updated_at text NOT NULL,
  event text NOT NULL,
  notice text NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at bigint NOT NULL,
  created_at bigint NOT NULL,
  delivered_at bigint,
  last_status integer,
  last_error text
);
CREATE UNIQUE INDEX webhook_outbox_notice ON webhook_outbox (webhook, alert_id, alert_updated_at);
CREATE INDEX webhook_outbox_due ON webhook_outbox (state, next_attempt_at);
`;
