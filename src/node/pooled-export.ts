/**
 * Formatted exports for any engine through the shared pool: the store reads pages (PostgreSQL
 * through its own connection pool, off the event loop already), the pool's workers format them
 * in the bulk lane, a couple of pages ahead, in order.
 */
import type { FormattedExportOptions, FormattedPage, SignInStore } from '../core/ports.js';
import type { FilterNode } from '../core/query/ast.js';
import type { WorkerPool } from './worker-pool.js';

/** Pages formatted ahead of the consumer (default). */
const AHEAD = 2;

export async function* formatInPool(
  store: Pick<SignInStore, 'exportRows'>,
  pool: WorkerPool,
  filter: FilterNode | undefined,
  o: FormattedExportOptions,
  ahead = AHEAD,
): AsyncGenerator<FormattedPage> {
  const depth = Math.max(1, ahead);
  const pages = store.exportRows(filter, { pageSize: o.pageSize, raw: true })[Symbol.asyncIterator]();
  const queue: Promise<FormattedPage>[] = [];
  let first = true;
  let done = false;
  const pull = async (): Promise<void> => {
    const next = await pages.next();
    if (next.done) {
      done = true;
      return;
    }
    const texts = next.value.texts ?? next.value.items.map((x) => JSON.stringify(x));
    const page = pool
      .run<Uint8Array>('format', { texts, format: o.format, key: o.pseudonymKey, first }, { lane: 'bulk', signal: o.signal })
      .then((bytes) => ({ bytes, rows: texts.length }));
    // Awaited in order below; this only keeps an early rejection from counting as unhandled.
    page.catch(() => undefined);
    queue.push(page);
    if (texts.length > 0) first = false;
  };
  try {
    while (!done && queue.length < depth) await pull();
    while (queue.length > 0) {
      const page = await (queue.shift() as Promise<FormattedPage>);
      if (!done) await pull();
      yield page;
    }
  } finally {
    await pages.return?.();
    await Promise.allSettled(queue);
  }
}

/** The store with exports formatted by `pool`; closing it closes the pool too. */
export const withPooledExport = (store: SignInStore, pool: WorkerPool): SignInStore => ({
  ...store,
  exportFormatted: (filter, options) => formatInPool(store, pool, filter, options),
  warm: () => pool.warm(),
  close: async () => {
    await pool.close();
    await store.close();
  },
});
