/**
 * Load test: concurrent readers of the Graph API and streaming exports against a running
 * `serve` while another process imports into the same store. Every request must succeed; the
 * figures are the readers' latency percentiles, requests served, export rows, and the peak
 * memory (VmHWM, Linux) of the server and of the import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../cli/main.js';
import { sleep } from './random.js';
import { spawnCli, waitForStderr, type CliChild } from './spawn-cli.js';

export interface LoadOptions {
  readonly dir: string;
  readonly records: number;
  readonly readers: number;
  readonly exports: number;
  readonly log?: (line: string) => void;
}

export interface LoadResult {
  readonly records: number;
  readonly importExit: number | string;
  readonly importSeconds: number;
  readonly readers: number;
  readonly requests: number;
  readonly errors: number;
  readonly firstErrors: readonly string[];
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly exportsCompleted: number;
  readonly exportRows: number;
  readonly serverPeakRssMb: number;
  readonly importPeakRssMb: number;
}

const peakRssMb = (pid: number | undefined): number => {
  if (pid === undefined) return 0;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
};

const run = async (args: string[]): Promise<string> => {
  let out = '';
  const io = { stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: () => true }, env: {} };
  if ((await main(args, io)) !== 0) throw new Error(`${args.join(' ')} failed`);
  return out.trim();
};

const FILTERS = [
  '',
  "$filter=status/errorCode eq 50126",
  "$filter=outcome eq 'failure' and createdDateTime ge 2025-06-01T00:00:00Z",
  "$filter=startsWith(appDisplayName,'Microsoft')",
];

export const runLoad = async (o: LoadOptions): Promise<LoadResult> => {
  const db = join(o.dir, 'load.db');
  const file = join(o.dir, 'load.ndjson');
  await run(['demo', '--count', String(o.records), '--seed', '9', '--days', '30', '--end', '2025-06-30T00:00:00Z', '--out', file]);
  const token = await run(['--db', db, 'token', 'create', '--name', 'load', '--scope', 'admin']);
  const server: CliChild = spawnCli(['--db', db, 'serve', '--port', '0'], { env: { SIGNIN_REPORT_RATE_LIMIT: '100000000' } });
  const url = (await waitForStderr(server, /listening on (http:\/\/\S+) /, 60_000))[1] as string;
  const headers = { authorization: `Bearer ${token}` };
  const latencies: number[] = [];
  const firstErrors: string[] = [];
  let errors = 0;
  let exportsCompleted = 0;
  let exportRows = 0;
  let importPeak = 0;
  let done = false;
  const fail = (what: string) => {
    errors++;
    if (firstErrors.length < 10) firstErrors.push(what);
  };

  const importer = spawnCli(['--db', db, 'import', file, '--no-progress', '--rejects', join(o.dir, 'rejects.ndjson')]);
  const importStarted = performance.now();
  const importDone = importer.exited.then((code) => {
    done = true;
    return code;
  });
  const sampler = (async () => {
    while (!done) {
      importPeak = Math.max(importPeak, peakRssMb(importer.child.pid));
      await sleep(50);
    }
  })();
  const reader = async (n: number) => {
    for (let i = 0; !done; i++) {
      const q = FILTERS[(n + i) % FILTERS.length] as string;
      const t0 = performance.now();
      try {
        const r = await fetch(`${url}/beta/auditLogs/signIns?$top=50${q ? `&${q}` : ''}`, { headers });
        await r.arrayBuffer();
        if (r.status !== 200) fail(`list ${q}: ${r.status}`);
        latencies.push(performance.now() - t0);
      } catch (e) {
        fail(`list ${q}: ${(e as Error).message}`);
      }
    }
  };
  const exporter = async () => {
    while (!done) {
      try {
        const r = await fetch(`${url}/api/export?format=csv`, { headers });
        const text = await r.text();
        if (r.status !== 200) fail(`export: ${r.status}`);
        else {
          exportsCompleted++;
          exportRows += Math.max(0, text.split('\r\n').length - 2);
        }
      } catch (e) {
        fail(`export: ${(e as Error).message}`);
      }
    }
  };
  let serverPeak = 0;
  try {
    await Promise.all([...Array.from({ length: o.readers }, (_, n) => reader(n)), ...Array.from({ length: o.exports }, exporter), sampler]);
  } finally {
    serverPeak = peakRssMb(server.child.pid);
    server.child.kill('SIGTERM');
    await server.exited;
  }
  const importExit = await importDone;
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0) * 10) / 10;
  o.log?.(`load: ${latencies.length} reads, ${exportsCompleted} exports during the import`);
  return {
    records: o.records,
    importExit,
    importSeconds: Math.round((performance.now() - importStarted) / 100) / 10,
    readers: o.readers,
    requests: latencies.length + exportsCompleted,
    errors,
    firstErrors,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    exportsCompleted,
    exportRows,
    serverPeakRssMb: serverPeak,
    importPeakRssMb: importPeak,
  };
};
