/**
 * One bounded pool of worker threads for every read the process serves (list, get, aggregates,
 * export pages), in the server and the CLI alike. Workers start on demand, up to `size`.
 *
 * - Two lanes: `interactive` tasks always start before queued `bulk` tasks (export pages), and
 *   bulk tasks never hold more than `bulkShare` workers at once, so an export gets a share of
 *   the pool, never all of it.
 * - Every task has a time budget counted from when it was queued; past it, a queued task is
 *   dropped and a running one's worker is terminated (a synchronous SQLite query cannot be
 *   interrupted any other way) and replaced. The caller gets a `QueryTimeout` error.
 * - An aborted signal (the client went away) drops a queued task at once. A running one is
 *   answered at once too, but its worker is given `abortGraceMs` to finish before it is
 *   terminated: most tasks end within milliseconds, and a terminated worker costs its
 *   replacement's start-up (a second or so of loading on a busy machine) to every request that
 *   follows. Only a task still running after the grace period (a slow query) is stopped.
 * - A worker that dies ends its task with a clear `StorageUnavailable` error; the next task
 *   gets a fresh worker.
 * - The queue is bounded: beyond `maxQueue` waiting tasks, `TooManyRequests` with a retry time.
 *
 * Once the first task comes, all `size` workers are started and kept (a stopped one is replaced
 * at once; one that died is replaced by the next task): a worker takes a while to load, and no request should wait for that under load.
 *
 * The protocol is pool-worker.ts's: `{ id, op, args }` in, `{ id, value }` or `{ id, error }` out.
 */
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../core/errors.js';
import { currentWork, type Lane } from './work-context.js';

export interface WorkerPoolOptions {
  /** Module URL of the worker script (default: POOL_WORKER_URL). */
  readonly workerUrl?: URL;
  readonly workerData?: unknown;
  /** Workers at most (default: the number of cores, at least 2, plus one). */
  readonly size?: number;
  /** Workers that bulk tasks may hold at once (default: all but one). */
  readonly bulkShare?: number;
  /** Tasks that may wait (default 1,000). */
  readonly maxQueue?: number;
  /** Default time budget of a task, from queueing to answer (default 30 s). */
  readonly taskTimeoutMs?: number;
  /** How long an aborted running task may finish before its worker is terminated (default 250 ms). */
  readonly abortGraceMs?: number;
  readonly resourceLimits?: ResourceLimits;
}

export interface RunOptions {
  /** Default: the current work context's lane, else `interactive`. */
  readonly lane?: Lane;
  /** Default: the current work context's signal. */
  readonly signal?: AbortSignal | undefined;
  readonly timeoutMs?: number;
  /** Buffers moved (not copied) to the worker. */
  readonly transfer?: readonly ArrayBuffer[];
}

export interface PoolStats {
  readonly workers: number;
  readonly busy: number;
  readonly busyBulk: number;
  readonly queued: number;
  /** Workers that were terminated or died and were replaced (since start). */
  readonly replaced: number;
}

export interface WorkerPool {
  /** Workers that bulk tasks may hold at once. */
  readonly bulkShare: number;
  run<T>(op: string, args: unknown, options?: RunOptions): Promise<T>;
  /** Starts every worker and waits until each has loaded its engine (its first task would otherwise pay for that). */
  warm(): Promise<void>;
  stats(): PoolStats;
  close(): Promise<void>;
}

interface Job {
  readonly id: number;
  readonly op: string;
  readonly args: unknown;
  readonly lane: Lane;
  readonly transfer: readonly ArrayBuffer[];
  settle(error: Error | undefined, value?: unknown): void;
  slot?: Slot;
  /** Answered already (aborted); its worker is only waited for, its result dropped. */
  abandoned?: boolean;
}

interface Slot {
  readonly worker: Worker;
  job?: Job | undefined;
}

export type WorkerReply = { readonly id: number; readonly value: unknown } | { readonly id: number; readonly error: { readonly message: string; readonly code?: string } };

/** A core error thrown in a worker comes back as the same typed error; anything else as it is. */
const fromWorker = (e: { readonly message: string; readonly code?: string }): Error =>
  e.code !== undefined && (ERROR_CODES as readonly string[]).includes(e.code) ? new AppError(e.code as ErrorCode, e.message) : new Error(e.message);

const fromTypeScript = (url: URL) => url.pathname.endsWith('.ts');

const startWorker = (url: URL, workerData: unknown, resourceLimits: ResourceLimits | undefined): Worker =>
  fromTypeScript(url)
    ? // Running from sources (tests): register tsx inside the worker, then load the .ts file.
      new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, {
        eval: true,
        workerData,
        resourceLimits,
      })
    : new Worker(url, { workerData, resourceLimits });

/** The pool's own worker script (pool-worker.ts, or .js once built). */
export const POOL_WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './pool-worker.ts' : './pool-worker.js', import.meta.url);

/**
 * One worker per core plus one: with bulk work allowed all but one worker, an export keeps every
 * core busy when nothing else runs, and an interactive request always finds a worker of its own
 * (the OS shares the cores between them) instead of waiting for an export page to finish.
 */
export const defaultPoolSize = (): number => Math.max(2, availableParallelism()) + 1;

