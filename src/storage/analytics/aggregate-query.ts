/**
 * Runs an aggregation on any engine with engine-neutral Kysely: the planned branches (rollup
 * tables and/or rows) are unioned, each projecting the bucket number, the group keys, the user
 * (for distinct counts) and a count; the outer queries rank the groups, fold the rest into
 * "other", and total. Columns come from the fixed tables; values are bound parameters; the only
 * inlined constants are the catalog's error codes and actor names (never request text).
 */
import { sql, type Expression, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { AggregateQuery, AggregateResult, AggregateRow, GroupKey } from '../../core/analytics/store-types.js';
import { DIMENSION_COLUMN, MAX_GROUP_DIMENSIONS, codesByActor, type GroupDimension } from '../../core/analytics/dimensions.js';
import { BUCKET_BIAS_MS, DAY_MS, HOUR_MS, WEEK_SHIFT_DAYS, type BucketClock } from '../../core/analytics/time-zone.js';
import { AppError } from '../../core/errors.js';
import { SQL_COLUMNS } from '../columns.js';
import { compileWhere, type FilterDialect } from '../filter-sql.js';
import { planAggregate, type Branch, type Range } from './aggregate-plan.js';
import { compareKeys, keyOf, num, sameKeys } from './group-keys.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables are addressed through the fixed column tables, not a typed schema
type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see AnyDb
type AnyQuery = SelectQueryBuilder<any, any, any>;

export interface AnalyticsEnv {
  readonly db: AnyDb;
  readonly dialect: FilterDialect;
}

/** Largest `top`. */
export const MAX_TOP_GROUPS = 1000;

let actorCase: RawBuilder<string | null> | undefined;
/** `actor` of the row's error code, from the catalog (the same CASE on every engine). */
const actorExpr = (): RawBuilder<string | null> => {
  if (!actorCase) {
    const parts = [...codesByActor()].map(
      ([actor, codes]) => sql`WHEN error_code IN (${sql.join(codes.map((c) => sql.lit(c)))}) THEN ${sql.lit(actor)}`,
    );
    actorCase = sql<string | null>`(CASE WHEN error_code = 0 THEN NULL ${sql.join(parts, sql` `)} ELSE ${sql.lit('unknown')} END)`;
  }
  return actorCase;
};

const keyExpr = (d: GroupDimension): Expression<unknown> => (d === 'actor' ? actorExpr() : sql.ref(SQL_COLUMNS[DIMENSION_COLUMN[d]]));

/** An integer parameter: better-sqlite3 binds every JS number as REAL, and `/` must divide integers. */
const int = (v: number) => sql`CAST(${v} AS BIGINT)`;

/** The row's bucket number: `(created_at + offset + BIAS) / unit` with its segment's offset. */
const bucketExpr = (clock: BucketClock): RawBuilder<number> => {
  const number = (offset: number) => {
    const shifted = sql`(created_at + ${int(offset + BUCKET_BIAS_MS)})`;
    if (clock.unit === 'hour') return sql`(${shifted} / ${int(HOUR_MS)})`;
    if (clock.unit === 'day') return sql`(${shifted} / ${int(DAY_MS)})`;
    return sql`((${shifted} / ${int(DAY_MS)} + ${int(WEEK_SHIFT_DAYS)}) / ${int(7)})`;
  };
  const segs = clock.segments;
  if (segs.length === 1) return sql<number>`${number(segs[0]?.offset ?? 0)}`;
  const whens = segs.slice(0, -1).map((s) => sql`WHEN created_at < ${s.end} THEN ${number(s.offset)}`);
  return sql<number>`(CASE ${sql.join(whens, sql` `)} ELSE ${number(segs[segs.length - 1]?.offset ?? 0)} END)`;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see AnyDb
type Eb = any;

const rangeCondition = (ranges: readonly Range[]) => (eb: Eb): Expression<SqlBool> => {
  if (ranges.length === 0) return sql<SqlBool>`1 = 1`;
  return eb.or(
    ranges.map(([lo, hi]) => {
      const parts: Expression<SqlBool>[] = [];
      if (lo !== null) parts.push(eb('created_at', '>=', lo));
      if (hi !== null) parts.push(eb('created_at', '<', hi));
      return parts.length === 0 ? sql<SqlBool>`1 = 1` : eb.and(parts);
    }),
  );
};

interface Shape {
  readonly groupBy: readonly GroupDimension[];
  readonly clock?: BucketClock | undefined;
  readonly users: boolean;
}

/** One branch: rows or a rollup table, projecting b, k0, k1, u, n. */
const branchQuery = (env: AnalyticsEnv, branch: Branch, shape: Shape): AnyQuery => {
  const where = (eb: Eb): Expression<SqlBool> => compileWhere(branch.filter, eb, env.dialect);
  let source: AnyQuery;
  let count: Expression<unknown>;
  const t = branch.table;
  if (t) {
    // The rollup as the rows' columns: '' back to NULL for the dimension.
    const dim = t.dimension.column ? SQL_COLUMNS[t.dimension.column] : undefined;
    const inner = env.db
      .selectFrom(t.name)
      .select(t.insertColumns.map((c) => (c === dim ? sql`NULLIF(${sql.ref(c)}, '')`.as(c) : sql.ref(c).as(c))))
      .where(rangeCondition(branch.ranges));
    source = env.db.selectFrom(inner.as('r')).where(where);
    count = sql.ref('n');
  } else {
    source = env.db.selectFrom('sign_ins').where(rangeCondition(branch.ranges)).where(where);
    count = sql.lit(1);
  }
  const cols: Expression<unknown>[] = [];
  const names: string[] = [];
  if (shape.clock) {
    cols.push(bucketExpr(shape.clock));
    names.push('b');
  }
  shape.groupBy.forEach((d, i) => {
    cols.push(keyExpr(d));
    names.push(`k${i}`);
  });
  if (shape.users) {
    cols.push(sql.ref('user_principal_name'));
    names.push('u');
  }
  cols.push(count);
  names.push('n');
  return source.select(cols.map((c, i) => sql`${c}`.as(names[i] as string)));
};

/** Dimensions with few values (enums, the catalog's codes): safe to group fully in memory. */
const SMALL_DIMENSIONS: ReadonlySet<GroupDimension> = new Set(['outcome', 'errorCode', 'errorCategory', 'actor', 'signInType', 'conditionalAccessStatus', 'clientAppUsed']);

export const validateAggregate = (q: AggregateQuery): void => {
  if (q.groupBy.length > MAX_GROUP_DIMENSIONS) throw new AppError('BadRequest', `groupBy: at most ${MAX_GROUP_DIMENSIONS} dimensions`);
  if (new Set(q.groupBy).size !== q.groupBy.length) throw new AppError('BadRequest', 'groupBy: a dimension is repeated');
  if (!Number.isInteger(q.top) || q.top < 1 || q.top > MAX_TOP_GROUPS) throw new AppError('BadRequest', `top: expected 1..${MAX_TOP_GROUPS}`);
};

/** Min and max created_at of the stored rows. */
const dataSpan = async (env: AnalyticsEnv): Promise<{ min: number; max: number } | undefined> => {
  const r = (await env.db
    .selectFrom('sign_ins')
    .select((eb: Eb) => [eb.fn.min('created_at').as('lo'), eb.fn.max('created_at').as('hi')])
    .executeTakeFirst()) as { lo: unknown; hi: unknown } | undefined;
  return r && r.lo !== null && r.lo !== undefined ? { min: num(r.lo), max: num(r.hi) } : undefined;
};

export const runAggregate = async (env: AnalyticsEnv, q: AggregateQuery): Promise<AggregateResult> => {
  validateAggregate(q);
  const plan = await planAggregate({ query: q, span: () => dataSpan(env) });
  if (plan.empty || plan.branches.length === 0) return { source: plan.source, total: 0, distinctUsers: q.distinctUsers ? 0 : undefined, rows: [] };
  const shape: Shape = { groupBy: q.groupBy, clock: plan.clock, users: q.distinctUsers === true };
  const branches = plan.branches.map((b) => branchQuery(env, b, shape));
  let union = branches[0] as AnyQuery;
  for (const b of branches.slice(1)) union = union.unionAll(b);
  const from = () => env.db.selectFrom(union.as('x'));
  const nk = q.groupBy.length;
  const kRefs = Array.from({ length: nk }, (_, i) => sql.ref(`k${i}`));
  const usersCol = sql<number>`count(DISTINCT u)`;
  const countCol = sql<number>`sum(n)`;
  const startOf = (b: unknown) => plan.clock?.startOf(num(b));

  // Distinct users over everything cost a pass of their own: skipped for top lists without "other".
  const totalUsers = shape.users && (q.withOther !== false || nk === 0);
  let total = 0;
  let distinctUsers: number | undefined;
  const result = (rows: AggregateRow[]): AggregateResult => ({ source: plan.source, total, distinctUsers, rows });
  const withUsers = (r: Record<string, unknown>) => (shape.users ? { distinctUsers: num(r.d) } : {});
  if (totalUsers) {
    const d = (await from().select(usersCol.as('d')).executeTakeFirst()) as Record<string, unknown> | undefined;
    distinctUsers = num(d?.d);
  }

  if (nk === 0) {
    const totals = (await from().select(countCol.as('c')).executeTakeFirst()) as Record<string, unknown> | undefined;
    total = num(totals?.c);
    if (total === 0) return result([]);
    if (!plan.clock) return result([{ keys: [], count: total, ...(shape.users ? { distinctUsers } : {}) }]);
    const rows = (await from()
      .select([sql.ref('b').as('b'), countCol.as('c'), ...(shape.users ? [usersCol.as('d')] : [])])
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute()) as Record<string, unknown>[];
    return result(rows.map((r) => ({ bucket: startOf(r.b), keys: [], count: num(r.c), ...withUsers(r) })));
  }

  // Dimensions with a handful of values, per bucket, without "other": one grouped query, ranked
  // here (the ranking query below would read the same rows a second time).
  if (plan.clock && q.withOther === false && q.groupBy.every((d) => SMALL_DIMENSIONS.has(d))) {
    const all = (await from()
      .select([sql.ref('b').as('b'), ...kRefs.map((k, i) => k.as(`k${i}`)), countCol.as('c'), ...(shape.users ? [usersCol.as('d')] : [])])
      .groupBy(Array.from({ length: nk + 1 }, (_, i) => sql.raw(String(i + 1))))
      .execute()) as Record<string, unknown>[];
    const sums = new Map<string, { keys: GroupKey[]; count: number }>();
    for (const r of all) {
      total += num(r.c);
      const keys = keyOf(r, nk);
      const id = JSON.stringify(keys);
      const g = sums.get(id) ?? { keys, count: 0 };
      g.count += num(r.c);
      sums.set(id, g);
    }
    const order = [...sums.values()].sort((a, b) => b.count - a.count || compareKeys(a.keys, b.keys)).slice(0, q.top);
    const index = new Map(order.map((g, i) => [JSON.stringify(g.keys), i]));
    return result(
      all
        .filter((r) => index.has(JSON.stringify(keyOf(r, nk))))
        .map((r) => ({ bucket: startOf(r.b), keys: keyOf(r, nk), count: num(r.c), ...withUsers(r) }))
        .sort((a, b) => (a.bucket ?? 0) - (b.bucket ?? 0) || (index.get(JSON.stringify(a.keys)) ?? 0) - (index.get(JSON.stringify(b.keys)) ?? 0)),
    );
  }

  // Rank the groups over the whole range; the window sum is the total of every group.
  const ranked = (await from()
    .select([
      ...kRefs.map((k, i) => k.as(`k${i}`)),
      countCol.as('c'),
      sql<number>`sum(sum(n)) OVER ()`.as('t'),
      ...(shape.users && !plan.clock ? [usersCol.as('d')] : []),
    ])
    .groupBy(kRefs.map((_, i) => sql.raw(String(i + 1))))
    .orderBy(sql`c DESC`)
    .$call((qb: AnyQuery) => kRefs.reduce((acc, k) => acc.orderBy(sql`${k} ASC NULLS FIRST`), qb))
    .limit(q.top + 1)
    .execute()) as Record<string, unknown>[];
  total = num(ranked[0]?.t);
  if (total === 0) return result([]);
  const more = ranked.length > q.top;
  const top = ranked.slice(0, q.top);
  const topKeys = top.map((r) => keyOf(r, nk));
  const rank = (keys: readonly GroupKey[]) => topKeys.findIndex((k) => sameKeys(k, keys));
  const withOther = q.withOther !== false && more;

  if (!plan.clock && (!withOther || !shape.users)) {
    const rows: AggregateRow[] = top.map((r, i) => ({ keys: topKeys[i] as GroupKey[], count: num(r.c), ...withUsers(r) }));
    if (withOther) rows.push({ keys: topKeys[0]?.map(() => null) ?? [], other: true, count: total - rows.reduce((s, r) => s + r.count, 0) });
    return result(rows);
  }

  // Per bucket, or distinct users of "other": fold every group outside the top into one.
  const inTop = (eb: Eb): Expression<SqlBool> => {
    if (topKeys.length === 0) return sql<SqlBool>`1 = 0`;
    if (nk === 1) {
      const values = topKeys.map((k) => k[0]).filter((v) => v !== null);
      const parts: Expression<SqlBool>[] = [];
      if (values.length > 0) parts.push(eb(kRefs[0], 'in', values));
      if (values.length < topKeys.length) parts.push(eb(kRefs[0], 'is', null));
      return parts.length === 1 ? (parts[0] as Expression<SqlBool>) : eb.or(parts);
    }
    return eb.or(topKeys.map((keys) => eb.and(keys.map((v, i) => (v === null ? eb(kRefs[i], 'is', null) : eb(kRefs[i], '=', v))))));
  };
  const bucketRow = (r: Record<string, unknown>, keys: GroupKey[], other: boolean): AggregateRow => ({
    ...(plan.clock ? { bucket: startOf(r.b) } : {}),
    keys: other ? keys.map(() => null) : keys,
    ...(other ? { other: true } : {}),
    count: num(r.c),
    ...withUsers(r),
  });
  const byBucketThenRank = (a: AggregateRow, b: AggregateRow) => {
    if ((a.bucket ?? 0) !== (b.bucket ?? 0)) return (a.bucket ?? 0) - (b.bucket ?? 0);
    const ra = a.other ? Number.MAX_SAFE_INTEGER : rank(a.keys);
    const rb = b.other ? Number.MAX_SAFE_INTEGER : rank(b.keys);
    return ra - rb;
  };

  if (!withOther) {
    // Only the top groups per bucket (every group, when they all made the top).
    const plain = (await from()
      .select([sql.ref('b').as('b'), ...kRefs.map((k, i) => k.as(`k${i}`)), countCol.as('c'), ...(shape.users ? [usersCol.as('d')] : [])])
      .$call((qb: AnyQuery) => (more ? qb.where(inTop) : qb))
      .groupBy(Array.from({ length: nk + 1 }, (_, i) => sql.raw(String(i + 1))))
      .execute()) as Record<string, unknown>[];
    return result(plain.map((r) => bucketRow(r, keyOf(r, nk), false)).sort(byBucketThenRank));
  }

  const folded = env.db
    .selectFrom(union.as('x'))
    .select((eb: Eb) => [
      ...(plan.clock ? [sql.ref('b').as('b')] : [sql.lit(0).as('b')]),
      eb.case().when(inTop(eb)).then(sql.lit(0)).else(sql.lit(1)).end().as('o'),
      ...kRefs.map((k, i) => k.as(`k${i}`)),
      sql.ref('n').as('n'),
      ...(shape.users ? [sql.ref('u').as('u')] : []),
    ]);
  const rowsQ = env.db
    .selectFrom(folded.as('f'))
    .select([
      sql.ref('b').as('b'),
      sql.ref('o').as('o'),
      ...kRefs.map((k, i) => sql`CASE WHEN o = 0 THEN ${k} END`.as(`g${i}`)),
      countCol.as('c'),
      ...(shape.users ? [usersCol.as('d')] : []),
    ])
    .groupBy(Array.from({ length: nk + 2 }, (_, i) => sql.raw(String(i + 1))));
  const raw = (await rowsQ.execute()) as Record<string, unknown>[];
  const rows = raw.map((r) => bucketRow(r, Array.from({ length: nk }, (_, i) => (r[`g${i}`] ?? null) as GroupKey), num(r.o) === 1));
  return result(rows.sort(byBucketThenRank));
};
