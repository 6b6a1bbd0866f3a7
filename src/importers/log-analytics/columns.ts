/**
 * Log Analytics / Sentinel sign-in table columns → Graph beta `signIn` properties
 * (`reference/entra-exports.md` §3). Keys are normalised column names (lower case, without the
 * CSV export's ` [UTC]` and `_dynamic`/`_string` suffixes). Envelope columns that describe the
 * log pipeline rather than the sign-in (TenantId, SourceSystem, OperationName, Level,
 * ResourceId = the workspace resource, _BilledSize, ...) are not part of a signIn and are
 * dropped. Note `ResourceIdentity` is Graph's `resourceId` (the target app).
 */
import { enumValue, type EnumTable } from '../tabular/cell-values.js';
import { toBool, toInt, toJson, toStringList, toText } from '../tabular/coerce.js';
import { parseDateText } from '../tabular/date-text.js';
import * as V from '../tabular/display-values.js';
import {
  normaliseAuthDetails,
  normaliseCaPolicies,
  normaliseDevice,
  normaliseKeyValues,
  normaliseLocation,
  normaliseStatus,
  normaliseTokenProtection,
} from './nested.js';

export interface LaColumn {
  readonly prop: string;
  readonly convert: (v: unknown) => unknown;
  /** A fallback column: used only when the main one left the property empty. */
  readonly fallback?: boolean;
  /** A date-time: in a CSV, read with the file's day/month order (file-dates.ts). */
  readonly isDate?: boolean;
}

const text = (v: unknown) => toText(v);
const date = (v: unknown) => {
  const t = toText(v);
  return t === undefined ? undefined : parseDateText(t);
};
const asEnum = (table: EnumTable) => (v: unknown) => {
  const t = toText(v);
  return t === undefined ? undefined : enumValue(t, table);
};
const object = (then: (o: Record<string, unknown>) => unknown = (o) => o) => (v: unknown) => {
  const o = toJson(v, 'object') as Record<string, unknown> | undefined;
  return o === undefined || Object.keys(o).length === 0 ? undefined : then(o);
};
const array = (then: (a: unknown[]) => unknown[] = (a) => a) => (v: unknown) => {
  const a = toJson(v, 'array') as unknown[] | undefined;
  return a === undefined || a.length === 0 ? undefined : then(a);
};
const list = (v: unknown) => {
  const l = toStringList(v);
  return l === undefined || l.length === 0 ? undefined : l;
};

const col = (prop: string, convert: (v: unknown) => unknown = text, fallback = false): LaColumn => ({ prop, convert, fallback });

