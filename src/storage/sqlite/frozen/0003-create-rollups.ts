/**
 * Migration 0003-create-rollups (sqlite), frozen: the literal SQL that databases have already applied.
 * Never edit it; a change to the rollups is a new migration.
 */
export const SQL = `CREATE TABLE rollup_hour_base (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_hour_app (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  app_display_name TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, app_display_name)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_hour_resource (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  resource_display_name TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, resource_display_name)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_hour_country (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  country TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, country)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_hour_city (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  city TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, city)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_hour_client_app (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  client_app_used TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, client_app_used)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_hour_ca_status (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  conditional_access_status TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, conditional_access_status)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_hour_os (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  operating_system TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, operating_system)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_hour_browser (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  browser TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, browser)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_hour_user_failures (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  user_principal_name TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, user_principal_name)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_hour_ip_failures (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  ip_address TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, ip_address)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_day_base (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_day_app (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  app_display_name TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, app_display_name)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_day_country (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  country TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, country)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_day_user_failures (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  user_principal_name TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, user_principal_name)\n` +
  `) WITHOUT ROWID;\n` +
  `CREATE TABLE rollup_day_ip_failures (\n` +
  `  created_at INTEGER NOT NULL,\n` +
  `  sign_in_type TEXT NOT NULL,\n` +
  `  error_code INTEGER NOT NULL,\n` +
  `  outcome TEXT NOT NULL,\n` +
  `  error_category TEXT NOT NULL,\n` +
  `  ip_address TEXT NOT NULL DEFAULT '',\n` +
  `  n INTEGER NOT NULL,\n` +
  `  PRIMARY KEY (created_at, sign_in_type, error_code, ip_address)\n` +
  `) WITHOUT ROWID;\n` +
  `INSERT INTO rollup_hour_base (created_at, sign_in_type, error_code, outcome, error_category, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, count(*) FROM sign_ins \n` +
  `    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category;\n` +
  `INSERT INTO rollup_hour_app (created_at, sign_in_type, error_code, outcome, error_category, app_display_name, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(app_display_name, ''), count(*) FROM sign_ins \n` +
  `    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(app_display_name, '');\n` +
  `INSERT INTO rollup_hour_resource (created_at, sign_in_type, error_code, outcome, error_category, resource_display_name, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(resource_display_name, ''), count(*) FROM sign_ins \n` +
  `    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(resource_display_name, '');\n` +
  `INSERT INTO rollup_hour_country (created_at, sign_in_type, error_code, outcome, error_category, country, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(country, ''), count(*) FROM sign_ins \n` +
  `    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(country, '');\n` +
  `INSERT INTO rollup_hour_city (created_at, sign_in_type, error_code, outcome, error_category, city, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(city, ''), count(*) FROM sign_ins \n` +
  `    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(city, '');\n` +
  `INSERT INTO rollup_hour_client_app (created_at, sign_in_type, error_code, outcome, error_category, client_app_used, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(client_app_used, ''), count(*) FROM sign_ins \n` +
  `    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(client_app_used, '');\n` +
  `INSERT INTO rollup_hour_ca_status (created_at, sign_in_type, error_code, outcome, error_category, conditional_access_status, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(conditional_access_status, ''), count(*) FROM sign_ins \n` +
  `    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(conditional_access_status, '');\n` +
  `INSERT INTO rollup_hour_os (created_at, sign_in_type, error_code, outcome, error_category, operating_system, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(operating_system, ''), count(*) FROM sign_ins \n` +
  `    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(operating_system, '');\n` +
  `INSERT INTO rollup_hour_browser (created_at, sign_in_type, error_code, outcome, error_category, browser, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(browser, ''), count(*) FROM sign_ins \n` +
  `    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(browser, '');\n` +
  `INSERT INTO rollup_hour_user_failures (created_at, sign_in_type, error_code, outcome, error_category, user_principal_name, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(user_principal_name, ''), count(*) FROM sign_ins WHERE outcome <> 'success'\n` +
  `    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(user_principal_name, '');\n` +
  `INSERT INTO rollup_hour_ip_failures (created_at, sign_in_type, error_code, outcome, error_category, ip_address, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(ip_address, ''), count(*) FROM sign_ins WHERE outcome <> 'success'\n` +
  `    GROUP BY ((created_at + 60480000000000) / 3600000) * 3600000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(ip_address, '');\n` +
  `INSERT INTO rollup_day_base (created_at, sign_in_type, error_code, outcome, error_category, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, sign_in_type, error_code, outcome, error_category, count(*) FROM sign_ins \n` +
  `    GROUP BY ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, sign_in_type, error_code, outcome, error_category;\n` +
  `INSERT INTO rollup_day_app (created_at, sign_in_type, error_code, outcome, error_category, app_display_name, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(app_display_name, ''), count(*) FROM sign_ins \n` +
  `    GROUP BY ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(app_display_name, '');\n` +
  `INSERT INTO rollup_day_country (created_at, sign_in_type, error_code, outcome, error_category, country, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(country, ''), count(*) FROM sign_ins \n` +
  `    GROUP BY ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(country, '');\n` +
  `INSERT INTO rollup_day_user_failures (created_at, sign_in_type, error_code, outcome, error_category, user_principal_name, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(user_principal_name, ''), count(*) FROM sign_ins WHERE outcome <> 'success'\n` +
  `    GROUP BY ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(user_principal_name, '');\n` +
  `INSERT INTO rollup_day_ip_failures (created_at, sign_in_type, error_code, outcome, error_category, ip_address, n)\n` +
  `    SELECT ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(ip_address, ''), count(*) FROM sign_ins WHERE outcome <> 'success'\n` +
  `    GROUP BY ((created_at + 60480000000000) / 86400000) * 86400000 - 60480000000000, sign_in_type, error_code, outcome, error_category, coalesce(ip_address, '');`;
