/**
 * The filter AST shared by the OData parser, the CLI flags, the UI mapping and every storage
 * engine. Field names are registry keys (`status/errorCode`), never SQL: engines translate them
 * through the fixed field → column table in `fields.ts`.
 */

export type Literal =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  /** Unquoted ISO date-time (or date) literal; `value` is the text, `millis` its instant. */
  | { readonly kind: 'datetime'; readonly value: string; readonly millis: number }
  | { readonly kind: 'guid'; readonly value: string };

export const COMPARE_OPS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];

/** Operators a field can allow, as listed in the registry. */
export type FieldOp = CompareOp | 'startsWith' | 'in' | 'any';

/** The placeholder field of a lambda body: `t` in `signInEventTypes/any(t: t eq 'x')`. */
export const LAMBDA_ELEMENT = '$element';

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly field: string; readonly value: Literal }
  | { readonly kind: 'startsWith'; readonly field: string; readonly value: string }
  | { readonly kind: 'in'; readonly field: string; readonly values: readonly Literal[] }
  /** Lambda `any` over a collection field; `body` refers to the element as LAMBDA_ELEMENT. */
  | { readonly kind: 'any'; readonly field: string; readonly variable: string; readonly body: FilterNode };

export const and = (left: FilterNode, right: FilterNode): FilterNode => ({ kind: 'and', left, right });

export const andAll = (nodes: readonly FilterNode[]): FilterNode | undefined =>
  nodes.reduce<FilterNode | undefined>((acc, n) => (acc ? and(acc, n) : n), undefined);
