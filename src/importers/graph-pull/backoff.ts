/**
 * How long to wait before retrying a Graph request: the server's `Retry-After` (seconds or an
 * HTTP date) when it sends one, else exponential back-off (base × 2^attempt, capped) with full
 * jitter so that many clients do not retry in step.
 */
export interface BackoffOptions {
  readonly baseMs?: number;
  readonly capMs?: number;
  /** Longest Retry-After honoured; a larger value is waited as this. */
  readonly maxRetryAfterMs?: number;
  readonly random?: () => number;
  readonly now?: () => number;
}

export const parseRetryAfter = (header: string | null | undefined, now: number): number | undefined => {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const t = header.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const at = Date.parse(t);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
};

export const retryDelay = (attempt: number, retryAfter: string | null | undefined, opts: BackoffOptions = {}): number => {
  const random = opts.random ?? Math.random;
  const fromServer = parseRetryAfter(retryAfter, (opts.now ?? Date.now)());
  if (fromServer !== undefined) {
    // A little jitter on top, never less than asked.
    return Math.min(fromServer, opts.maxRetryAfterMs ?? 300_000) + Math.floor(random() * 250);
  }
  const ceiling = Math.min(opts.capMs ?? 60_000, (opts.baseMs ?? 1000) * 2 ** attempt);
  return Math.floor(ceiling / 2 + (random() * ceiling) / 2);
};
