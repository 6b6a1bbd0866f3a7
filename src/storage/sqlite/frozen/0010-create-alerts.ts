/**
 * Migration 0010-create-alerts (sqlite), frozen: detection state (what the rules' windows keep
 * between batches), alerts with a change sequence number per write (for a notifier), and
 * suppressions of a rule for an entity.
 * Never edit it: databases have applied this exact text; a change is a new migration.
 */
export const SQL = `
CREATE TABLE detection_state (
  rule_id text NOT NULL, group_key text NOT NULL, event_key text NOT NULL, at INTEGER NOT NULL, data text NOT NULL,
  PRIMARY KEY (rule_id, group_key, event_key)
);
CREATE INDEX detection_state_rule_at ON detection_state (rule_id, at);
CREATE TABLE alerts (
  id text PRIMARY KEY, rule_id text NOT NULL, severity text NOT NULL, status text NOT NULL,
  entity_kind text NOT NULL, entity_value text NOT NULL, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,
  doc text NOT NULL, change_seq INTEGER NOT NULL
);
CREATE INDEX alerts_last_seen ON alerts (last_seen, id);
CREATE INDEX alerts_rule_entity ON alerts (rule_id, entity_kind, entity_value, first_seen);
CREATE UNIQUE INDEX alerts_change_seq ON alerts (change_seq);
CREATE TABLE alert_suppressions (
  rule_id text NOT NULL, entity_kind text NOT NULL, entity_value text NOT NULL, until text NOT NULL, doc text NOT NULL,
  PRIMARY KEY (rule_id, entity_kind, entity_value)
);
`;
