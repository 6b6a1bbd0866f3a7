/**
 * Limits that answer clearly instead of piling up work:
 * - concurrent exports per token and overall: beyond them, 429 with `Retry-After` and Graph's
 *   error envelope (an export holds a pool worker page after page);
 * - every API request runs in a work context (src/node/work-context.ts): its queries get the
 *   per-query time budget and a signal that fires when the client goes away, so a query of a
 *   request nobody waits for is stopped (its worker freed);
 * - a watchdog answers a GET with 504 shortly after the budget if the engine has not (PostgreSQL queries
 *   run in pg's own pool, outside the worker pool's timers): never a hang.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../core/errors.js';
import { withWork } from '../node/work-context.js';
import { renderError } from './error-envelope.js';

export interface ServeLimits {
  /** Exports one token may run at once (default 2). */
  readonly exportsPerToken: number;
  /** Exports the server runs at once (default 4). */
  readonly exportsTotal: number;
  /** Time budget of one query (one export page, for exports), in ms (default 30 s). */
  readonly queryTimeoutMs: number;
}

export const DEFAULT_LIMITS: ServeLimits = { exportsPerToken: 2, exportsTotal: 4, queryTimeoutMs: 30_000 };

/** How long a refused export is told to wait before trying again. */
const EXPORT_RETRY_AFTER_S = 5;
/** The watchdog's margin over the query budget: the engine's own timeout answers first. */
const WATCHDOG_MARGIN_MS = 1_000;

export interface ExportSlots {
  /** Takes a slot for `owner` (a token id) or throws TooManyRequests; the release is idempotent. */
  acquire(owner: string): () => void;
  running(): number;
}

export const createExportSlots = (limits: Pick<ServeLimits, 'exportsPerToken' | 'exportsTotal'>): ExportSlots => {
  const byOwner = new Map<string, number>();
  let total = 0;
  return {
    acquire: (owner) => {
      const mine = byOwner.get(owner) ?? 0;
      if (mine >= limits.exportsPerToken) {
        throw new AppError('TooManyRequests', `This token already runs ${mine} export(s), the most allowed at once. Retry after ${EXPORT_RETRY_AFTER_S} seconds or when one ends.`, undefined, EXPORT_RETRY_AFTER_S);
      }
      if (total >= limits.exportsTotal) {
        throw new AppError('TooManyRequests', `The server already runs ${total} exports, the most allowed at once. Retry after ${EXPORT_RETRY_AFTER_S} seconds.`, undefined, EXPORT_RETRY_AFTER_S);
      }
      byOwner.set(owner, mine + 1);
      total++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total--;
        const n = (byOwner.get(owner) ?? 1) - 1;
        if (n > 0) byOwner.set(owner, n);
        else byOwner.delete(owner);
      };
    },
    running: () => total,
  };
};

/** A signal that fires when the client disconnects before the response is complete. */
export const disconnectSignal = (reply: FastifyReply): AbortSignal => {
  const ac = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) ac.abort(new Error('the client disconnected'));
  });
  return ac.signal;
};

/**
 * Installs the work context on an API scope. Routes with `config.work === 'export'` stream for
 * as long as they need (their pages get the budget each) and are not watched.
 */
export const installWorkLimits = (api: FastifyInstance, limits: ServeLimits): void => {
  api.addHook('preHandler', (req, reply, done) => {
    const isExport = req.routeOptions.config.work === 'export';
    const signal = disconnectSignal(reply);
    // Reads only: an ingest batch is a write, bounded by its body limit, and must not be cut off.
    if (!isExport && req.method === 'GET') {
      const timer = setTimeout(() => {
        if (reply.sent) return;
        renderError(new AppError('QueryTimeout', `The request ran past its time budget of ${(limits.queryTimeoutMs / 1000).toFixed(1)} s; narrow the filter or the time range.`), req, reply);
      }, limits.queryTimeoutMs + WATCHDOG_MARGIN_MS);
      reply.raw.once('close', () => clearTimeout(timer));
    }
    // `done` runs the handler synchronously inside the context, so every query it starts sees it.
    withWork({ lane: isExport ? 'bulk' : 'interactive', signal, timeoutMs: limits.queryTimeoutMs }, done);
  });
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `export`: a long streamed response (bulk lane, export slots, no request watchdog). */
    work?: 'export';
  }
}
