/**
 * The Graph beta `signIn` resource as one TypeBox schema (a superset of v1.0). The TypeScript
 * type is derived from it. Graph sends `null` or `""` for most absent values, so nearly every
 * property is optional and nullable; unknown properties are kept (Graph adds fields over time
 * and `GET` must return what came in).
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

const nullable = <T extends TSchema>(t: T) => Type.Optional(Type.Union([t, Type.Null()]));
const str = () => nullable(Type.String());
const int = () => nullable(Type.Integer());
const num = () => nullable(Type.Number());
const bool = () => nullable(Type.Boolean());
const strList = () => nullable(Type.Array(Type.String()));
const open = { additionalProperties: true } as const;

/** ISO-8601 with an explicit offset or `Z`; fractional seconds up to 7 digits. */
export const DATE_TIME_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$';

export const SignInStatusSchema = Type.Object(
  { errorCode: int(), failureReason: str(), additionalDetails: str() },
  open,
);

export const GeoCoordinatesSchema = Type.Object(
  { altitude: num(), latitude: num(), longitude: num() },
  open,
);

export const SignInLocationSchema = Type.Object(
  { city: str(), state: str(), countryOrRegion: str(), geoCoordinates: nullable(GeoCoordinatesSchema) },
  open,
);

export const DeviceDetailSchema = Type.Object(
  {
    browser: str(),
    deviceId: str(),
    displayName: str(),
    operatingSystem: str(),
    trustType: str(),
    isCompliant: bool(),
    isManaged: bool(),
  },
  open,
);

const ConditionalAccessRuleSatisfiedSchema = Type.Object(
  { conditionalAccessCondition: str(), ruleSatisfied: str() },
  open,
);

export const AppliedConditionalAccessPolicySchema = Type.Object(
  {
    id: str(),
    displayName: str(),
    enforcedGrantControls: strList(),
    enforcedSessionControls: strList(),
    result: str(),
    conditionsSatisfied: str(),
    conditionsNotSatisfied: str(),
    includeRulesSatisfied: nullable(Type.Array(ConditionalAccessRuleSatisfiedSchema)),
    excludeRulesSatisfied: nullable(Type.Array(ConditionalAccessRuleSatisfiedSchema)),
    sessionControlsNotSatisfied: strList(),
    authenticationStrength: nullable(
      Type.Object(
        { authenticationStrengthId: str(), displayName: str(), authenticationStrengthResult: str() },
        open,
      ),
    ),
  },
  open,
);

export const AuthenticationDetailSchema = Type.Object(
  {
    authenticationMethod: str(),
    authenticationMethodDetail: str(),
    authenticationStepDateTime: str(),
    authenticationStepRequirement: str(),
    authenticationStepResultDetail: str(),
    succeeded: bool(),
  },
  open,
);

const KeyValueSchema = Type.Object({ key: str(), value: str() }, open);

const objectList = (props: Parameters<typeof Type.Object>[0]) =>
  nullable(Type.Array(Type.Object(props, open)));