export const LA_COLUMNS: ReadonlyMap<string, LaColumn> = new Map<string, LaColumn>([
  ['id', col('id')],
  ['createddatetime', { ...col('createdDateTime', date), isDate: true }],
  ['timegenerated', { ...col('createdDateTime', date, true), isDate: true }],
  ['alternatesigninname', col('alternateSignInName')],
  ['appdisplayname', col('appDisplayName')],
  ['appid', col('appId')],
  ['appownertenantid', col('appOwnerTenantId')],
  ['appliedconditionalaccesspolicies', col('appliedConditionalAccessPolicies', array(normaliseCaPolicies), true)],
  ['conditionalaccesspolicies', col('appliedConditionalAccessPolicies', array(normaliseCaPolicies))],
  ['appliedeventlisteners', col('appliedEventListeners', array())],
  ['authenticationcontextclassreferences', col('authenticationContextClassReferences', array())],
  ['authenticationdetails', col('authenticationDetails', array(normaliseAuthDetails))],
  ['authenticationmethodsused', col('authenticationMethodsUsed', list)],
  ['authenticationprocessingdetails', col('authenticationProcessingDetails', array(normaliseKeyValues))],
  ['authenticationprotocol', col('authenticationProtocol', asEnum(V.AUTHENTICATION_PROTOCOL))],
  ['authenticationrequirement', col('authenticationRequirement', asEnum(V.AUTHENTICATION_REQUIREMENT))],
  ['authenticationrequirementpolicies', col('authenticationRequirementPolicies', array())],
  ['autonomoussystemnumber', col('autonomousSystemNumber', toInt)],
  ['clientappused', col('clientAppUsed')],
  ['clientcredentialtype', col('clientCredentialType', asEnum(V.CLIENT_CREDENTIAL_TYPE))],
  ['conditionalaccessaudiences', col('conditionalAccessAudiences', list)],
  ['conditionalaccessstatus', col('conditionalAccessStatus', asEnum(V.CONDITIONAL_ACCESS_STATUS))],
  ['correlationid', col('correlationId')],
  ['crosstenantaccesstype', col('crossTenantAccessType', asEnum(V.CROSS_TENANT_ACCESS_TYPE))],
  ['devicedetail', col('deviceDetail', object(normaliseDevice))],
  ['federatedcredentialid', col('federatedCredentialId')],
  ['flaggedforreview', col('flaggedForReview', toBool)],
  ['globalsecureaccessipaddress', col('globalSecureAccessIpAddress')],
  ['hometenantid', col('homeTenantId')],
  ['hometenantname', col('homeTenantName')],
  ['incomingtokentype', col('incomingTokenType', asEnum(V.INCOMING_TOKEN_TYPE))],
  ['ipaddress', col('ipAddress')],
  ['ipaddressfromresourceprovider', col('ipAddressFromResourceProvider')],
  ['isinteractive', col('isInteractive', toBool)],
  ['istenantrestricted', col('isTenantRestricted', toBool)],
  ['isthroughglobalsecureaccess', col('isThroughGlobalSecureAccess', toBool)],
  ['locationdetails', col('location', object(normaliseLocation))],
  ['mfadetail', col('mfaDetail', object())],
  ['networklocationdetails', col('networkLocationDetails', array())],
  ['originalrequestid', col('originalRequestId')],
  ['originaltransfermethod', col('originalTransferMethod', asEnum(V.ORIGINAL_TRANSFER_METHOD))],
  ['processingtimeinmilliseconds', col('processingTimeInMilliseconds', toInt)],
  ['processingtimeinms', col('processingTimeInMilliseconds', toInt)],
  ['resourcedisplayname', col('resourceDisplayName')],
  ['resourceidentity', col('resourceId')],
  ['resourceownertenantid', col('resourceOwnerTenantId')],
  ['resourceserviceprincipalid', col('resourceServicePrincipalId')],
  ['resourcetenantid', col('resourceTenantId')],
  ['riskdetail', col('riskDetail', asEnum(V.RISK_DETAIL))],
  ['riskeventtypes', col('riskEventTypes', list)],
  ['riskeventtypes_v2', col('riskEventTypes_v2', list)],
  ['risklevelaggregated', col('riskLevelAggregated', asEnum(V.RISK_LEVEL))],
  ['risklevelduringsignin', col('riskLevelDuringSignIn', asEnum(V.RISK_LEVEL))],
  ['riskstate', col('riskState', asEnum(V.RISK_STATE))],
  ['serviceprincipalcredentialkeyid', col('servicePrincipalCredentialKeyId')],
  ['serviceprincipalcredentialthumbprint', col('servicePrincipalCredentialThumbprint')],
  ['serviceprincipalid', col('servicePrincipalId')],
  ['serviceprincipalname', col('servicePrincipalName')],
  ['sessionid', col('sessionId')],
  ['sessionlifetimepolicies', col('sessionLifetimePolicies', array())],
  ['signineventtypes', col('signInEventTypes', list)],
  ['signinidentifier', col('signInIdentifier')],
  ['signinidentifiertype', col('signInIdentifierType', asEnum(V.SIGN_IN_IDENTIFIER_TYPE))],
  ['status', col('status', object(normaliseStatus))],
  ['tokenissuername', col('tokenIssuerName')],
  ['tokenissuertype', col('tokenIssuerType', asEnum(V.TOKEN_ISSUER_TYPE))],
  ['tokenprotectionstatusdetails', col('tokenProtectionStatusDetails', object(normaliseTokenProtection))],
  ['uniquetokenidentifier', col('uniqueTokenIdentifier')],
  ['useragent', col('userAgent')],
  ['userdisplayname', col('userDisplayName')],
  ['userid', col('userId')],
  ['userprincipalname', col('userPrincipalName')],
  ['usertype', col('userType', asEnum(V.USER_TYPE))],
  ['agent', col('agent', object())],
  ['managedserviceidentity', col('managedServiceIdentity', object())],
  ['azureresourceid', col('azureResourceId')],
]);

/** Columns read for the record's envelope: which table, and the outcome when `Status` is empty. */
export const ENVELOPE_COLUMNS = new Set(['type', 'category', 'resulttype', 'resultdescription', 'location']);
