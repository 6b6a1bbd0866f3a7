/**
 * The export, run as a child process of the benchmark so that its peak RSS is its own: the same
 * code path as `signin-report export` (exportSignIns with the worker pool → file stream with
 * back-pressure).
 * Usage: export-child DB OUT FORMAT. Prints one JSON line.
 */
import { createWriteStream, statSync } from 'node:fs';
import { openStore } from '../compose.js';
import { exportSignIns, parseExportFormat } from '../core/use-cases/export-sign-ins.js';
import { createExportPool } from '../node/export-pool.js';

const [db, file, formatText] = process.argv.slice(2);
if (!db || !file) {
  process.stderr.write('usage: export-child DB OUT [csv|json|ndjson]\n');
  process.exit(2);
}
const store = await openStore({ db });
const format = parseExportFormat(formatText);
// As `signin-report export` does: CSV rows are formatted in worker threads.
const pool = format === 'csv' && store.exportFormatted === undefined ? createExportPool(format) : undefined;
const out = exportSignIns(store, { format, formatter: pool?.formatter, prefetch: pool?.prefetch });
const stream = createWriteStream(file);
const started = performance.now();
for await (const chunk of out.chunks) {
  if (!stream.write(chunk)) await new Promise<void>((r) => stream.once('drain', () => r()));
}
await new Promise<void>((r) => stream.end(() => r()));
await pool?.close();
const seconds = (performance.now() - started) / 1000;
await store.close();
const rows = out.rows();
process.stdout.write(
  `${JSON.stringify({ rows, seconds, rate: rows / seconds, bytes: statSync(file).size, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
