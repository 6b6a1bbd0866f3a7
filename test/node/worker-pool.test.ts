// The shared worker pool: interactive tasks before export pages, a bounded share for bulk work,
// time budgets that stop a busy worker, aborts, a dying worker, the bounded queue, and `format`.
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerPool, type WorkerPool } from '../../src/node/worker-pool.js';
import { withWork } from '../../src/node/work-context.js';
import { formatExportPage } from '../../src/core/use-cases/export-sign-ins.js';
import { makeSignIn } from '../../src/storage/contract/fixtures.js';
import { isAppError } from '../../src/core/errors.js';

const workerUrl = new URL('../../src/node/pool-worker.ts', import.meta.url);
const handlerUrl = new URL('./test-handler.ts', import.meta.url).href;
const pools: WorkerPool[] = [];
const open = (o: { size?: number; bulkShare?: number; maxQueue?: number; taskTimeoutMs?: number; abortGraceMs?: number } = {}) => {
  const p = createWorkerPool({ workerUrl, workerData: { handlerUrl, handlerData: 'db' }, ...o });
  pools.push(p);
  return p;
};
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});
const codeOf = async (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (isAppError(e) ? e.code : String(e)));

describe('worker pool', () => {
  it('answers through the engine handler', async () => {
    const pool = open({ size: 1 });
    expect(await pool.run('echo', { tag: 'a' })).toEqual({ tag: 'a', data: 'db' });
    expect(await codeOf(pool.run('fail', {}))).toBe('NotFound');
  });

  it('starts queued interactive tasks before queued export pages, and bulk never holds the whole pool', async () => {
    const pool = open({ size: 2, bulkShare: 1 });
    await Promise.all([pool.run('echo', {}), pool.run('echo', {})]); // both workers up
    const order: string[] = [];
    const track = (name: string, p: Promise<unknown>) => p.then(() => order.push(name));
    const running = [track('bulk-1', pool.run('spin', { ms: 300 }, { lane: 'bulk' })), track('bulk-2', pool.run('spin', { ms: 10 }, { lane: 'bulk' }))];
    // One worker holds an export page; the second bulk task waits though a worker is free.
    expect(pool.stats()).toMatchObject({ busy: 1, busyBulk: 1, queued: 1 });
    const inter = track('interactive', pool.run('echo', {}));
    await Promise.all([...running, inter]);
    expect(order[0]).toBe('interactive');
    expect(order).toEqual(['interactive', 'bulk-1', 'bulk-2']);
  });

  it('stops a task past its time budget, replaces the worker and keeps serving', async () => {
    const pool = open({ size: 1 });
    const started = Date.now();
    expect(await codeOf(pool.run('spin', { ms: 5000 }, { timeoutMs: 300 }))).toBe('QueryTimeout');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await pool.run('echo', { tag: 'after' })).toMatchObject({ tag: 'after' });
    expect(pool.stats().replaced).toBe(1);
  });

  it('takes the time budget and the signal from the work context', async () => {
    const pool = open({ size: 1 });
    const ac = new AbortController();
    const p = withWork({ lane: 'bulk', signal: ac.signal }, () => pool.run('spin', { ms: 5000 }));
    await new Promise((r) => setTimeout(r, 100));
    expect(pool.stats()).toMatchObject({ busy: 1, busyBulk: 1 });
    ac.abort(new Error('client went away'));
    await expect(p).rejects.toThrow('client went away');
    // Answered at once; the worker is stopped once the grace period is over (the task runs 5 s).
    await new Promise((r) => setTimeout(r, 400));
    expect(pool.stats()).toMatchObject({ busy: 0, queued: 0, replaced: 1 });
    expect(await codeOf(withWork({ lane: 'interactive', timeoutMs: 200 }, () => pool.run('spin', { ms: 5000 })))).toBe('QueryTimeout');
  });

  it('lets an aborted task that ends within the grace period keep its worker, and drops aborted queued tasks', async () => {
    const pool = open({ size: 1, abortGraceMs: 1000 });
    expect(await pool.run('echo', { tag: 'warm' })).toMatchObject({ tag: 'warm' });
    const running = new AbortController();
    const queued = new AbortController();
    const a = pool.run('spin', { ms: 150 }, { signal: running.signal });
    const b = pool.run('echo', { tag: 'never' }, { signal: queued.signal });
    expect(pool.stats()).toMatchObject({ busy: 1, queued: 1 });
    running.abort(new Error('gone'));
    queued.abort(new Error('gone too'));
    await expect(a).rejects.toThrow('gone');
    await expect(b).rejects.toThrow('gone too');
    // The dropped task left the queue; the running one still holds its worker until it ends.
    expect(pool.stats()).toMatchObject({ busy: 1, queued: 0 });
    expect(await pool.run('echo', { tag: 'next' })).toMatchObject({ tag: 'next' });
    expect(pool.stats()).toMatchObject({ busy: 0, replaced: 0, workers: 1 });
  });

  it('warms every worker before the first task: the engines are loaded already', async () => {
    const pool = open({ size: 3 });
    await pool.warm();
    expect(pool.stats()).toMatchObject({ workers: 3, busy: 0 });
    const asked = Date.now();
    await new Promise((r) => setTimeout(r, 30));
    const loaded = await Promise.all([pool.run<number>('loadedAt', {}), pool.run<number>('loadedAt', {}), pool.run<number>('loadedAt', {})]);
    for (const t of loaded) expect(t).toBeLessThanOrEqual(asked);
    expect(pool.stats()).toMatchObject({ workers: 3, replaced: 0 });
  });

  it('ends the task of a worker that dies with a clear error, then serves the next', async () => {
    const pool = open({ size: 1 });
    const e = await pool.run('die', {}).catch((x: unknown) => x);
    expect(isAppError(e) && e.code).toBe('StorageUnavailable');
    expect((e as Error).message).toMatch(/stopped unexpectedly/);
    expect(await pool.run('echo', { tag: 'next' })).toMatchObject({ tag: 'next' });
  });

  it('refuses work beyond the queue bound with a retry time', async () => {
    const pool = open({ size: 1, maxQueue: 1 });
    const busy = pool.run('spin', { ms: 200 });
    const waiting = pool.run('echo', {});
    const e = await pool.run('echo', {}).catch((x: unknown) => x);
    expect(isAppError(e) && e.code).toBe('TooManyRequests');
    expect(isAppError(e) && e.retryAfterSeconds).toBeGreaterThan(0);
    await Promise.all([busy, waiting]);
  });

  it('formats export pages as bytes equal to the in-thread output', async () => {
    const pool = open({ size: 1 });
    const texts = [0, 1, 2].map((i) => JSON.stringify(makeSignIn(i)));
    for (const format of ['csv', 'json', 'ndjson'] as const) {
      const bytes = await pool.run<Uint8Array>('format', { texts, format, first: true });
      expect(Buffer.from(bytes).toString('utf8')).toBe(formatExportPage(texts, format, undefined, true));
    }
  });
});
