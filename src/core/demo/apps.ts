/**
 * The demo tenant's applications and the resources they call. Microsoft first-party apps and
 * resources carry their real, well-known application ids; Contoso's own and gallery apps get
 * stable ids derived from their names. Weights are relative sign-in volumes per user role
 * (staff, engineer, admin, guest), separately for interactive and non-interactive sign-ins.
 */
import type { UaKind } from './devices.js';
import { stableGuid } from './ids.js';
import { createPicker, type Picker } from './random.js';

export const CONTOSO_TENANT_ID = '4a7c1e9b-2f3d-4c8e-9a61-0d5b7e2f8c34';
/** The Microsoft Services tenant that owns first-party applications. */
export const MICROSOFT_SERVICES_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

export interface DemoResource {
  readonly id: string;
  readonly name: string;
  readonly servicePrincipalId: string;
  readonly ownerTenantId: string;
}

const resource = (id: string, name: string, firstParty = true): DemoResource => ({
  id, name, servicePrincipalId: stableGuid(`sp:${id}`),
  ownerTenantId: firstParty ? MICROSOFT_SERVICES_TENANT_ID : CONTOSO_TENANT_ID,
});

export const RESOURCES = {
  graph: resource('00000003-0000-0000-c000-000000000000', 'Microsoft Graph'),
  exchange: resource('00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'),
  sharepoint: resource('00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'),
  teams: resource('cc15fd57-2c6c-4117-a88c-83b1d56b4bbe', 'Microsoft Teams Services'),
  arm: resource('797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'),
  aad: resource('00000002-0000-0000-c000-000000000000', 'Windows Azure Active Directory'),
  drs: resource('01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9', 'Device Registration Service'),
  intune: resource('0000000a-0000-0000-c000-000000000000', 'Microsoft Intune'),
  powerBi: resource('00000009-0000-0000-c000-000000000000', 'Power BI Service'),
  keyVault: resource('cfa8b339-82a2-471a-a3c9-0fc0be7a4093', 'Azure Key Vault'),
  storage: resource('e406a681-f3d4-42a8-90b6-c2b029497af1', 'Azure Storage'),
  sql: resource('022907d3-0f1b-48f7-badc-1ba6abab6d66', 'Azure SQL Database'),
  accessPanel: resource('0000000c-0000-0000-c000-000000000000', 'Microsoft App Access Panel'),
  hrApi: resource(stableGuid('app:Contoso HR API'), 'Contoso HR API', false),
  expenseApi: resource(stableGuid('app:Expense Tracker API'), 'Expense Tracker API', false),
} as const;

type ResourceKey = keyof typeof RESOURCES;
/** [staff, engineer, admin, guest] */
type RoleWeights = readonly [number, number, number, number];

export interface DemoApp {
  readonly id: string;
  readonly name: string;
  readonly ownerTenantId: string;
  /** Signs in through a browser on any device. */
  readonly web: boolean;
  /** Native client kind, preferred over the browser where the device has it. */
  readonly native: UaKind | null;
  readonly protocol: string;
  readonly interactive: RoleWeights;
  readonly nonInteractive: RoleWeights;
  readonly resources: readonly DemoResource[];
  readonly resourcePicker: Picker;
}

interface AppSpec {
  id?: string;
  name: string;
  web?: boolean;
  native?: UaKind;
  saml?: boolean;
  i: RoleWeights;
  n: RoleWeights;
  res: readonly (readonly [ResourceKey, number])[];
}

const app = (s: AppSpec): DemoApp => {
  const selfResource = s.saml ? [resource(s.id ?? stableGuid(`app:${s.name}`), s.name, false)] : null;
  const resources = selfResource ?? s.res.map(([k]) => RESOURCES[k]);
  return {
    id: s.id ?? stableGuid(`app:${s.name}`),
    name: s.name,
    ownerTenantId: s.id ? MICROSOFT_SERVICES_TENANT_ID : CONTOSO_TENANT_ID,
    web: s.web ?? false,
    native: s.native ?? null,
    protocol: s.saml ? 'saml20' : 'none',
    interactive: s.i,
    nonInteractive: s.n,
    resources,
    resourcePicker: createPicker(selfResource ? [1] : s.res.map(([, w]) => w)),
  };
};

