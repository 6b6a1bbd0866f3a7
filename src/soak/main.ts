/**
 * `npm run soak`: the fault and load tests at full scale, with figures. `npm test` runs the same
 * scenarios small (test/soak/). Flags: --kills N (20), --records N (50000), --batches N (400),
 * --fuzz N (100000 malformed inputs per importer format, and for the routes and ingest),
 * --pg URL (an admin URL: also kill import and serve on fresh databases of that server),
 * --only a,b (scenario names: import, serve, disk, load, fuzz-http, fuzz-import). Figures go to
 * the screen and to bench/results/soak-<time>.json.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDiskFull } from './disk-full.js';
import { runFuzzHttp } from './fuzz-http.js';
import { runFuzzImporters } from './fuzz-importers.js';
import { runKillImport } from './kill-import.js';
import { runKillServe } from './kill-serve.js';
import { runLoad } from './load.js';
import { createTestDatabases } from '../storage/postgres/test-database.js';

const flag = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
};
const num = (name: string, fallback: number): number => Number(flag(name, String(fallback)));

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(root, '.tmp', `soak-${process.pid}`);
const only = new Set(flag('only', 'import,serve,disk,load,fuzz-http,fuzz-import').split(','));
const say = (line: string) => process.stdout.write(`${line}\n`);
const results: Record<string, unknown> = {
  machine: { cpus: availableParallelism(), model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  started: new Date().toISOString(),
};

const scenario = async (name: string, run: (dir: string) => Promise<unknown>) => {
  if (!only.has(name)) return;
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  say(`\n== ${name}`);
  const started = performance.now();
  try {
    const r = await run(dir);
    results[name] = r;
    say(JSON.stringify(r, null, 2));
  } catch (e) {
    results[name] = { error: (e as Error).message };
    process.exitCode = 1;
    say(`FAILED: ${(e as Error).stack ?? String(e)}`);
  }
  say(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
};

rmSync(work, { recursive: true, force: true });
const kills = num('kills', 20);
const records = num('records', 50_000);
const fuzz = num('fuzz', 100_000);
// With --pg, each PostgreSQL run gets a fresh database on that server (dropped at the end).
const pgUrl = flag('pg', '');
const pgDatabases = pgUrl ? createTestDatabases(pgUrl, 'signin_soak') : undefined;
await scenario('import', async (dir) => {
  const sqlite = await runKillImport({ dir, db: join(dir, 'store.db'), records, kills, batchSize: 100, log: say });
  const postgres = pgDatabases
    ? await runKillImport({ dir, db: await pgDatabases.create(), records, kills: Math.min(kills, 5), batchSize: 100, log: say })
    : 'not run (no --pg)';
  return { sqlite, postgres };
});
await scenario('serve', async (dir) => {
  const sqlite = await runKillServe({ db: join(dir, 'store.db'), batches: num('batches', 400), batchSize: 100, kills, log: say });
  const postgres = pgDatabases
    ? await runKillServe({ db: await pgDatabases.create(), batches: num('batches', 400), batchSize: 100, kills: Math.min(kills, 5), log: say })
    : 'not run (no --pg)';
  return { sqlite, postgres };
});
await pgDatabases?.dropAll();
await scenario('disk', (dir) => runDiskFull({ dir, before: 2000, during: 20_000 }));
await scenario('load', (dir) => runLoad({ dir, records, readers: 32, exports: 3, log: say }));
await scenario('fuzz-http', () => runFuzzHttp({ routeCases: fuzz, ingestCases: fuzz }));
await scenario('fuzz-import', (dir) => runFuzzImporters({ dir, casesPerFormat: fuzz }));
results.finished = new Date().toISOString();
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
const file = join(root, 'bench', 'results', `soak-${Date.now()}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
say(`\nfigures written to ${file}`);
rmSync(work, { recursive: true, force: true });
