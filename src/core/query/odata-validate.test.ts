// $filter validation against the field registry: every property × operator (accepted/refused) on both API
// versions, literal types, enum values, lambdas, case-insensitive names, and Graph's documented example queries.
import { describe, expect, it } from 'vitest';
import type { FieldOp } from './ast.js';
import { FIELDS, type FieldSpec } from './fields.js';
import { parseODataFilter } from './odata-filter.js';
import { allowedOps, type ApiVersion } from './odata-validate.js';

const ALL_OPS: readonly FieldOp[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'startsWith', 'in', 'any'];

const sample = (spec: FieldSpec): string => {
  switch (spec.type) {
    case 'string':
      return "'x'";
    case 'enum':
      return `'${spec.values?.[0] ?? 'x'}'`;
    case 'int':
      return '1';
    case 'bool':
      return 'true';
    case 'datetime':
      return '2024-07-01T00:00:00Z';
  }
};

const filterFor = (field: string, spec: FieldSpec, op: FieldOp): string => {
  const lit = sample(spec);
  switch (op) {
    case 'startsWith':
      return `startsWith(${field}, 'x')`;
    case 'in':
      return `${field} in (${lit}, ${lit})`;
    case 'any':
      return `${field}/any(t: t eq ${lit})`;
    default:
      return `${field} ${op} ${lit}`;
  }
};

