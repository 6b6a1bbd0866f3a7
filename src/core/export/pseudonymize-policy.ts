/**
 * The allowlist of pseudonymised exports: for every property of the Graph beta `signIn` and of
 * its nested objects, what happens to it. A property (at any depth) that is not listed here is
 * dropped, so a property Graph adds tomorrow never leaks before someone has decided about it.
 *
 * - `keep`: copied when it is a plain value (string, number, boolean, null) or a list of them;
 *   an object found where a plain value belongs is dropped.
 * - `drop`: left out.
 * - `user` / `id` / `ip` / `{ text: label }`: replaced by a keyed pseudonym (pseudonym-formats.ts).
 * - `{ msText: label }`: text Microsoft writes (`Password in the cloud`, a failure reason) is
 *   kept, unless it holds a digit or an `@` — where phone numbers, masked numbers, addresses and
 *   names hide — then it is pseudonymised like `{ text: label }`.
 * - `{ flag: label }`: free-form values (`authenticationProcessingDetails` may hold a login hint)
 *   are kept only when they are a plain yes/no/unknown word, else pseudonymised.
 * - `{ object }`, `{ list }`: nested objects and lists, with their own allowlist.
 *
 * Choices: people, devices, sessions, requests, tokens, credentials, tenants, named networks and
 * Azure resources are pseudonymised; applications, resources, service principals, policies,
 * outcomes, error codes and risk values are kept, because they are what a shared export is for.
 * Location keeps country and state and drops the city and the coordinates. The user agent is
 * dropped (a fingerprint; browser and operating system stay in `deviceDetail`).
 */
export type Rule =
  | 'keep'
  | 'drop'
  | 'user'
  | 'id'
  | 'ip'
  | { readonly text: string }
  | { readonly msText: string }
  | { readonly flag: string }
  | { readonly object: Policy }
  | { readonly list: Rule };

export type Policy = Readonly<Record<string, Rule>>;

const obj = (object: Policy): Rule => ({ object });
const list = (rule: Rule): Rule => ({ list: rule });
const listOf = (object: Policy): Rule => ({ list: { object } });
const ms: Rule = { msText: 'detail' };

