/**
 * Checks a parsed `$filter` against the field registry and returns the AST with registry keys
 * for field names (`Status/ErrorCode` → `status/errorCode`) and canonical enum values.
 * Refuses, naming the problem and its 1-based position: unknown properties, operators a
 * property does not allow (Graph's operators plus our documented extras), literals of the wrong
 * type, beta-only properties on v1.0, and anything but the lambda variable inside `any()`.
 */
import { LAMBDA_ELEMENT, type FilterNode, type Literal } from './ast.js';
import { FIELDS, LAMBDA_OPS, type FieldSpec } from './fields.js';
import type { FieldOp } from './ast.js';
import { filterError } from './odata-lexer.js';
import type { ParsedFilter, Span } from './odata-parser.js';

export type ApiVersion = 'v1.0' | 'beta';

export interface ValidateOptions {
  readonly api: ApiVersion;
  /** Prefix of error messages: `$filter` for the API, `--filter` for the CLI. */
  readonly label?: string;
}

const BY_LOWER_NAME: ReadonlyMap<string, string> = new Map(Object.keys(FIELDS).map((k) => [k.toLowerCase(), k]));

/** Every operator a field accepts, Graph's first. */
export const allowedOps = (spec: FieldSpec): readonly FieldOp[] => [...new Set([...spec.graphOps, ...spec.extraOps])];

const kindName = (l: Literal): string =>
  ({ string: 'a string', number: 'a number', boolean: 'a boolean', null: 'null', datetime: 'a date-time', guid: 'a GUID' })[l.kind];

const TYPE_NEEDS: Readonly<Record<FieldSpec['type'], string>> = {
  string: 'a quoted string',
  enum: 'a quoted string',
  int: 'a whole number',
  bool: 'true or false',
  datetime: 'an unquoted date-time such as 2024-07-01T00:00:00Z',
};

interface Scope {
  /** Registry key of the collection a lambda ranges over, inside `any()`. */
  readonly lambdaField?: string;
  readonly variable?: string;
}

export const validateFilter = (parsed: ParsedFilter, opts: ValidateOptions): FilterNode => {
  const label = opts.label ?? '$filter';
  const span = (o: object): Span => parsed.spans.get(o) ?? { at: 1 };
  const fail = (problem: string, at: number, details: Record<string, unknown> = {}, hint?: string): never => {
    throw filterError(label, problem, at, details, hint);
  };

  const resolve = (written: string, at: number, scope: Scope): { key: string; spec: FieldSpec; element: boolean } => {
    if (written === LAMBDA_ELEMENT) {
      const key = scope.lambdaField as string;
      return { key, spec: FIELDS[key] as FieldSpec, element: true };
    }
    const key = BY_LOWER_NAME.get(written.toLowerCase());
    if (key === undefined) return fail(`unknown property '${written}'`, at, { property: written });
    if (scope.variable !== undefined) {
      return fail(`only the lambda variable '${scope.variable}' can be used inside any(), not '${written}'`, at);
    }
    const spec = FIELDS[key] as FieldSpec;
    if (spec.betaOnly && opts.api === 'v1.0') {
      return fail(`property '${key}' exists only in the beta API, not v1.0`, at, { property: key });
    }
    return { key, spec, element: false };
  };

  const checkOp = (key: string, spec: FieldSpec, element: boolean, op: FieldOp, at: number, scope: Scope): void => {
    const ops = element ? LAMBDA_OPS : allowedOps(spec).filter((o) => o !== 'any');
    if (ops.includes(op)) return;
    const target = element ? `the elements of '${key}' (lambda variable '${scope.variable}')` : `'${key}'`;
    const hint = ops.length > 0 ? `supported: ${ops.join(', ')}` : spec.graphOps.includes('any') ? `use ${key}/any(t: t eq '...')` : 'it cannot be filtered';
    fail(`operator '${op}' is not supported on ${target}`, at, { property: key, operator: op, supported: ops }, hint);
  };

  const checkLiteral = (key: string, spec: FieldSpec, lit: Literal, op: FieldOp): Literal => {
    const at = span(lit).at;
    if (lit.kind === 'null') {
      if (op !== 'eq' && op !== 'ne' && op !== 'in') fail(`null can only be compared with eq or ne, not '${op}'`, at);
      return lit;
    }
    const wrong = (): never => {
      const shown = lit.kind === 'string' ? ` '${lit.value.length > 40 ? `${lit.value.slice(0, 40)}…` : lit.value}'` : '';
      return fail(`'${key}' needs ${TYPE_NEEDS[spec.type]}, found ${kindName(lit)}${shown}`, at, { property: key });
    };
    switch (spec.type) {
      case 'string':
        return lit.kind === 'string' || lit.kind === 'guid' ? lit : wrong();
      case 'enum': {
        if (lit.kind !== 'string') return wrong();
        if (!spec.values) return lit;
        const canonical = spec.values.find((v) => v.toLowerCase() === lit.value.toLowerCase());
        if (canonical === undefined) {
          return fail(`'${key}' has no value '${lit.value}'`, at, { property: key }, `expected one of ${spec.values.join(', ')}`);
        }
        return canonical === lit.value ? lit : { kind: 'string', value: canonical };
      }
      case 'int':
        return lit.kind === 'number' && Number.isSafeInteger(lit.value) ? lit : wrong();
      case 'bool':
        return lit.kind === 'boolean' ? lit : wrong();
      case 'datetime':
        return lit.kind === 'datetime' ? lit : wrong();
    }
  };

  const walk = (node: FilterNode, scope: Scope): FilterNode => {
    switch (node.kind) {
      case 'and':
      case 'or':
        return { kind: node.kind, left: walk(node.left, scope), right: walk(node.right, scope) };
      case 'not':
        return { kind: 'not', operand: walk(node.operand, scope) };
      case 'compare': {
        const s = span(node);
        const f = resolve(node.field, s.at, scope);
        checkOp(f.key, f.spec, f.element, node.op, s.opAt ?? s.at, scope);
        const value = checkLiteral(f.key, f.spec, node.value, node.op);
        return { kind: 'compare', op: node.op, field: f.element ? LAMBDA_ELEMENT : f.key, value };
      }
      case 'startsWith': {
        const s = span(node);
        const f = resolve(node.field, s.at, scope);
        checkOp(f.key, f.spec, f.element, 'startsWith', s.opAt ?? s.at, scope);
        return { kind: 'startsWith', field: f.element ? LAMBDA_ELEMENT : f.key, value: node.value };
      }
      case 'in': {
        const s = span(node);
        const f = resolve(node.field, s.at, scope);
        checkOp(f.key, f.spec, f.element, 'in', s.opAt ?? s.at, scope);
        const values = node.values.map((v) => checkLiteral(f.key, f.spec, v, 'in'));
        return { kind: 'in', field: f.element ? LAMBDA_ELEMENT : f.key, values };
      }
      case 'any': {
        const s = span(node);
        const f = resolve(node.field, s.at, scope);
        if (!f.spec.graphOps.includes('any') && !f.spec.extraOps.includes('any')) {
          fail(`lambda any() is not supported on '${f.key}'`, s.opAt ?? s.at, { property: f.key }, 'only signInEventTypes/any(...) is');
        }
        const body = walk(node.body, { lambdaField: f.key, variable: node.variable });
        return { kind: 'any', field: f.key, variable: node.variable, body };
      }
    }
  };

  return walk(parsed.ast, {});
};
