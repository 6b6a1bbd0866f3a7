// The filter printer: examples of its output, and the fast-check property that any valid AST prints to text that
// parses and validates back to the same AST.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAMBDA_ELEMENT, type FilterNode, type Literal } from './ast.js';
import { FIELDS, type FieldSpec } from './fields.js';
import { parseODataFilter } from './odata-filter.js';
import { allowedOps } from './odata-validate.js';
import { printFilter } from './odata-printer.js';

const literalFor = (spec: FieldSpec): fc.Arbitrary<Literal> => {
  switch (spec.type) {
    case 'string':
      return fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 12 }).map((value) => ({ kind: 'string' as const, value })),
        fc.string({ maxLength: 6 }).map((s) => ({ kind: 'string' as const, value: `it's ${s}''` })),
        fc.uuid().map((value) => ({ kind: 'guid' as const, value })),
      );
    case 'enum':
      return spec.values
        ? fc.constantFrom(...spec.values).map((value) => ({ kind: 'string' as const, value }))
        : fc.string().map((value) => ({ kind: 'string' as const, value }));
    case 'int':
      return fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }).map((value) => ({ kind: 'number' as const, value }));
    case 'bool':
      return fc.boolean().map((value) => ({ kind: 'boolean' as const, value }));
    case 'datetime':
      return fc
        .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
        .chain((d) =>
          fc.constantFrom(
            { kind: 'datetime' as const, value: d.toISOString(), millis: d.getTime() },
            { kind: 'datetime' as const, value: d.toISOString().slice(0, 10), millis: Date.parse(d.toISOString().slice(0, 10)) },
          ),
        );
  }
};

const filterable = Object.entries(FIELDS).filter(([, s]) => allowedOps(s).some((o) => o !== 'any'));
const EVENT_TYPES = FIELDS.signInEventTypes?.values ?? [];

const predicate: fc.Arbitrary<FilterNode> = fc.constantFrom(...filterable).chain(([field, spec]) =>
  fc.constantFrom(...allowedOps(spec).filter((o) => o !== 'any')).chain((op): fc.Arbitrary<FilterNode> => {
    const lit = literalFor(spec);
    if (op === 'startsWith') return fc.string({ maxLength: 8 }).map((value) => ({ kind: 'startsWith', field, value }));
    if (op === 'in') {
      return fc.array(fc.oneof({ weight: 5, arbitrary: lit }, { weight: 1, arbitrary: fc.constant<Literal>({ kind: 'null' }) }), {
        minLength: 1,
        maxLength: 4,
      }).map((values) => ({ kind: 'in', field, values }));
    }
    const value = op === 'eq' || op === 'ne' ? fc.oneof({ weight: 6, arbitrary: lit }, { weight: 1, arbitrary: fc.constant<Literal>({ kind: 'null' }) }) : lit;
    return value.map((v) => ({ kind: 'compare', op, field, value: v }));
  }),
);

const elementTest: fc.Arbitrary<FilterNode> = fc
  .record({ op: fc.constantFrom('eq' as const, 'ne' as const), value: fc.constantFrom(...EVENT_TYPES) })
  .map(({ op, value }) => ({ kind: 'compare', op, field: LAMBDA_ELEMENT, value: { kind: 'string', value } }));

const lambda: fc.Arbitrary<FilterNode> = fc
  .record({
    variable: fc.constantFrom('t', 'x', 'eventType'),
    body: fc.oneof(
      elementTest,
      fc.tuple(fc.constantFrom('and' as const, 'or' as const), elementTest, elementTest).map(([kind, left, right]): FilterNode => ({ kind, left, right })),
      elementTest.map((operand): FilterNode => ({ kind: 'not', operand })),
    ),
  })
  .map(({ variable, body }) => ({ kind: 'any', field: 'signInEventTypes', variable, body }));

const { tree } = fc.letrec<{ tree: FilterNode }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: predicate },
    { weight: 1, arbitrary: lambda },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('and' as const, 'or' as const), tie('tree'), tie('tree')).map(([kind, left, right]): FilterNode => ({ kind, left, right })) },
    { weight: 1, arbitrary: tie('tree').map((operand): FilterNode => ({ kind: 'not', operand })) },
  ),
}));

describe('printFilter', () => {
  it('prints normal form text', () => {
    expect(printFilter(parseODataFilter("STARTSWITH(appDisplayName,'Graph') and (Status/ErrorCode eq 0 or userId eq 'O''Neil')", 'beta'))).toBe(
      "startsWith(appDisplayName, 'Graph') and (status/errorCode eq 0 or userId eq 'O''Neil')",
    );
    expect(printFilter(parseODataFilter("not (signInEventTypes/any(t:t ne 'interactiveUser'))", 'beta'))).toBe(
      "not (signInEventTypes/any(t: t ne 'interactiveUser'))",
    );
  });

  it('parenthesises a right operand of the same precedence so the tree survives', () => {
    const a: FilterNode = { kind: 'compare', op: 'eq', field: 'userId', value: { kind: 'string', value: 'a' } };
    const right: FilterNode = { kind: 'and', left: a, right: a };
    expect(printFilter({ kind: 'and', left: a, right })).toBe("userId eq 'a' and (userId eq 'a' and userId eq 'a')");
  });

  it('round-trips: every valid AST prints to text that parses to the same AST', () => {
    fc.assert(
      fc.property(tree, (ast) => {
        expect(parseODataFilter(printFilter(ast), 'beta')).toEqual(ast);
      }),
      { numRuns: 1000 },
    );
  });
});
