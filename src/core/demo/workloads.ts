/**
 * Workload identities of the demo tenant: app registrations signing in with their own
 * credentials (service principal sign-ins) and Azure resources using managed identities.
 * One service principal keeps using an expired secret, the classic always-failing job.
 */
import { RESOURCES, type DemoResource } from './apps.js';
import { stableGuid } from './ids.js';
import { createPicker, type Picker } from './random.js';

export const DEMO_SUBSCRIPTION_ID = '6b1f3c2d-8e4a-4f5b-9c7d-2e1a0b3c4d5e';

export interface DemoServicePrincipal {
  readonly name: string;
  readonly appId: string;
  readonly servicePrincipalId: string;
  readonly credentialType: 'clientSecret' | 'certificate' | 'federatedIdentityCredential';
  readonly credentialKeyId: string;
  readonly certificateThumbprint: string;
  readonly federatedCredentialId: string;
  /** Index into AZURE_REGIONS, or -1 for Contoso's Tokyo data centre (office egress). */
  readonly region: number;
  readonly weight: number;
  /** Error code every sign-in of this principal fails with, or 0. */
  readonly alwaysFails: number;
  readonly resources: readonly DemoResource[];
  readonly resourcePicker: Picker;
}

export interface DemoManagedIdentity {
  readonly name: string;
  readonly appId: string;
  readonly servicePrincipalId: string;
  readonly msiType: 'systemAssigned' | 'userAssigned';
  readonly associatedResourceId: string;
  readonly region: number;
  readonly weight: number;
  readonly resources: readonly DemoResource[];
  readonly resourcePicker: Picker;
}

const thumbprint = (name: string): string => stableGuid(`thumb:${name}`).replace(/-/g, '').toUpperCase() +
  stableGuid(`thumb2:${name}`).slice(0, 8).toUpperCase();

const sp = (
  name: string, credentialType: DemoServicePrincipal['credentialType'], region: number, weight: number,
  res: readonly (readonly [DemoResource, number])[], alwaysFails = 0,
): DemoServicePrincipal => ({
  name,
  appId: stableGuid(`app:${name}`),
  servicePrincipalId: stableGuid(`sp:${name}`),
  credentialType,
  credentialKeyId: credentialType === 'federatedIdentityCredential' ? '' : stableGuid(`key:${name}`),
  certificateThumbprint: credentialType === 'certificate' ? thumbprint(name) : '',
  federatedCredentialId: credentialType === 'federatedIdentityCredential' ? stableGuid(`fic:${name}`) : '',
  region,
  weight,
  alwaysFails,
  resources: res.map(([r]) => r),
  resourcePicker: createPicker(res.map(([, w]) => w)),
});

export const SERVICE_PRINCIPALS: readonly DemoServicePrincipal[] = [
  sp('Contoso Payroll Sync', 'clientSecret', -1, 25, [[RESOURCES.graph, 1]]),
  sp('Backup Automation', 'certificate', 0, 15, [[RESOURCES.storage, 3], [RESOURCES.arm, 1]]),
  sp('Security Log Collector', 'certificate', 1, 15, [[RESOURCES.graph, 1]]),
  sp('GitHub Actions Deploy', 'federatedIdentityCredential', 2, 20, [[RESOURCES.arm, 4], [RESOURCES.keyVault, 1]]),
  sp('Teams Provisioning Bot', 'clientSecret', 0, 12, [[RESOURCES.graph, 1]]),
  sp('Expense Tracker Backend', 'clientSecret', 0, 8, [[RESOURCES.graph, 1], [RESOURCES.sql, 2]]),
  sp('Legacy Reporting Job', 'clientSecret', -1, 5, [[RESOURCES.graph, 1]], 7000222),
];

const mi = (
  name: string, msiType: DemoManagedIdentity['msiType'], provider: string, resourceGroup: string, region: number,
  weight: number, res: readonly (readonly [DemoResource, number])[],
): DemoManagedIdentity => ({
  name,
  appId: stableGuid(`mi-app:${name}`),
  servicePrincipalId: stableGuid(`mi-sp:${name}`),
  msiType,
  associatedResourceId: `/subscriptions/${DEMO_SUBSCRIPTION_ID}/resourceGroups/${resourceGroup}/providers/${provider}/${name}`,
  region,
  weight,
  resources: res.map(([r]) => r),
  resourcePicker: createPicker(res.map(([, w]) => w)),
});

export const MANAGED_IDENTITIES: readonly DemoManagedIdentity[] = [
  mi('func-invoice-ingest', 'systemAssigned', 'Microsoft.Web/sites', 'rg-finance-prod', 0, 30,
    [[RESOURCES.keyVault, 1], [RESOURCES.storage, 1]]),
  mi('vm-batch-jpe-01', 'systemAssigned', 'Microsoft.Compute/virtualMachines', 'rg-batch-prod', 0, 20,
    [[RESOURCES.storage, 3], [RESOURCES.arm, 1]]),
  mi('id-aks-workload', 'userAssigned', 'Microsoft.ManagedIdentity/userAssignedIdentities', 'rg-aks-prod', 1, 25,
    [[RESOURCES.keyVault, 2], [RESOURCES.sql, 1]]),
  mi('logic-hr-onboarding', 'systemAssigned', 'Microsoft.Logic/workflows', 'rg-hr-prod', 0, 10, [[RESOURCES.graph, 1]]),
  mi('adf-contoso-etl', 'systemAssigned', 'Microsoft.DataFactory/factories', 'rg-data-prod', 2, 15,
    [[RESOURCES.sql, 1], [RESOURCES.storage, 1]]),
];
