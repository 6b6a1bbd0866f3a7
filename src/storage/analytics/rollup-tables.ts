/**
 * The pre-aggregated rollup tables, the same on every engine: sign-in counts per UTC hour and
 * per UTC day × sign-in type × error code (outcome and category follow from the code) × at most
 * one more dimension. `upsert` adds the rows it really inserted, in the same transaction;
 * `prune` and `rederive` keep them true. The aggregate planner (aggregate-plan.ts) reads them
 * whenever every column a query touches is in one table, and the rows otherwise.
 *
 * - Columns carry the names of the sign_ins columns, so a filter compiles against a rollup
 *   exactly as against the rows (filter-sql.ts).
 * - A missing dimension value is stored as '' (the key must be NOT NULL to be unique on both
 *   engines) and read back as NULL: stored rows never hold '' (sign-in-row.ts turns '' into null).
 * - Every dimension has an hourly table; the dashboard's (base, app, country, user, IP) also a
 *   daily one, so 30 days cost 30 rows per group rather than 720; and narrow daily projections
 *   without the type (migration 0004) serve the dashboard's top lists with several times fewer
 *   rows. Each table costs every imported row a map update and each batch a few upserts, hence
 *   not more of them. The planner takes the first table in ROLLUP_TABLES that has every column
 *   a query needs, so narrow tables are listed first.
 * - The user and IP tables count only sign-ins that did not succeed: with users and addresses
 *   they would otherwise approach one rollup row per sign-in. A query may use them only when its
 *   filter rules out successful sign-ins (see filter-analysis.ts).
 */
import type { SignInRow } from '../../core/model/sign-in-row.js';
import { BUCKET_BIAS_MS, DAY_MS, HOUR_MS } from '../../core/analytics/time-zone.js';
import { SQL_COLUMNS } from '../columns.js';

/**
 * Weeks are 7-day spans counted from the epoch (they start on Thursdays): an internal grain for
 * long ranges without buckets, never a bucket boundary (our week buckets start on Monday).
 */
export type Grain = 'hour' | 'day' | 'week';
export const GRAIN_MS: Readonly<Record<Grain, number>> = { hour: HOUR_MS, day: DAY_MS, week: 7 * DAY_MS };
/** Grains of the wide tables. */
export const GRAINS: readonly Grain[] = ['hour', 'day'];

/** Columns every rollup has besides `created_at` (the bucket start) and `n` (the count). */
export const BASE_COLUMNS = ['signInType', 'errorCode', 'outcome', 'errorCategory'] as const satisfies readonly (keyof SignInRow)[];
/** Base columns that are functions of the error code, hence not part of the key. */
const DERIVED: ReadonlySet<keyof SignInRow> = new Set(['outcome', 'errorCategory']);

export interface RollupDimension {
  /** Short name used in the table name. */
  readonly name: string;
  /** The one nullable column (stored as ''), when the table has one. */
  readonly column?: keyof SignInRow | undefined;
  readonly failuresOnly: boolean;
}

/** The migrations that create rollup tables. */
export type RollupMigration = 3 | 4 | 5 | 12;

export interface RollupTable {
  readonly name: string;
  readonly grain: Grain;
  readonly dimension: RollupDimension;
  /** Logical columns besides created_at and n. */
  readonly columns: readonly (keyof SignInRow)[];
  /** Physical key columns, created_at first. */
  readonly keyColumns: readonly string[];
  /** Physical value columns in insert order: created_at, columns..., n. */
  readonly insertColumns: readonly string[];
  /** The migration that creates it. */
  readonly migration: RollupMigration;
  /** A projection of this wider table of the same grain (rebuilt from it after `rederive`). */
  readonly source?: string | undefined;
}

const makeTable = (
  grain: Grain,
  name: string,
  columns: readonly (keyof SignInRow)[],
  dimension: Omit<RollupDimension, 'name'>,
  migration: RollupMigration,
  source?: string,
  sourceGrain: Grain = grain,
): RollupTable => {
  // Outcome and category follow from the code: with the code in the key they are not.
  const derived = columns.includes('errorCode') ? DERIVED : new Set<keyof SignInRow>();
  return {
    name: `rollup_${grain}_${name}`,
    grain,
    dimension: { name, ...dimension },
    columns,
    keyColumns: ['created_at', ...columns.filter((c) => !derived.has(c)).map((c) => SQL_COLUMNS[c])],
    insertColumns: ['created_at', ...columns.map((c) => SQL_COLUMNS[c]), 'n'],
    migration,
    source: source === undefined ? undefined : `rollup_${sourceGrain}_${source}`,
  };
};