const tryParse = (text: string, api: ApiVersion): string | undefined => {
  try {
    parseODataFilter(text, api);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
};

const cases = Object.entries(FIELDS).flatMap(([field, spec]) =>
  ALL_OPS.map((op) => ({ field, spec, op, allowed: allowedOps(spec).includes(op) })),
);

describe('every registry property × operator', () => {
  it.each(cases)('beta: $field $op', ({ field, spec, op, allowed }) => {
    const error = tryParse(filterFor(field, spec, op), 'beta');
    if (allowed) expect(error).toBeUndefined();
    else if (op === 'any') expect(error).toContain(`lambda any() is not supported on '${field}'`);
    else expect(error).toContain(`operator '${op}' is not supported on '${field}'`);
  });

  it.each(cases)('v1.0: $field $op', ({ field, spec, op, allowed }) => {
    const text = filterFor(field, spec, op);
    const error = tryParse(text, 'v1.0');
    if (spec.betaOnly) expect(error).toBe(`$filter: property '${field}' exists only in the beta API, not v1.0 at ${text.indexOf(field) + 1}`);
    else if (allowed) expect(error).toBeUndefined();
    else expect(error).toMatch(/is not supported on/);
  });

  it('always accepts the operators Graph documents', () => {
    for (const [field, spec] of Object.entries(FIELDS)) {
      for (const op of spec.graphOps) expect(tryParse(filterFor(field, spec, op), 'beta'), `${field} ${op}`).toBeUndefined();
    }
  });

  it('says which operators a property supports', () => {
    expect(tryParse("userPrincipalName gt 'a'", 'beta')).toBe(
      "$filter: operator 'gt' is not supported on 'userPrincipalName' at 19 (supported: eq, startsWith, ne, in)",
    );
  });
});

describe('literal types', () => {
  const typed = Object.entries(FIELDS).filter(([, s]) => allowedOps(s).includes('eq'));
  const wrongFor: Record<FieldSpec['type'], string> = {
    string: '5',
    enum: 'true',
    int: "'5'",
    bool: "'true'",
    datetime: "'2024-07-01T00:00:00Z'",
  };
  it.each(typed)('%s refuses a literal of the wrong type', (field, spec) => {
    expect(tryParse(`${field} eq ${wrongFor[spec.type]}`, 'beta')).toMatch(new RegExp(`'${field.replace('/', '\\/')}' needs `));
  });

  it.each([
    ["createdDateTime ge '2021-09-07T00:00:00Z'", "'createdDateTime' needs an unquoted date-time such as 2024-07-01T00:00:00Z, found a string '2021-09-07T00:00:00Z' at 20"],
    ["createdDateTime ge '01-SEP-2021'", 'needs an unquoted date-time'],
    ['status/errorCode eq 1.5', "'status/errorCode' needs a whole number, found a number at 21"],
    ['status/errorCode eq 99999999999999999999', 'needs a whole number'],
    ["conditionalAccessStatus eq 'applied'", "'conditionalAccessStatus' has no value 'applied' at 28 (expected one of success, failure, notApplied, unknownFutureValue)"],
    ["outcome in ('failure', 'broken')", "'outcome' has no value 'broken' at 24"],
    ['status/errorCode gt null', "null can only be compared with eq or ne, not 'gt' at 21"],
  ])('%s', (text, message) => {
    expect(tryParse(text, 'beta')).toContain(message);
  });

  it('accepts null with eq, ne and in, and GUIDs for string properties', () => {
    for (const t of ['userId eq null', 'userId ne null', "userId in ('a', null)", 'appId eq de8bc8b5-d9f9-48b1-a8ad-b748da725064']) {
      expect(tryParse(t, 'beta'), t).toBeUndefined();
    }
  });
});

describe('names and values', () => {
  it('maps property names case-insensitively to registry keys and enum values to their canonical case', () => {
    expect(parseODataFilter("Status/ErrorCode eq 0 and CONDITIONALACCESSSTATUS eq 'NOTAPPLIED'", 'v1.0')).toEqual({
      kind: 'and',
      left: { kind: 'compare', op: 'eq', field: 'status/errorCode', value: { kind: 'number', value: 0 } },
      right: { kind: 'compare', op: 'eq', field: 'conditionalAccessStatus', value: { kind: 'string', value: 'notApplied' } },
    });
  });

  it('names unknown properties with their position', () => {
    expect(tryParse("usr eq 'x'", 'beta')).toBe("$filter: unknown property 'usr' at 1");
    expect(tryParse("userId eq 'a' or isRisky eq true", 'beta')).toBe("$filter: unknown property 'isRisky' at 18");
  });
});

describe('lambda any() on signInEventTypes', () => {
  it.each(['eq', 'ne'])('accepts %s on the element', (op) => {
    expect(tryParse(`signInEventTypes/any(t: t ${op} 'servicePrincipal')`, 'beta')).toBeUndefined();
  });
  it.each(['gt', 'ge', 'lt', 'le'])('refuses %s on the element', (op) => {
    expect(tryParse(`signInEventTypes/any(t: t ${op} 'servicePrincipal')`, 'beta')).toContain(
      `operator '${op}' is not supported on the elements of 'signInEventTypes' (lambda variable 't')`,
    );
  });
  it('refuses startsWith and in on the element, unknown values and outer properties in the body', () => {
    expect(tryParse("signInEventTypes/any(t: startsWith(t, 'inter'))", 'beta')).toContain("operator 'startsWith' is not supported");
    expect(tryParse("signInEventTypes/any(t: t in ('interactiveUser'))", 'beta')).toContain("operator 'in' is not supported");
    expect(tryParse("signInEventTypes/any(t: t eq 'robot')", 'beta')).toContain("'signInEventTypes' has no value 'robot'");
    expect(tryParse("signInEventTypes/any(t: t eq 'interactiveUser' or userId eq 'x')", 'beta')).toContain(
      "only the lambda variable 't' can be used inside any(), not 'userId'",
    );
  });
  it('refuses comparing the collection itself', () => {
    expect(tryParse("signInEventTypes eq 'interactiveUser'", 'beta')).toContain(
      "operator 'eq' is not supported on 'signInEventTypes' at 18 (use signInEventTypes/any(t: t eq '...'))",
    );
  });
});

describe("Graph's documented example queries", () => {
  const accepted: readonly [string, ApiVersion][] = [
    ["userPrincipalName eq 'testaccount1@contoso.com'", 'v1.0'],
    ["appId eq 'de8bc8b5-d9f9-48b1-a8ad-b748da725064'", 'v1.0'],
    ['status/errorCode eq 0', 'v1.0'],
    ['status/errorCode eq 50126', 'beta'],
    ["location/countryOrRegion eq 'US'", 'v1.0'],
    ["location/city eq 'Redmond'", 'v1.0'],
    ["startsWith(location/state,'Wash')", 'v1.0'],
    ["deviceDetail/browser eq 'Edge 80.0.361'", 'v1.0'],
    ["startsWith(deviceDetail/operatingSystem,'Windows')", 'v1.0'],
    ["startsWith(appDisplayName,'Graph')", 'v1.0'],
    ["startswith(appDisplayName,'Graph')", 'v1.0'],
    ["startsWith(userDisplayName,'Test')", 'v1.0'],
    ["startsWith(ipAddress,'131.107')", 'v1.0'],
    ["resourceDisplayName eq 'Microsoft Graph'", 'v1.0'],
    ["resourceId eq '00000003-0000-0000-c000-000000000000'", 'v1.0'],
    ["clientAppUsed eq 'Browser'", 'v1.0'],
    ["conditionalAccessStatus eq 'success'", 'v1.0'],
    ["correlationId eq 'd79f5bee-5860-4832-928f-3133e22ae912'", 'v1.0'],
    ["riskState eq 'atRisk'", 'v1.0'],
    ["RiskState eq 'AtRisk'", 'v1.0'],
    ["riskLevelDuringSignIn eq 'high'", 'v1.0'],
    ['createdDateTime ge 2024-07-01T00:00:00Z and createdDateTime le 2024-07-14T00:00:00Z', 'v1.0'],
    ['createdDateTime ge 2023-08-16T13:00:00.0Z', 'v1.0'],
    ['createdDateTime le 2018-01-24', 'v1.0'],
    ["(signInEventTypes/any(t: t ne 'interactiveUser'))", 'beta'],
    ["signInEventTypes/any(t: t eq 'nonInteractiveUser')", 'beta'],
    ["signInEventTypes/any(t: t eq 'interactiveUser' or t eq 'nonInteractiveUser')", 'beta'],
    ["signInEventTypes/any(t: t eq 'servicePrincipal' or t eq 'managedIdentity' or t eq 'interactiveUser' or t eq 'nonInteractiveUser')", 'beta'],
    ["(createdDateTime ge 2024-07-01T00:00:00Z) and (appId eq 'de8bc8b5-d9f9-48b1-a8ad-b748da725064') and signInEventTypes/any(t: t eq 'servicePrincipal')", 'beta'],
    ["servicePrincipalId eq 'a1' and signInEventTypes/any(t: t eq 'servicePrincipal')", 'beta'],
    ["startsWith(servicePrincipalName,'Contoso')", 'beta'],
    ["authenticationRequirement eq 'multiFactorAuthentication'", 'beta'],
    ["startsWith(userAgent,'Mozilla')", 'beta'],
    ["appOwnerTenantId eq 'x' and resourceOwnerTenantId eq 'y' and originalRequestId eq 'z'", 'beta'],
    ["tokenIssuerType eq 'AzureAD' and tokenIssuerName eq ''", 'beta'],
    // Beyond Graph (ours, documented in docs/api.md).
    ['status/errorCode ne 0', 'v1.0'],
    ['status/errorCode in (50126, 50053, 50055)', 'v1.0'],
    ['createdDateTime gt 2024-07-01T00:00:00Z and createdDateTime lt 2024-07-02T00:00:00Z', 'v1.0'],
    ["outcome eq 'failure' and errorCategory eq 'credentials'", 'v1.0'],
    ["signInType in ('servicePrincipal', 'managedIdentity')", 'beta'],
    ["startsWith(failureReason,'Invalid')", 'beta'],
  ];
  it.each(accepted)('accepts %s (%s)', (text, api) => {
    expect(tryParse(text, api)).toBeUndefined();
  });

  const refused: readonly [string, ApiVersion, string][] = [
    ["createdDateTime ge '2021-09-07T00:00:00Z'", 'v1.0', 'needs an unquoted date-time'],
    ["authenticationDetails/any(d: d/authenticationMethod eq 'Password')", 'beta', "lambda variable 'd' has no properties"],
    ['isRisky eq true', 'v1.0', "unknown property 'isRisky'"],
    ["signInEventTypes/any(t: t eq 'nonInteractiveUser')", 'v1.0', 'exists only in the beta API'],
    ["userAgent eq 'x'", 'v1.0', 'exists only in the beta API'],
    ["createdDateTime ge 2024-07-01T00:00:00Z and userPrincipalName le 'm'", 'v1.0', "operator 'le' is not supported on 'userPrincipalName' at 63"],
  ];
  it.each(refused)('refuses %s (%s)', (text, api, message) => {
    expect(tryParse(text, api)).toContain(message);
  });
});
