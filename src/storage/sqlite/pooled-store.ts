/**
 * The SQLite store with every read on the shared worker pool: list, get, counts, summaries,
 * aggregates, diagnosis and export pages run on worker threads with their own read-only
 * connections (read-handler.ts); writes, migrations, tokens and checkpoints stay on the main
 * connection. List pages and export pages arrive as bytes, so the event loop routes and moves
 * bytes. Export pages use the bulk lane (interactive queries go first).
 */
import type { FormattedPage, KeysetPosition, ListPage, SignInStore } from '../../core/ports.js';
import type { SignIn } from '../../core/model/sign-in-schema.js';
import type { EntitySpan } from '../../core/entities/entity-types.js';
import type { WorkerPool } from '../../node/worker-pool.js';
import { exportPages, EXPORT_PAGE_SIZE } from '../analytics/export-pages.js';
import { formatInPool } from '../../node/pooled-export.js';
import type { ExportPageArgs } from './read-handler.js';

export { SQLITE_READ_HANDLER_URL } from './read-handler.js';

export const createPooledSqliteStore = (base: SignInStore, pool: WorkerPool): SignInStore => {
  const listTexts = (q: Parameters<SignInStore['list']>[0]) => pool.run<ListPage>('listTexts', q);
  type ExportArgs = Parameters<NonNullable<SignInStore['exportFormatted']>>;
  /**
   * With two or more workers for bulk work, one export keeps two busy: one reads page N+1 (its
   * start is the end of page N, so reads follow each other) while another formats page N. The
   * texts cross threads twice, which costs less than the second core gains.
   */
  const pipelined = (filter: ExportArgs[0], o: ExportArgs[1]): AsyncGenerator<FormattedPage> => {
    const readPage = (q: Parameters<SignInStore['list']>[0]) => pool.run<ListPage>('listTexts', q, { lane: 'bulk', signal: o.signal });
    return formatInPool({ exportRows: (f, e) => exportPages(readPage, f, e) }, pool, filter, o);
  };
  async function* exportFormatted(filter: ExportArgs[0], o: ExportArgs[1]): AsyncGenerator<FormattedPage> {
    if (pool.bulkShare >= 2) {
      yield* pipelined(filter, o);
      return;
    }
    const top = Math.max(1, Math.min(EXPORT_PAGE_SIZE, Math.floor(o.pageSize ?? EXPORT_PAGE_SIZE)));
    let after: KeysetPosition | undefined;
    let first = true;
    for (;;) {
      // One page at a time per export: the next page starts after the last row of this one.
      const args: ExportPageArgs = { filter, after, top, format: o.format, key: o.pseudonymKey, first };
      const page = await pool.run<FormattedPage & { next?: KeysetPosition }>('exportPage', args, { lane: 'bulk', signal: o.signal });
      if (page.rows > 0) {
        first = false;
        yield { bytes: page.bytes, rows: page.rows };
      }
      if (!page.next) return;
      after = page.next;
    }
  }
  return {
    ...base,
    list: (q) => pool.run<ListPage>('list', q),
    get: async (id) => (await pool.run<SignIn | null>('get', { id })) ?? undefined,
    count: (filter, cap) => pool.run('count', { filter, cap }),
    summarize: (filter, options) => pool.run('summarize', { filter, options }),
    aggregate: (q) => pool.run('aggregate', q),
    diagnosisContext: (q) => pool.run('diagnosisContext', q),
    entityFacts: (q) => pool.run('entityFacts', q),
    entityPoints: (q) => pool.run('entityPoints', q),
    entitySpan: async (ref) => (await pool.run<EntitySpan | null>('entitySpan', ref)) ?? null,
    exportRows: (filter, options) => exportPages(listTexts, filter, options),
    exportFormatted,
    warm: () => pool.warm(),
    close: async () => {
      await pool.close();
      await base.close();
    },
  };
};