interface DimensionSpec {
  readonly name: string;
  readonly column?: keyof SignInRow;
  readonly failuresOnly: boolean;
  readonly daily: boolean;
}

/** Type × code × one dimension (migration 0003). */
const WIDE: readonly DimensionSpec[] = [
  { name: 'base', failuresOnly: false, daily: true },
  { name: 'app', column: 'appDisplayName', failuresOnly: false, daily: true },
  { name: 'resource', column: 'resourceDisplayName', failuresOnly: false, daily: false },
  { name: 'country', column: 'country', failuresOnly: false, daily: true },
  { name: 'city', column: 'city', failuresOnly: false, daily: false },
  { name: 'client_app', column: 'clientAppUsed', failuresOnly: false, daily: false },
  { name: 'ca_status', column: 'conditionalAccessStatus', failuresOnly: false, daily: false },
  { name: 'os', column: 'operatingSystem', failuresOnly: false, daily: false },
  { name: 'browser', column: 'browser', failuresOnly: false, daily: false },
  { name: 'user_failures', column: 'userPrincipalName', failuresOnly: true, daily: true },
  { name: 'ip_failures', column: 'ipAddress', failuresOnly: true, daily: true },
];

const wide = (grain: Grain, d: DimensionSpec): RollupTable =>
  makeTable(grain, d.name, d.column ? [...BASE_COLUMNS, d.column] : [...BASE_COLUMNS], { column: d.column, failuresOnly: d.failuresOnly }, 3);

/**
 * Narrow projections (migration 0004) of the dashboard's queries: without the type (and the
 * code, where the query does not need it) a 30-day top list reads several times fewer rows.
 * Listed first: the planner takes the first table of a grain that has every column it needs.
 */
const NARROW: readonly RollupTable[] = [
  makeTable('hour', 'outcome', ['outcome', 'errorCategory'], { failuresOnly: false }, 4, 'base'),
  makeTable('day', 'outcome', ['outcome', 'errorCategory'], { failuresOnly: false }, 4, 'base'),
  makeTable('day', 'outcome_app', ['outcome', 'appDisplayName'], { column: 'appDisplayName', failuresOnly: false }, 4, 'app'),
  makeTable('day', 'outcome_user_failures', ['outcome', 'userPrincipalName'], { column: 'userPrincipalName', failuresOnly: true }, 4, 'user_failures'),
  makeTable('day', 'outcome_ip_failures', ['outcome', 'ipAddress'], { column: 'ipAddress', failuresOnly: true }, 4, 'ip_failures'),
  makeTable('day', 'code_user_failures', ['errorCode', 'outcome', 'errorCategory', 'userPrincipalName'], { column: 'userPrincipalName', failuresOnly: true }, 4, 'user_failures'),
  // Weekly (migration 0005): users and addresses repeat day after day, so a 30-day top list or
  // distinct count reads about a fifth of the daily rows. Projections of the daily tables.
  makeTable('week', 'code_user_failures', ['errorCode', 'outcome', 'errorCategory', 'userPrincipalName'], { column: 'userPrincipalName', failuresOnly: true }, 5, 'code_user_failures', 'day'),
  makeTable('week', 'outcome_user_failures', ['outcome', 'userPrincipalName'], { column: 'userPrincipalName', failuresOnly: true }, 5, 'outcome_user_failures', 'day'),
  makeTable('week', 'outcome_ip_failures', ['outcome', 'ipAddress'], { column: 'ipAddress', failuresOnly: true }, 5, 'outcome_ip_failures', 'day'),
];

/**
 * Code × app id, hourly and daily (migration 0012): the application page names an app by its id
 * (display names are not unique), and an app can have millions of sign-ins, so its totals, time
 * series and codes come from here. Listed last: only queries on `appId` need them.
 */
const APP_ID: readonly RollupTable[] = GRAINS.map((g) =>
  makeTable(g, 'code_app_id', ['errorCode', 'outcome', 'errorCategory', 'appId'], { column: 'appId', failuresOnly: false }, 12),
);

export const ROLLUP_TABLES: readonly RollupTable[] = [
  ...NARROW,
  ...GRAINS.flatMap((g) => WIDE.filter((d) => g === 'hour' || d.daily).map((d) => wide(g, d))),
  ...APP_ID,
];


export type Engine = 'sqlite' | 'postgres';

