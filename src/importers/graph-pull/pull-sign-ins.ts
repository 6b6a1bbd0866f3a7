/**
 * The live pull from Microsoft Graph, resumable and idempotent.
 *
 * - beta (default): one query per sign-in type with `signInEventTypes/any(t: t eq '…')`
 *   (without it beta returns interactive sign-ins only); v1.0: one query, interactive only.
 * - Time is cut into windows by `createdDateTime` (`ge start and le end`), oldest first; every
 *   page (`@odata.nextLink` followed to the end) is stored as it arrives.
 * - After a window is stored completely, a checkpoint per (Graph host, tenant, API, type)
 *   records its end. The next run starts `overlap` before that point, so sign-ins that reach
 *   Graph late are still seen; what was seen before counts as duplicate (idempotent by id). A
 *   run killed mid-window repeats that window: nothing is skipped, nothing stored twice.
 */
import { AppError } from '../../core/errors.js';
import type { ImportSummary, Rejection, SourceItem } from '../../core/import-types.js';
import { SIGN_IN_TYPES, type SignInType } from '../../core/model/sign-in-type.js';
import type { CheckpointStore, SignInStore } from '../../core/ports.js';
import { importSignIns, type BatchObserver } from '../../core/use-cases/import-sign-ins.js';
import type { GraphClient } from './graph-client.js';
import { odataTime, planWindows, type TimeWindow } from './windows.js';

export type GraphApi = 'beta' | 'v1.0';

export interface PullPlan {
  readonly graphUrl: string;
  readonly api: GraphApi;
  readonly tenantId: string;
  /** First run: how far back to start. */
  readonly sinceMs: number;
  readonly overlapMs: number;
  readonly windowMs: number;
  readonly pageSize: number;
  /** Start from `since` even where a checkpoint exists. */
  readonly ignoreCheckpoint?: boolean;
  /** Sign-in types to pull (beta); all four by default. */
  readonly types?: readonly SignInType[];
}

export interface WindowReport {
  readonly type: SignInType | 'all';
  readonly window: TimeWindow;
  readonly index: number;
  readonly total: number;
  readonly summary: ImportSummary;
}

export interface PullDeps {
  readonly client: GraphClient;
  readonly store: Pick<SignInStore, 'upsert'> & CheckpointStore;
  /** Hears every stored batch (detections). */
  readonly detector?: BatchObserver | undefined;
  readonly now?: () => number;
  readonly onPlan?: (totalWindows: number) => void;
  readonly onWindow?: (r: WindowReport) => void;
  readonly onPage?: (records: number) => void;
  readonly onReject?: (r: Rejection) => void;
  /** Checked between windows: a stop request ends the run after the current window. */
  readonly stopped?: () => boolean;
}

export interface PullSummary {
  readonly windows: number;
  readonly read: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly rejected: number;
  readonly requests: number;
  readonly retries: number;
  readonly throttled: number;
  readonly stoppedEarly: boolean;
}

interface Checkpoint {
  readonly through: string;
}

export const checkpointKey = (plan: Pick<PullPlan, 'graphUrl' | 'tenantId' | 'api'>, type: SignInType | 'all'): string =>
  `graph-pull|${new URL(plan.graphUrl).host.toLowerCase()}|${plan.tenantId.toLowerCase()}|${plan.api}|${type}`;

const readCheckpoint = async (store: CheckpointStore, key: string): Promise<number | undefined> => {
  const text = await store.getCheckpoint(key);
  if (!text) return undefined;
  try {
    const ms = Date.parse((JSON.parse(text) as Checkpoint).through);
    return Number.isNaN(ms) ? undefined : ms;
  } catch {
    return undefined;
  }
};

export const firstPageUrl = (plan: PullPlan, type: SignInType | 'all', w: TimeWindow): string => {
  const clauses = [`createdDateTime ge ${odataTime(w.start)}`, `createdDateTime le ${odataTime(w.end)}`];
  if (type !== 'all') clauses.push(`signInEventTypes/any(t: t eq '${type}')`);
  const base = plan.graphUrl.replace(/\/+$/, '');
  return `${base}/${plan.api}/auditLogs/signIns?$filter=${encodeURIComponent(clauses.join(' and '))}&$top=${plan.pageSize}`;
};

export const pullSignIns = async (plan: PullPlan, deps: PullDeps): Promise<PullSummary> => {
  if (!/^https?:\/\//i.test(plan.graphUrl)) throw new AppError('BadRequest', `--graph-url must be an http(s) URL, got ${plan.graphUrl}`);
  const now = deps.now ?? (() => Date.now());
  const end = Math.floor(now() / 1000) * 1000;
  const types: readonly (SignInType | 'all')[] = plan.api === 'v1.0' ? ['all'] : (plan.types ?? SIGN_IN_TYPES);

  const work: { type: SignInType | 'all'; key: string; windows: TimeWindow[] }[] = [];
  for (const type of types) {
    const key = checkpointKey(plan, type);
    const through = plan.ignoreCheckpoint ? undefined : await readCheckpoint(deps.store, key);
    const start = through !== undefined ? through - plan.overlapMs : end - plan.sinceMs;
    work.push({ type, key, windows: start < end ? planWindows(start, end, plan.windowMs) : [] });
  }
  const total = work.reduce((a, w) => a + w.windows.length, 0);
  deps.onPlan?.(total);

  let read = 0;
  let stored = 0;
  let duplicates = 0;
  let rejected = 0;
  let index = 0;
  let stoppedEarly = false;
  outer: for (const { type, key, windows } of work) {
    for (const w of windows) {
      if (deps.stopped?.()) {
        stoppedEarly = true;
        break outer;
      }
      const label = `${plan.api} ${type} ${odataTime(w.start)}..${odataTime(w.end)}`;
      const pages = async function* (): AsyncGenerator<SourceItem> {
        let url: string | undefined = firstPageUrl(plan, type, w);
        for (let page = 1; url; page++) {
          const p = await deps.client.getPage(url);
          deps.onPage?.(p.value.length);
          let i = 0;
          for (const value of p.value) yield { kind: 'record', value, where: `${label} page ${page} [${i++}]` };
          url = p.nextLink;
        }
      };
      const summary = await importSignIns({ open: pages, store: deps.store, batchSize: plan.pageSize, onReject: deps.onReject, detector: deps.detector });
      // Only now is the whole window stored: move the checkpoint.
      await deps.store.setCheckpoint(key, JSON.stringify({ through: new Date(w.end).toISOString() } satisfies Checkpoint));
      read += summary.read;
      stored += summary.stored;
      duplicates += summary.duplicates;
      rejected += summary.rejected;
      deps.onWindow?.({ type, window: w, index: ++index, total, summary });
    }
  }
  const s = deps.client.stats;
  return { windows: index, read, stored, duplicates, rejected, requests: s.requests, retries: s.retries, throttled: s.throttled, stoppedEarly };
};
