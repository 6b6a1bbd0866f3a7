/**
 * The analytics part of `npm run bench` (called by main.ts with the open store and the NDJSON
 * the store was loaded from): the dashboard call (30 days, every aggregate, Tokyo time) and
 * three ad-hoc aggregations, each from the rollups and by forced scan, against DuckDB running
 * the same aggregations over the same data (loaded once from the NDJSON into an in-memory
 * table, load time reported apart); then the export rate (CSV, every row) and its peak RSS in a
 * child process. Prints via `print` and returns the figures. Never asserts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SignInStore } from '../core/ports.js';
import type { AggregateQuery } from '../core/analytics/store-types.js';
import type { FilterNode } from '../core/query/ast.js';
import { getDashboard } from '../core/use-cases/get-dashboard.js';
import { catalogEntries } from '../core/catalog/index.js';
import { classifyErrorCode } from '../core/catalog/classify.js';
import { round, timeMany } from './stats.js';

export interface AnalyticsBenchOptions {
  readonly store: SignInStore;
  /** The NDJSON the store was loaded from. */
  readonly input: string;
  readonly print: (label: string, value: string) => void;
  /** Timed runs per measurement (default 20). */
  readonly runs?: number;
  /** Measure the full export too (default true). */
  readonly exportRows?: boolean;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const TOKYO = 'Asia/Tokyo';
/** Tokyo has no DST: DuckDB gets the same buckets from a fixed offset. */
const TOKYO_OFFSET = 9 * HOUR;
const here = fileURLToPath(new URL('.', import.meta.url));

const dt = (millis: number) => ({ kind: 'datetime', value: new Date(millis).toISOString(), millis }) as const;
const range = (since: number, until: number): FilterNode => ({
  kind: 'and',
  left: { kind: 'compare', op: 'ge', field: 'createdDateTime', value: dt(since) },
  right: { kind: 'compare', op: 'lt', field: 'createdDateTime', value: dt(until) },
});
const and = (left: FilterNode, right: FilterNode): FilterNode => ({ kind: 'and', left, right });
const failure: FilterNode = { kind: 'compare', op: 'eq', field: 'outcome', value: { kind: 'string', value: 'failure' } };

interface DuckConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowsJS(): unknown[][] }>;
  closeSync(): void;
}

const openDuck = async (): Promise<{ connection: DuckConnection; close: () => void }> => {
  const specifier = '@duckdb/node-api';
  const mod = (await import(specifier)) as { DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<DuckConnection>; closeSync(): void }> } };
  const instance = await mod.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return { connection, close: () => (connection.closeSync(), instance.closeSync()) };
};

/** The catalog's classification, so DuckDB derives outcome and category as we do. */
const codesTableSql = (): string => {
  const rows = catalogEntries.map((e) => {
    const c = classifyErrorCode(e.code);
    return `(${e.code}, '${c.outcome}', '${c.category}')`;
  });
  return `CREATE TABLE codes (code INTEGER, outcome VARCHAR, category VARCHAR); INSERT INTO codes VALUES (0, 'success', 'none'), ${rows.join(', ')};`;
};

