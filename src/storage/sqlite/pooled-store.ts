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
import type { ExportPageArgs } from './read-handler.js';
import { createReadAhead } from '../../node/read-ahead.js';

export { SQLITE_READ_HANDLER_URL } from './read-handler.js';

/** Export pages whose ends one planning read finds (64,000 rows at 1,000 a page). */
const PLAN_PAGES = 64;

export const createPooledSqliteStore = (base: SignInStore, pool: WorkerPool): SignInStore => {
  const listTexts = (q: Parameters<SignInStore['list']>[0]) => pool.run<ListPage>('listTexts', q);
  // Pages read ahead belong to no request: a signal of their own, so a client leaving does not stop them.
  const detached = new AbortController().signal;
  const readAhead = createReadAhead(
    (q) => pool.run<ListPage>('list', q),
    (q) => pool.run<ListPage>('list', q, { lane: 'bulk', signal: detached }),
  );
  type ExportArgs = Parameters<NonNullable<SignInStore['exportFormatted']>>;
  type ExportPage = FormattedPage & { readonly next?: KeysetPosition };
  const COMMA = new TextEncoder().encode(',');

  /**
   * An export read by every worker the bulk share allows at once. Where the next PLAN_PAGES pages
   * end is read first (index and ids only); each page is then the range between two ends, read
   * and formatted whole by one worker (rows written into a range meanwhile are not lost), and
   * pages are yielded in order. The stretch after the last planned end (fewer rows than a page,
   * or rows written since) is read page after page. JSON pages are all formatted as the first
   * and joined here with a comma, since a page cannot know whether an earlier one was empty.
   */
  async function* exportFormatted(filter: ExportArgs[0], o: ExportArgs[1]): AsyncGenerator<FormattedPage> {
    const top = Math.max(1, Math.min(EXPORT_PAGE_SIZE, Math.floor(o.pageSize ?? EXPORT_PAGE_SIZE)));
    const run = <T>(op: string, args: unknown) => pool.run<T>(op, args, { lane: 'bulk', signal: o.signal });
    const page = (after: KeysetPosition | undefined, until?: KeysetPosition) => {
      const args: ExportPageArgs = { filter, after, until, top, format: o.format, key: o.pseudonymKey, first: true };
      return run<ExportPage>('exportPage', args);
    };
    let written = 0;
    const out = function* (p: ExportPage): Generator<FormattedPage> {
      if (p.rows === 0) return;
      if (o.format === 'json' && written > 0) yield { bytes: COMMA, rows: 0 };
      written += p.rows;
      yield { bytes: p.bytes, rows: p.rows };
    };
    const inFlight: Promise<ExportPage>[] = [];
    // Two pages a worker: pages differ in cost, and a worker that finished one ahead of a slower
    // earlier page must find another to read rather than wait for the consumer.
    const depth = 2 * pool.bulkShare + 2;
    let from: KeysetPosition | undefined;
    const ends: KeysetPosition[] = [];
    let more = true;
    /** The next plan, read while the pages of this one are (PLAN_PAGES ahead, not more). */
    let planning: Promise<void> | undefined;
    let planFrom: KeysetPosition | undefined;
    const plan = () => {
      planning ??= run<{ ends: KeysetPosition[]; more: boolean }>('pageEnds', { filter, after: planFrom, top, pages: PLAN_PAGES }).then((r) => {
        ends.push(...r.ends);
        more = r.more;
        planFrom = r.ends[r.ends.length - 1] ?? planFrom;
        planning = undefined;
      });
      // Awaited when its ends are needed; this only keeps an early rejection from counting as unhandled.
      planning.catch(() => undefined);
      return planning;
    };
    try {
      for (;;) {
        while (inFlight.length < depth) {
          if (ends.length <= depth && more) {
            const p = plan();
            if (ends.length === 0) await p;
          }
          const until = ends.shift();
          if (!until) break;
          const p = page(from, until);
          // Awaited in order below; this only keeps an early rejection from counting as unhandled.
          p.catch(() => undefined);
          inFlight.push(p);
          from = until;
        }
        const next = inFlight.shift();
        if (!next) break;
        yield* out(await next);
      }
      for (;;) {
        const p = await page(from);
        yield* out(p);
        if (!p.next) return;
        from = p.next;
      }
    } finally {
      await Promise.allSettled([...inFlight, planning]);
    }
  }
  return {
    ...base,
    list: readAhead.list,
    // Writes through this process forget the pages read ahead (see read-ahead.ts).
    upsert: async (batch) => {
      readAhead.clear();
      const r = await base.upsert(batch);
      readAhead.clear();
      return r;
    },
    prune: async (cutoff) => {
      const r = await base.prune(cutoff);
      readAhead.clear();
      return r;
    },
    rederive: async (...a) => {
      const r = await base.rederive(...a);
      readAhead.clear();
      return r;
    },
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
