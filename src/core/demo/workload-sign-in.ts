/**
 * Builds service principal and managed identity sign-ins: no user (empty user properties), the
 * workload's own ids in `servicePrincipalId` / `servicePrincipalName`, its credential, and for
 * managed identities `managedServiceIdentity`; always-empty beta properties are left out as in
 * `user-sign-in.ts`.
 */
import type { SignIn } from '../model/sign-in-schema.js';
import { CONTOSO_TENANT_ID, type DemoResource } from './apps.js';
import type { IdSource } from './ids.js';
import type { Outcome } from './outcomes.js';
import type { Place } from './places.js';
import type { Random } from './random.js';
import type { DemoManagedIdentity, DemoServicePrincipal } from './workloads.js';

export interface WorkloadSignInInput {
  iso: string;
  servicePrincipal: DemoServicePrincipal | null;
  managedIdentity: DemoManagedIdentity | null;
  resource: DemoResource;
  ipAddress: string;
  asn: number;
  place: Place;
  outcome: Outcome;
}

export const buildWorkloadSignIn = (
  x: WorkloadSignInInput, requests: IdSource, correlations: IdSource, random: Random,
): SignIn => {
  const sp = x.servicePrincipal;
  const mi = x.managedIdentity;
  const name = sp ? sp.name : mi ? mi.name : '';
  const appId = sp ? sp.appId : mi ? mi.appId : '';
  const spId = sp ? sp.servicePrincipalId : mi ? mi.servicePrincipalId : '';
  const request = requests.nextRequest();
  const { resource, outcome, place } = x;
  return {
    id: request.id,
    createdDateTime: x.iso,
    userDisplayName: '',
    userPrincipalName: '',
    userId: '',
    appId,
    appDisplayName: name,
    ipAddress: x.ipAddress,
    clientAppUsed: '',
    correlationId: correlations.next(),
    conditionalAccessStatus: 'notApplied',
    isInteractive: false,
    riskDetail: 'none',
    riskLevelAggregated: 'none',
    riskLevelDuringSignIn: 'none',
    riskState: 'none',
    riskEventTypes: [],
    riskEventTypes_v2: [],
    resourceDisplayName: resource.name,
    resourceId: resource.id,
    status: { errorCode: outcome.code, failureReason: outcome.reason, additionalDetails: outcome.additionalDetails },
    deviceDetail: {
      deviceId: '', displayName: '', operatingSystem: '', browser: '', isCompliant: false, isManaged: false, trustType: '',
    },
    location: {
      city: place.city,
      state: place.state,
      countryOrRegion: place.countryOrRegion,
      geoCoordinates: { altitude: null, latitude: place.latitude, longitude: place.longitude },
    },
    appliedConditionalAccessPolicies: [],
    // beta
    signInEventTypes: [sp ? 'servicePrincipal' : 'managedIdentity'],
    servicePrincipalId: spId,
    servicePrincipalName: name,
    resourceTenantId: CONTOSO_TENANT_ID,
    resourceServicePrincipalId: resource.servicePrincipalId,
    uniqueTokenIdentifier: request.token,
    tokenIssuerType: 'AzureAD',
    processingTimeInMilliseconds: 10 + Math.floor(random.float() * random.float() * 160),
    autonomousSystemNumber: x.asn,
    clientCredentialType: sp ? sp.credentialType : 'managedIdentity',
    servicePrincipalCredentialKeyId: sp ? sp.credentialKeyId : '',
    servicePrincipalCredentialThumbprint: sp ? sp.certificateThumbprint : '',
    federatedCredentialId: sp ? sp.federatedCredentialId : '',
    managedServiceIdentity: mi
      ? { msiType: mi.msiType, associatedResourceId: mi.associatedResourceId, federatedTokenId: null, federatedTokenIssuer: null }
      : { msiType: 'none', associatedResourceId: null, federatedTokenId: null, federatedTokenIssuer: null },
  };
};
