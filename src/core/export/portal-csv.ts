/**
 * Our CSV export in the Entra portal's download layout (reference/entra-exports.md §1): the 57
 * columns of the current InteractiveSignIns file, in the portal's order and spelling (the
 * repeated `Incoming token type`, `Application ID ` with its trailing space, the double space in
 * `Autonomous system  number`), then seven columns that wider or older downloads carry and the
 * portal-CSV importer reads (service principal, original request, risk), and last a `Sign-in
 * type` column the portal does not have: a file of every type (the report's "All" tab) then
 * re-imports with each row's own type, and every filterable property survives a round trip.
 *
 * Values are Graph's (enum values such as `notApplied`, ISO dates, true/false) rather than the
 * portal's display text: the importer accepts both, and Graph's are exact. Like the portal, the
 * file starts with a UTF-8 BOM, `Sign-in error code` is empty on success, `Location` is
 * "City, State, CC", and a text cell starting with = + - @, tab or CR gets a leading ' (the
 * spreadsheet formula guard of spreadsheet-cell.ts, removed by the importer).
 */
import type { SignIn } from '../model/sign-in-schema.js';
import type { SignInOutcome } from '../catalog/classify.js';
import { deriveSignInType } from '../model/sign-in-type.js';
import { spreadsheetSafe } from './spreadsheet-cell.js';

type Cell = (s: SignIn, outcome: SignInOutcome) => unknown;

const at = (path: string): Cell => {
  const parts = path.split('.');
  return (s) => {
    let v: unknown = s;
    for (const p of parts) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string, unknown>)[p];
    }
    return v;
  };
};

const STATUS_WORD: Readonly<Record<SignInOutcome, string>> = { success: 'Success', failure: 'Failure', interrupted: 'Interrupted' };

const location: Cell = (s) => {
  const l = s.location;
  if (!l || (!l.city && !l.state && !l.countryOrRegion)) return undefined;
  return `${l.city ?? ''}, ${l.state ?? ''}, ${l.countryOrRegion ?? ''}`;
};

const errorCode: Cell = (s) => {
  const c = s.status?.errorCode ?? 0;
  return c === 0 ? undefined : c;
};

