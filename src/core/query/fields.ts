/**
 * The field registry: every property a filter may name, its type, the operators Graph documents
 * for it (`graphOps`), the operators we accept beyond Graph (`extraOps`), and the logical column
 * (a `SignInRow` key) an engine compiles it to. This table is the only bridge from request text
 * to SQL; a name that is not here is refused before any SQL exists.
 */
import type { FieldOp } from './ast.js';
import type { SignInRow } from '../model/sign-in-row.js';

export type FieldType = 'string' | 'int' | 'bool' | 'datetime' | 'enum';

export interface FieldSpec {
  readonly type: FieldType;
  readonly column: keyof SignInRow;
  readonly graphOps: readonly FieldOp[];
  readonly extraOps: readonly FieldOp[];
  /** Present only in the beta API. */
  readonly betaOnly?: boolean;
  /** Values are compared case-insensitively (the column holds lower case). */
  readonly lowerCase?: boolean;
  /** Allowed values for enum fields (compared as given). */
  readonly values?: readonly string[];
  /** A pseudo-property of ours, not Graph's. */
  readonly ours?: boolean;
}

const EQ: readonly FieldOp[] = ['eq'];
const EQ_SW: readonly FieldOp[] = ['eq', 'startsWith'];
const MORE_STR: readonly FieldOp[] = ['ne', 'in'];
const MORE_EQ_ONLY: readonly FieldOp[] = ['ne', 'in', 'startsWith'];

const s = (column: keyof SignInRow, graphOps: readonly FieldOp[], extra: Partial<FieldSpec> = {}): FieldSpec => ({
  type: 'string',
  column,
  graphOps,
  extraOps: graphOps.includes('startsWith') ? MORE_STR : MORE_EQ_ONLY,
  ...extra,
});

const e = (column: keyof SignInRow, values: readonly string[]): FieldSpec => ({
  type: 'enum', column, graphOps: EQ, extraOps: ['ne', 'in'], values,
});

const RISK_STATES = ['none', 'confirmedSafe', 'remediated', 'dismissed', 'atRisk', 'confirmedCompromised', 'unknownFutureValue'];
const RISK_LEVELS = ['none', 'low', 'medium', 'high', 'hidden', 'unknownFutureValue'];
const RISK_DETAILS = [
  'none', 'adminGeneratedTemporaryPassword', 'userPerformedSecuredPasswordChange', 'userPerformedSecuredPasswordReset',
  'adminConfirmedSigninSafe', 'aiConfirmedSigninSafe', 'userPassedMFADrivenByRiskBasedPolicy', 'adminDismissedAllRiskForUser',
  'adminConfirmedSigninCompromised', 'hidden', 'adminConfirmedUserCompromised', 'unknownFutureValue',
  'adminConfirmedServicePrincipalCompromised', 'adminDismissedAllRiskForServicePrincipal', 'm365DAdminDismissedDetection',
  'userChangedPasswordOnPremises', 'adminDismissedRiskForSignIn', 'adminConfirmedAccountSafe',
];

export const FIELDS: Readonly<Record<string, FieldSpec>> = {
  id: s('id', EQ, { extraOps: ['ne', 'in'] }),
  createdDateTime: { type: 'datetime', column: 'createdAt', graphOps: ['eq', 'le', 'ge'], extraOps: ['gt', 'lt', 'ne'] },
  userPrincipalName: s('userPrincipalName', EQ_SW, { lowerCase: true }),
  userDisplayName: s('userDisplayName', EQ_SW),
  userId: s('userId', EQ),
  appId: s('appId', EQ),
  appDisplayName: s('appDisplayName', EQ_SW),
  resourceId: s('resourceId', EQ),
  resourceDisplayName: s('resourceDisplayName', EQ),
  ipAddress: s('ipAddress', EQ_SW),
  clientAppUsed: s('clientAppUsed', EQ),
  conditionalAccessStatus: {
    type: 'enum', column: 'conditionalAccessStatus', graphOps: EQ, extraOps: ['ne', 'in'],
    values: ['success', 'failure', 'notApplied', 'unknownFutureValue'],
  },
  correlationId: s('correlationId', EQ),
  'status/errorCode': { type: 'int', column: 'errorCode', graphOps: EQ, extraOps: ['ne', 'in', 'gt', 'ge', 'lt', 'le'] },
  'location/city': s('city', EQ_SW),
  'location/state': s('state', EQ_SW),
  'location/countryOrRegion': s('country', EQ_SW),
  'deviceDetail/browser': s('browser', EQ_SW),
  'deviceDetail/operatingSystem': s('operatingSystem', EQ_SW),
  // Risk properties are Graph enums: values compare case-insensitively (`'AtRisk'` finds
  // `atRisk`, as Graph tolerates) and an unknown value is a clear 400.
  riskState: e('riskState', RISK_STATES),
  riskLevelAggregated: e('riskLevelAggregated', RISK_LEVELS),
  riskLevelDuringSignIn: e('riskLevelDuringSignIn', RISK_LEVELS),
  riskDetail: e('riskDetail', RISK_DETAILS),
  isInteractive: { type: 'bool', column: 'isInteractive', graphOps: [], extraOps: ['eq', 'ne'] },
  // beta-only
  appOwnerTenantId: s('appOwnerTenantId', EQ, { betaOnly: true }),
  resourceOwnerTenantId: s('resourceOwnerTenantId', EQ, { betaOnly: true }),
  authenticationRequirement: s('authenticationRequirement', EQ_SW, { betaOnly: true }),
  servicePrincipalId: s('servicePrincipalId', EQ_SW, { betaOnly: true }),
  servicePrincipalName: s('servicePrincipalName', EQ_SW, { betaOnly: true }),
  originalRequestId: s('originalRequestId', EQ, { betaOnly: true }),
  tokenIssuerName: s('tokenIssuerName', EQ, { betaOnly: true }),
  tokenIssuerType: s('tokenIssuerType', EQ, { betaOnly: true }),
  userAgent: s('userAgent', EQ_SW, { betaOnly: true }),
  homeTenantId: s('homeTenantId', [], { betaOnly: true, extraOps: ['eq', 'ne', 'in'] }),
  signInEventTypes: {
    type: 'enum', column: 'signInType', graphOps: ['any'], extraOps: [], betaOnly: true,
    values: ['interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity', 'unknownFutureValue'],
  },
  // our pseudo-properties (derived columns)
  outcome: {
    type: 'enum', column: 'outcome', graphOps: [], extraOps: ['eq', 'ne', 'in'], ours: true,
    values: ['success', 'failure', 'interrupted'],
  },
  errorCategory: { type: 'string', column: 'errorCategory', graphOps: [], extraOps: ['eq', 'ne', 'in'], ours: true },
  signInType: {
    type: 'enum', column: 'signInType', graphOps: [], extraOps: ['eq', 'ne', 'in'], ours: true,
    values: ['interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity'],
  },
  failureReason: s('failureReason', [], { ours: true, extraOps: ['eq', 'startsWith'] }),
};

/** Operators for the element of a lambda over `signInEventTypes` (Graph allows eq and ne). */
export const LAMBDA_OPS: readonly FieldOp[] = ['eq', 'ne'];

export const findField = (name: string): FieldSpec | undefined =>
  Object.prototype.hasOwnProperty.call(FIELDS, name) ? FIELDS[name] : undefined;
