/**
 * Retention: remove sign-ins older than a duration (`prune --older-than 400d`, and `serve`'s
 * daily run of the configured `retentionDays`). The store keeps its rollups true as rows leave.
 */
import type { SignInStore } from '../ports.js';
import { parseDurationMs } from '../query/relative-time.js';
import { AppError } from '../errors.js';
import { isoFromMillis } from '../model/time.js';

const DAY = 86_400_000;

export interface PruneSummary {
  /** Rows created before this instant were removed. */
  readonly cutoff: string;
  readonly deleted: number;
}

/** `400d`, `12w`, `36h` → milliseconds; at least one hour, so a typo cannot empty the store. */
export const parseRetention = (text: string, label = '--older-than'): number => {
  const ms = parseDurationMs(text);
  if (ms === undefined) throw new AppError('BadRequest', `${label}: expected a duration such as 400d, 12w or 36h, got '${text.slice(0, 40)}'`);
  if (ms < 3_600_000) throw new AppError('BadRequest', `${label}: must be at least 1h`);
  return ms;
};

export const pruneSignIns = async (store: Pick<SignInStore, 'prune'>, olderThanMs: number, now: number): Promise<PruneSummary> => {
  const cutoff = now - olderThanMs;
  const r = await store.prune(cutoff);
  return { cutoff: isoFromMillis(cutoff), deleted: r.deleted };
};

/** The configured retention (0 keeps forever): what `serve` runs at start and then daily. */
export const applyRetention = async (store: Pick<SignInStore, 'prune'>, retentionDays: number, now: number): Promise<PruneSummary | undefined> =>
  retentionDays > 0 ? pruneSignIns(store, retentionDays * DAY, now) : undefined;
