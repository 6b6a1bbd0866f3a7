/**
 * The baseline a user would pick instead of our import, run as a child process so that its peak
 * RSS is its own: DuckDB reading the same NDJSON file into a table of its own file
 * (`CREATE TABLE AS SELECT * FROM read_json_auto(...)`, every property, schema inferred).
 * Prints one JSON line: rate, seconds, database bytes, peak RSS.
 */
import { rmSync, statSync } from 'node:fs';

const [input, db] = process.argv.slice(2);
if (!input || !db) {
  process.stderr.write('usage: duckdb-ingest-child INPUT DB\n');
  process.exit(2);
}
for (const f of [db, `${db}.wal`]) rmSync(f, { force: true });

interface DuckConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowsJS(): unknown[][] }>;
  closeSync(): void;
}
const specifier = '@duckdb/node-api';
const mod = (await import(specifier)) as { DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<DuckConnection>; closeSync(): void }> } };
const instance = await mod.DuckDBInstance.create(db);
const c = await instance.connect();
const started = performance.now();
await c.run(`CREATE TABLE sign_ins AS SELECT * FROM read_json_auto('${input.replace(/'/g, "''")}', format = 'newline_delimited')`);
await c.run('CHECKPOINT');
const seconds = (performance.now() - started) / 1000;
const rows = Number((await c.runAndReadAll('SELECT count(*) FROM sign_ins')).getRowsJS()[0]?.[0] ?? 0);
c.closeSync();
instance.closeSync();
const out = {
  records: rows,
  seconds,
  rate: rows / seconds,
  mbPerSecond: statSync(input).size / 1024 / 1024 / seconds,
  dbBytes: statSync(db).size,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
