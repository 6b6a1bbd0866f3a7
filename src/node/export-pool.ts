/**
 * Worker threads that format export pages (export-worker.ts) while the main thread reads the
 * next pages from the store: parsing each document is the largest cost of a CSV export. Used by
 * `GET /api/export` and `signin-report export`; pages come back in order because the export
 * awaits them in order (exportSignIns' `prefetch`).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExportFormat, PageFormatter } from '../core/use-cases/export-sign-ins.js';
import type { ExportResult, ExportTask, ExportWorkerSetup } from './export-worker.js';

const fromTypeScript = import.meta.url.endsWith('.ts');
const workerUrl = new URL(fromTypeScript ? './export-worker.ts' : './export-worker.js', import.meta.url);

/** One page per worker in flight, plus one: small heaps keep memory flat. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

export interface ExportPool {
  readonly formatter: PageFormatter;
  /** Pages to keep in flight. */
  readonly prefetch: number;
  close(): Promise<void>;
  /** The threads, for diagnostics and for the test that kills one mid-export. */
  readonly workers: readonly Worker[];
}

/** The main thread reads and inflates pages; the other cores format. */
export const defaultExportWorkers = (): number => Math.max(1, Math.min(4, availableParallelism() - 1));

export const createExportPool = (format: ExportFormat, key?: string, workers = defaultExportWorkers()): ExportPool => {
  const setup: ExportWorkerSetup = { format, key };
  const pool = Array.from({ length: Math.max(1, workers) }, () =>
    fromTypeScript
      ? // Running from sources (tests): register tsx inside the worker, then load the .ts file.
        new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerUrl.href)}); })`, {
          eval: true,
          workerData: setup,
          resourceLimits: WORKER_LIMITS,
        })
      : new Worker(workerUrl, { workerData: setup, resourceLimits: WORKER_LIMITS }),
  );
  const waiting = new Map<number, { resolve: (s: string) => void; reject: (e: Error) => void }>();
  let failure: Error | undefined;
  let closing = false;
  // One dead worker ends the export it serves (its pages are lost), never the process: every
  // page in flight and every later page is rejected with the reason.
  const fail = (e: Error) => {
    failure ??= e;
    for (const p of waiting.values()) p.reject(failure);
    waiting.clear();
  };
  for (const w of pool) {
    w.on('message', (r: ExportResult) => {
      const p = waiting.get(r.seq);
      waiting.delete(r.seq);
      if ('error' in r) p?.reject(new Error(r.error));
      else p?.resolve(r.text);
    });
    w.on('messageerror', (e) => fail(new Error(`an export worker could not read a page: ${e.message}`)));
    w.on('error', (e) => fail(new Error(`an export worker failed: ${e.message}`)));
    // 'exit' without 'error': terminated, or killed by its resource limits.
    w.on('exit', (code) => {
      if (!closing) fail(new Error(`an export worker exited unexpectedly (exit code ${code})`));
    });
  }
  let seq = 0;
  const formatter: PageFormatter = (texts, first) => {
    if (failure) return Promise.reject(failure);
    const task: ExportTask = { seq: seq++, texts, first };
    const worker = pool[task.seq % pool.length] as Worker;
    return new Promise<string>((resolve, reject) => {
      waiting.set(task.seq, { resolve, reject });
      worker.postMessage(task);
    });
  };
  return {
    formatter,
    prefetch: pool.length + 1,
    close: async () => {
      closing = true;
      fail(new Error('the export was closed'));
      await Promise.all(pool.map((w) => w.terminate()));
    },
    workers: pool,
  };
};
