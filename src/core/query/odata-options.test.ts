// OData system query options of signIns: $top, $orderby, $select, $count, $skiptoken, the optional `$`, repeats,
// and unknown options (400 as in Graph).
import { describe, expect, it } from 'vitest';
import { parseGetOptions, parseListOptions, queryKey } from './odata-options.js';

const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('parseListOptions', () => {
  it('has Graph defaults', () => {
    expect(parseListOptions({}, 'beta')).toMatchObject({ top: 1000, order: 'desc', count: false, filter: undefined, select: undefined });
  });

  it('accepts option names in any case, with or without $', () => {
    const o = parseListOptions({ top: '10', $orderBy: 'createdDateTime DESC', $FILTER: "userId eq 'a'", Count: 'TRUE' }, 'v1.0');
    expect(o).toMatchObject({ top: 10, topGiven: true, order: 'desc', orderGiven: true, count: true, filterText: "userId eq 'a'" });
    expect(parseListOptions({ $orderby: ' createdDateTime  asc ' }, 'beta').order).toBe('asc');
    expect(parseListOptions({ $orderby: 'createddatetime' }, 'beta').order).toBe('desc');
  });

  it('ignores parameters that are not options, as Graph does', () => {
    expect(parseListOptions({ api: 'x', source: 'sp' }, 'beta').top).toBe(1000);
  });

  it.each([
    [{ $top: '0' }, 'Invalid value for $top'],
    [{ $top: '1001' }, 'expected a whole number from 1 to 1000'],
    [{ $top: '-1' }, 'Invalid value for $top'],
    [{ $top: '10.5' }, 'Invalid value for $top'],
    [{ $top: '' }, 'Invalid value for $top'],
    [{ $orderby: 'userId' }, "only 'createdDateTime asc' or 'createdDateTime desc' is supported"],
    [{ $orderby: 'createdDateTime desc,id' }, 'Invalid value for $orderby'],
    [{ $count: 'yes' }, 'Invalid value for $count'],
    [{ $select: 'id,,userId' }, 'empty property name'],
    [{ $select: 'status/errorCode' }, 'only top-level properties'],
    [{ $select: 'nope' }, "unknown property 'nope'"],
    [{ $skip: '10' }, "Query option '$skip' is not supported on signIns"],
    [{ $expand: 'x' }, "Query option '$expand' is not supported"],
    [{ $search: 'x' }, "Query option '$search' is not supported"],
    [{ $top: ['1', '2'] }, "Query option '$top' was given more than once"],
    [{ $top: '1', top: '2' }, "Query option '$top' was given more than once"],
    [{ $filter: '' }, '$filter: filter is empty at 1'],
  ])('refuses %j', (raw, message) => {
    expect(errorOf(() => parseListOptions(raw, 'beta'))).toContain(message);
  });

  it('selects top-level properties by case-insensitive name, per API version', () => {
    expect(parseListOptions({ $select: 'ID, userprincipalname,id' }, 'v1.0').select).toEqual(['id', 'userPrincipalName']);
    expect(parseListOptions({ $select: 'userAgent' }, 'beta').select).toEqual(['userAgent']);
    expect(parseListOptions({ $select: '*' }, 'beta').select).toBeUndefined();
    expect(errorOf(() => parseListOptions({ $select: 'userAgent' }, 'v1.0'))).toContain("property 'userAgent' exists only in the beta API");
  });

  it('binds skip tokens to a normalised query key', () => {
    const a = parseListOptions({ $filter: "STATUS/ERRORCODE EQ 0 AND userId eq 'x'", $top: '5' }, 'beta');
    const b = parseListOptions({ filter: "status/errorCode eq 0 and (userId eq 'x')", top: '5', $orderby: 'createdDateTime desc' }, 'beta');
    expect(queryKey('beta', a)).toBe(queryKey('beta', b));
    expect(queryKey('v1.0', a)).not.toBe(queryKey('beta', a));
  });
});

describe('parseGetOptions', () => {
  it('allows only $select on a single sign-in', () => {
    expect(parseGetOptions({ $select: 'id' }, 'beta').select).toEqual(['id']);
    expect(errorOf(() => parseGetOptions({ $filter: "id eq 'a'" }, 'beta'))).toBe("Query option '$filter' is not allowed on a single sign-in");
    expect(errorOf(() => parseGetOptions({ $top: '1' }, 'beta'))).toContain('not allowed');
  });
});
