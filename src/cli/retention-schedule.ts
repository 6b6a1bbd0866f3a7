/**
 * The configured retention, applied by `serve`: once shortly after start, then every 24 hours.
 * A run that fails is logged and tried again at the next tick; runs never overlap. Timers are
 * unref'd so they never keep the process alive.
 */
import type { SignInStore } from '../core/ports.js';
import { applyRetention } from '../core/use-cases/prune-sign-ins.js';

export interface RetentionLogger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface RetentionSchedule {
  /** Resolves when a run in progress has finished. */
  stop(): Promise<void>;
}

const DAY = 86_400_000;

export const scheduleRetention = (
  store: Pick<SignInStore, 'prune'>,
  retentionDays: number,
  log: RetentionLogger,
  opts: { readonly firstDelayMs?: number; readonly everyMs?: number; readonly now?: () => number } = {},
): RetentionSchedule => {
  if (retentionDays <= 0) return { stop: async () => undefined };
  const now = opts.now ?? (() => Date.now());
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = applyRetention(store, retentionDays, now())
      .then((r) => {
        if (r) log.info({ retentionDays, cutoff: r.cutoff, deleted: r.deleted }, 'retention applied');
      })
      .catch((err: unknown) => log.error({ err, retentionDays }, 'retention failed; retrying at the next run'))
      .finally(() => (running = undefined));
  };
  const first = setTimeout(run, opts.firstDelayMs ?? 60_000);
  const every = setInterval(run, opts.everyMs ?? DAY);
  first.unref();
  every.unref();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
};