export const runAnalyticsBench = async ({ store, input, print, runs = 20, exportRows = true }: AnalyticsBenchOptions): Promise<Record<string, unknown>> => {
  const out: Record<string, unknown> = {};
  const span = await store.aggregate({ groupBy: [], top: 1 });
  if (span.total === 0) {
    print('analytics', 'skipped: the store is empty');
    return out;
  }
  // The data's last instant, rounded up to the hour: the dashboard's default "until".
  const last = await store.list({ top: 1, order: 'desc' });
  const lastAt = Date.parse(last.items[0]?.createdDateTime ?? new Date().toISOString());
  const until = Math.ceil((lastAt + 1) / HOUR) * HOUR;
  const since = until - 30 * DAY;
  const week = until - 7 * DAY;

  // ---- ours ----
  const dashboard = await timeMany(runs, () => getDashboard(store, { since, until, tz: TOKYO }));
  const dash = await getDashboard(store, { since, until, tz: TOKYO });
  out.dashboard = { ...dashboard, source: dash.source, rows: dash.totals.total };
  print('dashboard: 30 days, Tokyo, ms p50/p95 (goal ≤ 100)', `${round(dashboard.p50)} / ${round(dashboard.p95)} (${dash.source}, ${dash.totals.total.toLocaleString()} sign-ins)`);

  const adhoc: readonly { name: string; query: AggregateQuery; duck: string }[] = [
    {
      name: 'failures by error code × Tokyo day, 30 days, top 10',
      query: { groupBy: ['errorCode'], bucket: { unit: 'day', timeZone: TOKYO }, top: 10, filter: and(range(since, until), failure) },
      duck: `WITH f AS (SELECT * FROM t WHERE created_at >= ${since} AND created_at < ${until} AND outcome = 'failure'),
        top AS (SELECT code FROM f GROUP BY code ORDER BY count(*) DESC, code LIMIT 10)
        SELECT (created_at + ${TOKYO_OFFSET}) // ${DAY} AS b, CASE WHEN code IN (SELECT code FROM top) THEN code END AS k, count(*) FROM f GROUP BY ALL`,
    },
    {
      name: 'top 20 IP addresses failing, 7 days',
      query: { groupBy: ['ipAddress'], top: 20, filter: and(range(week, until), failure) },
      duck: `SELECT ip, count(*) AS c FROM t WHERE created_at >= ${week} AND created_at < ${until} AND outcome = 'failure' GROUP BY ip ORDER BY c DESC, ip NULLS FIRST LIMIT 20`,
    },
    {
      name: 'sign-ins by country × outcome, all time',
      query: { groupBy: ['country', 'outcome'], top: 100 },
      duck: `SELECT country, outcome, count(*) AS c FROM t GROUP BY ALL ORDER BY c DESC LIMIT 100`,
    },
  ];
  const oursAdhoc: { name: string; p50: number; p95: number; source: string; scanP50: number }[] = [];
  for (const a of adhoc) {
    const t = await timeMany(runs, () => store.aggregate(a.query));
    const source = (await store.aggregate(a.query)).source;
    const scan = await timeMany(Math.max(3, Math.floor(runs / 5)), () => store.aggregate({ ...a.query, source: 'scan' }));
    oursAdhoc.push({ name: a.name, p50: t.p50, p95: t.p95, source, scanP50: scan.p50 });
    print(`aggregate: ${a.name}, ms p50`, `${round(t.p50)} (${source}); forced scan ${round(scan.p50)}`);
  }
  out.aggregations = oursAdhoc;

  // ---- DuckDB over the same NDJSON ----
  try {
    const duck = await openDuck();
    try {
      const c = duck.connection;
      const loadStarted = performance.now();
      await c.run(codesTableSql());
      await c.run(`CREATE TABLE t AS
        SELECT epoch_ms(CAST(s.createdDateTime AS TIMESTAMPTZ)) AS created_at, lower(s.userPrincipalName) AS upn,
               s.appDisplayName AS app, s.ipAddress AS ip, s.location.countryOrRegion AS country,
               coalesce(s.status.errorCode, 0) AS code, coalesce(k.outcome, 'failure') AS outcome, coalesce(k.category, 'other') AS category
          FROM read_ndjson('${input.replace(/'/g, "''")}', columns = {createdDateTime: 'VARCHAR', userPrincipalName: 'VARCHAR',
               appDisplayName: 'VARCHAR', ipAddress: 'VARCHAR', location: 'STRUCT(countryOrRegion VARCHAR)', status: 'STRUCT(errorCode INTEGER)'}) s
          LEFT JOIN codes k ON k.code = coalesce(s.status.errorCode, 0)`);
      const loadMs = performance.now() - loadStarted;
      print('duckdb: load NDJSON into memory (once), s', String(round(loadMs / 1000)));
      const r = `created_at >= ${since} AND created_at < ${until}`;
      const dashSql = [
        `SELECT (created_at + ${TOKYO_OFFSET}) // ${DAY} AS b, outcome, category, count(*) FROM t WHERE ${r} GROUP BY ALL`,
        `SELECT code, count(*) AS c, count(DISTINCT upn) FROM t WHERE ${r} AND code <> 0 GROUP BY code ORDER BY c DESC LIMIT 10`,
        ...['upn', 'app', 'ip', 'country'].map(
          (col) => `SELECT ${col}, count(*) AS c FROM t WHERE ${r} AND outcome = 'failure' AND ${col} IS NOT NULL GROUP BY ${col} ORDER BY c DESC LIMIT 10`,
        ),
      ];
      const duckDash = await timeMany(runs, async () => {
        for (const q of dashSql) await c.runAndReadAll(q);
      });
      const dashRatio = dashboard.p50 / duckDash.p50;
      out.duckdb = { loadMs, dashboard: duckDash };
      print('duckdb: dashboard (same 6 aggregations), ms p50', String(round(duckDash.p50)));
      print('dashboard ratio ours / DuckDB (goal ≤ 1)', `${round(dashRatio)} ×`);
      const ratios: Record<string, number> = { dashboard: dashRatio };
      for (const [i, a] of adhoc.entries()) {
        const d = await timeMany(runs, () => c.runAndReadAll(a.duck));
        const ours = oursAdhoc[i] as (typeof oursAdhoc)[number];
        ratios[a.name] = ours.p50 / d.p50;
        print(`duckdb: ${a.name}, ms p50`, `${round(d.p50)} → ratio ours / DuckDB ${round(ours.p50 / d.p50)} ×`);
      }
      out.ratios = ratios;
    } finally {
      duck.close();
    }
  } catch (e) {
    print('duckdb', `skipped: ${(e as Error).message}`);
  }

  // ---- export rates, each in a child so that its peak RSS is its own, beside DuckDB's COPY TO ----
  const db = (store as { raw?: { name?: string } }).raw?.name ?? (store as { pool?: { options?: { connectionString?: string } } }).pool?.options?.connectionString;
  if (db && exportRows) out.export = exportFigures(db, join(dirname(input), 'duck.duckdb'), print);
  return out;
};

