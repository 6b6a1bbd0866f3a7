/**
 * Compiles a validated filter AST to a Kysely boolean expression. Columns come from the fixed
 * registry → column tables; every value is a bound parameter. Shared by all engines; the dialect
 * passes in case-insensitive LIKE, boolean binding and, for a star schema (SQLite v2), where each
 * logical column physically lives: a plain column, a GUID blob, a small-integer enum, or a
 * dimension table reached through its key (`fk IN (SELECT k FROM d WHERE ...)`).
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { LAMBDA_ELEMENT, type FilterNode, type Literal } from '../core/query/ast.js';
import { findField } from '../core/query/fields.js';
import { dropAllTypesClauses } from '../core/query/drop-all-types.js';
import { AppError } from '../core/errors.js';
import { SQL_COLUMNS } from './columns.js';
import type { SignInRow } from '../core/model/sign-in-row.js';
import { guidTextSql, packGuid } from './guid.js';
import type { Placement } from './sqlite/fact-schema.js';

export interface FilterDialect {
  /** SQL keyword for a case-insensitive LIKE: `LIKE` on SQLite, `ILIKE` on PostgreSQL. */
  readonly ilike: 'like' | 'ilike';
  /** How booleans are bound: SQLite stores 0/1. */
  readonly bool: (b: boolean) => unknown;
  /** Physical placement of logical columns; absent: every logical column is a plain column. */
  readonly placement?: Readonly<Record<keyof SignInRow, Placement>>;
  /**
   * Looks up, before the query runs, the keys of the dimension rows a predicate matches (SQLite:
   * a synchronous read of a small table). With keys in hand the fact query can use its
   * (key, created_at) index in time order; absent, dimension predicates become subqueries.
   */
  readonly dimensionKeys?: (table: string, predicate: Expression<SqlBool>) => readonly number[];
}



const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

interface Target {
  readonly column: string;
  readonly lowerCase: boolean;
  readonly datetime: boolean;
  readonly placement: Placement;
}

const resolve = (field: string, lambdaField: string | undefined, d: FilterDialect): Target => {
  const name = field === LAMBDA_ELEMENT && lambdaField ? lambdaField : field;
  const spec = findField(name);
  if (!spec) throw new AppError('InvalidFilter', `unknown property '${name}'`);
  const placement = d.placement?.[spec.column] ?? { kind: 'plain', column: SQL_COLUMNS[spec.column] };
  return { column: placement.column, lowerCase: spec.lowerCase === true, datetime: spec.type === 'datetime', placement };
};

