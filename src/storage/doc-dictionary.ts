/**
 * Preset deflate dictionary for stored documents: typical sign-in JSON (after the column-held
 * properties are removed). It is part of the storage format: never edit it in place; add a new
 * codec version with a new dictionary instead.
 */
const sample = {
  isInteractive: false,
  riskDetail: 'none',
  riskLevelAggregated: 'none',
  riskLevelDuringSignIn: 'none',
  riskState: 'none',
  riskEventTypes: [],
  riskEventTypes_v2: [],
  conditionalAccessStatus: 'notApplied',
  status: { errorCode: 0, failureReason: 'Other.', additionalDetails: null },
  deviceDetail: {
    deviceId: '',
    displayName: '',
    operatingSystem: 'Windows10',
    browser: 'Edge 120.0.0',
    isCompliant: false,
    isManaged: false,
    trustType: 'Azure AD joined',
  },
  location: {
    city: 'Tokyo',
    state: 'Tokyo',
    countryOrRegion: 'JP',
    geoCoordinates: { altitude: null, latitude: 35.6, longitude: 139.7 },
  },
  appliedConditionalAccessPolicies: [
    {
      id: '',
      displayName: 'Require multifactor authentication for all users',
      enforcedGrantControls: ['Mfa'],
      enforcedSessionControls: [],
      result: 'success',
      conditionsSatisfied: 'application,users',
      conditionsNotSatisfied: 'none',
      includeRulesSatisfied: [{ conditionalAccessCondition: 'application', ruleSatisfied: 'allApps' }],
      excludeRulesSatisfied: [],
    },
    { enforcedGrantControls: ['Block'], enforcedSessionControls: [], result: 'notApplied' },
    { enforcedGrantControls: ['RequireCompliantDevice'], enforcedSessionControls: [], result: 'notEnabled' },
  ],
  signInEventTypes: ['nonInteractiveUser'],
  tokenIssuerName: '',
  tokenIssuerType: 'AzureAD',
  processingTimeInMilliseconds: 120,
  homeTenantName: '',
  authenticationMethodsUsed: ['Password'],
  authenticationRequirement: 'singleFactorAuthentication',
  signInIdentifier: '',
  signInIdentifierType: null,
  userType: 'member',
  flaggedForReview: false,
  isTenantRestricted: false,
  isThroughGlobalSecureAccess: false,
  autonomousSystemNumber: 2516,
  crossTenantAccessType: 'none',
  servicePrincipalCredentialKeyId: '',
  servicePrincipalCredentialThumbprint: '',
  incomingTokenType: 'none',
  authenticationProtocol: 'none',
  clientCredentialType: 'none',
  originalTransferMethod: 'none',
  mfaDetail: null,
  ipAddressFromResourceProvider: null,
  globalSecureAccessIpAddress: '',
  federatedCredentialId: '',
  azureResourceId: '',
  sessionId: '',
  uniqueTokenIdentifier: '',
  authenticationProcessingDetails: [
    { key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' },
    { key: 'Is CAE Token', value: 'False' },
    { key: 'Root Key Type', value: 'Unknown' },
    { key: 'Oauth Scope Info', value: '["openid","profile","offline_access"]' },
  ],
  networkLocationDetails: [{ networkType: 'namedNetwork', networkNames: ['Corporate network'] }],
  authenticationDetails: [
    {
      authenticationStepDateTime: '2024-01-01T00:00:00Z',
      authenticationMethod: 'Password',
      authenticationMethodDetail: 'Password in the cloud',
      succeeded: true,
      authenticationStepResultDetail: 'Correct password',
      authenticationStepRequirement: 'Primary authentication',
    },
    {
      authenticationMethod: 'Mobile app notification',
      authenticationMethodDetail: '',
      succeeded: true,
      authenticationStepResultDetail: 'MFA successfully completed',
      authenticationStepRequirement: 'Multifactor authentication',
    },
    {
      authenticationMethod: 'Previously satisfied',
      succeeded: true,
      authenticationStepResultDetail: 'First factor requirement satisfied by claim in the token',
    },
  ],
  authenticationRequirementPolicies: [{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }],
  sessionLifetimePolicies: [],
  authenticationContextClassReferences: [],
  appliedEventListeners: [],
  authenticationAppPolicyEvaluationDetails: [],
  managedServiceIdentity: { msiType: 'none', associatedResourceId: null, federatedTokenId: null, federatedTokenIssuer: null },
  tokenProtectionStatusDetails: { signInSessionStatus: 'unbound', signInSessionStatusCode: 0 },
  privateLinkDetails: { policyId: '', policyName: '', resourceId: '', policyTenantId: '' },
  authenticationAppDeviceDetails: null,
  agent: { agentType: 'notAgentic', parentAppId: '', agentSubjectParentId: '', agentSubjectType: 'notAgentic' },
  createdDateTime: '2024-01-01T00:00:00Z',
};

const failures =
  '"status":{"errorCode":50126,"failureReason":"Error validating credentials due to invalid username or password.",' +
  '"additionalDetails":"The user didn\'t enter the right credentials."},' +
  '"status":{"errorCode":50074,"failureReason":"Strong Authentication is required.","additionalDetails":"MFA required in Azure AD"},' +
  '"conditionalAccessStatus":"success","conditionalAccessStatus":"failure","Mobile Apps and Desktop clients","Browser",' +
  '"Windows 10","Windows","iOS","Android","MacOs","Chrome 120.0.0","Safari","Mobile Safari","Azure AD registered",' +
  '"Microsoft Authenticator App","Text message","OATH verification code","Satisfied by token","MFA requirement satisfied by claim in the token"';

export const DOC_DICTIONARY = failures + JSON.stringify(sample);
