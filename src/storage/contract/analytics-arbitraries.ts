/** Building blocks and random data for the analytics contract (its property test). */
import fc from 'fast-check';
import type { FilterNode, Literal } from '../../core/query/ast.js';
import type { SignIn } from '../../core/model/sign-in-schema.js';
import type { AggregateQuery } from '../../core/analytics/store-types.js';
import type { GroupDimension } from '../../core/analytics/dimensions.js';
import { makeSignIn } from './fixtures.js';

export const H = 3_600_000;
export const T0 = Date.UTC(2024, 6, 1);
export const s = (value: string): Literal => ({ kind: 'string', value });
export const n = (value: number): Literal => ({ kind: 'number', value });
export const dt = (millis: number): Literal => ({ kind: 'datetime', value: new Date(millis).toISOString(), millis });
export const eq = (field: string, value: Literal): FilterNode => ({ kind: 'compare', op: 'eq', field, value });
export const cmp = (field: string, op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le', value: Literal): FilterNode => ({ kind: 'compare', op, field, value });
export const and = (left: FilterNode, right: FilterNode): FilterNode => ({ kind: 'and', left, right });

// ---- random data and queries for the property test ----

export const CODES = [0, 0, 0, 50126, 50053, 50074, 50076, 53003, 700016, 65001, 999999];
export const APPS = ['Teams', 'Outlook', 'Graph Explorer', null];
export const COUNTRIES = ['JP', 'US', 'DE', null];
export const USERS = ['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com', null];
export const IPS = ['203.0.113.1', '203.0.113.2', '198.51.100.7', null];
export const TYPES = ['interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity'];
export const ZONES = ['UTC', 'Asia/Tokyo', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
/** Three weeks around a DST change in New York (2024-11-03): hours, days and weeks of rollups. */
export const START = Date.UTC(2024, 10, 1, 0, 0, 0);
export const SPAN = 21 * 24 * H;

export interface Rec {
  at: number;
  code: number;
  app: string | null;
  country: string | null;
  user: string | null;
  ip: string | null;
  type: string;
}

export const signInArb: fc.Arbitrary<Rec> = fc.record({
  at: fc.integer({ min: 0, max: SPAN - 1 }),
  code: fc.constantFrom(...CODES),
  app: fc.constantFrom(...APPS),
  country: fc.constantFrom(...COUNTRIES),
  user: fc.constantFrom(...USERS),
  ip: fc.constantFrom(...IPS),
  type: fc.constantFrom(...TYPES),
});

export const toSignIn = (r: Rec, i: number): SignIn =>
  makeSignIn(i, {
    id: `p-${i}`,
    createdDateTime: new Date(START + r.at).toISOString(),
    status: { errorCode: r.code, failureReason: r.code ? 'x' : 'Other.', additionalDetails: null },
    appDisplayName: r.app ?? undefined,
    appId: r.app ? `app-${r.app}` : undefined,
    userPrincipalName: r.user ?? undefined,
    ipAddress: r.ip ?? undefined,
    location: r.country ? { countryOrRegion: r.country, city: null, state: null } : undefined,
    signInEventTypes: [r.type],
  } as Partial<SignIn>);

/** A time bound: hour-aligned or not. */
export const timeArb = fc.oneof(
  fc.integer({ min: 0, max: SPAN / H }).map((h) => START + h * H),
  fc.integer({ min: 0, max: SPAN / (24 * H) }).map((d) => START + d * 24 * H),
  fc.integer({ min: -H, max: SPAN + H }).map((t) => START + t),
);

export const atomArb: fc.Arbitrary<FilterNode> = fc.oneof(
  fc.constantFrom('success', 'failure', 'interrupted').map((v) => eq('outcome', s(v))),
  fc.constantFrom('success', 'failure').map((v): FilterNode => cmp('outcome', 'ne', s(v))),
  fc.constantFrom(...CODES).map((c) => eq('status/errorCode', n(c))),
  fc.constantFrom(...CODES).map((c): FilterNode => cmp('status/errorCode', 'ne', n(c))),
  fc.constantFrom('credentials', 'mfa', 'none', 'other').map((v) => eq('errorCategory', s(v))),
  fc.constantFrom(...TYPES).map((v) => eq('signInType', s(v))),
  fc.constantFrom('Teams', 'Outlook', 'Graph Explorer').map((v) => eq('appDisplayName', s(v))),
  fc.constantFrom('Gr', 'te', 'O').map((v): FilterNode => ({ kind: 'startsWith', field: 'appDisplayName', value: v })),
  fc.constantFrom('JP', 'US').map((v) => eq('location/countryOrRegion', s(v))),
  fc.constantFrom('a@x.com', 'B@X.com').map((v) => eq('userPrincipalName', s(v))),
  fc.constantFrom(...IPS.filter((x) => x !== null)).map((v) => eq('ipAddress', s(v))),
  fc.constant(eq('appDisplayName', { kind: 'null' })),
  fc.constant<FilterNode>({ kind: 'in', field: 'outcome', values: [s('failure'), s('interrupted')] }),
  timeArb.map((t): FilterNode => cmp('createdDateTime', 'ge', dt(t))),
  timeArb.map((t): FilterNode => cmp('createdDateTime', 'lt', dt(t))),
  timeArb.map((t): FilterNode => cmp('createdDateTime', 'le', dt(t))),
);

export const filterArb: fc.Arbitrary<FilterNode | undefined> = fc.oneof(
  fc.constant(undefined),
  atomArb,
  fc.tuple(atomArb, atomArb).map(([a, b]) => and(a, b)),
  fc.tuple(atomArb, atomArb, atomArb).map(([a, b, c]) => and(and(a, b), c)),
  fc.tuple(atomArb, atomArb).map(([a, b]): FilterNode => ({ kind: 'or', left: a, right: b })),
  fc.tuple(atomArb, atomArb).map(([a, b]): FilterNode => and(a, { kind: 'not', operand: b })),
);

export const DIMS: readonly GroupDimension[] = ['outcome', 'errorCode', 'errorCategory', 'actor', 'signInType', 'appDisplayName', 'userPrincipalName', 'ipAddress', 'country'];

export const queryArb: fc.Arbitrary<AggregateQuery> = fc.record({
  filter: filterArb,
  groupBy: fc.uniqueArray(fc.constantFrom(...DIMS), { maxLength: 2 }),
  bucket: fc.option(fc.record({ unit: fc.constantFrom('hour' as const, 'day' as const, 'week' as const), timeZone: fc.constantFrom(...ZONES) }), { nil: undefined }),
  top: fc.integer({ min: 1, max: 4 }),
  distinctUsers: fc.boolean(),
  withOther: fc.boolean(),
});
