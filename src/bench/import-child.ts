/**
 * Our import, run as a child process of the benchmark so that its peak RSS is its own: the same
 * code path as `signin-report import` (planImport → importSignIns → store). Prints one JSON line.
 */
import { rmSync, statSync } from 'node:fs';
import { planImport } from '../importers/open-sources.js';
import { createParallelNdjsonReader, defaultWorkerCount } from '../pipeline/parallel-ndjson.js';
import { importSignIns } from '../core/use-cases/import-sign-ins.js';
import { openStore, isPostgresUrl } from '../compose.js';
import '../importers/register-formats.js';

const [input, db] = process.argv.slice(2);
if (!input || !db) {
  process.stderr.write('usage: import-child INPUT DB\n');
  process.exit(2);
}
if (!isPostgresUrl(db)) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
const store = await openStore({ db });
const workers = Number(process.env.BENCH_WORKERS ?? defaultWorkerCount());
const parallelNdjson = workers > 0 ? createParallelNdjsonReader({ workers, packer: store.documentPacker }) : undefined;
const plan = await planImport([input], undefined, { parallelNdjson });
const started = performance.now();
const summary = await importSignIns({ open: () => plan.open(), store, bytesRead: plan.bytesRead });
const seconds = (performance.now() - started) / 1000;
const raw = (store as { raw?: { pragma(s: string): unknown; prepare(s: string): { all(): unknown[] } } }).raw;
raw?.pragma('wal_checkpoint(TRUNCATE)');
// Where the bytes go (SQLite): the fact table, its indexes, documents, dimensions, rollups.
const parts: Record<string, number> = {};
for (const r of (raw?.prepare('SELECT name, sum(pgsize) AS b FROM dbstat GROUP BY name').all() ?? []) as { name: string; b: number }[]) {
  const part = r.name === 'sign_in_facts' ? 'facts' : r.name.startsWith('sign_in_facts_') ? 'factIndexes' : r.name === 'doc_blocks' ? 'documents'
    : r.name.startsWith('d_') ? 'dimensions' : r.name.startsWith('rollup_') ? 'rollups' : 'other';
  parts[part] = (parts[part] ?? 0) + r.b / Math.max(1, summary.stored);
}
await store.close();
const out = {
  records: summary.stored,
  read: summary.read,
  seconds,
  rate: summary.read / seconds,
  mbPerSecond: plan.totalBytes / 1024 / 1024 / seconds,
  dbBytes: isPostgresUrl(db) ? null : statSync(db).size,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  bytesPerRecordByPart: parts,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
