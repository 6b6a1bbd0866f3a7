/**
 * What the aggregate planner needs to know about a filter: which columns it reads, the time
 * range its top-level conjuncts impose, and whether it can be true for a successful sign-in.
 */
import { LAMBDA_ELEMENT, andAll, type FilterNode, type Literal } from '../../core/query/ast.js';
import { findField } from '../../core/query/fields.js';
import type { SignInRow } from '../../core/model/sign-in-row.js';

const TIME_FIELD = 'createdDateTime';

/** Logical columns the filter reads. */
export const filterColumns = (node: FilterNode | undefined, out = new Set<keyof SignInRow>(), lambdaField?: string): Set<keyof SignInRow> => {
  if (!node) return out;
  switch (node.kind) {
    case 'and':
    case 'or':
      filterColumns(node.left, out, lambdaField);
      filterColumns(node.right, out, lambdaField);
      return out;
    case 'not':
      return filterColumns(node.operand, out, lambdaField);
    case 'any':
      return filterColumns(node.body, out, node.field);
    default: {
      const name = node.field === LAMBDA_ELEMENT && lambdaField ? lambdaField : node.field;
      const spec = findField(name);
      if (spec) out.add(spec.column);
      return out;
    }
  }
};

const conjuncts = (node: FilterNode | undefined, out: FilterNode[] = []): FilterNode[] => {
  if (!node) return out;
  if (node.kind === 'and') {
    conjuncts(node.left, out);
    conjuncts(node.right, out);
  } else out.push(node);
  return out;
};

export interface TimeSplit {
  /** Inclusive lower bound (epoch ms), null = unbounded. */
  readonly lo: number | null;
  /** Exclusive upper bound, null = unbounded. */
  readonly hi: number | null;
  /** The rest of the filter. */
  readonly residual: FilterNode | undefined;
}

/** Pulls `createdDateTime ge/gt/le/lt/eq X` out of the top-level conjunction. */
export const splitTimeRange = (filter: FilterNode | undefined): TimeSplit => {
  let lo: number | null = null;
  let hi: number | null = null;
  const rest: FilterNode[] = [];
  for (const c of conjuncts(filter)) {
    if (c.kind === 'compare' && c.field === TIME_FIELD && c.value.kind === 'datetime') {
      const x = c.value.millis;
      const atLeast = (v: number) => (lo = lo === null ? v : Math.max(lo, v));
      const below = (v: number) => (hi = hi === null ? v : Math.min(hi, v));
      if (c.op === 'ge') atLeast(x);
      else if (c.op === 'gt') atLeast(x + 1);
      else if (c.op === 'le') below(x + 1);
      else if (c.op === 'lt') below(x);
      else if (c.op === 'eq') {
        atLeast(x);
        below(x + 1);
      } else rest.push(c);
      continue;
    }
    rest.push(c);
  }
  return { lo, hi, residual: andAll(rest) };
};

/** Kleene logic: true, false, or unknown (null). */
type K = boolean | null;

const literalValue = (l: Literal): unknown => (l.kind === 'null' ? null : l.kind === 'datetime' ? l.millis : l.value);

/** The values every successful sign-in has, by logical column. */
const SUCCESS: Partial<Record<keyof SignInRow, unknown>> = { outcome: 'success', errorCode: 0, errorCategory: 'none' };

const evalSuccess = (node: FilterNode): K => {
  switch (node.kind) {
    case 'and': {
      const a = evalSuccess(node.left);
      const b = evalSuccess(node.right);
      if (a === false || b === false) return false;
      return a === true && b === true ? true : null;
    }
    case 'or': {
      const a = evalSuccess(node.left);
      const b = evalSuccess(node.right);
      if (a === true || b === true) return true;
      return a === false && b === false ? false : null;
    }
    case 'not': {
      const a = evalSuccess(node.operand);
      return a === null ? null : !a;
    }
    case 'any':
    case 'startsWith':
      return null;
    case 'in':
    case 'compare': {
      const spec = findField(node.field);
      if (!spec || !(spec.column in SUCCESS)) return null;
      const actual = SUCCESS[spec.column];
      if (node.kind === 'in') return node.values.some((v) => literalValue(v) === actual);
      const v = literalValue(node.value);
      if (v === null) return node.op === 'ne';
      if (typeof v !== typeof actual) return null;
      const a = actual as number | string;
      const b = v as number | string;
      switch (node.op) {
        case 'eq':
          return a === b;
        case 'ne':
          return a !== b;
        case 'gt':
          return a > b;
        case 'ge':
          return a >= b;
        case 'lt':
          return a < b;
        case 'le':
          return a <= b;
      }
    }
  }
};

/** True when no successful sign-in can match (so failures-only rollups answer exactly). */
export const excludesSuccess = (filter: FilterNode | undefined): boolean => (filter ? evalSuccess(filter) === false : false);
