/**
 * Serving figures of issue 16 that need more than one autocannon run: one client paging the beta
 * list with `$top=1000` (rows/s, following `@odata.nextLink` to the end or to `pagingCap` rows),
 * and the 32 clients of http-bench.ts while two CSV exports stream through `/api/export` on the
 * same server and an import runs in another process. The import writes to a database file of its
 * own (the bench store stays as measured); it competes for the cores and the disk, not for
 * SQLite's write lock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = fileURLToPath(new URL('.', import.meta.url));
const CLIENTS = 32;
const CONCURRENT_FILTER = 'status/errorCode eq 50126';

export interface ServingBenchOptions {
  /** `http://127.0.0.1:port` of a server over the bench store. */
  readonly base: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly durationSeconds: number;
  /** NDJSON the concurrent import reads (the bench's demo file). */
  readonly importFile: string;
  /** Work folder (the import's own database goes here). */
  readonly dir: string;
  /** Rows after which the paging client stops (a 10 M store pages for long). */
  readonly pagingCap: number;
}

const autocannonRun = (url: string, headers: Readonly<Record<string, string>>, duration: number) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, headers: { ...headers }, connections: CLIENTS, duration, workers: 1 }, (err, result) => (err ? reject(err) : resolve(result)));
  });

/** One client following nextLink with $top=1000 on the beta list (Graph's default population: interactive sign-ins). */
const pageThrough = async (o: ServingBenchOptions): Promise<{ rows: number; seconds: number; rate: number }> => {
  let url: string | undefined = `${o.base}/beta/auditLogs/signIns?$top=1000`;
  let rows = 0;
  const started = performance.now();
  while (url && rows < o.pagingCap) {
    const res = await fetch(url, { headers: o.headers });
    if (!res.ok) throw new Error(`paging: HTTP ${res.status}`);
    const body = (await res.json()) as { value: unknown[]; '@odata.nextLink'?: string };
    rows += body.value.length;
    url = body['@odata.nextLink'];
  }
  const seconds = (performance.now() - started) / 1000;
  return { rows, seconds, rate: rows / seconds };
};

/** Streams an export and throws the bytes away until `signal` fires; resolves to the bytes read. */
const drainExport = async (o: ServingBenchOptions, signal: AbortSignal): Promise<number> => {
  let bytes = 0;
  try {
    const res = await fetch(`${o.base}/api/export?format=csv`, { headers: o.headers, signal });
    if (!res.ok || !res.body) throw new Error(`export: HTTP ${res.status}`);
    for await (const chunk of res.body) bytes += (chunk as Uint8Array).byteLength;
  } catch (e) {
    if (!signal.aborted) throw e;
  }
  return bytes;
};

const startImport = (o: ServingBenchOptions, db: string): ChildProcess =>
  // The real CLI (bin/ runs dist/cli/main.js's `main`), as a user runs it (detections on).
  spawn(process.execPath, [join(here, '..', '..', 'bin', 'signin-report.js'), 'import', o.importFile], {
    env: { ...process.env, SIGNIN_REPORT_DB: db },
    stdio: 'ignore',
  });

export const runServingBench = async (o: ServingBenchOptions): Promise<Record<string, number>> => {
  const out: Record<string, number> = {};
  const paged = await pageThrough(o);
  out['one client, $top=1000 to the end, rows/s (goal ≥ 50,000)'] = paged.rate;
  out['one client, $top=1000: rows paged'] = paged.rows;

  const importDb = join(o.dir, `serving-import-${process.pid}.db`);
  const stop = new AbortController();
  const importer = startImport(o, importDb);
  const exports = [drainExport(o, stop.signal), drainExport(o, stop.signal)];
  try {
    // Let the exports and the import get going before the clients start.
    await new Promise((r) => setTimeout(r, 2000));
    const url = `${o.base}/beta/auditLogs/signIns?$top=50&$filter=${encodeURIComponent(CONCURRENT_FILTER)}`;
    const loaded = await autocannonRun(url, o.headers, o.durationSeconds);
    out[`${CLIENTS} clients during 2 exports + an import: req/s`] = loaded.requests.average;
    out[`${CLIENTS} clients during 2 exports + an import: p99 ms (goal ≤ 150)`] = loaded.latency.p99;
    out[`${CLIENTS} clients during 2 exports + an import: errors + non-2xx (goal 0)`] = loaded.errors + loaded.timeouts + loaded.non2xx;
    // 1: the import ran for the whole measurement (it is stopped afterwards); 0: it ended early (look at why).
    out['import still running when the clients stopped (1 = yes)'] = importer.exitCode === null ? 1 : 0;
  } finally {
    stop.abort();
    const exported = await Promise.all(exports);
    out['bytes exported meanwhile, MB'] = exported.reduce((a, b) => a + b, 0) / 2 ** 20;
    importer.kill('SIGTERM');
    await new Promise((r) => (importer.exitCode !== null ? r(undefined) : importer.once('exit', r)));
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${importDb}${suffix}`, { force: true });
  }
  return out;
};
