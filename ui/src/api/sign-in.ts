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
    userDisplayName: optStr(o.userDisplayName),
    userPrincipalName: optStr(o.userPrincipalName),
    appDisplayName: optStr(o.appDisplayName),
    resourceDisplayName: optStr(o.resourceDisplayName),
    ipAddress: optStr(o.ipAddress),
    city: optStr(location.city),
    country: optStr(location.countryOrRegion),
    errorCode: optNum(status.errorCode) ?? 0,
    failureReason: optStr(status.failureReason),
    clientAppUsed: optStr(o.clientAppUsed),
    conditionalAccessStatus: optStr(o.conditionalAccessStatus),
    signInType: signInTypeOf(o),
    authenticationRequirement: optStr(o.authenticationRequirement),
    browser: optStr(device.browser),
    operatingSystem: optStr(device.operatingSystem),
    correlationId: optStr(o.correlationId),
    servicePrincipalName: optStr(o.servicePrincipalName),
  };
};

export const decodeSignInPage = (v: unknown): SignInPage => {
  const o = obj(v, 'response');
  const rows = list(o.value, 'value', decodeSignIn).map(toListRow);
  const next = o['@odata.nextLink'];
  return { rows, nextLink: typeof next === 'string' && next !== '' ? next : undefined };
};
