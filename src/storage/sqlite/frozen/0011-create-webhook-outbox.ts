/**
 * Migration 0011-create-webhook-outbox (sqlite), frozen: the literal SQL that databases apply.
 * Never edit it once released; a change is a new migration.
 */
export const SQL = `
CREATE TABLE webhook_outbox (
  id INTEGER PRIMARY KEY,
  webhook TEXT NOT NULL,
  alert_id TEXT NOT NULL,
  alert_updated_at TEXT NOT NULL,
  event TEXT NOT NULL,
  notice TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  delivered_at INTEGER,
  last_status INTEGER,
  last_error TEXT
);
CREATE UNIQUE INDEX webhook_outbox_notice ON webhook_outbox (webhook, alert_id, alert_updated_at);
CREATE INDEX webhook_outbox_due ON webhook_outbox (state, next_attempt_at);
`;
