/**
 * Compiles a validated filter AST to a Kysely boolean expression. Columns come from the fixed
 * registry → column tables; every value is a bound parameter. Shared by all engines; the only
 * dialect difference (case-insensitive LIKE) is passed in.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { LAMBDA_ELEMENT, type FilterNode, type Literal } from '../core/query/ast.js';
import { findField } from '../core/query/fields.js';
import { dropAllTypesClauses } from '../core/query/drop-all-types.js';
import { AppError } from '../core/errors.js';
import { SQL_COLUMNS } from './columns.js';

export interface FilterDialect {
  /** SQL keyword for a case-insensitive LIKE: `LIKE` on SQLite, `ILIKE` on PostgreSQL. */
  readonly ilike: 'like' | 'ilike';
  /** How booleans are bound: SQLite stores 0/1. */
  readonly bool: (b: boolean) => unknown;
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

interface Target {
  readonly column: string;
  readonly lowerCase: boolean;
  readonly datetime: boolean;
}

const resolve = (field: string, lambdaField: string | undefined): Target => {
  const name = field === LAMBDA_ELEMENT && lambdaField ? lambdaField : field;
  const spec = findField(name);
  if (!spec) throw new AppError('InvalidFilter', `unknown property '${name}'`);
  return { column: SQL_COLUMNS[spec.column], lowerCase: spec.lowerCase === true, datetime: spec.type === 'datetime' };
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
      return eb.not(compileFilter(node.operand, eb, d, lambdaField));
    case 'any':
      return compileFilter(node.body, eb, d, node.field);
    case 'startsWith': {
      const t = resolve(node.field, lambdaField);
      const v = t.lowerCase ? node.value.toLowerCase() : node.value;
      return sql<SqlBool>`${sql.ref(t.column)} ${sql.raw(d.ilike)} ${escapeLike(v) + '%'} escape '\\'`;
    }
    case 'in': {
      const t = resolve(node.field, lambdaField);
      const values = node.values.filter((v) => v.kind !== 'null').map((v) => bindValue(v, t, d));
      const hasNull = node.values.some((v) => v.kind === 'null');
      const parts: Expression<SqlBool>[] = [];
      if (values.length > 0) parts.push(eb(sql.ref(t.column), 'in', values));
      if (hasNull) parts.push(eb(sql.ref(t.column), 'is', null));
      return parts.length === 1 && parts[0] ? parts[0] : eb.or(parts);
    }
    case 'compare': {
      const t = resolve(node.field, lambdaField);
      const ref = sql.ref(t.column);
      const value = bindValue(node.value, t, d);
      if (value === null) {
        if (node.op === 'eq') return eb(ref, 'is', null);
        if (node.op === 'ne') return eb(ref, 'is not', null);
        // Ordering against null matches nothing, as in OData.
        return sql<SqlBool>`1 = 0`;
      }
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

/**
 * The WHERE condition of a query on any table with the sign-in columns: the compiled filter, or
 * true. Type clauses that admit every type are dropped first (always true, and planned badly:
 * SQLite would sort the whole table for a first page).
 */
export const compileWhere = (filter: FilterNode | undefined, eb: Eb, d: FilterDialect): Expression<SqlBool> => {
  const effective = dropAllTypesClauses(filter);
  return effective ? compileFilter(effective, eb, d) : sql<SqlBool>`1 = 1`;
};
