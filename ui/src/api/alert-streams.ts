/**
 * The alert list as one or more streams merged into one order. The API filters on one status, so
 * "open" reads the `new` and the `acknowledged` streams side by side, each paged by its own
 * `@odata.nextLink`. Both arrive newest lastSeen first (then id, descending); the merge shows only
 * the prefix that is certain: nothing past the last loaded alert of a stream that has more.
 */
import type { Alert } from './alerts.js';

export interface StreamPage {
  /** One list per stream, in the stream's order (empty for a stream already exhausted). */
  readonly alerts: readonly (readonly Alert[])[];
  /** The next page of each stream, undefined when it has no more. */
  readonly next: readonly (string | undefined)[];
}

/** The API's order: newest lastSeen first, then id descending. Negative when `a` comes first. */
export const compareAlerts = (a: Pick<Alert, 'lastSeen' | 'id'>, b: Pick<Alert, 'lastSeen' | 'id'>): number => {
  const t = Date.parse(b.lastSeen) - Date.parse(a.lastSeen);
  if (t !== 0) return t;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
};

export interface MergedAlerts {
  readonly alerts: Alert[];
  readonly hasMore: boolean;
}

export const mergeAlertStreams = (pages: readonly StreamPage[]): MergedAlerts => {
  const last = pages.at(-1);
  if (!last) return { alerts: [], hasMore: false };
  const all: Alert[] = [];
  const tail: (Alert | undefined)[] = [];
  for (const page of pages) {
    page.alerts.forEach((list, i) => {
      for (const a of list) all.push(a);
      if (list.length > 0) tail[i] = list[list.length - 1];
    });
  }
  all.sort(compareAlerts);
  // The earliest point up to which every stream with more pages has been read.
  let horizon: Alert | undefined;
  last.next.forEach((next, i) => {
    const t = tail[i];
    if (next === undefined || t === undefined) return;
    if (horizon === undefined || compareAlerts(t, horizon) < 0) horizon = t;
  });
  const hasMore = last.next.some((n) => n !== undefined);
  const h = horizon;
  return { alerts: h === undefined ? all : all.filter((a) => compareAlerts(a, h) <= 0), hasMore };
};
