/**
 * The list baseline: the same three pages as our list figures asked of DuckDB's table of the same
 * data (built by its ingest baseline), each row returned as a JSON document (`to_json`), newest
 * first. The deep page is keyset paging as ours is: the position 100,000 rows in is found once
 * (narrow columns), then the page is the 50 rows before it (an `OFFSET` of the wide rows takes
 * DuckDB seconds). "Success" is error code 0 here (our outcome also counts a few other codes).
 * Usage: duckdb-list-child DB. Prints one JSON line of p50/p95 per page, in ms.
 */
import { round, timeMany } from './stats.js';

const [db] = process.argv.slice(2);
if (!db) {
  process.stderr.write('usage: duckdb-list-child DB\n');
  process.exit(2);
}

interface DuckConnection {
  runAndReadAll(sql: string): Promise<{ getRowsJS(): unknown[][] }>;
  closeSync(): void;
}
const specifier = '@duckdb/node-api';
const mod = (await import(specifier)) as { DuckDBInstance: { create(path: string, options?: Record<string, string>): Promise<{ connect(): Promise<DuckConnection>; closeSync(): void }> } };
const instance = await mod.DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
const c = await instance.connect();
const twoFilters = "list_contains(signInEventTypes, 'nonInteractiveUser') AND status.errorCode = 0";
// The page is chosen first and only its 50 rows become JSON (to_json in the outer query; in the
// same query DuckDB would build the document of every row before the top-N).
const page = (where: string) =>
  `SELECT to_json(s) FROM (SELECT * FROM sign_ins ${where ? `WHERE ${where}` : ''} ORDER BY createdDateTime DESC, id DESC LIMIT 50) s`;
const position = (await c.runAndReadAll(
  `SELECT CAST(createdDateTime AS VARCHAR), id FROM sign_ins WHERE ${twoFilters} ORDER BY createdDateTime DESC, id DESC LIMIT 1 OFFSET 100000`,
)).getRowsJS()[0];
const quote = (v: unknown) => `'${String(v).replace(/'/g, "''")}'`;
const deepWhere = position
  ? `${twoFilters} AND (createdDateTime < CAST(${quote(position[0])} AS TIMESTAMP) OR (createdDateTime = CAST(${quote(position[0])} AS TIMESTAMP) AND id < ${quote(position[1])}))`
  : undefined;
const figures: Record<string, { p50: number; p95: number }> = {};
const pages: [string, string][] = [
  ['firstPage', page('')],
  ['firstPageTwoFilters', page(twoFilters)],
  ...(deepWhere ? [['page100kDeepTwoFilters', page(deepWhere)] as [string, string]] : []),
];
for (const [name, sql] of pages) {
  const t = await timeMany(10, async () => {
    const rows = (await c.runAndReadAll(sql)).getRowsJS();
    if (rows.length === 0) throw new Error(`DuckDB returned no row for ${name}`);
  });
  figures[name] = { p50: round(t.p50), p95: round(t.p95) };
}
c.closeSync();
instance.closeSync();
process.stdout.write(`${JSON.stringify(figures)}\n`);
