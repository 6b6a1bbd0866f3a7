// Dropping always-true type clauses: all four types in a lambda or an `in` go away (also inside
// an `and`), anything narrower or of another shape stays.
import { describe, expect, it } from 'vitest';
import { parseODataFilter } from './odata-filter.js';
import { dropAllTypesClauses } from './drop-all-types.js';
import { printFilter } from './odata-printer.js';

const ALL = "signInEventTypes/any(t: t eq 'interactiveUser' or t eq 'nonInteractiveUser' or t eq 'servicePrincipal' or t eq 'managedIdentity')";

const run = (text: string) => {
  const out = dropAllTypesClauses(parseODataFilter(text, 'beta'));
  return out ? printFilter(out) : undefined;
};

describe('dropAllTypesClauses', () => {
  it.each([
    [ALL, undefined],
    [`${ALL} and status/errorCode eq 50126`, 'status/errorCode eq 50126'],
    [`outcome eq 'failure' and ${ALL}`, "outcome eq 'failure'"],
    ["signInType in ('interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity')", undefined],
  ])('drops %s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it.each([
    "signInEventTypes/any(t: t eq 'interactiveUser' or t eq 'nonInteractiveUser')",
    "signInEventTypes/any(t: t ne 'interactiveUser')",
    `${ALL} or status/errorCode eq 50126`,
    `not (${ALL})`,
  ])('keeps %s', (input) => {
    const parsed = parseODataFilter(input, 'beta');
    expect(dropAllTypesClauses(parsed)).toEqual(parsed);
  });
});
