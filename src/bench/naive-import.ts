/**
 * The baseline of the import benchmark, run as a child process: the "naive loop" of the
 * product brief — JSON.parse each line, one prepared INSERT of ~20 flat columns plus the raw
 * line, four indexes, 10k-row transactions. Prints one JSON line with its figures.
 */
import Database from 'better-sqlite3';
import { createReadStream, rmSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';

interface Flat {
  id: string;
  createdDateTime: string;
  userPrincipalName?: string;
  userId?: string;
  userDisplayName?: string;
  appId?: string;
  appDisplayName?: string;
  resourceId?: string;
  resourceDisplayName?: string;
  ipAddress?: string;
  clientAppUsed?: string;
  conditionalAccessStatus?: string;
  correlationId?: string;
  isInteractive?: boolean;
  riskState?: string;
  status?: { errorCode?: number; failureReason?: string };
  location?: { city?: string; countryOrRegion?: string };
  deviceDetail?: { browser?: string; operatingSystem?: string };
}

const run = async (input: string, dbFile: string): Promise<void> => {
  rmSync(dbFile, { force: true });
  rmSync(`${dbFile}-wal`, { force: true });
  const db = new Database(dbFile);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE s (id TEXT PRIMARY KEY, created TEXT, upn TEXT, user_id TEXT, user_name TEXT, app_id TEXT,
    app_name TEXT, resource_id TEXT, resource_name TEXT, ip TEXT, client_app TEXT, ca_status TEXT, correlation_id TEXT,
    interactive INTEGER, risk_state TEXT, error_code INTEGER, failure_reason TEXT, city TEXT, country TEXT, browser TEXT,
    os TEXT, raw TEXT);
    CREATE INDEX s_created ON s (created); CREATE INDEX s_upn ON s (upn, created);
    CREATE INDEX s_app ON s (app_name, created); CREATE INDEX s_code ON s (error_code, created);`);
  const stmt = db.prepare(`INSERT OR IGNORE INTO s VALUES (${Array(22).fill('?').join(',')})`);
  const started = performance.now();
  let n = 0;
  let batch: unknown[][] = [];
  const flush = db.transaction((rows: unknown[][]) => {
    for (const r of rows) stmt.run(r);
  });
  const rl = createInterface({ input: createReadStream(input), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line) continue;
    const r = JSON.parse(line) as Flat;
    batch.push([r.id, r.createdDateTime, r.userPrincipalName, r.userId, r.userDisplayName, r.appId, r.appDisplayName,
      r.resourceId, r.resourceDisplayName, r.ipAddress, r.clientAppUsed, r.conditionalAccessStatus, r.correlationId,
      r.isInteractive ? 1 : 0, r.riskState, r.status?.errorCode, r.status?.failureReason, r.location?.city,
      r.location?.countryOrRegion, r.deviceDetail?.browser, r.deviceDetail?.operatingSystem, line]);
    n++;
    if (batch.length >= 10_000) {
      flush(batch);
      batch = [];
    }
  }
  flush(batch);
  const seconds = (performance.now() - started) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const out = { records: n, seconds, rate: n / seconds, dbBytes: statSync(dbFile).size, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(out)}\n`);
};

const [input, dbFile] = process.argv.slice(2);
if (!input || !dbFile) {
  process.stderr.write('usage: naive-import INPUT.ndjson DB\n');
  process.exitCode = 2;
} else {
  await run(input, dbFile);
}
