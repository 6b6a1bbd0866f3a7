/**
 * Migration 0004-add-narrow-rollups (sqlite), frozen: the literal SQL that databases have already applied.
 * Never edit it; a change to the rollups is a new migration.
 */
export const SQL = `CREATE TABLE rollup_hour_outcome (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, outcome, error_category)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_day_outcome (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, outcome, error_category)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_day_outcome_app (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  app_display_name TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, outcome, app_display_name)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_day_outcome_user_failures (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  user_principal_name TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, outcome, user_principal_name)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_day_outcome_ip_failures (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  ip_address TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, outcome, ip_address)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_day_code_user_failures (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  user_principal_name TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, error_code, user_principal_name)\n` +
  `) WITHOUT ROWID;\n` +
  `INSERT INTO rollup_hour_outcome (created_at, outcome, error_category, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, outcome, error_category, sum(n) FROM rollup_hour_base GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, outcome, error_category;\n` +
  `INSERT INTO rollup_day_outcome (created_at, outcome, error_category, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, outcome, error_category, sum(n) FROM rollup_day_base GROUP BY ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, outcome, error_category;\n` +
  `INSERT INTO rollup_day_outcome_app (created_at, outcome, app_display_name, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, outcome, app_display_name, sum(n) FROM rollup_day_app GROUP BY ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, outcome, app_display_name;\n` +
  `INSERT INTO rollup_day_outcome_user_failures (created_at, outcome, user_principal_name, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, outcome, user_principal_name, sum(n) FROM rollup_day_user_failures GROUP BY ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, outcome, user_principal_name;\n` +
  `INSERT INTO rollup_day_outcome_ip_failures (created_at, outcome, ip_address, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, outcome, ip_address, sum(n) FROM rollup_day_ip_failures GROUP BY ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, outcome, ip_address;\n` +
  `INSERT INTO rollup_day_code_user_failures (created_at, error_code, outcome, error_category, user_principal_name, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, error_code, outcome, error_category, user_principal_name, sum(n) FROM rollup_day_user_failures GROUP BY ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, error_code, outcome, error_category, user_principal_name;`;
