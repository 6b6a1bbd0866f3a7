/**
 * Fetches one page of `auditLogs/signIns` with everything a long pull needs: a bearer token
 * (refreshed once on 401), the client-side request budget, a timeout, and retries on 429/503
 * (and other transient statuses, connection resets, timeouts, and a page cut short) after the
 * server's `Retry-After` or an exponential back-off with jitter. Errors are `AppError`s whose
 * text comes from Graph's error envelope; tokens never appear in them.
 */
import { AppError } from '../../core/errors.js';
import { retryDelay, type BackoffOptions } from './backoff.js';
import { realTimer, type RequestBudget, type Timer } from './request-budget.js';

export interface GraphPage {
  readonly value: readonly unknown[];
  readonly nextLink?: string | undefined;
}

export interface RetryInfo {
  readonly url: string;
  readonly attempt: number;
  readonly delayMs: number;
  readonly reason: string;
}

export interface GraphClientOptions {
  /** An access token; `refresh` asks for a new one (after a 401). */
  readonly getToken: (refresh: boolean) => Promise<string>;
  readonly budget: RequestBudget;
  readonly maxRetries?: number;
  readonly timeoutMs?: number;
  readonly timer?: Timer;
  readonly backoff?: BackoffOptions;
  readonly fetch?: typeof fetch;
  readonly onRetry?: (info: RetryInfo) => void;
}

export interface GraphClient {
  getPage(url: string): Promise<GraphPage>;
  readonly stats: { requests: number; retries: number; throttled: number };
}

const TRANSIENT = new Set([408, 429, 500, 502, 503, 504]);

const graphError = (status: number, text: string): string => {
  try {
    const e = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }).error;
    if (e && (typeof e.code === 'string' || typeof e.message === 'string')) {
      return `Graph answered ${status}${typeof e.code === 'string' && e.code ? ` ${e.code}` : ''}: ${String(e.message ?? '').slice(0, 500)}`;
    }
  } catch {
    // not the Graph envelope
  }
  return `Graph answered ${status}${text.trim() ? `: ${text.trim().slice(0, 200)}` : ''}`;
};

class Transient extends Error {
  constructor(
    message: string,
    readonly retryAfter?: string | null,
    readonly throttled = false,
  ) {
    super(message);
  }
}

const describeNetworkError = (e: unknown): string => {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'request timed out';
  const cause = err.cause?.code ?? err.cause?.message;
  return `network error: ${err.message ?? String(e)}${cause ? ` (${cause})` : ''}`;
};

export const createGraphClient = (opts: GraphClientOptions): GraphClient => {
  const timer = opts.timer ?? realTimer;
  const doFetch = opts.fetch ?? fetch;
  const maxRetries = opts.maxRetries ?? 8;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const stats = { requests: 0, retries: 0, throttled: 0 };

  const once = async (url: string, token: string): Promise<GraphPage | { status: 401; message: string }> => {
    await opts.budget.acquire();
    stats.requests++;
    let res: Response;
    let text: string;
    try {
      res = await doFetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await res.text();
    } catch (e) {
      throw new Transient(describeNetworkError(e));
    }
    if (res.status === 200) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new Transient(`page cut short or not JSON (${text.length} bytes)`);
      }
      const value = (body as { value?: unknown } | null)?.value;
      if (!Array.isArray(value)) throw new Transient('the answer has no "value" array');
      const next = (body as Record<string, unknown>)['@odata.nextLink'];
      return { value, nextLink: typeof next === 'string' && next !== '' ? next : undefined };
    }
    const message = graphError(res.status, text);
    if (res.status === 401) return { status: 401, message };
    if (TRANSIENT.has(res.status)) throw new Transient(message, res.headers.get('retry-after'), res.status === 429);
    if (res.status === 403) throw new AppError('Forbidden', `${message} (the app needs AuditLog.Read.All and the tenant Entra ID P1/P2)`);
    if (res.status === 404) throw new AppError('NotFound', `${message} (is --graph-url right?)`);
    throw new AppError('BadRequest', message);
  };

  const getPage = async (url: string): Promise<GraphPage> => {
    let refreshed = false;
    let token = await opts.getToken(false);
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await once(url, token);
        if ('status' in r) {
          if (refreshed) throw new AppError('Unauthenticated', `${r.message} (after a fresh token)`);
          refreshed = true;
          token = await opts.getToken(true);
          attempt--;
          continue;
        }
        return r;
      } catch (e) {
        if (!(e instanceof Transient)) throw e;
        if (e.throttled) stats.throttled++;
        if (attempt >= maxRetries) {
          throw new AppError(e.throttled ? 'TooManyRequests' : 'StorageUnavailable', `Graph request failed after ${attempt + 1} attempts: ${e.message}`);
        }
        const delayMs = retryDelay(attempt, e.retryAfter, opts.backoff);
        stats.retries++;
        opts.onRetry?.({ url, attempt: attempt + 1, delayMs, reason: e.message });
        await timer.sleep(delayMs);
      }
    }
  };

  return { getPage, stats };
};
