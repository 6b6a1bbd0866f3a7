/**
 * Storage v2 on SQLite (ADR 0003): a star schema. `sign_in_facts` holds one narrow row per
 * sign-in — integer time, GUIDs as 16-byte blobs, enums as small integers, and integer keys into
 * dimension tables for every group of values that repeats (users, apps, resources, service
 * principals, IP addresses, user agents, locations, devices, failure reasons, and the low-
 * cardinality rest). This module is the single description of that layout: the write path, the
 * filter compiler, the readers and the migrations' tests all derive from it.
 */
import type { SignInRow } from '../../core/model/sign-in-row.js';
import { SQL_COLUMNS } from '../columns.js';

export interface Dimension {
  /** Table name, `d_<name>`. */
  readonly table: string;
  /** Foreign-key column on `sign_in_facts`. */
  readonly fk: string;
  /** Logical columns the dimension holds, in table column order. */
  readonly columns: readonly (keyof SignInRow)[];
}

const dim = (name: string, columns: readonly (keyof SignInRow)[]): Dimension => ({ table: `d_${name}`, fk: `${name}_k`, columns });

export const DIMENSIONS: readonly Dimension[] = [
  dim('user', ['userPrincipalName', 'userId', 'userDisplayName', 'homeTenantId']),
  dim('app', ['appId', 'appDisplayName', 'appOwnerTenantId']),
  dim('resource', ['resourceId', 'resourceDisplayName', 'resourceOwnerTenantId']),
  dim('sp', ['servicePrincipalId', 'servicePrincipalName']),
  dim('ip', ['ipAddress']),
  dim('agent', ['userAgent']),
  dim('location', ['country', 'state', 'city']),
  dim('device', ['browser', 'operatingSystem']),
  dim('reason', ['failureReason']),
  dim('misc', [
    'clientAppUsed', 'conditionalAccessStatus', 'riskState', 'riskLevelAggregated', 'riskLevelDuringSignIn', 'riskDetail',
    'authenticationRequirement', 'tokenIssuerName', 'tokenIssuerType',
  ]),
];

/**
 * Closed value sets stored as small integers (1-based: the value's position + 1). These lists are
 * part of the file format: written out here rather than taken from the catalog, so reordering a
 * list in the code can never change what a stored number means. New values go at the end.
 */
export const ENUMS = {
  outcome: ['success', 'failure', 'interrupted'],
  errorCategory: [
    'credentials', 'mfa', 'conditional-access', 'account-state', 'consent', 'application-config', 'token-protocol',
    'device', 'federation', 'tenant-config', 'throttling-lockout', 'service', 'other', 'none',
  ],
  signInType: ['interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity'],
} as const satisfies Partial<Record<keyof SignInRow, readonly string[]>>;

export type EnumColumn = keyof typeof ENUMS;

const enumCodes = Object.fromEntries(
  Object.entries(ENUMS).map(([k, values]) => [k, new Map((values as readonly string[]).map((v, i) => [v, i + 1]))]),
) as Record<EnumColumn, Map<string, number>>;

export const enumCode = (column: EnumColumn, value: string): number => {
  const code = enumCodes[column].get(value);
  if (code === undefined) throw new Error(`no stored code for ${column} '${value}'`);
  return code;
};

export const enumValue = (column: EnumColumn, code: number): string => {
  const v = (ENUMS[column] as readonly string[])[code - 1];
  if (v === undefined) throw new Error(`unknown stored code ${code} for ${column}`);
  return v;
};

/** Logical columns held as GUID blobs (or text when not canonical) on the fact row. */
export const GUID_COLUMNS = ['id', 'correlationId', 'originalRequestId'] as const satisfies readonly (keyof SignInRow)[];

/** Logical columns held as they are on the fact row. */
export const PLAIN_COLUMNS = ['createdAt', 'errorCode', 'isInteractive'] as const satisfies readonly (keyof SignInRow)[];

/** Where each logical column lives physically. */
export type Placement =
  | { readonly kind: 'plain'; readonly column: string }
  | { readonly kind: 'guid'; readonly column: string }
  | { readonly kind: 'enum'; readonly column: string; readonly values: readonly string[]; readonly logical: EnumColumn }
  | { readonly kind: 'dimension'; readonly dimension: Dimension; readonly column: string };

export const PLACEMENT: Readonly<Record<keyof SignInRow, Placement>> = (() => {
  const out: Partial<Record<keyof SignInRow, Placement>> = {};
  for (const c of [...GUID_COLUMNS]) out[c] = { kind: 'guid', column: SQL_COLUMNS[c] };
  for (const c of [...PLAIN_COLUMNS]) out[c] = { kind: 'plain', column: SQL_COLUMNS[c] };
  for (const [c, values] of Object.entries(ENUMS)) {
    const logical = c as EnumColumn;
    out[logical] = { kind: 'enum', column: SQL_COLUMNS[logical], values, logical };
  }
  for (const d of DIMENSIONS) for (const c of d.columns) out[c] = { kind: 'dimension', dimension: d, column: SQL_COLUMNS[c] };
  for (const c of Object.keys(SQL_COLUMNS) as (keyof SignInRow)[]) if (!out[c]) throw new Error(`no placement for ${c}`);
  return out as Record<keyof SignInRow, Placement>;
})();

/** Columns of `sign_in_facts` that the write path fills, in insert order (rk is the rowid). */
export const FACT_COLUMNS: readonly string[] = [
  ...GUID_COLUMNS.map((c) => SQL_COLUMNS[c]),
  ...PLAIN_COLUMNS.map((c) => SQL_COLUMNS[c]),
  ...Object.keys(ENUMS).map((c) => SQL_COLUMNS[c as EnumColumn]),
  ...DIMENSIONS.map((d) => d.fk),
  'doc_ref',
];
