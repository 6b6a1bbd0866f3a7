/**
 * When to try a failed delivery again: exponential back-off with jitter, or the receiver's
 * `Retry-After` (on 429 and 503) when it names a time, both capped. After `maxAttempts` the
 * delivery is dead (kept in the outbox for `signin-report webhooks retry`).
 */
export interface RetryPolicy {
  /** Delay after the first failure; doubles with each attempt. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 10_000, maxDelayMs: 3_600_000, maxAttempts: 10 };

/**
 * Delay before attempt `attempts + 1`, after `attempts` failed ones. "Equal jitter": half the
 * exponential step is fixed, half random, so many failed deliveries do not come back at once.
 * `random` is in [0, 1).
 */
export const backoffDelayMs = (attempts: number, policy: RetryPolicy, random: number): number => {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(step / 2 + (step / 2) * random);
};

/** `Retry-After` as delay-seconds or an HTTP date; undefined when absent or unreadable. */
export const parseRetryAfterMs = (value: string | null | undefined, nowMs: number): number | undefined => {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // An HTTP date names a weekday and month; Date.parse alone would take "-3" for a year.
  if (!/^[A-Za-z]{3}, /.test(v)) return undefined;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
};

export type DeliveryVerdict =
  | { readonly kind: 'delivered' }
  | { readonly kind: 'retry'; readonly delayMs: number }
  | { readonly kind: 'dead' };

/**
 * What to do after an attempt: `status` is the HTTP status (undefined: no response — network
 * error or timeout). 2xx is delivered. 4xx other than 408 and 429 will not heal by retrying
 * (a wrong URL, a rejected body), so it is dead at once.
 */
export const judgeAttempt = (
  attempts: number,
  status: number | undefined,
  retryAfterMs: number | undefined,
  policy: RetryPolicy,
  random: number,
): DeliveryVerdict => {
  if (status !== undefined && status >= 200 && status < 300) return { kind: 'delivered' };
  if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) return { kind: 'dead' };
  if (attempts >= policy.maxAttempts) return { kind: 'dead' };
  const honoured = (status === 429 || status === 503) && retryAfterMs !== undefined;
  return { kind: 'retry', delayMs: honoured ? Math.min(retryAfterMs, policy.maxDelayMs) : backoffDelayMs(attempts, policy, random) };
};
