/**
 * The flat, indexed columns of a stored sign-in (the same logical columns on every engine) and
 * how they are derived from a validated record. The original document is stored beside them.
 */
import { classifyErrorCode, type SignInOutcome } from '../catalog/classify.js';
import type { ErrorCategory } from '../catalog/types.js';
import type { SignIn } from './sign-in-schema.js';
import { deriveSignInType, type SignInType } from './sign-in-type.js';
import { toUtcIso } from './time.js';

export interface SignInRow {
  readonly id: string;
  /** Epoch milliseconds of createdDateTime (UTC). */
  readonly createdAt: number;
  readonly userPrincipalName: string | null;
  readonly userId: string | null;
  readonly userDisplayName: string | null;
  readonly appId: string | null;
  readonly appDisplayName: string | null;
  readonly resourceId: string | null;
  readonly resourceDisplayName: string | null;
  readonly ipAddress: string | null;
  readonly clientAppUsed: string | null;
  readonly conditionalAccessStatus: string | null;
  readonly correlationId: string | null;
  readonly errorCode: number;
  readonly failureReason: string | null;
  readonly outcome: SignInOutcome;
  readonly errorCategory: ErrorCategory | 'none';
  readonly signInType: SignInType;
  readonly isInteractive: boolean | null;
  readonly country: string | null;
  readonly state: string | null;
  readonly city: string | null;
  readonly browser: string | null;
  readonly operatingSystem: string | null;
  readonly riskState: string | null;
  readonly riskLevelAggregated: string | null;
  readonly riskLevelDuringSignIn: string | null;
  readonly riskDetail: string | null;
  readonly authenticationRequirement: string | null;
  readonly servicePrincipalId: string | null;
  readonly servicePrincipalName: string | null;
  readonly userAgent: string | null;
  readonly appOwnerTenantId: string | null;
  readonly resourceOwnerTenantId: string | null;
  readonly originalRequestId: string | null;
  readonly tokenIssuerName: string | null;
  readonly tokenIssuerType: string | null;
  readonly homeTenantId: string | null;
}

/** Empty strings are stored as NULL: Graph uses `""` and `null` interchangeably for "absent". */
const text = (v: string | null | undefined): string | null => (v === undefined || v === null || v === '' ? null : v);

export const toSignInRow = (s: SignIn): SignInRow => {
  const errorCode = s.status?.errorCode ?? 0;
  const { outcome, category } = classifyErrorCode(errorCode);
  return {
    id: s.id,
    createdAt: Date.parse(s.createdDateTime),
    userPrincipalName: text(s.userPrincipalName?.toLowerCase()),
    userId: text(s.userId),
    userDisplayName: text(s.userDisplayName),
    appId: text(s.appId),
    appDisplayName: text(s.appDisplayName),
    resourceId: text(s.resourceId),
    resourceDisplayName: text(s.resourceDisplayName),
    ipAddress: text(s.ipAddress),
    clientAppUsed: text(s.clientAppUsed),
    conditionalAccessStatus: text(s.conditionalAccessStatus),
    correlationId: text(s.correlationId),
    errorCode,
    failureReason: text(s.status?.failureReason),
    outcome,
    errorCategory: category,
    signInType: deriveSignInType(s),
    isInteractive: s.isInteractive ?? null,
    country: text(s.location?.countryOrRegion),
    state: text(s.location?.state),
    city: text(s.location?.city),
    browser: text(s.deviceDetail?.browser),
    operatingSystem: text(s.deviceDetail?.operatingSystem),
    riskState: text(s.riskState),
    riskLevelAggregated: text(s.riskLevelAggregated),
    riskLevelDuringSignIn: text(s.riskLevelDuringSignIn),
    riskDetail: text(s.riskDetail),
    authenticationRequirement: text(s.authenticationRequirement),
    servicePrincipalId: text(s.servicePrincipalId),
    servicePrincipalName: text(s.servicePrincipalName),
    userAgent: text(s.userAgent),
    appOwnerTenantId: text(s.appOwnerTenantId),
    resourceOwnerTenantId: text(s.resourceOwnerTenantId),
    originalRequestId: text(s.originalRequestId),
    tokenIssuerName: text(s.tokenIssuerName),
    tokenIssuerType: text(s.tokenIssuerType),
    homeTenantId: text(s.homeTenantId),
  };
};

/** A record ready to store: the normalised document, its JSON text, and its row. */
export interface PreparedSignIn {
  readonly row: SignInRow;
  /** The normalised document; absent when the record was prepared in another thread. */
  readonly doc?: SignIn;
  /** The document as JSON text (one line: JSON never holds a raw newline); '' when packed. */
  readonly text: string;
  /**
   * Set by a bulk path that already packed consecutive documents with the engine's document
   * codec (in a worker thread): the shared block and this document's index in it.
   */
  readonly packed?: { readonly block: Uint8Array; readonly index: number };
  /** `location.geoCoordinates` as [latitude, longitude] when present (detections read it: it has no column). */
  readonly geo?: readonly [number, number];
}

const geoOf = (s: SignIn): { geo: readonly [number, number] } | Record<string, never> => {
  const g = s.location?.geoCoordinates;
  return typeof g?.latitude === 'number' && typeof g.longitude === 'number' ? { geo: [g.latitude, g.longitude] } : {};
};

/**
 * `raw` is the record's original JSON text when the reader has it; it is kept as is unless
 * normalisation changed the document (a createdDateTime with an offset becomes UTC `Z`).
 */
export const prepareSignIn = (s: SignIn, raw?: string): PreparedSignIn => {
  const createdDateTime = toUtcIso(s.createdDateTime);
  if (createdDateTime === s.createdDateTime) return { row: toSignInRow(s), doc: s, text: raw ?? JSON.stringify(s), ...geoOf(s) };
  const doc = { ...s, createdDateTime };
  return { row: toSignInRow(doc), doc, text: JSON.stringify(doc), ...geoOf(s) };
};
