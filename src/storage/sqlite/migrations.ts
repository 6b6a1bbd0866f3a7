import { SQL as ROLLUPS_0003 } from './frozen/0003-create-rollups.js';
import { SQL as ROLLUPS_0004 } from './frozen/0004-add-narrow-rollups.js';
import { SQL as ROLLUPS_0005 } from './frozen/0005-add-weekly-rollups.js';
import { SQL as STAR_SCHEMA_0007 } from './frozen/0007-create-star-schema.js';
import { SQL as VIEW_0009 } from './frozen/0009-replace-sign-ins-with-view.js';
import { SQL as ALERTS_0010 } from './frozen/0010-create-alerts.js';

/**
 * SQLite migrations, numbered and named for what they do. Applied in order inside one
 * transaction each; the applied set is recorded in `schema_migrations`.
 */
export interface SqliteMigration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
  /**
   * A data step too long for one transaction (copying every row): run by the store in chunks
   * that commit on their own and resume where they stopped; the migration is recorded after it.
   */
  readonly step?: 'copy-v1-rows';
}

export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  {
    id: 1,
    name: '0001-create-sign-ins',
    // A rowid table: secondary indexes carry a small integer key instead of the 36-byte id.
    sql: `
      CREATE TABLE sign_ins (
        rk INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        user_principal_name TEXT, user_id TEXT, user_display_name TEXT,
        app_id TEXT, app_display_name TEXT, resource_id TEXT, resource_display_name TEXT,
        ip_address TEXT, client_app_used TEXT, conditional_access_status TEXT, correlation_id TEXT,
        error_code INTEGER NOT NULL, failure_reason TEXT,
        outcome TEXT NOT NULL, error_category TEXT NOT NULL, sign_in_type TEXT NOT NULL,
        is_interactive INTEGER, country TEXT, state TEXT, city TEXT, browser TEXT, operating_system TEXT,
        risk_state TEXT, risk_level_aggregated TEXT, risk_level_during_sign_in TEXT, risk_detail TEXT,
        authentication_requirement TEXT, service_principal_id TEXT, service_principal_name TEXT,
        user_agent TEXT, app_owner_tenant_id TEXT, resource_owner_tenant_id TEXT, original_request_id TEXT,
        token_issuer_name TEXT, token_issuer_type TEXT, home_tenant_id TEXT,
        doc_ref INTEGER NOT NULL
      );
      -- Original documents, compressed in blocks (see src/storage/doc-codec.ts).
      CREATE TABLE doc_blocks (block_id INTEGER PRIMARY KEY, data BLOB NOT NULL);
      CREATE UNIQUE INDEX sign_ins_id ON sign_ins (id);
      CREATE INDEX sign_ins_time ON sign_ins (created_at, id);
      CREATE INDEX sign_ins_type_time ON sign_ins (sign_in_type, created_at);
      CREATE INDEX sign_ins_outcome_time ON sign_ins (outcome, created_at);
      CREATE INDEX sign_ins_user_time ON sign_ins (user_principal_name, created_at);
      CREATE INDEX sign_ins_app_time ON sign_ins (app_display_name, created_at);
      CREATE INDEX sign_ins_code_time ON sign_ins (error_code, created_at);
      CREATE INDEX sign_ins_ip_time ON sign_ins (ip_address, created_at);
    `,
  },
  {
    id: 2,
    name: '0002-create-tokens-and-checkpoints',
    sql: `
      CREATE TABLE api_tokens (
        id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, scopes TEXT NOT NULL, secret_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL, expires_at TEXT, revoked_at TEXT, last_used_at TEXT
      );
      CREATE TABLE checkpoints (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);
    `,
  },
  {
    id: 3,
    name: '0003-create-rollups',
    // Hourly and daily rollups (src/storage/analytics/rollup-tables.ts), filled from any rows already stored.
    sql: ROLLUPS_0003,
  },
  {
    id: 4,
    name: '0004-add-narrow-rollups',
    // Narrow projections for the dashboard (rollup-tables.ts), filled from their wider sources.
    sql: ROLLUPS_0004,
  },
  {
    id: 5,
    name: '0005-add-weekly-rollups',
    // Weekly projections of the narrow daily tables (rollup-tables.ts), filled from them.
    sql: ROLLUPS_0005,
  },
  {
    id: 6,
    name: '0006-drop-outcome-index',
    // Every list query also filters by sign-in type (Graph's default population), which
    // (sign_in_type, created_at) serves; aggregations read the rollups. The outcome index cost
    // ~26 bytes and an index insert per sign-in for no query that needed it.
    sql: 'DROP INDEX IF EXISTS sign_ins_outcome_time;',
  },
  {
    id: 7,
    name: '0007-create-star-schema',
    // Storage v2 (ADR 0003): dimension tables, the narrow fact table, fewer and narrower indexes.
    sql: STAR_SCHEMA_0007,
  },
  {
    id: 8,
    name: '0008-copy-rows-to-star-schema',
    // Every v0.1 row into the fact table, chunked and resumable (upgrade-v2.ts).
    sql: '',
    step: 'copy-v1-rows',
  },
  {
    id: 9,
    name: '0009-replace-sign-ins-with-view',
    sql: VIEW_0009,
  },
  {
    id: 10,
    name: '0010-create-alerts',
    // Detections (src/core/detections): window state, alerts and suppressions.
    sql: ALERTS_0010,
  },
];
