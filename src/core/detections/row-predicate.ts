/**
 * Compiles a validated filter AST into a predicate over a sign-in's flat columns, with the same
 * meaning the storage engines give it in SQL (filter-sql.ts): lower-cased columns compare in
 * lower case, `startsWith` ignores case, `ne` matches rows without a value, ordering against
 * null matches nothing. Detections run it on every imported record, so it does no allocation.
 */
import type { FilterNode, Literal } from '../query/ast.js';
import { FIELDS, type FieldSpec } from '../query/fields.js';
import type { SignInRow } from '../model/sign-in-row.js';

export type RowPredicate = (row: SignInRow) => boolean;

type Cell = string | number | boolean | null;

const literalValue = (lit: Literal, spec: FieldSpec): Cell => {
  switch (lit.kind) {
    case 'string':
      return spec.lowerCase ? lit.value.toLowerCase() : lit.value;
    case 'guid':
      return lit.value.toLowerCase();
    case 'number':
      return lit.value;
    case 'boolean':
      return lit.value;
    case 'datetime':
      return lit.millis;
    case 'null':
      return null;
  }
};

const specOf = (field: string): FieldSpec => {
  const spec = FIELDS[field];
  if (!spec) throw new Error(`field ${field} is not in the registry`);
  return spec;
};

const cellOf = (row: SignInRow, column: keyof SignInRow, guid: boolean): Cell => {
  const v = row[column] as Cell;
  return guid && typeof v === 'string' ? v.toLowerCase() : v;
};

const compare = (op: string, a: Cell, b: Cell): boolean => {
  if (b === null) return op === 'eq' ? a === null : op === 'ne' ? a !== null : false;
  if (a === null) return op === 'ne';
  switch (op) {
    case 'eq': return a === b;
    case 'ne': return a !== b;
    case 'gt': return a > b;
    case 'ge': return a >= b;
    case 'lt': return a < b;
    default: return a <= b;
  }
};

export const compileRowPredicate = (node: FilterNode): RowPredicate => {
  switch (node.kind) {
    case 'and': {
      const l = compileRowPredicate(node.left);
      const r = compileRowPredicate(node.right);
      return (row) => l(row) && r(row);
    }
    case 'or': {
      const l = compileRowPredicate(node.left);
      const r = compileRowPredicate(node.right);
      return (row) => l(row) || r(row);
    }
    case 'not': {
      const p = compileRowPredicate(node.operand);
      return (row) => !p(row);
    }
    case 'startsWith': {
      const spec = specOf(node.field);
      const prefix = node.value.toLowerCase();
      return (row) => {
        const v = row[spec.column];
        return typeof v === 'string' && v.toLowerCase().startsWith(prefix);
      };
    }
    case 'in': {
      const spec = specOf(node.field);
      const guid = spec.column.endsWith('Id');
      const values = new Set<Cell>(node.values.map((l) => literalValue(l, spec)));
      return (row) => values.has(cellOf(row, spec.column, guid));
    }
    case 'compare': {
      const spec = specOf(node.field);
      const guid = spec.column.endsWith('Id');
      const b = literalValue(node.value, spec);
      const op = node.op;
      if (op === 'eq' && b !== null) return (row) => cellOf(row, spec.column, guid) === b;
      return (row) => compare(op, cellOf(row, spec.column, guid), b);
    }
    case 'any': {
      // The only collection field is signInEventTypes, stored as the one derived sign-in type.
      const spec = specOf(node.field);
      const body = compileRowPredicate(node.body.kind === 'compare' ? { ...node.body, field: 'signInType' } : node.body);
      return spec.column === 'signInType' ? body : () => false;
    }
  }
};
