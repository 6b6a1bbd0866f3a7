/**
 * A client-side request budget: at most `requests` calls in any `perMs` window (Graph's
 * reporting APIs allow 5 requests per 10 s per app and tenant). A sliding log of start times;
 * `acquire` waits until a slot is free. Staying under the limit means fewer 429s to wait out.
 */
export interface Timer {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimer: Timer = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RequestBudget {
  acquire(): Promise<void>;
  /** Requests started so far. */
  readonly used: number;
}

export const createRequestBudget = (requests: number, perMs: number, timer: Timer = realTimer): RequestBudget => {
  const starts: number[] = [];
  let used = 0;
  let queue: Promise<void> = Promise.resolve();
  const take = async (): Promise<void> => {
    for (;;) {
      const now = timer.now();
      while (starts.length > 0 && (starts[0] as number) <= now - perMs) starts.shift();
      if (starts.length < requests) {
        starts.push(now);
        used++;
        return;
      }
      await timer.sleep((starts[0] as number) + perMs - now);
    }
  };
  return {
    // Serialised so concurrent callers take slots in order.
    acquire: () => (queue = queue.then(take)),
    get used() {
      return used;
    },
  };
};

/** `5/10s`, `100/1m`, `3/500ms` → requests and window. */
export const parseBudget = (text: string): { requests: number; perMs: number } | undefined => {
  const m = /^\s*(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(text);
  if (!m) return undefined;
  const requests = Number(m[1]);
  const unit = m[3] ?? 's';
  const perMs = Number(m[2]) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000);
  return requests >= 1 && perMs > 0 ? { requests, perMs } : undefined;
};
