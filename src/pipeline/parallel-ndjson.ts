/**
 * The parallel NDJSON reader: the main thread only cuts the file into line-aligned chunks and
 * stores; worker threads parse, validate, derive and (when the store names a packer) compress (JSON.parse is the
 * largest cost of an import). Results come back in file order, so line numbers, rejections and
 * "first copy wins" behave exactly as in the single-threaded path. At most 6 chunks (1 MB each)
 * per worker are in flight — enough to keep workers busy while the main thread stores a batch —
 * so memory stays flat whatever the file size.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import type { SourceItem } from '../core/import-types.js';
import { chunkNdjson } from '../importers/ndjson-chunk.js';
import type { ChunkResult, ChunkTask } from './ndjson-worker.js';

const fromTypeScript = import.meta.url.endsWith('.ts');
const workerUrl = new URL(fromTypeScript ? './ndjson-worker.ts' : './ndjson-worker.js', import.meta.url);

/**
 * A worker holds at most two chunks (1 MB each) and their records: a small heap keeps V8 from
 * letting garbage pile up, which is what keeps the import's memory flat.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

/** Workers to start: one per core (the main thread mostly waits on SQLite), at least one. */
export const defaultWorkerCount = (): number => Math.max(1, Math.min(4, availableParallelism()));

export interface ParallelOptions {
  readonly workers?: number;
  /** The store's packing module (`SignInStore.documentPacker`): workers pack documents with it. */
  readonly packer?: string | undefined;
}

/** A reader for `planImport`'s `parallelNdjson` option. */
export const createParallelNdjsonReader =
  (options: ParallelOptions) =>
  (stream: Readable, file: string): AsyncIterable<SourceItem> =>
    readNdjsonParallel(stream, file, options);

export async function* readNdjsonParallel(stream: Readable, file: string, options: ParallelOptions = {}): AsyncGenerator<SourceItem> {
  const workerCount = Math.max(1, options.workers ?? defaultWorkerCount());
  const workers = Array.from({ length: workerCount }, () =>
    fromTypeScript
      ? // Running from sources (tests): register tsx inside the worker, then load the .ts file.
        new Worker(
          `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerUrl.href)}); })`,
          { eval: true, resourceLimits: WORKER_LIMITS },
        )
      : new Worker(workerUrl, { resourceLimits: WORKER_LIMITS }),
  );
  const waiting = new Map<number, (r: ChunkResult) => void>();
  const results = new Map<number, Promise<ChunkResult>>();
  let failure: Error | undefined;
  for (const w of workers) {
    w.on('message', (r: ChunkResult) => waiting.get(r.seq)?.(r));
    w.on('error', (e) => {
      failure = e;
      for (const resolve of waiting.values()) resolve({ seq: -1, items: [] });
    });
  }
  const maxInFlight = workerCount * 6;
  let nextSeq = 0;
  let nextOut = 0;
  const drainOne = async function* (): AsyncGenerator<SourceItem> {
    const r = await (results.get(nextOut) as Promise<ChunkResult>);
    if (failure) throw failure;
    results.delete(nextOut);
    waiting.delete(nextOut);
    nextOut++;
    for (const item of r.items) {
      if ('p' in item) yield { kind: 'prepared', prepared: item.p };
      else yield { kind: 'invalid', rejection: item.r };
    }
  };
  try {
    for await (const chunk of chunkNdjson(stream)) {
      const seq = nextSeq++;
      results.set(seq, new Promise<ChunkResult>((resolve) => waiting.set(seq, resolve)));
      const task: ChunkTask = { seq, buf: chunk.buf, file, startLine: chunk.startLine, offset: chunk.offset, packer: options.packer };
      (workers[seq % workerCount] as Worker).postMessage(task);
      if (results.size >= maxInFlight) yield* drainOne();
    }
    while (results.size > 0) yield* drainOne();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
