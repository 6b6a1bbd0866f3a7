/**
 * Decides where an aggregation reads from. A rollup row stands for every sign-in of its UTC hour
 * (or day) with its key values, so it can replace those rows exactly when every condition and
 * group key of the query has one value across them:
 *
 * - the filter and the groups read only columns of one rollup table (time aside), and a
 *   failures-only table is used only when the filter rules out successful sign-ins;
 * - time conditions are top-level conjuncts (`createdDateTime ge/gt/le/lt/eq`); the range is
 *   cut into whole weeks (weekly table, queries without buckets), whole days (daily table),
 *   whole hours (hourly table) and at most two partial hours at the edges, which are read from
 *   the rows;
 * - with a time bucket, a rollup grain is used only if no bucket boundary falls inside it: the
 *   zone's offsets and DST changes must be whole hours (hourly) or whole days (daily, i.e. UTC).
 *
 * Anything else is an exact scan of the rows. The result says which was used.
 */
import type { AggregateQuery } from '../../core/analytics/store-types.js';
import { DIMENSION_COLUMN } from '../../core/analytics/dimensions.js';
import { DAY_MS, HOUR_MS, createBucketClock, type BucketClock } from '../../core/analytics/time-zone.js';
import type { FilterNode } from '../../core/query/ast.js';
import type { SignInRow } from '../../core/model/sign-in-row.js';
import { excludesSuccess, filterColumns, splitTimeRange } from './filter-analysis.js';
import { GRAIN_MS, ROLLUP_TABLES, type Grain, type RollupTable } from './rollup-tables.js';

/** [lo, hi): null = unbounded. */
export type Range = readonly [number | null, number | null];

export interface Branch {
  /** `null` reads the sign_ins rows. */
  readonly table: RollupTable | null;
  /** Time ranges on created_at (OR-ed); empty = no time condition beyond `filter`. */
  readonly ranges: readonly Range[];
  readonly filter: FilterNode | undefined;
}

export interface AggregatePlan {
  readonly source: 'rollup' | 'scan';
  readonly branches: readonly Branch[];
  readonly clock?: BucketClock | undefined;
  /** True when the range is empty: nothing can match. */
  readonly empty: boolean;
}

const ceilTo = (t: number, ms: number): number => Math.ceil(t / ms) * ms;
const floorTo = (t: number, ms: number): number => Math.floor(t / ms) * ms;

/** The first (narrowest) table of a grain that has every needed column and may serve the filter. */
const pickTable = (grain: Grain, needed: ReadonlySet<keyof SignInRow>, failuresOnlyOk: boolean): RollupTable | undefined =>
  ROLLUP_TABLES.find((t) => t.grain === grain && (failuresOnlyOk || !t.dimension.failuresOnly) && [...needed].every((c) => t.columns.includes(c)));

/** Whether every bucket boundary of the clock's range falls on a grain boundary. */
const grainFits = (clock: BucketClock, grainMs: number): boolean => {
  if (grainMs === DAY_MS && clock.unit === 'hour') return false;
  return clock.segments.every((s, i) => s.offset % grainMs === 0 && (i === 0 || s.start % grainMs === 0));
};

export interface PlanInput {
  readonly query: AggregateQuery;
  /** Time span of the stored rows [min, max], needed for buckets over an unbounded range. */
  readonly span: () => Promise<{ min: number; max: number } | undefined>;
}

export const planAggregate = async ({ query, span }: PlanInput): Promise<AggregatePlan> => {
  const { lo, hi, residual } = splitTimeRange(query.filter);
  if (lo !== null && hi !== null && lo >= hi) return { source: 'scan', branches: [], empty: true };

  let clock: BucketClock | undefined;
  if (query.bucket) {
    let from = lo;
    let to = hi;
    if (from === null || to === null) {
      const s = await span();
      if (!s) return { source: 'scan', branches: [], empty: true };
      from ??= s.min;
      to ??= s.max + 1;
    }
    if (from >= to) return { source: 'scan', branches: [], empty: true };
    clock = createBucketClock(query.bucket.unit, query.bucket.timeZone, from, to);
  }

  const scan: AggregatePlan = { source: 'scan', branches: [{ table: null, ranges: [], filter: query.filter }], clock, empty: false };
  if (query.source === 'scan') return scan;

  const needed = filterColumns(residual);
  if (needed.has('createdAt')) return scan;
  for (const d of query.groupBy) needed.add(DIMENSION_COLUMN[d]);
  if (query.distinctUsers) needed.add('userPrincipalName');
  const failuresOnlyOk = excludesSuccess(residual);
  const hourly = pickTable('hour', needed, failuresOnlyOk);
  const daily = pickTable('day', needed, failuresOnlyOk);
  const weekly = pickTable('week', needed, failuresOnlyOk);
  if (!hourly) return scan;
  if (clock && !grainFits(clock, HOUR_MS)) return scan;
  const useDays = daily !== undefined && (!clock || grainFits(clock, DAY_MS));
  // Epoch weeks never match a bucket boundary: only for queries without buckets.
  const useWeeks = useDays && weekly !== undefined && !clock;

  // Cut [lo, hi) into nested grains: rows | hours | days | weeks | days | hours | rows.
  const levels: { readonly ms: number; readonly table: RollupTable | null; readonly ranges: Range[] }[] = [
    { ms: 1, table: null, ranges: [] },
    { ms: HOUR_MS, table: hourly, ranges: [] },
    ...(useDays && daily ? [{ ms: DAY_MS, table: daily, ranges: [] }] : []),
    ...(useWeeks && weekly ? [{ ms: GRAIN_MS.week, table: weekly, ranges: [] }] : []),
  ];
  let curLo = lo;
  let curHi = hi;
  let inner = 0;
  for (let i = 1; i < levels.length; i++) {
    const ms = (levels[i] as (typeof levels)[number]).ms;
    const nextLo = curLo === null ? null : ceilTo(curLo, ms);
    const nextHi = curHi === null ? null : floorTo(curHi, ms);
    if (nextLo !== null && nextHi !== null && nextLo >= nextHi) break;
    const outer = (levels[i - 1] as (typeof levels)[number]).ranges;
    if (curLo !== null && nextLo !== null && nextLo > curLo) outer.push([curLo, nextLo]);
    if (curHi !== null && nextHi !== null && curHi > nextHi) outer.push([nextHi, curHi]);
    curLo = nextLo;
    curHi = nextHi;
    inner = i;
  }
  (levels[inner] as (typeof levels)[number]).ranges.push([curLo, curHi]);
  const branches: Branch[] = levels
    .filter((l) => l.ranges.length > 0)
    .reverse()
    .map((l) => ({ table: l.table, ranges: l.ranges, filter: residual }));
  return { source: 'rollup', branches, clock, empty: false };
};
