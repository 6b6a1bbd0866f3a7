/**
 * Decides where an aggregation reads from. A rollup row stands for every sign-in of its UTC hour
 * (or day) with its key values, so it can replace those rows exactly when every condition and
 * group key of the query has one value across them:
 *
 * - the filter and the groups read only columns of one rollup table (time aside), and a
 *   failures-only table is used only when the filter rules out successful sign-ins;
 * - time conditions are top-level conjuncts (`createdDateTime ge/gt/le/lt/eq`); the range is
 *   cut into whole days (daily table), whole hours (hourly table) and at most two partial hours
 *   at the edges, which are read from the rows;
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
import { ROLLUP_TABLES, type Grain, type RollupTable } from './rollup-tables.js';

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
  if (!hourly) return scan;

  if (clock && !grainFits(clock, HOUR_MS)) return scan;
  const useDays = daily !== undefined && (!clock || grainFits(clock, DAY_MS));

  const rows: Range[] = [];
  const hours: Range[] = [];
  const days: Range[] = [];
  const loH = lo === null ? null : ceilTo(lo, HOUR_MS);
  const hiH = hi === null ? null : floorTo(hi, HOUR_MS);
  if (loH !== null && hiH !== null && loH >= hiH) {
    rows.push([lo, hi]);
  } else {
    if (lo !== null && loH !== null && loH > lo) rows.push([lo, loH]);
    if (hi !== null && hiH !== null && hi > hiH) rows.push([hiH, hi]);
    const loD = loH === null ? null : ceilTo(loH, DAY_MS);
    const hiD = hiH === null ? null : floorTo(hiH, DAY_MS);
    if (useDays && (loD === null || hiD === null || loD < hiD)) {
      if (loH !== null && loD !== null && loD > loH) hours.push([loH, loD]);
      if (hiH !== null && hiD !== null && hiH > hiD) hours.push([hiD, hiH]);
      days.push([loD, hiD]);
    } else {
      hours.push([loH, hiH]);
    }
  }
  const branches: Branch[] = [];
  if (days.length > 0 && daily) branches.push({ table: daily, ranges: days, filter: residual });
  if (hours.length > 0) branches.push({ table: hourly, ranges: hours, filter: residual });
  if (rows.length > 0) branches.push({ table: null, ranges: rows, filter: residual });
  return { source: 'rollup', branches, clock, empty: false };
};