type ExportFigure = { rows: number; seconds: number; rate: number; maxRssMb: number; bytes: number };

const runExportChild = (script: string, args: readonly string[]): ExportFigure => {
  const text = execFileSync(process.execPath, [join(here, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(text.trim().split('\n').pop() ?? '{}') as ExportFigure;
};

/** CSV and NDJSON exports of every row, ours and DuckDB's (when its database from the ingest baseline is there). */
const exportFigures = (db: string, duckDb: string, print: (label: string, value: string) => void): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const format of ['csv', 'ndjson'] as const) {
    const file = join(here, '..', '..', '.tmp', `bench-export-${process.pid}.${format}`);
    try {
      const r = runExportChild('export-child.js', [db, file, format]);
      out[format] = r;
      print(`export: ${format.toUpperCase()}, every row, rows/s (goal ≥ 100,000)`, `${Math.round(r.rate).toLocaleString()} (${r.rows.toLocaleString()} rows in ${round(r.seconds)} s, peak RSS ${Math.round(r.maxRssMb)} MB)`);
      // Our file goes before DuckDB writes its own: a 10 M NDJSON export is ~25 GB.
      rmSync(file, { force: true });
      if (existsSync(duckDb)) {
        const d = runExportChild('duckdb-export-child.js', [duckDb, file, format]);
        out[`duckdb-${format}`] = d;
        print(`duckdb: COPY TO ${format.toUpperCase()}, rows/s`, `${Math.round(d.rate).toLocaleString()} (peak RSS ${Math.round(d.maxRssMb)} MB) → ratio ours / DuckDB ${round(r.rate / d.rate)} ×`);
      }
    } catch (e) {
      print(`export ${format}`, `failed: ${(e as Error).message.split('\n')[0]}`);
    } finally {
      rmSync(file, { force: true });
    }
  }
  return out;
};