/** CREATE TABLE statements of one migration's tables for one engine. */
export const rollupDdl = (engine: Engine, migration: RollupMigration): string => {
  const text = engine === 'postgres' ? 'text COLLATE "C"' : 'TEXT';
  const int = engine === 'postgres' ? 'bigint' : 'INTEGER';
  const code = engine === 'postgres' ? 'integer' : 'INTEGER';
  return ROLLUP_TABLES.filter((t) => t.migration === migration).map((t) => {
    const cols = [
      `created_at ${int} NOT NULL`,
      ...t.columns.map((c) => {
        const phys = SQL_COLUMNS[c];
        if (c === 'errorCode') return `${phys} ${code} NOT NULL`;
        return `${phys} ${text} NOT NULL${t.dimension.column === c ? " DEFAULT ''" : ''}`;
      }),
      `n ${int} NOT NULL`,
      `PRIMARY KEY (${t.keyColumns.join(', ')})`,
    ];
    // WITHOUT ROWID: the table is its key's b-tree, so a time range is one sequential read.
    return `CREATE TABLE ${t.name} (\n  ${cols.join(',\n  ')}\n)${engine === 'sqlite' ? ' WITHOUT ROWID' : ''};`;
  }).join('\n');
};

/**
 * Fills every rollup from the stored rows (a migration on a database that already has rows;
 * also after `rederive`). Plain SQL, valid on both engines.
 */
export const rollupBackfillSql = (t: RollupTable): string => {
  const ms = GRAIN_MS[t.grain];
  // Biased so that integer division floors (as Math.floor does in rollup-deltas.ts).
  const start = `((created_at + ${BUCKET_BIAS_MS}) / ${ms}) * ${ms} - ${BUCKET_BIAS_MS}`;
  const cols = t.columns.map((c) => SQL_COLUMNS[c]);
  const dim = t.dimension.column ? SQL_COLUMNS[t.dimension.column] : undefined;
  const select = cols.map((c) => (c === dim ? `coalesce(${c}, '')` : c));
  const where = t.dimension.failuresOnly ? "WHERE outcome <> 'success'" : '';
  return `INSERT INTO ${t.name} (${t.insertColumns.join(', ')})
    SELECT ${start}, ${select.join(', ')}, count(*) FROM sign_ins ${where}
    GROUP BY ${start}, ${select.join(', ')};`;
};

/** Every logical column a rollup reads: what a row must carry to compute its deltas. */
export const ROLLUP_ROW_COLUMNS: readonly (keyof SignInRow)[] = [
  'createdAt',
  ...new Set(ROLLUP_TABLES.flatMap((t) => t.columns)),
];

/**
 * Subtracts the rows of [$lo, $hi) from one rollup (prune), as one INSERT … SELECT … ON
 * CONFLICT. `p` spells the two parameters for the engine (`?` or `$1`/`$2`).
 */
export const rollupSubtractSql = (t: RollupTable, p: readonly [string, string]): string => {
  const ms = GRAIN_MS[t.grain];
  const start = `((created_at + ${BUCKET_BIAS_MS}) / ${ms}) * ${ms} - ${BUCKET_BIAS_MS}`;
  const cols = t.columns.map((c) => SQL_COLUMNS[c]);
  const dim = t.dimension.column ? SQL_COLUMNS[t.dimension.column] : undefined;
  const select = cols.map((c) => (c === dim ? `coalesce(${c}, '')` : c));
  const failures = t.dimension.failuresOnly ? "AND outcome <> 'success'" : '';
  return `INSERT INTO ${t.name} AS r (${t.insertColumns.join(', ')})
    SELECT ${start}, ${select.join(', ')}, -count(*) FROM sign_ins
     WHERE created_at >= ${p[0]} AND created_at < ${p[1]} ${failures}
     GROUP BY ${start}, ${select.join(', ')}
    ON CONFLICT (${t.keyColumns.join(', ')}) DO UPDATE SET n = r.n + excluded.n`;
};

/** Refills a narrow table from its wider source (migration 0004; after `rederive`). Plain SQL on both engines. */
export const rollupProjectSql = (t: RollupTable): string => {
  if (!t.source) throw new Error(`${t.name} is not a projection`);
  const cols = t.columns.map((c) => SQL_COLUMNS[c]);
  // The source's bucket starts, floored to this table's grain (the same for the same grain).
  const ms = GRAIN_MS[t.grain];
  const start = `((created_at + ${BUCKET_BIAS_MS}) / ${ms}) * ${ms} - ${BUCKET_BIAS_MS}`;
  return `INSERT INTO ${t.name} (${t.insertColumns.join(', ')})
    SELECT ${start}, ${cols.join(', ')}, sum(n) FROM ${t.source} GROUP BY ${start}, ${cols.join(', ')};`;
};
