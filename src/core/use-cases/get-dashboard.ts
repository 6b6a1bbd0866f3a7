/**
 * `GET /api/dashboard?since=&until=&tz=`: everything the failure dashboard shows, in one call —
 * totals per outcome, failures over time (hourly up to two days, else daily, in the zone),
 * top error codes with catalog titles and distinct users, top failing users / apps / IPs /
 * countries, and category × outcome. All sign-in types count. `source` is `rollup` when every
 * part was answered from the rollups.
 *
 * Defaults: `until` is the next whole hour, `since` 30 days before `until` — whole hours, so the
 * default dashboard reads rollups only. `byCategory` and `categoryByOutcome` count sign-ins that
 * did not succeed; "failing" lists count outcome `failure` only.
 */
import type { SignInStore } from '../ports.js';
import type { AggregateQuery, AggregateResult, GroupKey } from '../analytics/store-types.js';
import { HOUR_MS, checkTimeZone } from '../analytics/time-zone.js';
import { type FilterNode } from '../query/ast.js';
import { parseTimeArg } from '../query/relative-time.js';
import { isoFromMillis } from '../model/time.js';
import { findErrorCode } from '../catalog/index.js';
import { classifyErrorCode } from '../catalog/classify.js';
import { AppError } from '../errors.js';
import { singleParams, type AggregateParams } from './aggregate-sign-ins.js';
import { createBucketClock } from '../analytics/time-zone.js';

const DAY = 86_400_000;
/** Hourly buckets up to this range, daily beyond. */
const HOURLY_UP_TO = 2 * DAY;
/** Longest range one dashboard call covers. */
const MAX_RANGE = 400 * DAY;
const TOP = 10;

type Outcome = 'success' | 'failure' | 'interrupted';

export interface DashboardResponse {
  readonly since: string;
  readonly until: string;
  readonly tz: string;
  readonly bucket: 'hour' | 'day';
  readonly source: 'rollup' | 'scan';
  readonly totals: { readonly total: number; readonly success: number; readonly failure: number; readonly interrupted: number };
  readonly failuresOverTime: readonly {
    readonly bucket: string;
    readonly success: number;
    readonly failure: number;
    readonly interrupted: number;
    readonly byCategory: Readonly<Record<string, number>>;
  }[];
  readonly topErrorCodes: readonly {
    readonly errorCode: number;
    readonly count: number;
    readonly distinctUsers: number;
    readonly category: string;
    readonly outcome: string;
    readonly title: { readonly en: string; readonly ja: string };
  }[];
  readonly topFailingUsers: readonly { readonly key: GroupKey; readonly count: number }[];
  readonly topFailingApps: readonly { readonly key: GroupKey; readonly count: number }[];
  readonly topFailingIps: readonly { readonly key: GroupKey; readonly count: number }[];
  readonly topFailingCountries: readonly { readonly key: GroupKey; readonly count: number }[];
  readonly categoryByOutcome: readonly { readonly category: string; readonly outcome: string; readonly count: number }[];
}

const UNKNOWN_TITLE = { en: 'Not in the error-code catalog', ja: 'エラー コード カタログにないコード' } as const;

export interface DashboardRange {
  readonly since: number;
  readonly until: number;
  readonly tz: string;
}

export const parseDashboardParams = (raw: AggregateParams, now: number): DashboardRange => {
  const p = singleParams(raw, ['since', 'until', 'tz']);
  const until = p.until ? parseTimeArg(p.until, now, 'until') : Math.ceil(now / HOUR_MS) * HOUR_MS;
  const since = p.since ? parseTimeArg(p.since, until, 'since') : until - 30 * DAY;
  if (!(since < until)) throw new AppError('BadRequest', 'since must be before until');
  if (until - since > MAX_RANGE) throw new AppError('BadRequest', `the range may span at most ${MAX_RANGE / DAY} days`);
  return { since, until, tz: checkTimeZone(p.tz ?? 'UTC') };
};

const str = (field: string, value: string): FilterNode => ({ kind: 'compare', op: 'eq', field, value: { kind: 'string', value } });
const and = (left: FilterNode, right: FilterNode): FilterNode => ({ kind: 'and', left, right });

