/**
 * `npm run bench`: generates a realistic data set with the demo generator, then measures and
 * prints — and writes to bench/results/*.json — import rate against the naive baseline, peak
 * RSS, bytes on disk per record against raw JSON, list latencies (first page and 100,000 rows
 * deep with two filters), HTTP figures where available, and the entity pages' timings (a busy
 * user, the spray IP, the busiest app). Not a test: it never asserts.
 */
import type { runHttpBench as RunHttpBench } from './http-bench.js';
import { Command } from 'commander';
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoGenerator } from '../core/demo/generator.js';
import { isPostgresUrl, openStore } from '../compose.js';
import type { FilterNode } from '../core/query/ast.js';
import type { KeysetPosition, SignInStore } from '../core/ports.js';
import { round, timeMany } from './stats.js';
import { runDetectionsBench } from './detections-bench.js';

interface BenchFlags {
  count: string;
  seed: string;
  engine: string;
  dir: string;
  http: string;
  naive: boolean;
  ui: boolean;
  duckdb: boolean;
  generateOnly?: boolean;
  export: boolean;
  reuseStore?: boolean;
  pagingCap: string;
  detections: boolean;
  entities: boolean;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const results: Record<string, unknown> = {};
const print = (label: string, value: string) => process.stdout.write(`${label.padEnd(52)} ${value}\n`);

const generate = async (file: string, count: number, seed: number): Promise<number> => {
  if (existsSync(file) && existsSync(`${file}.done`)) return statSync(file).size;
  const out = createWriteStream(file);
  const started = performance.now();
  let n = 0;
  let chunk = '';
  for (const s of createDemoGenerator({ seed, count, days: 30, end: new Date('2026-11-01T00:00:00Z') })) {
    chunk += `${JSON.stringify(s)}\n`;
    if (++n % 2000 === 0) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise<void>((r) => out.end(r));
  writeFileSync(`${file}.done`, '');
  print('generate demo NDJSON', `${count.toLocaleString()} records in ${round((performance.now() - started) / 1000)} s`);
  return statSync(file).size;
};

const runChild = (script: string, args: string[]): Record<string, number> => {
  const out = execFileSync(process.execPath, [join(here, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const last = out.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, number>;
};

const str = (value: string) => ({ kind: 'string', value }) as const;
const TWO_FILTERS: FilterNode = {
  kind: 'and',
  left: { kind: 'compare', op: 'eq', field: 'signInType', value: str('nonInteractiveUser') },
  right: { kind: 'compare', op: 'eq', field: 'outcome', value: str('success') },
};

const positionAt = async (store: SignInStore, filter: FilterNode, depth: number): Promise<KeysetPosition | undefined> => {
  let after: KeysetPosition | undefined;
  for (let seen = 0; seen < depth; seen += 1000) {
    const page = await store.list({ filter, top: Math.min(1000, depth - seen), order: 'desc', after });
    if (!page.next) return undefined;
    after = page.next;
  }
  return after;
};


/** One engine's figures: import (against the naive loop on SQLite), disk, list, HTTP, analytics. */
const runEngine = async (db: string, input: string, rawBytes: number, count: number, flags: BenchFlags): Promise<Record<string, unknown>> => {
  const out: Record<string, unknown> = {};
  // A store built by an earlier run of the same data (a 10 M import takes most of an hour).
  const reuse = flags.reuseStore === true && !isPostgresUrl(db) && existsSync(db);
  const ours: Record<string, number> = reuse ? { dbBytes: statSync(db).size } : runChild('import-child.js', [input, db]);
  out.import = ours;
  if (reuse) print('import', `skipped: --reuse-store measures the store an earlier run built (${db})`);
  else print('import: signin-report', `${round(ours.rate ?? 0, 0).toLocaleString()} rec/s, ${round(ours.mbPerSecond ?? 0)} MB/s, peak RSS ${round(ours.maxRssMb ?? 0, 0)} MB`);
  if (flags.naive && !reuse && !isPostgresUrl(db)) {
    const naive = runChild('naive-import.js', [input, join(flags.dir, 'naive.db')]);
    out.naive = naive;
    print('import: naive loop (baseline)', `${round(naive.rate ?? 0, 0).toLocaleString()} rec/s, peak RSS ${round(naive.maxRssMb ?? 0, 0)} MB`);
    print('import: ratio ours / naive (goal ≥ 3)', `${round((ours.rate ?? 0) / (naive.rate ?? 1))} ×`);
    print('disk: naive, % of raw', `${round((100 * (naive.dbBytes ?? 0)) / rawBytes, 1)} %`);
  }
  if (ours.dbBytes) {
    const pct = (100 * ours.dbBytes) / rawBytes;
    out.disk = { dbBytes: ours.dbBytes, bytesPerRecord: ours.dbBytes / count, rawBytesPerRecord: rawBytes / count, percentOfRaw: pct };
    print('disk: signin-report, % of raw', `${round(pct, 1)} % (${round(ours.dbBytes / count, 0)} bytes/record)`);
    const parts = (ours as unknown as { bytesPerRecordByPart?: Record<string, number> }).bytesPerRecordByPart;
    if (parts) print('disk: bytes/record by part', Object.entries(parts).map(([k, v]) => `${k} ${round(v, 0)}`).join(', '));
  }
  if (flags.duckdb && !reuse && !isPostgresUrl(db)) {
    // The same file into DuckDB's own database file: the baseline of the storage goals.
    const duck = runChild('duckdb-ingest-child.js', [input, join(flags.dir, 'duck.duckdb')]);
    out.duckdb = duck;
    print('import: DuckDB read_json_auto (baseline)', `${round(duck.rate ?? 0, 0).toLocaleString()} rec/s, peak RSS ${round(duck.maxRssMb ?? 0, 0)} MB`);
    print('disk: DuckDB', `${round((100 * (duck.dbBytes ?? 0)) / rawBytes, 1)} % of raw (${round((duck.dbBytes ?? 0) / count, 0)} bytes/record)`);
    print('import: ratio ours / DuckDB (goal ≥ 1)', `${round((ours.rate ?? 0) / (duck.rate ?? 1))} ×`);
    if (ours.dbBytes) print('disk: ratio ours / DuckDB (goal ≤ 2.5)', `${round(ours.dbBytes / (duck.dbBytes ?? 1))} ×`);
  }
  if (!reuse) print('import: peak RSS, workers included (goal ≤ 300 MB)', `${round(ours.maxRssMb ?? 0, 0)} MB`);

  const store = await openStore({ db });
  await store.warm?.();
  const list = async (filter: FilterNode | undefined, after?: KeysetPosition) => store.list({ filter, top: 50, order: 'desc', after });
  const first = await timeMany(200, () => list(undefined));
  const firstFiltered = await timeMany(200, () => list(TWO_FILTERS));
  const deepPos = await positionAt(store, TWO_FILTERS, 100_000);
  const deep = deepPos ? await timeMany(200, () => list(TWO_FILTERS, deepPos)) : undefined;
  // GET by id: ids spread over the whole store (every 50th row of the first pages and one deep page).
  const sample = [...(await store.list({ top: 1000, order: 'desc' })).items, ...(await store.list({ top: 1000, order: 'asc' })).items].map((x) => x.id);
  let nextId = 0;
  const getById = await timeMany(200, () => store.get(sample[(nextId += 7) % sample.length] as string));
  out.list = { firstPage: first, firstPageTwoFilters: firstFiltered, page100kDeepTwoFilters: deep ?? null, getById };
  print('list: first page (50), ms p50/p95', `${round(first.p50)} / ${round(first.p95)}`);
  print('list: first page, 2 filters, ms p50/p95', `${round(firstFiltered.p50)} / ${round(firstFiltered.p95)}`);
  print('list: 100,000 deep, 2 filters, ms p50/p95 (goal ≤ 10)', deep ? `${round(deep.p50)} / ${round(deep.p95)}` : 'not enough rows');
  print('get by id, ms p50/p95 (goal ≤ 2)', `${round(getById.p50, 3)} / ${round(getById.p95, 3)}`);
  const duckDb = join(flags.dir, 'duck.duckdb');
  if (flags.duckdb && existsSync(duckDb)) {
    try {
      // The same pages asked of DuckDB (goal: ours ≤ 1/10 of its time).
      const duck = runChild('duckdb-list-child.js', [duckDb]) as unknown as Record<string, { p50: number; p95: number }>;
      out.duckdbList = duck;
      const ours: Record<string, { p95: number } | undefined> = { firstPage: first, firstPageTwoFilters: firstFiltered, page100kDeepTwoFilters: deep };
      for (const [name, d] of Object.entries(duck)) {
        const o = ours[name];
        print(`duckdb: list ${name}, ms p50/p95`, `${d.p50} / ${d.p95}${o ? ` → ratio ours / DuckDB ${round(o.p95 / d.p95, 3)} × (goal ≤ 0.1)` : ''}`);
      }
    } catch (e) {
      print('duckdb list', `failed: ${(e as Error).message.split('\n')[0]}`);
    }
  }

  const httpSeconds = Number(flags.http);
  if (httpSeconds > 0) {
    try {
      const specifier = './http-bench.js';
      const mod = (await import(specifier)) as { runHttpBench: typeof RunHttpBench };
      const serving = { importFile: input, dir: flags.dir, pagingCap: Number(flags.pagingCap) };
      const http = await mod.runHttpBench({ store, durationSeconds: httpSeconds, serving });
      out.http = http;
      for (const [k, v] of Object.entries(http)) print(`http: ${k}`, String(round(v)));
    } catch (e) {
      print('http', `skipped: ${(e as Error).message}`);
    }
  }
  if (flags.ui) {
    try {
      const { runUiBench } = await import('./ui-bench.js');
      const ui = await runUiBench({ store, uiDir: join(root, 'ui', 'dist') });
      out.ui = ui;
      for (const [k, v] of Object.entries(ui)) print(`ui: ${k}${k.endsWith('p50') ? ' (goal ≤ 1,000)' : ''}`, String(round(v, 0)));
    } catch (e) {
      print('ui', `skipped: ${(e as Error).message}`);
    }
  }
  try {
    const specifier = './analytics-bench.js';
    const mod = (await import(specifier)) as { runAnalyticsBench: (o: { store: SignInStore; input: string; print: typeof print; exportRows: boolean }) => Promise<Record<string, unknown>> };
    out.analytics = await mod.runAnalyticsBench({ store, input, print, exportRows: flags.export });
  } catch (e) {
    if (!/Cannot find module/.test((e as Error).message)) print('analytics', `failed: ${(e as Error).message}`);
  }
  if (flags.entities) {
    try {
      const { runEntityBench } = await import('./entity-bench.js');
      out.entities = await runEntityBench({ store, print });
    } catch (e) {
      print('entities', `failed: ${(e as Error).message}`);
    }
  }
  await store.close();

  return out;
};

/** The key figures of every engine in one table. */
const printSideBySide = (perEngine: Record<string, Record<string, unknown>>) => {
  const names = Object.keys(perEngine);
  const pick = (r: Record<string, unknown>, path: string): string => {
    const v = path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), r);
    return typeof v === 'number' ? String(round(v)) : '-';
  };
  const rows: [string, string][] = [
    ['import rec/s', 'import.rate'],
    ['disk bytes/record', 'disk.bytesPerRecord'],
    ['import peak RSS MB', 'import.maxRssMb'],
    ['list first page p95 ms', 'list.firstPage.p95'],
    ['list 2 filters p95 ms', 'list.firstPageTwoFilters.p95'],
    ['list 100k deep p95 ms', 'list.page100kDeepTwoFilters.p95'],
    ['get by id p95 ms', 'list.getById.p95'],
  ];
  process.stdout.write(`\n${'side by side'.padEnd(30)}${names.map((n) => n.padStart(14)).join('')}\n`);
  for (const [label, path] of rows) {
    process.stdout.write(`${label.padEnd(30)}${names.map((n) => pick(perEngine[n] ?? {}, path).padStart(14)).join('')}\n`);
  }
  const rate = (n: string) => Number((perEngine[n]?.import as { rate?: number } | undefined)?.rate ?? 0);
  if (perEngine.sqlite && perEngine.postgres) {
    process.stdout.write(`${'import PostgreSQL / SQLite (goal ≥ 0.5)'.padEnd(44)}${round(rate('postgres') / (rate('sqlite') || 1))} ×\n`);
  }
};

const main = async () => {
  const flags = new Command('bench')
    .option('--count <n>', 'records to generate', '1000000')
    .option('--seed <n>', 'demo seed', '42')
    .option('--engine <engine>', 'sqlite, postgres (a throwaway server), both, or a postgres:// URL', 'sqlite')
    .option('--dir <dir>', 'work folder', join(root, '.tmp', 'bench'))
    .option('--http <seconds>', 'seconds per HTTP scenario (0 skips)', '5')
    .option('--no-naive', 'skip the naive baseline')
    .option('--no-ui', 'skip the web UI figure (time to first table row in Chromium)')
    .option('--no-duckdb', 'skip DuckDB ingesting the same file (the storage baseline)')
    .option('--no-export', 'skip the export figures (a full export of a 10 M store takes long)')
    .option('--no-entities', 'skip the entity page figures (user, IP, app pages)')
    .option('--no-detections', 'skip the detection figures (per-rule quality, import with / without rules, detect)')
    .option('--generate-only', 'write the demo NDJSON file (reused by later runs) and stop')
    .option('--reuse-store', 'measure the SQLite store an earlier run built in --dir (skips the imports)')
    .option('--paging-cap <rows>', 'rows after which the $top=1000 paging client stops', '1000000')
    .parse()
    .opts<BenchFlags>();
  const count = Number(flags.count);
  mkdirSync(flags.dir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  results.machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memGb: round(totalmem() / 2 ** 30, 1), node: process.version };
  results.versions = { signinReport: pkg.version };
  results.data = { count, seed: Number(flags.seed) };
  print('machine', `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${round(totalmem() / 2 ** 30, 1)} GiB, Node ${process.version}`);

  const input = join(flags.dir, `demo-${count}-${flags.seed}.ndjson`);
  const rawBytes = await generate(input, count, Number(flags.seed));
  print('raw NDJSON', `${round(rawBytes / 2 ** 20, 1)} MB, ${round(rawBytes / count, 0)} bytes/record`);
  if (flags.generateOnly) return;

  const engines = flags.engine === 'both' ? ['sqlite', 'postgres'] : [flags.engine];
  const perEngine: Record<string, Record<string, unknown>> = {};
  for (const engine of engines) {
    let temp: { url: string; stop: () => Promise<void> } | undefined;
    let db = join(flags.dir, 'bench.db');
    if (engine === 'postgres') {
      const { startTempPostgres } = await import('../storage/postgres/temp-server.js');
      temp = await startTempPostgres({ profile: 'bench' });
      db = temp.url;
    } else if (engine !== 'sqlite') db = engine;
    print(`— engine`, engine === 'sqlite' || engine === 'postgres' ? engine : 'postgres (given URL)');
    try {
      perEngine[engine] = await runEngine(db, input, rawBytes, count, flags);
    } finally {
      await temp?.stop();
    }
  }
  results.engines = perEngine;
  if (flags.detections) {
    print('— detections', 'sqlite');
    const demo = { seed: Number(flags.seed), count, days: 30, end: new Date('2026-11-01T00:00:00Z') };
    results.detections = await runDetectionsBench({ input, db: join(flags.dir, 'detections.db'), demo, print });
  }
  if (engines.length > 1) printSideBySide(perEngine);

  const file = join(root, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}-${flags.engine.startsWith('postgres://') ? 'postgres' : flags.engine}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  print('results written to', file);
};

await main();
