/**
 * Entra portal CSV columns → Graph beta `signIn` properties (see
 * `reference/entra-exports.md` §1). Keyed by the normalised header name; unknown columns are
 * ignored so newer downloads with extra columns still import.
 */
import { enumValue, parseBoolCell, parseIntCell, type EnumTable } from '../tabular/cell-values.js';
import { normaliseDateTextLoosely } from '../tabular/date-text.js';
import * as V from '../tabular/display-values.js';
import type { ColumnSpec } from '../tabular/row-mapper.js';
import { signInTypeCell } from '../tabular/apply-sign-in-type.js';

const text = (t: string): string => t;
const asEnum = (table: EnumTable) => (t: string) => enumValue(t, table);
const spec = (path: string, convert: (t: string) => unknown = text, special?: ColumnSpec['special']): ColumnSpec => ({
  path: path.split('.'),
  convert,
  special,
});

export const ENTRA_COLUMNS: ReadonlyMap<string, ColumnSpec> = new Map<string, ColumnSpec>([
  // Read with the file's day/month order; `Date (UTC)` is UTC, a plain `Date` follows --timezone.
  ['date (utc)', spec('createdDateTime', text, 'date')],
  ['date', spec('createdDateTime', text, 'date')],
  ['request id', spec('id', text, 'id')],
  // Not in the portal's downloads: our own exports carry the type, so a file of every type
  // (the report's "All" tab) comes back typed row by row.
  ['sign-in type', spec('signInEventTypes', signInTypeCell)],
  ['user agent', spec('userAgent')],
  ['correlation id', spec('correlationId')],
  ['user id', spec('userId')],
  ['user', spec('userDisplayName')],
  ['username', spec('userPrincipalName')],
  ['user type', spec('userType', asEnum(V.USER_TYPE))],
  ['cross tenant access type', spec('crossTenantAccessType', asEnum(V.CROSS_TENANT_ACCESS_TYPE))],
  // Occurs twice in the current download; the first non-empty cell wins.
  ['incoming token type', spec('incomingTokenType', asEnum(V.INCOMING_TOKEN_TYPE))],
  ['authentication protocol', spec('authenticationProtocol', asEnum(V.AUTHENTICATION_PROTOCOL))],
  ['unique token identifier', spec('uniqueTokenIdentifier')],
  ['original transfer method', spec('originalTransferMethod', asEnum(V.ORIGINAL_TRANSFER_METHOD))],
  ['client credential type', spec('clientCredentialType', asEnum(V.CLIENT_CREDENTIAL_TYPE))],
  ['token protection - sign in session', spec('tokenProtectionStatusDetails.signInSessionStatus', asEnum(V.TOKEN_PROTECTION_STATUS))],
  ['token protection - sign in session statuscode', spec('tokenProtectionStatusDetails.signInSessionStatusCode', parseIntCell)],
  // Before late 2024 the download had one column for the same thing.
  ['token protection', spec('tokenProtectionStatusDetails.signInSessionStatus', asEnum(V.TOKEN_PROTECTION_STATUS))],
  ['application', spec('appDisplayName')],
  ['application id', spec('appId')],
  ['app owner tenant id', spec('appOwnerTenantId')],
  ['resource', spec('resourceDisplayName')],
  ['resource id', spec('resourceId')],
  ['resource tenant id', spec('resourceTenantId')],
  ['resource owner tenant id', spec('resourceOwnerTenantId')],
  ['resource service principal id', spec('resourceServicePrincipalId')],
  ['home tenant id', spec('homeTenantId')],
  ['home tenant name', spec('homeTenantName')],
  ['ip address', spec('ipAddress')],
  ['location', spec('location', text, 'location')],
  ['status', spec('status', text, 'status')],
  ['sign-in error code', spec('status.errorCode', parseIntCell)],
  ['failure reason', spec('status.failureReason')],
  ['client app', spec('clientAppUsed')],
  ['device id', spec('deviceDetail.deviceId')],
  ['browser', spec('deviceDetail.browser')],
  ['operating system', spec('deviceDetail.operatingSystem')],
  ['compliant', spec('deviceDetail.isCompliant', parseBoolCell)],
  ['managed', spec('deviceDetail.isManaged', parseBoolCell)],
  ['join type', spec('deviceDetail.trustType')],
  ['multifactor authentication result', spec('status.additionalDetails')],
  ['multifactor authentication auth method', spec('mfaDetail.authMethod')],
  ['multifactor authentication auth detail', spec('mfaDetail.authDetail')],
  ['authentication requirement', spec('authenticationRequirement', asEnum(V.AUTHENTICATION_REQUIREMENT))],
  ['sign-in identifier', spec('signInIdentifier')],
  ['sign-in identifier type', spec('signInIdentifierType', asEnum(V.SIGN_IN_IDENTIFIER_TYPE))],
  ['session id', spec('sessionId')],
  ['ip address (seen by resource)', spec('ipAddressFromResourceProvider')],
  ['through global secure access', spec('isThroughGlobalSecureAccess', parseBoolCell)],
  ['global secure access ip address', spec('globalSecureAccessIpAddress')],
  ['autonomous system number', spec('autonomousSystemNumber', parseIntCell)],
  ['flagged for review', spec('flaggedForReview', parseBoolCell)],
  ['token issuer type', spec('tokenIssuerType', asEnum(V.TOKEN_ISSUER_TYPE))],
  ['token issuer name', spec('tokenIssuerName')],
  ['latency', spec('processingTimeInMilliseconds', parseIntCell)],
  ['conditional access', spec('conditionalAccessStatus', asEnum(V.CONDITIONAL_ACCESS_STATUS))],
  ['managed identity type', spec('managedServiceIdentity.msiType', asEnum(V.MSI_TYPE))],
  ['associated resource id', spec('managedServiceIdentity.associatedResourceId')],
  ['federated token id', spec('managedServiceIdentity.federatedTokenId')],
  ['federated token issuer', spec('managedServiceIdentity.federatedTokenIssuer')],
  // Service principal and managed identity downloads.
  ['service principal id', spec('servicePrincipalId')],
  ['service principal name', spec('servicePrincipalName')],
  ['credential key id', spec('servicePrincipalCredentialKeyId')],
  ['credential thumbprint', spec('servicePrincipalCredentialThumbprint')],
  ['original request id', spec('originalRequestId')],
  // Risk columns of older or wider downloads.
  ['risk state', spec('riskState', asEnum(V.RISK_STATE))],
  ['risk detail', spec('riskDetail', asEnum(V.RISK_DETAIL))],
  ['aggregated risk level', spec('riskLevelAggregated', asEnum(V.RISK_LEVEL))],
  ['risk level (aggregated)', spec('riskLevelAggregated', asEnum(V.RISK_LEVEL))],
  ['risk level (during sign-in)', spec('riskLevelDuringSignIn', asEnum(V.RISK_LEVEL))],
  ['sign-in risk level', spec('riskLevelDuringSignIn', asEnum(V.RISK_LEVEL))],
]);

/** Columns of the authentication-details download (one row per authentication step). */
export const AUTH_DETAIL_COLUMNS: ReadonlyMap<string, ColumnSpec> = new Map<string, ColumnSpec>([
  ['request id', spec('id', text, 'id')],
  ['date (utc)', spec('authenticationStepDateTime', normaliseDateTextLoosely)],
  ['date', spec('authenticationStepDateTime', normaliseDateTextLoosely)],
  ['authentication step date', spec('authenticationStepDateTime', normaliseDateTextLoosely)],
  ['requirement', spec('authenticationStepRequirement')],
  ['authentication step requirement', spec('authenticationStepRequirement')],
  ['step requirement', spec('authenticationStepRequirement')],
  ['authentication method', spec('authenticationMethod')],
  ['authentication method detail', spec('authenticationMethodDetail')],
  ['succeeded', spec('succeeded', parseBoolCell)],
  ['result detail', spec('authenticationStepResultDetail')],
  ['authentication step result detail', spec('authenticationStepResultDetail')],
]);