export const SignInSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 256 }),
    createdDateTime: Type.String({ pattern: DATE_TIME_PATTERN }),
    // v1.0 properties
    appDisplayName: str(),
    appId: str(),
    appliedConditionalAccessPolicies: nullable(Type.Array(AppliedConditionalAccessPolicySchema)),
    clientAppUsed: str(),
    conditionalAccessStatus: str(),
    correlationId: str(),
    deviceDetail: nullable(DeviceDetailSchema),
    ipAddress: str(),
    isInteractive: bool(),
    location: nullable(SignInLocationSchema),
    resourceDisplayName: str(),
    resourceId: str(),
    riskDetail: str(),
    riskEventTypes: strList(),
    riskEventTypes_v2: strList(),
    riskLevelAggregated: str(),
    riskLevelDuringSignIn: str(),
    riskState: str(),
    status: nullable(SignInStatusSchema),
    userDisplayName: str(),
    userId: str(),
    userPrincipalName: str(),
    // beta-only properties
    agent: nullable(
      Type.Object(
        { agentType: str(), agentSubjectType: str(), agentSubjectParentId: str(), parentAppId: str() },
        open,
      ),
    ),
    alternateSignInName: str(),
    appOwnerTenantId: str(),
    appliedEventListeners: objectList({ eventType: str(), executedListenerId: str(), handlerResult: str() }),
    appTokenProtectionStatus: str(),
    authenticationAppDeviceDetails: nullable(
      Type.Union([
        Type.Object({ appVersion: str(), clientApp: str(), deviceId: str(), operatingSystem: str() }, open),
        Type.Array(Type.Unknown()),
      ]),
    ),
    authenticationAppPolicyEvaluationDetails: objectList({
      policyName: str(),
      adminConfiguration: str(),
      authenticationEvaluation: str(),
      status: str(),
    }),
    authenticationContextClassReferences: objectList({ id: str(), detail: str() }),
    authenticationDetails: nullable(Type.Array(AuthenticationDetailSchema)),
    authenticationMethodsUsed: strList(),
    authenticationProcessingDetails: nullable(Type.Array(KeyValueSchema)),
    authenticationProtocol: str(),
    authenticationRequirement: str(),
    authenticationRequirementPolicies: objectList({ requirementProvider: str(), detail: str() }),
    autonomousSystemNumber: int(),
    azureResourceId: str(),
    clientCredentialType: str(),
    conditionalAccessAudiences: nullable(Type.Union([Type.String(), Type.Array(Type.String())])),
    crossTenantAccessType: str(),
    federatedCredentialId: str(),
    flaggedForReview: bool(),
    globalSecureAccessIpAddress: str(),
    homeTenantId: str(),
    homeTenantName: str(),
    incomingTokenType: str(),
    ipAddressFromResourceProvider: str(),
    isTenantRestricted: bool(),
    isThroughGlobalSecureAccess: bool(),
    managedServiceIdentity: nullable(
      Type.Object(
        { msiType: str(), associatedResourceId: str(), federatedTokenId: str(), federatedTokenIssuer: str() },
        open,
      ),
    ),
    mfaDetail: nullable(Type.Object({ authMethod: str(), authDetail: str() }, open)),
    networkLocationDetails: objectList({ networkType: str(), networkNames: strList() }),
    originalRequestId: str(),
    originalTransferMethod: str(),
    privateLinkDetails: nullable(
      Type.Object({ policyId: str(), policyName: str(), policyTenantId: str(), resourceId: str() }, open),
    ),
    processingTimeInMilliseconds: int(),
    resourceOwnerTenantId: str(),
    resourceServicePrincipalId: str(),
    resourceTenantId: str(),
    servicePrincipalCredentialKeyId: str(),
    servicePrincipalCredentialThumbprint: str(),
    servicePrincipalId: str(),
    servicePrincipalName: str(),
    sessionId: str(),
    sessionLifetimePolicies: objectList({ expirationRequirement: str(), detail: str() }),
    signInEventTypes: strList(),
    signInIdentifier: str(),
    signInIdentifierType: str(),
    signInTokenProtectionStatus: str(),
    tokenIssuerName: str(),
    tokenIssuerType: str(),
    tokenProtectionStatusDetails: nullable(
      Type.Object({ signInSessionStatus: str(), signInSessionStatusCode: int() }, open),
    ),
    uniqueTokenIdentifier: str(),
    userAgent: str(),
    userType: str(),
  },
  open,
);

export type SignIn = Static<typeof SignInSchema>;

/** The 23 properties (besides `id`) that Graph v1.0 returns; beta adds the rest. */
export const V1_PROPERTIES: ReadonlySet<string> = new Set([
  'id', 'createdDateTime', 'appDisplayName', 'appId', 'appliedConditionalAccessPolicies',
  'clientAppUsed', 'conditionalAccessStatus', 'correlationId', 'deviceDetail', 'ipAddress',
  'isInteractive', 'location', 'resourceDisplayName', 'resourceId', 'riskDetail', 'riskEventTypes',
  'riskEventTypes_v2', 'riskLevelAggregated', 'riskLevelDuringSignIn', 'riskState', 'status',
  'userDisplayName', 'userId', 'userPrincipalName',
]);
