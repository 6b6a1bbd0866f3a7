/**
 * The export baseline: DuckDB writing every row of the table its ingest built (the same data as
 * our store) with `COPY ... TO` as CSV or newline-delimited JSON, in a child process so that its
 * peak RSS is its own. Usage: duckdb-export-child DB OUT csv|ndjson. Prints one JSON line.
 */
import { rmSync, statSync } from 'node:fs';

const [db, file, format] = process.argv.slice(2);
if (!db || !file || (format !== 'csv' && format !== 'ndjson')) {
  process.stderr.write('usage: duckdb-export-child DB OUT csv|ndjson\n');
  process.exit(2);
}

interface DuckConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowsJS(): unknown[][] }>;
  closeSync(): void;
}
const specifier = '@duckdb/node-api';
const mod = (await import(specifier)) as { DuckDBInstance: { create(path: string, options?: Record<string, string>): Promise<{ connect(): Promise<DuckConnection>; closeSync(): void }> } };
const instance = await mod.DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
const c = await instance.connect();
const rows = Number((await c.runAndReadAll('SELECT count(*) FROM sign_ins')).getRowsJS()[0]?.[0] ?? 0);
const target = file.replace(/'/g, "''");
const started = performance.now();
try {
  // Written in place (no temporary copy beside it), removed if the copy fails (a full disk).
  await c.run(`COPY sign_ins TO '${target}' (${format === 'csv' ? 'FORMAT CSV, HEADER' : 'FORMAT JSON'}, USE_TMP_FILE false)`);
} catch (e) {
  rmSync(file, { force: true });
  throw e;
}
const seconds = (performance.now() - started) / 1000;
c.closeSync();
instance.closeSync();
const bytes = statSync(file).size;
rmSync(file, { force: true });
process.stdout.write(`${JSON.stringify({ rows, seconds, rate: rows / seconds, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
