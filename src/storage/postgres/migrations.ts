/**
 * PostgreSQL migrations. Same numbers and names as the SQLite list (src/storage/sqlite/
 * migrations.ts): a number means the same logical change on both engines, and a test keeps the
 * two lists aligned. A change one engine does not need is a migration with empty SQL there.
 *
 * Design (see docs/postgres.md and docs/scaling.md):
 * - `created_at` is epoch milliseconds (bigint), as on SQLite, so filters, keyset positions and
 *   time buckets are the same engine-neutral SQL.
 * - `sign_ins` is RANGE-partitioned by month on `created_at`; month partitions are created by
 *   the store (ahead of time and on demand), a DEFAULT partition takes anything else.
 * - The primary key (created_at, id) contains the partition key and the Citus distribution
 *   column (`id`), and is also the keyset index.
 * - `sign_in_ids` (id → created_at) makes ids unique across partitions: a partitioned table
 *   can only enforce keys that include the partition key, and the same sign-in can arrive with
 *   a different createdDateTime (a CSV export keeps seconds, Graph JSON keeps 7 digits).
 * - Text columns use the "C" collation: byte order like SQLite (ids sort the same on both
 *   engines), ASCII-only case folding for ILIKE like SQLite's LIKE, and cheaper comparisons.
 * - `doc` is the original document as jsonb. `doc_raw` holds the rare document jsonb cannot
 *   (a NUL character or a lone surrogate in a string): JSON text as UTF-8 bytes, `doc` is NULL.
 */
import { SQL as ROLLUPS_0003 } from './frozen/0003-create-rollups.js';
import { SQL as ROLLUPS_0004 } from './frozen/0004-add-narrow-rollups.js';
import { SQL as ROLLUPS_0005 } from './frozen/0005-add-weekly-rollups.js';
import { SQL as ALERTS_0010 } from './frozen/0010-create-alerts.js';

export interface PostgresMigration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

const T = 'text COLLATE "C"';

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    id: 1,
    name: '0001-create-sign-ins',
    sql: `
      CREATE TABLE sign_ins (
        id ${T} NOT NULL,
        created_at bigint NOT NULL,
        user_principal_name ${T}, user_id ${T}, user_display_name ${T},
        app_id ${T}, app_display_name ${T}, resource_id ${T}, resource_display_name ${T},
        ip_address ${T}, client_app_used ${T}, conditional_access_status ${T}, correlation_id ${T},
        error_code integer NOT NULL, failure_reason ${T},
        outcome ${T} NOT NULL, error_category ${T} NOT NULL, sign_in_type ${T} NOT NULL,
        is_interactive boolean, country ${T}, state ${T}, city ${T}, browser ${T}, operating_system ${T},
        risk_state ${T}, risk_level_aggregated ${T}, risk_level_during_sign_in ${T}, risk_detail ${T},
        authentication_requirement ${T}, service_principal_id ${T}, service_principal_name ${T},
        user_agent ${T}, app_owner_tenant_id ${T}, resource_owner_tenant_id ${T}, original_request_id ${T},
        token_issuer_name ${T}, token_issuer_type ${T}, home_tenant_id ${T},
        doc jsonb,
        doc_raw bytea,
        CONSTRAINT sign_ins_doc CHECK (doc IS NOT NULL OR doc_raw IS NOT NULL),
        CONSTRAINT sign_ins_pkey PRIMARY KEY (created_at, id)
      ) PARTITION BY RANGE (created_at);
      -- lz4 compresses a 2-3 KB document several times faster than the default pglz. Servers
      -- built without lz4, or older than PostgreSQL 14 (no SET COMPRESSION), keep pglz: any
      -- error here only means the default stays. Partitions created later inherit the setting.
      DO $$ BEGIN
        EXECUTE 'ALTER TABLE sign_ins ALTER COLUMN doc SET COMPRESSION lz4';
      EXCEPTION WHEN OTHERS THEN NULL;
      END $$;
      CREATE TABLE sign_ins_default PARTITION OF sign_ins DEFAULT;
      CREATE INDEX sign_ins_type_time ON sign_ins (sign_in_type, created_at);
      CREATE INDEX sign_ins_outcome_time ON sign_ins (outcome, created_at);
      CREATE INDEX sign_ins_user_time ON sign_ins (user_principal_name, created_at);
      CREATE INDEX sign_ins_app_time ON sign_ins (app_display_name, created_at);
      CREATE INDEX sign_ins_code_time ON sign_ins (error_code, created_at);
      CREATE INDEX sign_ins_ip_time ON sign_ins (ip_address, created_at);
      CREATE TABLE sign_in_ids (
        id ${T} PRIMARY KEY,
        created_at bigint NOT NULL
      );
    `,
  },
  {
    id: 2,
    name: '0002-create-tokens-and-checkpoints',
    sql: `
      CREATE TABLE api_tokens (
        id text PRIMARY KEY, name text NOT NULL UNIQUE, scopes text NOT NULL, secret_hash text NOT NULL UNIQUE,
        created_at text NOT NULL, expires_at text, revoked_at text, last_used_at text
      );
      CREATE TABLE checkpoints (key text PRIMARY KEY, value text NOT NULL, updated_at text NOT NULL);
    `,
  },
  {
    id: 3,
    name: '0003-create-rollups',
    // Hourly and daily rollups (src/storage/analytics/rollup-tables.ts), filled from any rows
    // already stored. Small tables: on Citus they are reference tables or colocated by time.
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
  // 7–9 are SQLite's storage v2 (star schema, row copy, view); PostgreSQL keeps its v0.1 layout for now.
  { id: 7, name: '0007-create-star-schema', sql: '' },
  { id: 8, name: '0008-copy-rows-to-star-schema', sql: '' },
  { id: 9, name: '0009-replace-sign-ins-with-view', sql: '' },
  {
    id: 10,
    name: '0010-create-alerts',
    // Detections (src/core/detections): window state, alerts and suppressions.
    sql: ALERTS_0010,
  },
];