const bindValue = (lit: Literal, t: Target, d: FilterDialect): unknown => {
  switch (lit.kind) {
    case 'string':
      return t.lowerCase ? lit.value.toLowerCase() : lit.value;
    case 'guid':
      return lit.value;
    case 'number':
      return lit.value;
    case 'boolean':
      return d.bool(lit.value);
    case 'datetime':
      return lit.millis;
    case 'null':
      return null;
  }
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the filter applies to any table holding the sign-in columns
type Eb = ExpressionBuilder<any, any>;
type Leaf = Extract<FilterNode, { kind: 'compare' | 'startsWith' | 'in' }>;

/** A leaf on one column reference, with every value already in the column's stored form. */
const leafOn = (node: Leaf, ref: Expression<unknown>, t: Target, eb: Eb, d: FilterDialect, bind: (v: unknown) => unknown): Expression<SqlBool> => {
  switch (node.kind) {
    case 'startsWith': {
      const v = t.lowerCase ? node.value.toLowerCase() : node.value;
      return sql<SqlBool>`${ref} ${sql.raw(d.ilike)} ${escapeLike(v) + '%'} escape '\\'`;
    }
    case 'in': {
      const values = node.values.filter((v) => v.kind !== 'null').map((v) => bind(bindValue(v, t, d)));
      const hasNull = node.values.some((v) => v.kind === 'null');
      const parts: Expression<SqlBool>[] = [];
      if (values.length > 0) parts.push(eb(ref, 'in', values));
      if (hasNull) parts.push(eb(ref, 'is', null));
      return parts.length === 1 && parts[0] ? parts[0] : eb.or(parts);
    }
    case 'compare': {
      const raw = bindValue(node.value, t, d);
      if (raw === null) {
        if (node.op === 'eq') return eb(ref, 'is', null);
        if (node.op === 'ne') return eb(ref, 'is not', null);
        // Ordering against null matches nothing, as in OData.
        return sql<SqlBool>`1 = 0`;
      }
      const value = bind(raw);
      switch (node.op) {
        case 'eq':
          return eb(ref, '=', value);
        // OData: `null ne 'x'` is true, so rows without a value match `ne`.
        case 'ne':
          return eb(ref, 'is distinct from', value);
        case 'gt':
          return eb(ref, '>', value);
        case 'ge':
          return eb(ref, '>=', value);
        case 'lt':
          return eb(ref, '<', value);
        case 'le':
          return eb(ref, '<=', value);
      }
    }
  }
};

/** Evaluates a leaf over a closed set of (never null) values: the codes of those that match. */
const matchingCodes = (node: Leaf, values: readonly string[], t: Target, d: FilterDialect): number[] => {
  const test = (v: string): boolean => {
    switch (node.kind) {
      case 'startsWith':
        return v.toLowerCase().startsWith(node.value.toLowerCase());
      case 'in':
        return node.values.some((l) => l.kind !== 'null' && bindValue(l, t, d) === v);
      case 'compare': {
        const x = bindValue(node.value, t, d);
        if (x === null) return node.op === 'ne';
        const s = String(x);
        const order = v < s ? -1 : v > s ? 1 : 0;
        return { eq: order === 0, ne: order !== 0, gt: order > 0, ge: order >= 0, lt: order < 0, le: order <= 0 }[node.op];
      }
    }
  };
  return values.flatMap((v, i) => (test(v) ? [i + 1] : []));
};

const compileLeaf = (node: Leaf, t: Target, eb: Eb, d: FilterDialect): Expression<SqlBool> => {
  const p = t.placement;
  switch (p.kind) {
    case 'plain':
      return leafOn(node, sql.ref(p.column), t, eb, d, (v) => v);
    case 'guid':
      // startsWith reads the GUID as text; comparisons bind the packed form.
      return node.kind === 'startsWith'
        ? leafOn(node, sql.raw(guidTextSql(p.column)), t, eb, d, (v) => v)
        : leafOn(node, sql.ref(p.column), t, eb, d, (v) => (typeof v === 'string' ? packGuid(v) : v));
    case 'enum': {
      const codes = matchingCodes(node, p.values, t, d);
      return codes.length === 0 ? sql<SqlBool>`1 = 0` : eb(sql.ref(p.column), 'in', codes);
    }
    case 'dimension': {
      const inner = leafOn(node, sql.ref(p.column), t, eb, d, (v) => v);
      const fk = sql.ref(p.dimension.fk);
      const keys = d.dimensionKeys?.(p.dimension.table, inner);
      if (keys === undefined) return sql<SqlBool>`${fk} in (select k from ${sql.table(p.dimension.table)} where ${inner})`;
      if (keys.length === 0) return sql<SqlBool>`1 = 0`;
      if (keys.length === 1) return eb(fk, '=', keys[0]);
      // Several keys: walking the key index would sort every matching row to serve one page; the
      // unary plus keeps SQLite on the time index, filtering as it goes (keys are integers from
      // the database, written as literals).
      return sql<SqlBool>`+${fk} in (${sql.join(keys.map((k) => sql.lit(k)))})`;
    }
  }
};

export const compileFilter = (
  node: FilterNode,
  eb: Eb,
  d: FilterDialect,
  lambdaField?: string,
): Expression<SqlBool> => {
  switch (node.kind) {
    case 'and':
      return eb.and([compileFilter(node.left, eb, d, lambdaField), compileFilter(node.right, eb, d, lambdaField)]);
    case 'or':
      return eb.or([compileFilter(node.left, eb, d, lambdaField), compileFilter(node.right, eb, d, lambdaField)]);
    case 'not':
      // OData has two truth values: `null eq 'x'` is false, so `not (... eq 'x')` is true for a
      // row without the property. SQL's NULL would drop that row; coalesce keeps both engines
      // (and every physical placement) on OData's side.
      return eb.not(sql<SqlBool>`coalesce(${compileFilter(node.operand, eb, d, lambdaField)}, false)`);
    case 'any':
      return compileFilter(node.body, eb, d, node.field);
    default:
      return compileLeaf(node, resolve(node.field, lambdaField, d), eb, d);
  }
};

/**
 * The WHERE condition of a query on any table with the sign-in columns: the compiled filter, or
 * true. Type clauses that admit every type are dropped first (always true, and planned badly:
 * SQLite would sort the whole table for a first page).
 */
export const compileWhere = (filter: FilterNode | undefined, eb: Eb, d: FilterDialect): Expression<SqlBool> => {
  const effective = dropAllTypesClauses(filter);
  return effective ? compileFilter(effective, eb, d) : sql<SqlBool>`1 = 1`;
};
