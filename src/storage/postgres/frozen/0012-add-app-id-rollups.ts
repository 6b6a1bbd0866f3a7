/**
 * Migration 0012-add-app-id-rollups (postgres), frozen: hourly and daily rollups of error code × app id for the application page, filled from the stored rows. The `(app_id, created_at)` index finds an app's rows (the v0.1 layout indexed its display name only).
 * Never edit it: databases have applied this exact text; a change is a new migration.
 */
export const SQL = `
CREATE TABLE rollup_hour_code_app_id (
  created_at bigint NOT NULL,
  error_code integer NOT NULL,
  outcome text COLLATE "C" NOT NULL,
  error_category text COLLATE "C" NOT NULL,
  app_id text COLLATE "C" NOT NULL DEFAULT '',
  n bigint NOT NULL,
  PRIMARY KEY (created_at, error_code, app_id)
);
CREATE TABLE rollup_day_code_app_id (
  created_at bigint NOT NULL,
  error_code integer NOT NULL,
  outcome text COLLATE "C" NOT NULL,
  error_category text COLLATE "C" NOT NULL,
  app_id text COLLATE "C" NOT NULL DEFAULT '',
  n bigint NOT NULL,
  PRIMARY KEY (created_at, error_code, app_id)
);
INSERT INTO rollup_hour_code_app_id (created_at, error_code, outcome, error_category, app_id, n)
    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, error_code, outcome, error_category, coalesce(app_id, ''), count(*) FROM sign_ins 
    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, error_code, outcome, error_category, coalesce(app_id, '');
INSERT INTO rollup_day_code_app_id (created_at, error_code, outcome, error_category, app_id, n)
    SELECT ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, error_code, outcome, error_category, coalesce(app_id, ''), count(*) FROM sign_ins 
    GROUP BY ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, error_code, outcome, error_category, coalesce(app_id, '');
CREATE INDEX sign_ins_app_id_time ON sign_ins (app_id, created_at);
`;
