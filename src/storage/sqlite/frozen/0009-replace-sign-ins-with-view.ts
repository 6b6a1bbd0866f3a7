/**
 * Migration 0009-replace-sign-ins-with-view (sqlite), frozen: the v1 table leaves (its rows were copied by 0008); a view of the same name and columns takes its place, so analytics queries and rollup definitions read logical columns as before.
 * Never edit it: databases have applied this exact text; a change is a new migration.
 */
export const SQL = `
DROP TABLE sign_ins;
CREATE VIEW sign_ins AS SELECT
  f.rk,
  f.doc_ref,
  CASE typeof(f.id) WHEN 'blob' THEN lower(substr(hex(f.id), 1, 8) || '-' || substr(hex(f.id), 9, 4) || '-' || substr(hex(f.id), 13, 4) || '-' || substr(hex(f.id), 17, 4) || '-' || substr(hex(f.id), 21)) ELSE f.id END AS id,
  CASE typeof(f.correlation_id) WHEN 'blob' THEN lower(substr(hex(f.correlation_id), 1, 8) || '-' || substr(hex(f.correlation_id), 9, 4) || '-' || substr(hex(f.correlation_id), 13, 4) || '-' || substr(hex(f.correlation_id), 17, 4) || '-' || substr(hex(f.correlation_id), 21)) ELSE f.correlation_id END AS correlation_id,
  CASE typeof(f.original_request_id) WHEN 'blob' THEN lower(substr(hex(f.original_request_id), 1, 8) || '-' || substr(hex(f.original_request_id), 9, 4) || '-' || substr(hex(f.original_request_id), 13, 4) || '-' || substr(hex(f.original_request_id), 17, 4) || '-' || substr(hex(f.original_request_id), 21)) ELSE f.original_request_id END AS original_request_id,
  f.created_at,
  f.error_code,
  f.is_interactive,
  CASE f.outcome WHEN 1 THEN 'success' WHEN 2 THEN 'failure' WHEN 3 THEN 'interrupted' END AS outcome,
  CASE f.error_category WHEN 1 THEN 'credentials' WHEN 2 THEN 'mfa' WHEN 3 THEN 'conditional-access' WHEN 4 THEN 'account-state' WHEN 5 THEN 'consent' WHEN 6 THEN 'application-config' WHEN 7 THEN 'token-protocol' WHEN 8 THEN 'device' WHEN 9 THEN 'federation' WHEN 10 THEN 'tenant-config' WHEN 11 THEN 'throttling-lockout' WHEN 12 THEN 'service' WHEN 13 THEN 'other' WHEN 14 THEN 'none' END AS error_category,
  CASE f.sign_in_type WHEN 1 THEN 'interactiveUser' WHEN 2 THEN 'nonInteractiveUser' WHEN 3 THEN 'servicePrincipal' WHEN 4 THEN 'managedIdentity' END AS sign_in_type,
  d_user.user_principal_name,
  d_user.user_id,
  d_user.user_display_name,
  d_user.home_tenant_id,
  d_app.app_id,
  d_app.app_display_name,
  d_app.app_owner_tenant_id,
  d_resource.resource_id,
  d_resource.resource_display_name,
  d_resource.resource_owner_tenant_id,
  d_sp.service_principal_id,
  d_sp.service_principal_name,
  d_ip.ip_address,
  d_agent.user_agent,
  d_location.country,
  d_location.state,
  d_location.city,
  d_device.browser,
  d_device.operating_system,
  d_reason.failure_reason,
  d_misc.client_app_used,
  d_misc.conditional_access_status,
  d_misc.risk_state,
  d_misc.risk_level_aggregated,
  d_misc.risk_level_during_sign_in,
  d_misc.risk_detail,
  d_misc.authentication_requirement,
  d_misc.token_issuer_name,
  d_misc.token_issuer_type
FROM sign_in_facts f
  LEFT JOIN d_user ON d_user.k = f.user_k
  LEFT JOIN d_app ON d_app.k = f.app_k
  LEFT JOIN d_resource ON d_resource.k = f.resource_k
  LEFT JOIN d_sp ON d_sp.k = f.sp_k
  LEFT JOIN d_ip ON d_ip.k = f.ip_k
  LEFT JOIN d_agent ON d_agent.k = f.agent_k
  LEFT JOIN d_location ON d_location.k = f.location_k
  LEFT JOIN d_device ON d_device.k = f.device_k
  LEFT JOIN d_reason ON d_reason.k = f.reason_k
  LEFT JOIN d_misc ON d_misc.k = f.misc_k;
`;
