/**
 * `$filter` text → the filter AST of `ast.ts`, by hand-written recursive descent.
 *
 * Why hand-written rather than peggy or chevrotain: the grammar Graph accepts on signIns is a
 * dozen productions; a hand parser has no build step and no runtime dependency in the pure
 * core, reports exactly the position and wording we choose (`at 17`), bounds recursion depth so
 * hostile input cannot overflow the stack, and is small enough to read in one sitting.
 *
 * Grammar (keywords and function names are case-insensitive, as Graph tolerates):
 *   filter   := or EOF
 *   or       := and ('or' and)*
 *   and      := unary ('and' unary)*
 *   unary    := 'not' unary | primary
 *   primary  := '(' or ')'
 *             | 'startsWith' '(' path ',' literal ')' [('eq'|'ne') ('true'|'false')]
 *             | path '/' 'any' '(' ident ':' or ')'
 *             | path ('eq'|'ne'|'gt'|'ge'|'lt'|'le') literal
 *             | path 'in' '(' literal (',' literal)* ')'
 *   path     := ident ('/' ident)*
 * Field names are kept as written here; `odata-validate.ts` maps them to registry keys.
 */
import { COMPARE_OPS, LAMBDA_ELEMENT, type CompareOp, type FilterNode, type Literal } from './ast.js';
import { filterError, tokenize, type Token } from './odata-lexer.js';

export const FILTER_LIMITS = {
  /** Characters of filter text. */
  maxLength: 8000,
  /** Nesting of parentheses, `not` and lambdas. */
  maxDepth: 32,
  /** Comparisons, startsWith, in and any clauses (keeps the SQL well inside engine limits). */
  maxPredicates: 100,
  /** Values of one `in (...)` list. */
  maxInValues: 200,
} as const;

/** Where each node and literal starts, and where a predicate's operator is (1-based). */
export interface Span {
  readonly at: number;
  readonly opAt?: number;
}

export interface ParsedFilter {
  readonly ast: FilterNode;
  /** Keyed by AST node or literal object. */
  readonly spans: WeakMap<object, Span>;
}

const describe = (t: Token): string => {
  switch (t.kind) {
    case 'eof':
      return 'the end of the filter';
    case 'string':
      return `the string '${t.text.length > 40 ? `${t.text.slice(0, 40)}…` : t.text}'`;
    default:
      return `'${t.text.length > 40 ? `${t.text.slice(0, 40)}…` : t.text}'`;
  }
};

const RESERVED = new Set(['and', 'or', 'not', 'true', 'false', 'null', 'in', 'any', 'all', 'startswith', ...COMPARE_OPS]);

const isCompareOp = (s: string): s is CompareOp => (COMPARE_OPS as readonly string[]).includes(s);

