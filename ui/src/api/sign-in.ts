/**
 * The part of Graph's beta `signIn` resource the UI shows, and the flat row the list keeps per
 * sign-in. The list drops the full document as soon as a page arrives (a million loaded rows must
 * fit in a tab); the detail panel fetches the full record by id.
 */
import { isObject, list, obj, optBool, optNum, optStr, str, strList, type Json } from './decode.js';

export const SIGN_IN_TYPES = ['interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity'] as const;
export type SignInType = (typeof SIGN_IN_TYPES)[number];

/** The full record, kept loose: every property may be null, "" or absent in Graph data. */
export type SignInRecord = Json & { readonly id: string; readonly createdDateTime: string };

export interface ListRow {
  readonly id: string;
  readonly createdDateTime: string;
  readonly userDisplayName?: string | undefined;
  readonly userPrincipalName?: string | undefined;
  readonly appDisplayName?: string | undefined;
  readonly appId?: string | undefined;
  readonly resourceDisplayName?: string | undefined;
  readonly ipAddress?: string | undefined;
  readonly city?: string | undefined;
  readonly country?: string | undefined;
  readonly errorCode: number;
  readonly failureReason?: string | undefined;
  readonly clientAppUsed?: string | undefined;
  readonly conditionalAccessStatus?: string | undefined;
  readonly signInType?: SignInType | undefined;
  readonly authenticationRequirement?: string | undefined;
  readonly browser?: string | undefined;
  readonly operatingSystem?: string | undefined;
  readonly correlationId?: string | undefined;
  readonly servicePrincipalName?: string | undefined;
}

export interface SignInPage {
  readonly rows: ListRow[];
  readonly nextLink?: string | undefined;
}

/**
 * Few distinct values repeat across millions of rows (application, resource, client app, city,
 * browser...); every JSON.parse makes a fresh copy of each. One shared copy per value keeps a
 * million loaded rows in a fraction of the memory. Bounded so a high-cardinality field cannot
 * grow it without limit.
 */
const pool = new Map<string, string>();
const POOL_MAX = 50_000;
const shared = (v: string | undefined): string | undefined => {
  if (v === undefined) return undefined;
  const hit = pool.get(v);
  if (hit !== undefined) return hit;
  if (pool.size < POOL_MAX) pool.set(v, v);
  return v;
};

const sub = (o: Json, key: string): Json => {
  const v = o[key];
  return isObject(v) ? v : {};
};

export const signInTypeOf = (o: Json): SignInType | undefined => {
  const types = strList(o.signInEventTypes);
  const known = types.find((t): t is SignInType => (SIGN_IN_TYPES as readonly string[]).includes(t));
  if (known) return known;
  const interactive = optBool(o.isInteractive);
  if (interactive === true) return 'interactiveUser';
  if (interactive === false) return 'nonInteractiveUser';
  return undefined;
};

export const decodeSignIn = (v: unknown, path = 'signIn'): SignInRecord => {
  const o = obj(v, path);
  str(o.id, `${path}.id`);
  str(o.createdDateTime, `${path}.createdDateTime`);
  return o as SignInRecord;
};

export const toListRow = (o: SignInRecord): ListRow => {
  const status = sub(o, 'status');
  const location = sub(o, 'location');
  const device = sub(o, 'deviceDetail');
  return {
    id: o.id,
    createdDateTime: o.createdDateTime,
    userDisplayName: shared(optStr(o.userDisplayName)),
    userPrincipalName: shared(optStr(o.userPrincipalName)),
    appDisplayName: shared(optStr(o.appDisplayName)),
    appId: shared(optStr(o.appId)),
    resourceDisplayName: shared(optStr(o.resourceDisplayName)),
    ipAddress: optStr(o.ipAddress),
    city: shared(optStr(location.city)),
    country: shared(optStr(location.countryOrRegion)),
    errorCode: optNum(status.errorCode) ?? 0,
    failureReason: shared(optStr(status.failureReason)),
    clientAppUsed: shared(optStr(o.clientAppUsed)),
    conditionalAccessStatus: shared(optStr(o.conditionalAccessStatus)),
    signInType: signInTypeOf(o),
    authenticationRequirement: shared(optStr(o.authenticationRequirement)),
    browser: shared(optStr(device.browser)),
    operatingSystem: shared(optStr(device.operatingSystem)),
    correlationId: optStr(o.correlationId),
    servicePrincipalName: shared(optStr(o.servicePrincipalName)),
  };
};

export const decodeSignInPage = (v: unknown): SignInPage => {
  const o = obj(v, 'response');
  const rows = list(o.value, 'value', decodeSignIn).map(toListRow);
  const next = o['@odata.nextLink'];
  return { rows, nextLink: typeof next === 'string' && next !== '' ? next : undefined };
};
