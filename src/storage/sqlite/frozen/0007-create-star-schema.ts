/**
 * Migration 0007-create-star-schema (sqlite), frozen: the v2 star schema (fact-schema.ts describes it): dimension tables, the narrow fact table and its indexes.
 * Never edit it: databases have applied this exact text; a change is a new migration.
 */
export const SQL = `
CREATE TABLE d_user (k INTEGER PRIMARY KEY, user_principal_name TEXT, user_id TEXT, user_display_name TEXT, home_tenant_id TEXT);
CREATE UNIQUE INDEX d_user_values ON d_user (user_principal_name, user_id, user_display_name, home_tenant_id);
CREATE TABLE d_app (k INTEGER PRIMARY KEY, app_id TEXT, app_display_name TEXT, app_owner_tenant_id TEXT);
CREATE UNIQUE INDEX d_app_values ON d_app (app_id, app_display_name, app_owner_tenant_id);
CREATE TABLE d_resource (k INTEGER PRIMARY KEY, resource_id TEXT, resource_display_name TEXT, resource_owner_tenant_id TEXT);
CREATE UNIQUE INDEX d_resource_values ON d_resource (resource_id, resource_display_name, resource_owner_tenant_id);
CREATE TABLE d_sp (k INTEGER PRIMARY KEY, service_principal_id TEXT, service_principal_name TEXT);
CREATE UNIQUE INDEX d_sp_values ON d_sp (service_principal_id, service_principal_name);
CREATE TABLE d_ip (k INTEGER PRIMARY KEY, ip_address TEXT);
CREATE UNIQUE INDEX d_ip_values ON d_ip (ip_address);
CREATE TABLE d_agent (k INTEGER PRIMARY KEY, user_agent TEXT);
CREATE UNIQUE INDEX d_agent_values ON d_agent (user_agent);
CREATE TABLE d_location (k INTEGER PRIMARY KEY, country TEXT, state TEXT, city TEXT);
CREATE UNIQUE INDEX d_location_values ON d_location (country, state, city);
CREATE TABLE d_device (k INTEGER PRIMARY KEY, browser TEXT, operating_system TEXT);
CREATE UNIQUE INDEX d_device_values ON d_device (browser, operating_system);
CREATE TABLE d_reason (k INTEGER PRIMARY KEY, failure_reason TEXT);
CREATE UNIQUE INDEX d_reason_values ON d_reason (failure_reason);
CREATE TABLE d_misc (k INTEGER PRIMARY KEY, client_app_used TEXT, conditional_access_status TEXT, risk_state TEXT, risk_level_aggregated TEXT, risk_level_during_sign_in TEXT, risk_detail TEXT, authentication_requirement TEXT, token_issuer_name TEXT, token_issuer_type TEXT);
CREATE UNIQUE INDEX d_misc_values ON d_misc (client_app_used, conditional_access_status, risk_state, risk_level_aggregated, risk_level_during_sign_in, risk_detail, authentication_requirement, token_issuer_name, token_issuer_type);
CREATE TABLE sign_in_facts (
  rk INTEGER PRIMARY KEY,
  id BLOB NOT NULL, correlation_id BLOB, original_request_id BLOB,
  created_at INTEGER NOT NULL, error_code INTEGER NOT NULL, is_interactive INTEGER,
  outcome INTEGER NOT NULL, error_category INTEGER NOT NULL, sign_in_type INTEGER NOT NULL,
  user_k INTEGER NOT NULL, app_k INTEGER NOT NULL, resource_k INTEGER NOT NULL, sp_k INTEGER NOT NULL, ip_k INTEGER NOT NULL, agent_k INTEGER NOT NULL, location_k INTEGER NOT NULL, device_k INTEGER NOT NULL, reason_k INTEGER NOT NULL, misc_k INTEGER NOT NULL,
  doc_ref INTEGER NOT NULL
);
CREATE UNIQUE INDEX sign_in_facts_id ON sign_in_facts (id);
CREATE INDEX sign_in_facts_time ON sign_in_facts (created_at);
CREATE INDEX sign_in_facts_type_time ON sign_in_facts (sign_in_type, created_at);
CREATE INDEX sign_in_facts_user_time ON sign_in_facts (user_k, created_at);
CREATE INDEX sign_in_facts_app_time ON sign_in_facts (app_k, created_at);
CREATE INDEX sign_in_facts_code_time ON sign_in_facts (error_code, created_at);
CREATE INDEX sign_in_facts_ip_time ON sign_in_facts (ip_k, created_at);
CREATE TABLE upgrade_progress (step TEXT PRIMARY KEY, position INTEGER NOT NULL);
`;