export const parseFilter = (text: string, label = '$filter'): ParsedFilter => {
  if (text.length > FILTER_LIMITS.maxLength) {
    throw filterError(label, `filter is longer than ${FILTER_LIMITS.maxLength} characters`, FILTER_LIMITS.maxLength + 1);
  }
  if (text.trim() === '') throw filterError(label, 'filter is empty', 1);
  const tokens = tokenize(text, label);
  const spans = new WeakMap<object, Span>();
  let pos = 0;
  let predicates = 0;
  let lambdaVar: string | undefined;

  const peek = (): Token => tokens[pos] as Token;
  const next = (): Token => tokens[pos++] as Token;
  const isWord = (t: Token, w: string) => t.kind === 'ident' && t.text.toLowerCase() === w;
  const fail = (problem: string, t: Token): never => {
    throw filterError(label, problem, t.at);
  };
  const expect = (kind: Token['kind'], what: string): Token => {
    const t = peek();
    if (t.kind !== kind) fail(`expected ${what}, found ${describe(t)}`, t);
    return next();
  };
  const mark = <T extends object>(node: T, span: Span): T => {
    spans.set(node, span);
    return node;
  };
  const countPredicate = (t: Token) => {
    if (++predicates > FILTER_LIMITS.maxPredicates) fail(`more than ${FILTER_LIMITS.maxPredicates} conditions`, t);
  };
  const checkDepth = (depth: number, t: Token) => {
    if (depth > FILTER_LIMITS.maxDepth) fail(`nested more than ${FILTER_LIMITS.maxDepth} levels deep`, t);
  };

  const literal = (): Literal => {
    const t = next();
    const span = { at: t.at };
    switch (t.kind) {
      case 'string':
        return mark({ kind: 'string', value: t.text }, span);
      case 'number':
        return mark({ kind: 'number', value: t.num ?? Number(t.text) }, span);
      case 'datetime':
        return mark({ kind: 'datetime', value: t.text, millis: t.millis ?? Date.parse(t.text) }, span);
      case 'guid':
        return mark({ kind: 'guid', value: t.text }, span);
      case 'ident': {
        const w = t.text.toLowerCase();
        if (w === 'true' || w === 'false') return mark({ kind: 'boolean', value: w === 'true' }, span);
        if (w === 'null') return mark({ kind: 'null' }, span);
        return fail(`expected a value, found ${describe(t)} (strings need single quotes)`, t);
      }
      default:
        return fail(`expected a value, found ${describe(t)}`, t);
    }
  };

  /** A property path; inside a lambda its variable becomes LAMBDA_ELEMENT. */
  const path = (): { name: string; at: number } => {
    const first = expect('ident', 'a property name');
    const parts = [first.text];
    while (peek().kind === 'slash') {
      const after = tokens[pos + 1];
      // `path/any(` starts a lambda: leave the slash for the caller.
      if (after && after.kind === 'ident' && tokens[pos + 2]?.kind === 'lparen') break;
      next();
      parts.push(expect('ident', "a property name after '/'").text);
    }
    if (lambdaVar !== undefined && parts[0] === lambdaVar) {
      if (parts.length > 1) fail(`lambda variable '${lambdaVar}' has no properties`, first);
      return { name: LAMBDA_ELEMENT, at: first.at };
    }
    return { name: parts.join('/'), at: first.at };
  };

  const startsWith = (fn: Token): FilterNode => {
    countPredicate(fn);
    expect('lparen', "'(' after startsWith");
    const field = path();
    expect('comma', "',' between the property and the prefix");
    const vt = peek();
    const value = literal();
    expect('rparen', "')' to close startsWith(");
    if (value.kind !== 'string') fail(`startsWith needs a quoted string prefix, found ${describe(vt)}`, vt);
    let node: FilterNode = mark({ kind: 'startsWith', field: field.name, value: (value as { value: string }).value }, {
      at: field.at,
      opAt: fn.at,
    });
    // `startsWith(x,'y') eq true` is the OData long form of the same condition.
    const op = peek();
    if ((isWord(op, 'eq') || isWord(op, 'ne')) && tokens[pos + 1]?.kind === 'ident') {
      const b = (tokens[pos + 1] as Token).text.toLowerCase();
      if (b === 'true' || b === 'false') {
        pos += 2;
        if ((b === 'true') !== isWord(op, 'eq')) node = mark({ kind: 'not', operand: node }, { at: fn.at });
      }
    }
    return node;
  };

  const lambda = (field: { name: string; at: number }, depth: number): FilterNode => {
    const slash = next();
    const kw = next();
    const name = kw.text.toLowerCase();
    if (name === 'all') fail("lambda 'all' is not supported; use any", kw);
    if (name !== 'any') fail(`expected any(...) after '/', found ${describe(kw)}`, kw);
    if (lambdaVar !== undefined) fail('lambdas cannot be nested', kw);
    countPredicate(kw);
    checkDepth(depth + 1, kw);
    expect('lparen', "'(' after any");
    if (peek().kind === 'rparen') fail('any() needs a condition such as any(t: t eq \'x\')', peek());
    const v = expect('ident', 'a lambda variable name');
    if (RESERVED.has(v.text.toLowerCase())) fail(`'${v.text}' is a keyword and cannot name a lambda variable`, v);
    expect('colon', `':' after the lambda variable '${v.text}'`);
    lambdaVar = v.text;
    const body = or(depth + 1);
    lambdaVar = undefined;
    expect('rparen', "')' to close any(");
    return mark({ kind: 'any', field: field.name, variable: v.text, body }, { at: field.at, opAt: slash.at + 1 });
  };

  const primary = (depth: number): FilterNode => {
    const t = peek();
    if (t.kind === 'lparen') {
      checkDepth(depth + 1, t);
      next();
      const inner = or(depth + 1);
      expect('rparen', "')'");
      return inner;
    }
    if (t.kind !== 'ident') return fail(`expected a property, '(' or 'not', found ${describe(t)}`, t);
    if (tokens[pos + 1]?.kind === 'lparen') {
      next();
      if (t.text.toLowerCase() === 'startswith') return startsWith(t);
      return fail(`function '${t.text}' is not supported (only startsWith is)`, t);
    }
    const field = path();
    if (peek().kind === 'slash') return lambda(field, depth);
    const opTok = next();
    const op = opTok.kind === 'ident' ? opTok.text.toLowerCase() : '';
    if (isCompareOp(op)) {
      countPredicate(opTok);
      const value = literal();
      return mark({ kind: 'compare', op, field: field.name, value }, { at: field.at, opAt: opTok.at });
    }
    if (op === 'in') {
      countPredicate(opTok);
      expect('lparen', "'(' after in");
      const values: Literal[] = [literal()];
      while (peek().kind === 'comma') {
        next();
        if (values.length >= FILTER_LIMITS.maxInValues) fail(`more than ${FILTER_LIMITS.maxInValues} values in one in (...)`, peek());
        values.push(literal());
      }
      expect('rparen', "',' or ')' in the in (...) list");
      return mark({ kind: 'in', field: field.name, values }, { at: field.at, opAt: opTok.at });
    }
    if (['has', 'add', 'sub', 'mul', 'div', 'mod'].includes(op)) return fail(`operator '${opTok.text}' is not supported`, opTok);
    return fail(`expected an operator (eq, ne, gt, ge, lt, le, in) after '${field.name === LAMBDA_ELEMENT ? lambdaVar : field.name}', found ${describe(opTok)}`, opTok);
  };

  const unary = (depth: number): FilterNode => {
    const t = peek();
    if (isWord(t, 'not')) {
      checkDepth(depth + 1, t);
      next();
      return mark({ kind: 'not', operand: unary(depth + 1) }, { at: t.at });
    }
    return primary(depth);
  };

  const and = (depth: number): FilterNode => {
    let left = unary(depth);
    while (isWord(peek(), 'and')) {
      const t = next();
      left = mark({ kind: 'and', left, right: unary(depth) }, { at: t.at });
    }
    return left;
  };

  const or = (depth: number): FilterNode => {
    let left = and(depth);
    while (isWord(peek(), 'or')) {
      const t = next();
      left = mark({ kind: 'or', left, right: and(depth) }, { at: t.at });
    }
    return left;
  };

  const ast = or(0);
  const end = peek();
  if (end.kind !== 'eof') fail(`expected 'and', 'or' or the end of the filter, found ${describe(end)}`, end);
  return { ast, spans };
};