export const getDashboard = async (store: Pick<SignInStore, 'aggregate'>, range: DashboardRange): Promise<DashboardResponse> => {
  const { since, until, tz } = range;
  const inRange: FilterNode = and(
    { kind: 'compare', op: 'ge', field: 'createdDateTime', value: { kind: 'datetime', value: isoFromMillis(since), millis: since } },
    { kind: 'compare', op: 'lt', field: 'createdDateTime', value: { kind: 'datetime', value: isoFromMillis(until), millis: until } },
  );
  const failing = and(inRange, str('outcome', 'failure'));
  const unit = until - since <= HOURLY_UP_TO ? 'hour' : 'day';
  /** Top lists leave out sign-ins without the value (no user for a service principal, no location). */
  const FIELD: Partial<Record<AggregateQuery['groupBy'][number], string>> = {
    userPrincipalName: 'userPrincipalName',
    appDisplayName: 'appDisplayName',
    ipAddress: 'ipAddress',
    country: 'location/countryOrRegion',
  };
  const top = (groupBy: AggregateQuery['groupBy'][number], filter: FilterNode, distinctUsers = false): AggregateQuery => ({
    filter: FIELD[groupBy] ? and(filter, { kind: 'compare', op: 'ne', field: FIELD[groupBy] as string, value: { kind: 'null' } }) : filter,
    groupBy: [groupBy],
    top: TOP,
    distinctUsers,
    withOther: false,
  });
  const notSuccess: FilterNode = and(inRange, { kind: 'compare', op: 'ne', field: 'status/errorCode', value: { kind: 'number', value: 0 } });
  const [series, codes, users, apps, ips, countries] = await Promise.all([
    store.aggregate({ filter: inRange, groupBy: ['outcome', 'errorCategory'], top: 1000, bucket: { unit, timeZone: tz }, withOther: false }),
    store.aggregate(top('errorCode', notSuccess, true)),
    store.aggregate(top('userPrincipalName', failing)),
    store.aggregate(top('appDisplayName', failing)),
    store.aggregate(top('ipAddress', failing)),
    store.aggregate(top('country', failing)),
  ]);
  const all: AggregateResult[] = [series, codes, users, apps, ips, countries];

  const totals = { total: 0, success: 0, failure: 0, interrupted: 0 };
  const byBucket = new Map<number, { success: number; failure: number; interrupted: number; byCategory: Record<string, number> }>();
  const clock = createBucketClock(unit, tz, since, until);
  for (const n of clock.range(since, until)) byBucket.set(clock.startOf(n), { success: 0, failure: 0, interrupted: 0, byCategory: {} });
  const catOut = new Map<string, number>();
  for (const r of series.rows) {
    const outcome = r.keys[0] as Outcome;
    const category = String(r.keys[1]);
    totals.total += r.count;
    totals[outcome] += r.count;
    const b = byBucket.get(r.bucket ?? since);
    if (b) {
      b[outcome] += r.count;
      if (outcome === 'failure') b.byCategory[category] = (b.byCategory[category] ?? 0) + r.count;
    }
    if (outcome !== 'success') catOut.set(`${category}\u0000${outcome}`, (catOut.get(`${category}\u0000${outcome}`) ?? 0) + r.count);
  }
  const list = (r: AggregateResult) => r.rows.map((x) => ({ key: x.keys[0] ?? null, count: x.count }));
  return {
    since: isoFromMillis(since),
    until: isoFromMillis(until),
    tz,
    bucket: unit,
    source: all.every((r) => r.source === 'rollup') ? 'rollup' : 'scan',
    totals,
    failuresOverTime: [...byBucket.entries()].sort((a, b) => a[0] - b[0]).map(([bucket, v]) => ({ bucket: isoFromMillis(bucket), ...v })),
    topErrorCodes: codes.rows.map((r) => {
      const code = Number(r.keys[0]);
      const entry = findErrorCode(code);
      const c = classifyErrorCode(code);
      return {
        errorCode: code,
        count: r.count,
        distinctUsers: r.distinctUsers ?? 0,
        category: c.category,
        outcome: c.outcome,
        title: entry ? { en: entry.en.title, ja: entry.ja.title } : UNKNOWN_TITLE,
      };
    }),
    topFailingUsers: list(users),
    topFailingApps: list(apps),
    topFailingIps: list(ips),
    topFailingCountries: list(countries),
    categoryByOutcome: [...catOut.entries()]
      .map(([k, count]) => {
        const [category, outcome] = k.split('\u0000') as [string, string];
        return { category, outcome, count };
      })
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category) || a.outcome.localeCompare(b.outcome)),
  };
};