export const createWorkerPool = (opts: WorkerPoolOptions): WorkerPool => {
  const size = Math.max(1, opts.size ?? defaultPoolSize());
  const bulkShare = Math.max(1, Math.min(size, opts.bulkShare ?? size - 1));
  const maxQueue = opts.maxQueue ?? 1000;
  const defaultTimeout = opts.taskTimeoutMs ?? 30_000;
  const abortGraceMs = opts.abortGraceMs ?? 250;
  const slots: Slot[] = [];
  const queues: Record<Lane, Job[]> = { interactive: [], bulk: [] };
  let nextId = 1;
  let replaced = 0;
  let closed = false;
  let started = false;

  /** Keeps `size` workers once the pool is in use. */
  const fill = () => {
    if (!started || closed) return;
    while (slots.length < size) spawn();
  };

  const busyBulk = () => slots.filter((s) => s.job?.lane === 'bulk').length;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(opts.workerUrl ?? POOL_WORKER_URL, opts.workerData, opts.resourceLimits) };
    slot.worker.on('message', (m: WorkerReply) => {
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      slot.job = undefined;
      if ('error' in m) job.settle(fromWorker(m.error));
      else job.settle(undefined, m.value);
      dispatch();
    });
    // 'error' (an uncaught exception) is followed by 'exit'; the task is ended there.
    slot.worker.on('error', () => undefined);
    slot.worker.on('exit', () => {
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      const job = slot.job;
      slot.job = undefined;
      if (job) {
        replaced++;
        job.settle(new AppError('StorageUnavailable', 'The worker serving this request stopped unexpectedly; the request was not completed. Retry it.', undefined, 1));
      }
      // Not refilled here: a worker that cannot start would be restarted in a loop. The next
      // task starts a new one.
      if (!closed) dispatch();
    });
    slots.push(slot);
    return slot;
  };

  /**
   * An aborted task: out of the queue at once; a running one keeps its worker busy until it
   * ends or the grace period is over, whichever comes first (then `kill`).
   */
  const abandon = (job: Job) => {
    const q = queues[job.lane];
    const i = q.indexOf(job);
    if (i >= 0) q.splice(i, 1);
    const slot = job.slot;
    if (!slot || slot.job !== job) return;
    job.abandoned = true;
    setTimeout(() => kill(job), abortGraceMs).unref();
  };

  /** Stops a running task's worker (timeout, abort); the exit handler does not answer twice. */
  const kill = (job: Job) => {
    const slot = job.slot;
    if (!slot || slot.job !== job) return;
    slot.job = undefined;
    replaced++;
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    void slot.worker.terminate();
    fill();
    dispatch();
  };

  const take = (): Job | undefined => {
    if (queues.interactive.length > 0) return queues.interactive.shift();
    if (queues.bulk.length > 0 && busyBulk() < bulkShare) return queues.bulk.shift();
    return undefined;
  };

  function dispatch(): void {
    if (closed) return;
    for (;;) {
      const free = slots.find((s) => !s.job);
      if (!free && slots.length >= size) return;
      const job = take();
      if (!job) return;
      const idle = free ?? spawn();
      idle.job = job;
      job.slot = idle;
      idle.worker.postMessage({ id: job.id, op: job.op, args: job.args }, [...job.transfer]);
    }
  }

  const run = <T>(op: string, args: unknown, options: RunOptions = {}): Promise<T> => {
    if (closed) return Promise.reject(new AppError('StorageUnavailable', 'The server is shutting down'));
    const work = currentWork();
    const lane = options.lane ?? work?.lane ?? 'interactive';
    const signal = options.signal ?? work?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (queues.interactive.length + queues.bulk.length >= maxQueue) {
      return Promise.reject(new AppError('TooManyRequests', 'The server is busy: too many queries are waiting. Retry shortly.', undefined, 1));
    }
    const timeoutMs = options.timeoutMs ?? work?.timeoutMs ?? defaultTimeout;
    if (!started) {
      started = true;
      fill();
    }
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const job: Job = {
        id: nextId++,
        op,
        args,
        lane,
        transfer: options.transfer ?? [],
        settle: (error, value) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          if (error) reject(error);
          else resolve(value as T);
        },
      };
      /** Ends the job from outside: out of the queue, or its worker stopped. */
      const stop = (error: Error) => {
        const q = queues[lane];
        const i = q.indexOf(job);
        if (i >= 0) q.splice(i, 1);
        kill(job);
        job.settle(error);
      };
      const timer = setTimeout(
        () => stop(new AppError('QueryTimeout', `The query ran past its time budget of ${(timeoutMs / 1000).toFixed(1)} s and was stopped; narrow the filter or the time range.`)),
        timeoutMs,
      );
      const onAbort = () => {
        abandon(job);
        job.settle((signal?.reason as Error | undefined) ?? new Error('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queues[lane].push(job);
      dispatch();
    });
  };

  return {
    bulkShare,
    run,
    // One `warm` task per worker: the workers are all free, so each takes one.
    warm: async () => {
      await Promise.all(Array.from({ length: size }, () => run('warm', null)));
    },
    stats: () => ({
      workers: slots.length,
      busy: slots.filter((s) => s.job).length,
      busyBulk: busyBulk(),
      queued: queues.interactive.length + queues.bulk.length,
      replaced,
    }),
    close: async () => {
      closed = true;
      const shutdown = new AppError('StorageUnavailable', 'The server is shutting down');
      for (const job of [...queues.interactive, ...queues.bulk]) job.settle(shutdown);
      queues.interactive.length = 0;
      queues.bulk.length = 0;
      const all = slots.splice(0);
      for (const s of all) s.job?.settle(shutdown);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
};
