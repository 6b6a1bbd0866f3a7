/**
 * Keyset paging over `sign_in_facts` in (created_at, id) order: one page after a position, a
 * range between two positions, and the positions where the next pages of an export end, so
 * that several workers can read an export's pages at once (see pooled-store.ts).
 */
import type Database from 'better-sqlite3';
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { KeysetPosition, ListQuery } from '../../core/ports.js';
import type { FilterNode } from '../../core/query/ast.js';
import { packGuid, unpackGuid } from '../guid.js';
import { UNPACK_FACT_COLUMNS } from './fact-rows.js';

/** A list query that may also stop at a position (inclusive): a range of an export, read whole. */
export type RangeQuery = ListQuery & { readonly until?: KeysetPosition | undefined };

/** How a prepared statement answers: row objects, first column only, or arrays. */
export type StatementMode = 'rows' | 'pluck' | 'raw';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are addressed through SQL_COLUMNS, not a typed schema
type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see AnyDb
type Where = (filter: FilterNode | undefined) => (eb: any) => Expression<SqlBool>;

export const createFactPages = (k: AnyDb, prepared: (text: string, mode?: StatementMode) => Database.Statement, where: Where) => {
  /** Rows strictly after `after` (in `order`), or every row when there is none. */
  const after =
    (pos: KeysetPosition | undefined, order: 'asc' | 'desc') =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see AnyDb
    (eb: any): Expression<SqlBool> => {
      if (!pos) return sql<SqlBool>`1 = 1`;
      const cmp = order === 'desc' ? '<' : '>';
      // The bound on created_at alone lets SQLite seek the (column, created_at) indexes; with
      // only the OR form it scans from the first row, so deep pages got slower with depth.
      return eb.and([
        eb('created_at', order === 'desc' ? '<=' : '>=', pos.createdAt),
        eb.or([eb('created_at', cmp, pos.createdAt), eb('id', cmp, packGuid(pos.id))]),
      ]);
    };
  /** Rows up to and including `pos` in descending order (the end of a range). */
  const upTo =
    (pos: KeysetPosition | undefined) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see AnyDb
    (eb: any): Expression<SqlBool> => {
      if (!pos) return sql<SqlBool>`1 = 1`;
      return eb.and([
        eb('created_at', '>=', pos.createdAt),
        eb.or([eb('created_at', '>', pos.createdAt), eb('id', '>=', packGuid(pos.id))]),
      ]);
    };

  const positionOf = (createdAt: unknown, id: unknown): KeysetPosition => ({ createdAt: Number(createdAt), id: unpackGuid(id) as string });

  /**
   * The page's fact rows and the position after it. A range (`until`, descending only) is read
   * whole, however many rows it holds by now, so rows written into it since it was planned are
   * not lost; it has no `next` (the caller knows where the following range starts).
   */
  const pageRows = (q: RangeQuery) => {
    const range = q.until !== undefined && q.order === 'desc';
    let query = k
      .selectFrom('sign_in_facts')
      .select(['created_at', ...UNPACK_FACT_COLUMNS])
      .where(where(q.filter))
      .where(after(q.after, q.order))
      .where(upTo(range ? q.until : undefined))
      .orderBy('created_at', q.order)
      .orderBy('id', q.order);
    if (!range) query = query.limit(q.top + 1);
    const compiled = query.compile();
    const rows = prepared(compiled.sql).all(...(compiled.parameters as unknown[])) as Record<string, unknown>[];
    const more = !range && rows.length > q.top;
    const page = more ? rows.slice(0, q.top) : rows;
    const last = page[page.length - 1];
    return { page, next: more && last ? positionOf(last.created_at, last.id) : undefined };
  };

  /**
   * Where the next `pages` export pages of `top` rows after `from` end (descending), read from
   * the index and the ids alone (SQLite numbers the rows: only every top-th reaches JavaScript);
   * `more` when rows may follow the last of them.
   */
  const pageEnds = (filter: FilterNode | undefined, from: KeysetPosition | undefined, top: number, pages: number) => {
    const inner = k
      .selectFrom('sign_in_facts')
      .select(['created_at', 'id'])
      .where(where(filter))
      .where(after(from, 'desc'))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(top * pages)
      .compile();
    const numbered = `SELECT created_at, id FROM (SELECT created_at, id, row_number() OVER (ORDER BY created_at DESC, id DESC) AS n FROM (${inner.sql})) WHERE n % ? = 0 ORDER BY n`;
    const rows = prepared(numbered, 'raw').all(...(inner.parameters as unknown[]), top) as [unknown, unknown][];
    return { ends: rows.map((r) => positionOf(r[0], r[1])), more: rows.length === pages };
  };

  return { pageRows, pageEnds };
};