export const APPS: readonly DemoApp[] = [
  app({ id: '00000002-0000-0ff1-ce00-000000000000', name: 'Office 365 Exchange Online', web: true,
    i: [10, 6, 6, 0], n: [6, 4, 4, 0], res: [['exchange', 8], ['graph', 2]] }),
  app({ id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', name: 'Microsoft Teams', native: 'teams',
    i: [6, 6, 6, 0], n: [30, 30, 25, 0], res: [['teams', 40], ['graph', 20], ['sharepoint', 15], ['exchange', 10]] }),
  app({ id: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', name: 'Microsoft Teams Web Client', web: true,
    i: [3, 2, 2, 8], n: [4, 3, 3, 6], res: [['teams', 6], ['graph', 3]] }),
  app({ id: '00000003-0000-0ff1-ce00-000000000000', name: 'Office 365 SharePoint Online', web: true,
    i: [12, 8, 8, 10], n: [6, 5, 5, 4], res: [['sharepoint', 9], ['graph', 1]] }),
  app({ id: '4765445b-32c6-49b0-83e6-1d93765276ca', name: 'OfficeHome', web: true,
    i: [12, 8, 8, 0], n: [4, 3, 3, 0], res: [['graph', 5], ['sharepoint', 2], ['exchange', 2]] }),
  app({ id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', name: 'Microsoft Office', native: 'office',
    i: [8, 6, 5, 0], n: [22, 18, 15, 0], res: [['exchange', 5], ['sharepoint', 4], ['graph', 4]] }),
  app({ id: '27922004-5251-4030-b22d-91ecd9a37ea4', name: 'Outlook Mobile', native: 'msalMobile',
    i: [3, 3, 3, 0], n: [14, 12, 12, 0], res: [['exchange', 8], ['graph', 2]] }),
  app({ id: 'ab9b8c07-8f02-4f72-87fa-80105867a763', name: 'OneDrive SyncEngine', native: 'onedrive',
    i: [1, 1, 1, 0], n: [14, 14, 12, 0], res: [['sharepoint', 1]] }),
  app({ id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal', web: true,
    i: [0.2, 10, 22, 0], n: [0.1, 6, 12, 0], res: [['arm', 7], ['graph', 3]] }),
  app({ id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', name: 'Microsoft Azure CLI', native: 'azcli',
    i: [0, 8, 8, 0], n: [0, 10, 8, 0], res: [['arm', 8], ['graph', 1], ['keyVault', 1]] }),
  app({ id: '1950a258-227b-4e31-a9cf-717495945fc2', name: 'Microsoft Azure PowerShell', native: 'azps',
    i: [0, 2, 10, 0], n: [0, 2, 8, 0], res: [['arm', 8], ['graph', 2]] }),
  app({ id: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064', name: 'Graph Explorer', web: true,
    i: [0, 2, 4, 0], n: [0, 1, 2, 0], res: [['graph', 1]] }),
  app({ id: '29d9ed98-a469-4536-ade2-f981bc1d605e', name: 'Microsoft Authentication Broker', native: 'msalMobile',
    i: [2, 2, 2, 0], n: [6, 6, 6, 0], res: [['drs', 3], ['graph', 2]] }),
  app({ id: '38aa3b87-a06d-4817-b275-7a316988d93b', name: 'Windows Sign In', native: 'wam',
    i: [6, 6, 6, 0], n: [8, 8, 8, 0], res: [['aad', 1]] }),
  app({ id: 'ecd6b820-32c2-49b6-98a6-444530e5a77a', name: 'Microsoft Edge', native: 'wam',
    i: [1, 1, 1, 0], n: [6, 6, 6, 0], res: [['graph', 1]] }),
  app({ id: '2793995e-0a7d-40d7-bd35-6968ba142197', name: 'My Apps', web: true,
    i: [4, 2, 3, 3], n: [1, 1, 1, 1], res: [['accessPanel', 3], ['graph', 1]] }),
  app({ id: '19db86c3-b2b9-44cc-b339-36da233a3be2', name: 'My Signins', web: true,
    i: [1.5, 1.5, 2, 0.5], n: [0.3, 0.3, 0.5, 0], res: [['graph', 1]] }),
  app({ id: '871c010f-5e61-4fb1-83ac-98610a7e9110', name: 'Microsoft Power BI', web: true,
    i: [3, 2, 2, 0], n: [2, 1, 1, 0], res: [['powerBi', 1]] }),
  app({ id: '9ba1a5c7-f17a-4de9-a1f1-6178c8d51223', name: 'Microsoft Intune Company Portal', native: 'msalMobile',
    i: [0.8, 0.8, 1, 0], n: [2, 2, 2, 0], res: [['intune', 3], ['graph', 1]] }),
  app({ id: '4813382a-8fa7-425e-ab75-3b753aab3abb', name: 'Microsoft Authenticator App', native: 'msalMobile',
    i: [0.6, 0.6, 0.6, 0], n: [2, 2, 2, 0], res: [['graph', 1]] }),
  app({ id: '872cd9fa-d31f-45e0-9eab-6e460a02d1f1', name: 'Visual Studio', native: 'vs',
    i: [0, 5, 1, 0], n: [0, 8, 1, 0], res: [['arm', 5], ['graph', 3]] }),
  app({ name: 'Contoso HR Portal', web: true, i: [4, 3, 3, 0], n: [1, 1, 1, 0], res: [['hrApi', 7], ['graph', 3]] }),
  app({ name: 'Expense Tracker', web: true, native: 'msalMobile',
    i: [4, 3, 3, 0], n: [2, 2, 2, 0], res: [['expenseApi', 9], ['graph', 1]] }),
  app({ name: 'ServiceNow', web: true, saml: true, i: [4, 4, 8, 0], n: [0, 0, 0, 0], res: [] }),
  app({ name: 'Salesforce', web: true, saml: true, i: [4, 1, 1, 1], n: [0, 0, 0, 0], res: [] }),
  // Never chosen in normal traffic: the password spray's scripted ROPC client.
  app({ id: '1b730954-1685-4b74-9bfd-dac224a7b894', name: 'Azure Active Directory PowerShell', native: 'ropc',
    i: [0, 0, 0, 0], n: [0, 0, 0, 0], res: [['aad', 1]] }),
];

const appIndex = (name: string): number => {
  const i = APPS.findIndex((a) => a.name === name);
  if (i < 0) throw new RangeError(`unknown demo app ${name}`);
  return i;
};

export const APP = {
  exchange: appIndex('Office 365 Exchange Online'),
  teams: appIndex('Microsoft Teams'),
  outlookMobile: appIndex('Outlook Mobile'),
  oneDrive: appIndex('OneDrive SyncEngine'),
  office: appIndex('Microsoft Office'),
  officeHome: appIndex('OfficeHome'),
  azurePortal: appIndex('Azure Portal'),
  azureCli: appIndex('Microsoft Azure CLI'),
  azurePowerShell: appIndex('Microsoft Azure PowerShell'),
  graphExplorer: appIndex('Graph Explorer'),
  expenseTracker: appIndex('Expense Tracker'),
  sprayClient: appIndex('Azure Active Directory PowerShell'),
} as const;

