/**
 * Counts one entity's rows into the page's lists and its "new" facts. Pure: the engines read
 * the rows (entity-query.ts) and call this where the rows are, so only the counted lists cross
 * a thread. Lists hold values of rows within [since, until); new facts look at the 37 days
 * before `until`.
 */
import type { EntityFacts, EntityKind, EntityRow, FactCount, FactList, NewFact, NewFactKind } from './entity-types.js';

const DAY = 86_400_000;
/** "New" means first seen within this span before `until`... */
export const NEW_WINDOW_MS = 7 * DAY;
/** ...and not seen in this span before that. */
export const NEW_LOOKBACK_MS = 30 * DAY;
/** Entries per list. */
export const LIST_LIMIT = 50;

interface Acc {
  value: string | number;
  appId?: string | null;
  count: number;
  success: number;
  failures: number;
  firstSeen: number;
  lastSeen: number;
}

const appValue = (r: EntityRow): string | null => r.appDisplayName ?? r.appId;

/** The value of a row for each list (null: the row is not counted in it). */
const PICK: Readonly<Record<FactList, (r: EntityRow) => string | number | null>> = {
  countries: (r) => r.country,
  cities: (r) => r.city,
  ips: (r) => r.ipAddress,
  apps: appValue,
  users: (r) => r.userPrincipalName,
  errorCodes: (r) => (r.errorCode === 0 ? null : r.errorCode),
  devices: (r) => r.operatingSystem,
  browsers: (r) => r.browser,
  clientApps: (r) => r.clientAppUsed,
  conditionalAccess: (r) => r.conditionalAccessStatus,
};

const NEW_PICK: Readonly<Record<NewFactKind, (r: EntityRow) => string | null>> = {
  country: (r) => r.country,
  ip: (r) => r.ipAddress,
  device: (r) => r.operatingSystem,
  app: appValue,
};

/** Count descending, then value (numbers numerically, text by code unit), then app id. */
export const compareFacts = (a: { count: number; value: string | number; appId?: string | null | undefined }, b: typeof a): number => {
  if (a.count !== b.count) return b.count - a.count;
  if (a.value !== b.value) {
    if (typeof a.value === 'number' && typeof b.value === 'number') return a.value - b.value;
    return String(a.value) < String(b.value) ? -1 : 1;
  }
  const x = a.appId ?? '';
  const y = b.appId ?? '';
  return x === y ? 0 : x < y ? -1 : 1;
};

const add = (map: Map<string | number, Acc>, mapKey: string | number, value: string | number, r: EntityRow, appId?: string | null): void => {
  let acc = map.get(mapKey);
  if (!acc) {
    acc = { value, count: 0, success: 0, failures: 0, firstSeen: r.createdAt, lastSeen: r.createdAt };
    if (appId !== undefined) acc.appId = appId;
    map.set(mapKey, acc);
  }
  acc.count++;
  if (r.outcome === 'success') acc.success++;
  if (r.outcome === 'failure') acc.failures++;
  if (r.createdAt < acc.firstSeen) acc.firstSeen = r.createdAt;
  if (r.createdAt > acc.lastSeen) acc.lastSeen = r.createdAt;
};

const toList = (map: Map<string | number, Acc>): FactCount[] =>
  [...map.values()].sort(compareFacts).slice(0, LIST_LIMIT).map((a) => ({ ...a }));

export const countEntityRows = (
  kind: EntityKind,
  rows: readonly EntityRow[],
  range: { readonly since: number; readonly until: number },
  truncated = false,
): EntityFacts => {
  const maps = Object.fromEntries(Object.keys(PICK).map((k) => [k, new Map<string | number, Acc>()])) as Record<FactList, Map<string | number, Acc>>;
  const newStart = range.until - NEW_WINDOW_MS;
  const priorStart = newStart - NEW_LOOKBACK_MS;
  const recent = new Map<string, NewFact>();
  const prior = new Set<string>();
  for (const r of rows) {
    if (r.createdAt >= range.until) continue;
    if (r.createdAt >= range.since) {
      for (const list of Object.keys(PICK) as FactList[]) {
        if (list === 'users' && kind === 'user') continue;
        const v = PICK[list](r);
        if (v === null) continue;
        // Apps are told apart by id: two apps may share a display name.
        if (list === 'apps') add(maps.apps, `${r.appId ?? ''}\u0000${v}`, v, r, r.appId);
        else add(maps[list], v, v, r);
      }
    }
    if (r.createdAt < priorStart) continue;
    for (const k of Object.keys(NEW_PICK) as NewFactKind[]) {
      const v = NEW_PICK[k](r);
      if (v === null) continue;
      const id = `${k}\u0000${v}`;
      if (r.createdAt < newStart) prior.add(id);
      else {
        const seen = recent.get(id);
        if (!seen || r.createdAt < seen.firstSeen) recent.set(id, { kind: k, value: v, firstSeen: r.createdAt });
      }
    }
  }
  const order = new Map(Object.keys(NEW_PICK).map((k, i) => [k, i]));
  const newFacts = [...recent.entries()]
    .filter(([id]) => !prior.has(id))
    .map(([, f]) => f)
    .sort((a, b) => (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) || a.firstSeen - b.firstSeen || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const lists = Object.fromEntries((Object.keys(maps) as FactList[]).map((k) => [k, toList(maps[k])])) as Record<FactList, FactCount[]>;
  return { lists, newFacts, truncated };
};
