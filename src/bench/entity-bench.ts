/**
 * The entity pages' part of `npm run bench`: p50/p95 of the summary and of the timeline (and
 * both, one page's data) over the store's last 30 days for a busy user (the commonest user of
 * the newest 5,000 sign-ins), the spray IP (the address with the most failures) and the busiest
 * app (the most sign-ins), plus the map's locations call. Prints via `print`; never asserts.
 */
import type { SignInStore } from '../core/ports.js';
import type { FilterNode } from '../core/query/ast.js';
import type { EntityRef } from '../core/entities/entity-types.js';
import { parseEntityRef } from '../core/entities/entity-key.js';
import { getEntitySummary } from '../core/use-cases/get-entity-summary.js';
import { getEntityTimeline } from '../core/use-cases/get-entity-timeline.js';
import { getEntityLocations } from '../core/use-cases/get-entity-locations.js';
import { round, timeMany } from './stats.js';

export interface EntityBenchOptions {
  readonly store: SignInStore;
  readonly print: (label: string, value: string) => void;
  /** Timed runs per measurement (default 20). */
  readonly runs?: number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const TZ = 'Asia/Tokyo';

const commonest = (values: readonly (string | null | undefined)[]): string | undefined => {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
};

/** The three entities the issue names, found cheaply (rollups and the newest rows). */
const pickEntities = async (store: SignInStore, range: FilterNode): Promise<{ label: string; ref: EntityRef }[]> => {
  const out: { label: string; ref: EntityRef }[] = [];
  const newest = await store.list({ top: 1000, order: 'desc' });
  const user = commonest(newest.items.map((s) => s.userPrincipalName));
  if (user) out.push({ label: 'busy user', ref: parseEntityRef('user', user) });
  const failing: FilterNode = { kind: 'and', left: range, right: { kind: 'compare', op: 'eq', field: 'outcome', value: { kind: 'string', value: 'failure' } } };
  const ip = (await store.aggregate({ filter: failing, groupBy: ['ipAddress'], top: 1, withOther: false })).rows[0]?.keys[0];
  if (typeof ip === 'string') out.push({ label: 'spray IP', ref: parseEntityRef('ip', ip) });
  const app = (await store.aggregate({ filter: range, groupBy: ['appDisplayName'], top: 1, withOther: false })).rows[0]?.keys[0];
  if (typeof app === 'string') {
    const one = await store.list({ top: 1, order: 'desc', filter: { kind: 'compare', op: 'eq', field: 'appDisplayName', value: { kind: 'string', value: app } } });
    const appId = one.items[0]?.appId;
    if (appId) out.push({ label: 'busiest app', ref: parseEntityRef('app', appId) });
  }
  return out;
};

export const runEntityBench = async ({ store, print, runs = 20 }: EntityBenchOptions): Promise<Record<string, unknown>> => {
  const last = (await store.list({ top: 1, order: 'desc' })).items[0];
  if (!last) return {};
  const until = Math.ceil(Date.parse(last.createdDateTime) / HOUR) * HOUR;
  const range = { since: until - 30 * DAY, until, tz: TZ };
  const dt = (millis: number) => ({ kind: 'datetime', value: new Date(millis).toISOString(), millis }) as const;
  const inRange: FilterNode = {
    kind: 'and',
    left: { kind: 'compare', op: 'ge', field: 'createdDateTime', value: dt(range.since) },
    right: { kind: 'compare', op: 'lt', field: 'createdDateTime', value: dt(range.until) },
  };
  const out: Record<string, unknown> = {};
  for (const { label, ref } of await pickEntities(store, inRange)) {
    const first = await getEntitySummary(store, ref, range);
    const summary = await timeMany(runs, () => getEntitySummary(store, ref, range));
    const timeline = await timeMany(runs, () => getEntityTimeline(store, ref, range, 'day'));
    const page = await timeMany(runs, () => Promise.all([getEntitySummary(store, ref, range), getEntityTimeline(store, ref, range, 'day')]));
    const locations = await timeMany(Math.max(3, Math.floor(runs / 4)), () => getEntityLocations(store, ref, range, 10_000));
    out[label] = { kind: ref.kind, signInsIn30Days: first.totals.total, summary, timeline, page, locations };
    print(`entity: ${label} (${ref.kind}, ${first.totals.total.toLocaleString()} sign-ins in 30 days)`, ref.kind === 'user' ? 'userPrincipalName withheld' : ref.key);
    print(`entity: ${label}, summary ms p50/p95`, `${round(summary.p50)} / ${round(summary.p95)}`);
    print(`entity: ${label}, timeline (daily) ms p50/p95`, `${round(timeline.p50)} / ${round(timeline.p95)}`);
    print(`entity: ${label}, page = both, ms p50/p95${ref.kind === 'app' ? '' : ' (goal ≤ 200)'}`, `${round(page.p50)} / ${round(page.p95)}`);
    print(`entity: ${label}, map locations ms p50/p95`, `${round(locations.p50)} / ${round(locations.p95)}`);
  }
  return out;
};
