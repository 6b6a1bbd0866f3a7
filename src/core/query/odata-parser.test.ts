// The $filter tokenizer and parser: literal forms, precedence, lambdas, and syntax errors with 1-based positions.
import { describe, expect, it } from 'vitest';
import { LAMBDA_ELEMENT, type FilterNode } from './ast.js';
import { FILTER_LIMITS, parseFilter } from './odata-parser.js';
import { tokenize } from './odata-lexer.js';

const ast = (text: string): FilterNode => parseFilter(text).ast;
const errorOf = (text: string): string => {
  try {
    parseFilter(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`expected '${text}' to be refused`);
};
const cmp = (field: string, op: string, value: unknown) => ({ kind: 'compare', op, field, value });

describe('tokenize', () => {
  it.each([
    ["'it''s'", { kind: 'string', text: "it's" }],
    ["''", { kind: 'string', text: '' }],
    ['42', { kind: 'number', num: 42 }],
    ['-1.5e3', { kind: 'number', num: -1500 }],
    ['2024-07-01T00:00:00Z', { kind: 'datetime', millis: Date.UTC(2024, 6, 1) }],
    ['2023-08-16T13:00:00.0Z', { kind: 'datetime', millis: Date.UTC(2023, 7, 16, 13) }],
    ['2020-03-13T19:15:41.6195833Z', { kind: 'datetime', millis: Date.UTC(2020, 2, 13, 19, 15, 41, 619) }],
    ['2024-07-01T09:00:00+09:00', { kind: 'datetime', millis: Date.UTC(2024, 6, 1) }],
    ['2018-01-24', { kind: 'datetime', millis: Date.UTC(2018, 0, 24) }],
    ['2024-02-29', { kind: 'datetime', millis: Date.UTC(2024, 1, 29) }],
    ['de8bc8b5-d9f9-48b1-a8ad-b748da725064', { kind: 'guid', text: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064' }],
    ['00000003-0000-0000-c000-000000000000', { kind: 'guid' }],
    ['riskEventTypes_v2', { kind: 'ident', text: 'riskEventTypes_v2' }],
  ])('%s', (text, expected) => {
    expect(tokenize(text)[0]).toMatchObject(expected);
  });

  it.each([
    ["'open", "unterminated string starting at 1"],
    ['2023-02-29', "invalid date-time '2023-02-29' at 1"],
    ['2024-07-01T24:00:00Z', 'invalid date-time'],
    ['2024-13-01', 'invalid date-time'],
    ['2024-07-01T00:00:00', "needs 'Z' or an offset"],
    ['12abc', "malformed literal '12abc' at 1"],
    ['"x"', 'OData strings use single quotes'],
    ['a # b', "unexpected character '#' at 3"],
    ['1e999', 'out of range'],
  ])('refuses %s', (text, message) => {
    expect(() => tokenize(text)).toThrow(message);
  });
});

describe('parseFilter', () => {
  it('builds comparisons with every operator', () => {
    for (const op of ['eq', 'ne', 'gt', 'ge', 'lt', 'le']) {
      expect(ast(`status/errorCode ${op} 0`)).toEqual(cmp('status/errorCode', op, { kind: 'number', value: 0 }));
    }
  });

  it('accepts operator and function names in any case', () => {
    expect(ast("userId EQ 'a' AND NOT startswith(appDisplayName,'G')")).toEqual({
      kind: 'and',
      left: cmp('userId', 'eq', { kind: 'string', value: 'a' }),
      right: { kind: 'not', operand: { kind: 'startsWith', field: 'appDisplayName', value: 'G' } },
    });
  });

  it('gives and precedence over or, and associates to the left', () => {
    const a = cmp('a', 'eq', { kind: 'number', value: 1 });
    const b = cmp('b', 'eq', { kind: 'number', value: 2 });
    const c = cmp('c', 'eq', { kind: 'number', value: 3 });
    expect(ast('a eq 1 or b eq 2 and c eq 3')).toEqual({ kind: 'or', left: a, right: { kind: 'and', left: b, right: c } });
    expect(ast('(a eq 1 or b eq 2) and c eq 3')).toEqual({ kind: 'and', left: { kind: 'or', left: a, right: b }, right: c });
    expect(ast('a eq 1 and b eq 2 and c eq 3')).toEqual({ kind: 'and', left: { kind: 'and', left: a, right: b }, right: c });
  });

  it('parses in lists, null, booleans and GUIDs', () => {
    expect(ast("userId in ('a', null, 00000003-0000-0000-c000-000000000000)")).toEqual({
      kind: 'in',
      field: 'userId',
      values: [{ kind: 'string', value: 'a' }, { kind: 'null' }, { kind: 'guid', value: '00000003-0000-0000-c000-000000000000' }],
    });
    expect(ast('isInteractive eq TRUE')).toEqual(cmp('isInteractive', 'eq', { kind: 'boolean', value: true }));
  });

  it('parses a lambda, replacing its variable by the element marker', () => {
    expect(ast("signInEventTypes/any(t: t eq 'interactiveUser' or t ne 'servicePrincipal')")).toEqual({
      kind: 'any',
      field: 'signInEventTypes',
      variable: 't',
      body: {
        kind: 'or',
        left: cmp(LAMBDA_ELEMENT, 'eq', { kind: 'string', value: 'interactiveUser' }),
        right: cmp(LAMBDA_ELEMENT, 'ne', { kind: 'string', value: 'servicePrincipal' }),
      },
    });
  });

  it("reads startsWith(x,'y') eq true / eq false as the condition / its negation", () => {
    expect(ast("startsWith(ipAddress,'10.') eq true")).toEqual({ kind: 'startsWith', field: 'ipAddress', value: '10.' });
    expect(ast("startsWith(ipAddress,'10.') eq false")).toEqual({
      kind: 'not',
      operand: { kind: 'startsWith', field: 'ipAddress', value: '10.' },
    });
  });

  it('keeps nested paths as written', () => {
    expect(ast("Location/CountryOrRegion eq 'JP'")).toMatchObject({ field: 'Location/CountryOrRegion' });
  });

  it.each([
    ['', 'filter is empty at 1'],
    ["userId eq 'a' and", 'expected a property'],
    ["userId 'a'", "expected an operator (eq, ne, gt, ge, lt, le, in) after 'userId', found the string 'a' at 8"],
    ['userId eq', 'expected a value, found the end of the filter at 10'],
    ['userId eq abc', 'strings need single quotes'],
    ["'a' eq userId", "expected a property, '(' or 'not', found the string 'a' at 1"],
    ["(userId eq 'a'", "expected ')', found the end of the filter at 15"],
    ["userId eq 'a')", "expected 'and', 'or' or the end of the filter, found ')' at 14"],
    ["contains(userId,'a')", "function 'contains' is not supported (only startsWith is) at 1"],
    ["startsWith(userId, 5)", 'startsWith needs a quoted string prefix'],
    ['userId in ()', 'expected a value'],
    ["userId has 'a'", "operator 'has' is not supported at 8"],
    ["signInEventTypes/all(t: t eq 'a')", "lambda 'all' is not supported"],
    ['signInEventTypes/any()', 'any() needs a condition'],
    ["signInEventTypes/any(t: t/x eq 'a')", "lambda variable 't' has no properties"],
    ["signInEventTypes/any(and: and eq 'a')", 'is a keyword'],
    ["a/any(t: b/any(u: u eq 'x'))", 'lambdas cannot be nested'],
  ])('refuses %j', (text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  it('reports errors with the label, the InvalidFilter code and the position', () => {
    expect(() => parseFilter('usr eq')).toThrow(expect.objectContaining({ code: 'InvalidFilter', details: { position: 7 } }));
    expect(errorOf('usr eq')).toMatch(/^\$filter: /);
    expect(() => parseFilter('usr eq', '--filter')).toThrow(/^--filter: expected a value/);
  });

  it('bounds length, nesting, number of conditions and in-list size', () => {
    expect(errorOf('x'.repeat(FILTER_LIMITS.maxLength + 1))).toContain('longer than');
    expect(errorOf(`${'('.repeat(40)}a eq 1${')'.repeat(40)}`)).toContain('nested more than');
    expect(errorOf(`${'not '.repeat(40)}a eq 1`)).toContain('nested more than');
    expect(errorOf(Array.from({ length: 101 }, () => 'a eq 1').join(' or '))).toContain('more than 100 conditions');
    expect(errorOf(`a in (${Array.from({ length: 201 }, (_, i) => i).join(',')})`)).toContain('more than 200 values');
    expect(() => parseFilter(Array.from({ length: 100 }, () => 'a eq 1').join(' or '))).not.toThrow();
  });
});
