/**
 * Migration 0012-add-app-id-rollups (sqlite), frozen: hourly and daily rollups of error code × app id for the application page, filled from the stored rows.
 * Never edit it: databases have applied this exact text; a change is a new migration.
 */
export const SQL = `
CREATE TABLE rollup_hour_code_app_id (
  created_at INTEGER NOT NULL,
  error_code INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  error_category TEXT NOT NULL,
  app_id TEXT NOT NULL DEFAULT '',
  n INTEGER NOT NULL,
  PRIMARY KEY (created_at, error_code, app_id)
) WITHOUT ROWID;
CREATE TABLE rollup_day_code_app_id (
  created_at INTEGER NOT NULL,
  error_code INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  error_category TEXT NOT NULL,
  app_id TEXT NOT NULL DEFAULT '',
  n INTEGER NOT NULL,
  PRIMARY KEY (created_at, error_code, app_id)
) WITHOUT ROWID;
INSERT INTO rollup_hour_code_app_id (created_at, error_code, outcome, error_category, app_id, n)
    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, error_code, outcome, error_category, coalesce(app_id, ''), count(*) FROM sign_ins 
    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, error_code, outcome, error_category, coalesce(app_id, '');
INSERT INTO rollup_day_code_app_id (created_at, error_code, outcome, error_category, app_id, n)
    SELECT ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, error_code, outcome, error_category, coalesce(app_id, ''), count(*) FROM sign_ins 
    GROUP BY ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, error_code, outcome, error_category, coalesce(app_id, '');
`;