export const SIGN_IN_POLICY: Policy = {
  // Identity of the event, the request and the session.
  id: 'id',
  createdDateTime: 'keep',
  correlationId: 'id',
  originalRequestId: 'id',
  sessionId: 'id',
  uniqueTokenIdentifier: 'id',
  // The person.
  userPrincipalName: 'user',
  userDisplayName: { text: 'person' },
  userId: 'id',
  userType: 'keep',
  signInIdentifier: 'user',
  signInIdentifierType: 'keep',
  alternateSignInName: 'user',
  homeTenantId: 'id',
  homeTenantName: { text: 'tenant' },
  // The network.
  ipAddress: 'ip',
  ipAddressFromResourceProvider: 'ip',
  globalSecureAccessIpAddress: 'ip',
  autonomousSystemNumber: 'keep',
  location: obj({ city: 'drop', state: 'keep', countryOrRegion: 'keep', geoCoordinates: 'drop' }),
  networkLocationDetails: listOf({ networkType: 'keep', networkNames: list({ text: 'network' }) }),
  isThroughGlobalSecureAccess: 'keep',
  isTenantRestricted: 'keep',
  privateLinkDetails: obj({ policyId: 'id', policyName: { text: 'policy' }, policyTenantId: 'id', resourceId: 'id' }),
  // The device.
  deviceDetail: obj({
    browser: 'keep',
    deviceId: 'id',
    displayName: { text: 'device' },
    operatingSystem: 'keep',
    trustType: 'keep',
    isCompliant: 'keep',
    isManaged: 'keep',
  }),
  userAgent: 'drop',
  authenticationAppDeviceDetails: obj({ appVersion: 'keep', clientApp: 'keep', deviceId: 'id', operatingSystem: 'keep' }),
  // Applications, resources and workload identities.
  appDisplayName: 'keep',
  appId: 'keep',
  appOwnerTenantId: 'id',
  resourceDisplayName: 'keep',
  resourceId: 'keep',
  resourceTenantId: 'id',
  resourceOwnerTenantId: 'id',
  resourceServicePrincipalId: 'keep',
  servicePrincipalId: 'keep',
  servicePrincipalName: 'keep',
  servicePrincipalCredentialKeyId: 'id',
  servicePrincipalCredentialThumbprint: 'id',
  federatedCredentialId: 'id',
  azureResourceId: 'id',
  managedServiceIdentity: obj({ msiType: 'keep', associatedResourceId: 'id', federatedTokenId: 'id', federatedTokenIssuer: 'id' }),
  agent: obj({ agentType: 'keep', agentSubjectType: 'keep', agentSubjectParentId: 'id', parentAppId: 'keep' }),
  conditionalAccessAudiences: 'keep',
  // How it went.
  status: obj({ errorCode: 'keep', failureReason: ms, additionalDetails: ms }),
  clientAppUsed: 'keep',
  isInteractive: 'keep',
  signInEventTypes: 'keep',
  flaggedForReview: 'keep',
  processingTimeInMilliseconds: 'keep',
  crossTenantAccessType: 'keep',
  incomingTokenType: 'keep',
  clientCredentialType: 'keep',
  originalTransferMethod: 'keep',
  tokenIssuerName: 'keep',
  tokenIssuerType: 'keep',
  appTokenProtectionStatus: 'keep',
  signInTokenProtectionStatus: 'keep',
  tokenProtectionStatusDetails: obj({ signInSessionStatus: 'keep', signInSessionStatusCode: 'keep' }),
  // Authentication.
  authenticationRequirement: 'keep',
  authenticationProtocol: 'keep',
  authenticationMethodsUsed: 'keep',
  authenticationDetails: listOf({
    authenticationMethod: 'keep',
    authenticationMethodDetail: ms,
    authenticationStepDateTime: 'keep',
    authenticationStepRequirement: 'keep',
    authenticationStepResultDetail: ms,
    succeeded: 'keep',
  }),
  authenticationProcessingDetails: listOf({ key: 'keep', value: { flag: 'value' } }),
  authenticationRequirementPolicies: listOf({ requirementProvider: 'keep', detail: ms }),
  authenticationContextClassReferences: listOf({ id: 'keep', detail: 'keep' }),
  authenticationAppPolicyEvaluationDetails: listOf({ policyName: 'keep', adminConfiguration: 'keep', authenticationEvaluation: 'keep', status: 'keep' }),
  mfaDetail: obj({ authMethod: 'keep', authDetail: { text: 'mfa' } }),
  appliedEventListeners: listOf({ eventType: 'keep', executedListenerId: 'keep', handlerResult: 'keep' }),
  sessionLifetimePolicies: listOf({ expirationRequirement: 'keep', detail: ms }),
  // Conditional Access and risk: tenant configuration, not people.
  conditionalAccessStatus: 'keep',
  appliedConditionalAccessPolicies: listOf({
    id: 'keep',
    displayName: 'keep',
    enforcedGrantControls: 'keep',
    enforcedSessionControls: 'keep',
    sessionControlsNotSatisfied: 'keep',
    result: 'keep',
    conditionsSatisfied: 'keep',
    conditionsNotSatisfied: 'keep',
    includeRulesSatisfied: listOf({ conditionalAccessCondition: 'keep', ruleSatisfied: 'keep' }),
    excludeRulesSatisfied: listOf({ conditionalAccessCondition: 'keep', ruleSatisfied: 'keep' }),
    authenticationStrength: obj({ authenticationStrengthId: 'keep', displayName: 'keep', authenticationStrengthResult: 'keep' }),
  }),
  riskDetail: 'keep',
  riskEventTypes: 'keep',
  riskEventTypes_v2: 'keep',
  riskLevelAggregated: 'keep',
  riskLevelDuringSignIn: 'keep',
  riskState: 'keep',
};