/** [header, value] in file order. */
export const PORTAL_CSV_COLUMNS: readonly (readonly [string, Cell])[] = [
  ['Date (UTC)', at('createdDateTime')],
  ['Request ID', at('id')],
  ['User agent', at('userAgent')],
  ['Correlation ID', at('correlationId')],
  ['User ID', at('userId')],
  ['User', at('userDisplayName')],
  ['Username', at('userPrincipalName')],
  ['User type', at('userType')],
  ['Cross tenant access type', at('crossTenantAccessType')],
  ['Incoming token type', at('incomingTokenType')],
  ['Authentication Protocol', at('authenticationProtocol')],
  ['Unique token identifier', at('uniqueTokenIdentifier')],
  ['Original transfer method', at('originalTransferMethod')],
  ['Client credential type', at('clientCredentialType')],
  ['Token Protection - Sign In Session', at('tokenProtectionStatusDetails.signInSessionStatus')],
  ['Token Protection - Sign In Session StatusCode', at('tokenProtectionStatusDetails.signInSessionStatusCode')],
  ['Application', at('appDisplayName')],
  ['Application ID ', at('appId')],
  ['App owner tenant ID', at('appOwnerTenantId')],
  ['Resource', at('resourceDisplayName')],
  ['Resource ID ', at('resourceId')],
  ['Resource tenant ID', at('resourceTenantId')],
  ['Resource owner tenant ID', at('resourceOwnerTenantId')],
  ['Home tenant ID', at('homeTenantId')],
  ['Home tenant name', at('homeTenantName')],
  ['IP address', at('ipAddress')],
  ['Location', location],
  ['Status', (_s, outcome) => STATUS_WORD[outcome]],
  ['Sign-in error code', errorCode],
  ['Failure reason', at('status.failureReason')],
  ['Client app', at('clientAppUsed')],
  ['Device ID', at('deviceDetail.deviceId')],
  ['Browser', at('deviceDetail.browser')],
  ['Operating System', at('deviceDetail.operatingSystem')],
  ['Compliant', at('deviceDetail.isCompliant')],
  ['Managed', at('deviceDetail.isManaged')],
  ['Join Type', at('deviceDetail.trustType')],
  ['Multifactor authentication result', at('status.additionalDetails')],
  ['Multifactor authentication auth method', at('mfaDetail.authMethod')],
  ['Multifactor authentication auth detail', at('mfaDetail.authDetail')],
  ['Authentication requirement', at('authenticationRequirement')],
  ['Sign-in identifier', at('signInIdentifier')],
  ['Session ID', at('sessionId')],
  ['IP address (seen by resource)', at('ipAddressFromResourceProvider')],
  ['Through Global Secure Access', at('isThroughGlobalSecureAccess')],
  ['Global Secure Access IP address', at('globalSecureAccessIpAddress')],
  ['Autonomous system  number', at('autonomousSystemNumber')],
  ['Flagged for review', at('flaggedForReview')],
  ['Token issuer type', at('tokenIssuerType')],
  ['Incoming token type', at('incomingTokenType')],
  ['Token issuer name', at('tokenIssuerName')],
  ['Latency', at('processingTimeInMilliseconds')],
  ['Conditional Access', at('conditionalAccessStatus')],
  ['Managed Identity type', at('managedServiceIdentity.msiType')],
  ['Associated Resource Id', at('managedServiceIdentity.associatedResourceId')],
  ['Federated Token Id', at('managedServiceIdentity.federatedTokenId')],
  ['Federated Token Issuer', at('managedServiceIdentity.federatedTokenIssuer')],
  // Beyond the current interactive layout (columns of the service-principal and older downloads).
  ['Service principal ID', at('servicePrincipalId')],
  ['Service principal name', at('servicePrincipalName')],
  ['Original request ID', at('originalRequestId')],
  ['Risk state', at('riskState')],
  ['Risk detail', at('riskDetail')],
  ['Aggregated risk level', at('riskLevelAggregated')],
  ['Risk level (during sign-in)', at('riskLevelDuringSignIn')],
  // Ours: the portal writes one file per type and types its rows by the file's name.
  ['Sign-in type', (s) => deriveSignInType(s)],
];

/** The portal's count of columns in the current InteractiveSignIns layout. */
export const PORTAL_LAYOUT_COLUMNS = 57;

/** What `\s` matches in a regular expression (a cell starting or ending with one is quoted). */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** A quote, comma, CR or LF anywhere, or white space first or last (a loop: ~65 cells a row). */
const needsQuotes = (t: string): boolean => {
  if (t === '') return false;
  if (isSpace(t.charCodeAt(0)) || isSpace(t.charCodeAt(t.length - 1))) return true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 34 || c === 44 || c === 13 || c === 10) return true;
  }
  return false;
};
const text = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return spreadsheetSafe(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
};

const quote = (t: string): string => (needsQuotes(t) ? `"${t.replace(/"/g, '""')}"` : t);

/** BOM and header row (every header cell quoted, as the portal writes it). */
export const portalCsvHeader = (): string => `\uFEFF${PORTAL_CSV_COLUMNS.map(([h]) => `"${h}"`).join(',')}\r\n`;

export const portalCsvRow = (s: SignIn, outcome: SignInOutcome): string => {
  let line = '';
  for (let i = 0; i < PORTAL_CSV_COLUMNS.length; i++) {
    const cell = (PORTAL_CSV_COLUMNS[i] as readonly [string, Cell])[1];
    if (i > 0) line += ',';
    const t = text(cell(s, outcome));
    if (t !== '') line += quote(t);
  }
  return `${line}\r\n`;
};
