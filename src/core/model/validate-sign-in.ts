/**
 * Validation of one incoming sign-in against the beta schema. Errors name the field path the
 * way an administrator reads it (`status.errorCode: expected integer, got "x"`).
 */
import { TypeCompiler, type ValueError } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import type { TSchema } from '@sinclair/typebox';
import { SignInSchema, type SignIn } from './sign-in-schema.js';

const compiled = TypeCompiler.Compile(SignInSchema);

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly value: SignIn }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

const toDotted = (pointer: string): string =>
  pointer === '' ? '(record)' : pointer.slice(1).split('/').join('.');

const describeExpected = (schema: TSchema): string => {
  const variants: TSchema[] = Array.isArray(schema.anyOf) ? schema.anyOf : [schema];
  const names = variants.map((s) => {
    if (s.type === 'array') return 'array';
    if (s.type === 'object') return 'object';
    if (typeof s.type === 'string') return s.type;
    return 'value';
  });
  return names.join(' or ');
};

const describeActual = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

const kindOf = (v: unknown): string => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v === 'number' ? 'number' : typeof v);

const matchesKind = (schema: TSchema, value: unknown): boolean => {
  const k = kindOf(value);
  if (schema.type === 'integer') return k === 'number';
  return schema.type === k;
};

/**
 * A nullable object or array fails as a whole union; look inside the variant of the same kind
 * so the message names the innermost field (`status.errorCode`, not `status`).
 */
const innermost = (error: ValueError): ValueError => {
  const variants: TSchema[] | undefined = error.schema.anyOf;
  if (!variants || (typeof error.value !== 'object' || error.value === null)) return error;
  const variant = variants.find((v) => matchesKind(v, error.value));
  if (!variant) return error;
  const inner = Value.Errors(variant, error.value).First();
  if (!inner) return error;
  return innermost({ ...inner, path: `${error.path}${inner.path}` });
};

const describe = (raw: ValueError): FieldProblem => {
  const error = innermost(raw);
  const path = toDotted(error.path);
  if (error.path === '/createdDateTime' && typeof error.value === 'string') {
    return { path, message: `expected ISO-8601 date-time with Z or offset, got ${describeActual(error.value)}` };
  }
  if (error.value === undefined) return { path, message: 'required' };
  return { path, message: `expected ${describeExpected(error.schema)}, got ${describeActual(error.value)}` };
};

export const validateSignIn = (value: unknown): ValidationResult => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '(record)', message: `expected object, got ${describeActual(value)}` }] };
  }
  if (compiled.Check(value)) return { ok: true, value };
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const error of compiled.Errors(value)) {
    const problem = describe(error);
    // Unions report once per variant; one line per path is what a person wants to read.
    if (seen.has(problem.path)) continue;
    seen.add(problem.path);
    problems.push(problem);
    if (problems.length >= 5) break;
  }
  return { ok: false, problems };
};

export const formatProblems = (problems: readonly FieldProblem[]): string =>
  problems.map((p) => `${p.path}: ${p.message}`).join('; ');
