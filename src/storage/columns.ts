/**
 * The fixed logical column → SQL column table, the same on every engine. Filters reach SQL only
 * through this table (and parameters), never through request text.
 */
import type { SignInRow } from '../core/model/sign-in-row.js';

export const SQL_COLUMNS = {
  id: 'id',
  createdAt: 'created_at',
  userPrincipalName: 'user_principal_name',
  userId: 'user_id',
  userDisplayName: 'user_display_name',
  appId: 'app_id',
  appDisplayName: 'app_display_name',
  resourceId: 'resource_id',
  resourceDisplayName: 'resource_display_name',
  ipAddress: 'ip_address',
  clientAppUsed: 'client_app_used',
  conditionalAccessStatus: 'conditional_access_status',
  correlationId: 'correlation_id',
  errorCode: 'error_code',
  failureReason: 'failure_reason',
  outcome: 'outcome',
  errorCategory: 'error_category',
  signInType: 'sign_in_type',
  isInteractive: 'is_interactive',
  country: 'country',
  state: 'state',
  city: 'city',
  browser: 'browser',
  operatingSystem: 'operating_system',
  riskState: 'risk_state',
  riskLevelAggregated: 'risk_level_aggregated',
  riskLevelDuringSignIn: 'risk_level_during_sign_in',
  riskDetail: 'risk_detail',
  authenticationRequirement: 'authentication_requirement',
  servicePrincipalId: 'service_principal_id',
  servicePrincipalName: 'service_principal_name',
  userAgent: 'user_agent',
  appOwnerTenantId: 'app_owner_tenant_id',
  resourceOwnerTenantId: 'resource_owner_tenant_id',
  originalRequestId: 'original_request_id',
  tokenIssuerName: 'token_issuer_name',
  tokenIssuerType: 'token_issuer_type',
  homeTenantId: 'home_tenant_id',
} as const satisfies Record<keyof SignInRow, string>;

export type SqlColumn = (typeof SQL_COLUMNS)[keyof typeof SQL_COLUMNS];

export const ROW_KEYS = Object.keys(SQL_COLUMNS) as (keyof SignInRow)[];
