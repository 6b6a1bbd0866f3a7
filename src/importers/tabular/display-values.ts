/**
 * The portal writes display text where Graph has enum values. Each table lists the texts that
 * the generic rule (`Primary refresh token` → `primaryRefreshToken`) would get wrong or that
 * differ in wording; anything else goes through that rule, and a value that already is an
 * enum value is kept. Enum members are those of `reference/graph-signins.md` §2b.
 */
import type { EnumTable } from './cell-values.js';

const camel = (values: Record<string, string> = {}): EnumTable => ({ style: 'camel', values });

export const USER_TYPE = camel();
export const CROSS_TENANT_ACCESS_TYPE = camel({ 'B2B collaboration': 'b2bCollaboration', 'B2B direct connect': 'b2bDirectConnect' });
export const INCOMING_TOKEN_TYPE = camel({ 'SAML 1.1': 'saml11', 'SAML 2.0': 'saml20', 'Primary Refresh Token': 'primaryRefreshToken' });
export const AUTHENTICATION_PROTOCOL = camel({
  'OAuth 2.0': 'oAuth2',
  OAuth2: 'oAuth2',
  'OAuth': 'oAuth2',
  'Resource owner password credentials': 'ropc',
  'WS-Federation': 'wsFederation',
  'SAML 2.0': 'saml20',
  'Device code': 'deviceCode',
  'Authorization code without PKCE': 'authorizationCodeWithoutPkce',
  'Authorization code with PKCE': 'authorizationCodeWithPkce',
  'On-behalf-of': 'onBehalfOf',
  'SAML on-behalf-of': 'samlOnBehalfOf',
  'PRT grant': 'prtGrant',
  'Seamless SSO': 'seamlessSso',
});
export const CLIENT_CREDENTIAL_TYPE = camel();
export const ORIGINAL_TRANSFER_METHOD = camel();
export const TOKEN_PROTECTION_STATUS = camel();
export const AUTHENTICATION_REQUIREMENT = camel({
  'Multifactor authentication': 'multiFactorAuthentication',
  'Multi-factor authentication': 'multiFactorAuthentication',
  'Single factor authentication': 'singleFactorAuthentication',
  'Single-factor authentication': 'singleFactorAuthentication',
  'Singlefactor authentication': 'singleFactorAuthentication',
});
export const SIGN_IN_IDENTIFIER_TYPE = camel({ UPN: 'userPrincipalName', 'On-premises user principal name': 'onPremisesUserPrincipalName', 'QR code': 'qrCode' });
export const CONDITIONAL_ACCESS_STATUS = camel({ 'Not applied': 'notApplied', 'Not Applied': 'notApplied' });
export const MSI_TYPE = camel({ 'System assigned': 'systemAssigned', 'User assigned': 'userAssigned' });
export const RISK_LEVEL = camel();
export const RISK_STATE = camel();
export const RISK_DETAIL = camel({
  'User passed MFA driven by risk-based policy': 'userPassedMFADrivenByRiskBasedPolicy',
  'AI confirmed sign-in safe': 'aiConfirmedSigninSafe',
  'Admin confirmed sign-in safe': 'adminConfirmedSigninSafe',
  'Admin confirmed sign-in compromised': 'adminConfirmedSigninCompromised',
});
/** PascalCase in Graph (`AzureAD`). */
export const TOKEN_ISSUER_TYPE: EnumTable = {
  style: 'pascal',
  values: {
    'Azure AD': 'AzureAD',
    'Azure Active Directory': 'AzureAD',
    'Microsoft Entra ID': 'AzureAD',
    'Entra ID': 'AzureAD',
    ADFS: 'ADFederationServices',
    'AD Federation Services': 'ADFederationServices',
    'Active Directory Federation Services': 'ADFederationServices',
    'Azure AD backup auth': 'AzureADBackupAuth',
    'NPS extension': 'NPSExtension',
    'AD Federation Services MFA adapter': 'ADFederationServicesMFAAdapter',
  },
};

/** The `Status` column's word; the error code decides the outcome, this only checks it. */
export type StatusWord = 'success' | 'failure' | 'interrupted';

export const statusWord = (text: string): StatusWord | undefined => {
  const t = text.toLowerCase();
  if (t === 'success' || t === 'succeeded') return 'success';
  if (t === 'failure' || t === 'failed') return 'failure';
  if (t === 'interrupted') return 'interrupted';
  return undefined;
};
