/**
 * Writes large invented exports for measuring import rates:
 *   npx tsx scripts/gen-export-samples.ts OUT_DIR [ROWS]
 * → OUT_DIR/InteractiveSignIns_bench.csv (Entra portal CSV, 57 columns, BOM, quoted)
 * → OUT_DIR/SigninLogs_bench.json (Sentinel / Log Analytics JSON array, nested columns as JSON text, as `az` writes)
 * Then: node bin/signin-report.js --db /tmp/bench.db import --no-progress OUT_DIR/<file>
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] ?? '/tmp/signin-bench';
const rows = Number(process.argv[3] ?? 1_000_000);
mkdirSync(out, { recursive: true });

const HEADER = [
  'Date (UTC)', 'Request ID', 'User agent', 'Correlation ID', 'User ID', 'User', 'Username', 'User type', 'Cross tenant access type',
  'Incoming token type', 'Authentication Protocol', 'Unique token identifier', 'Original transfer method', 'Client credential type',
  'Token Protection - Sign In Session', 'Token Protection - Sign In Session StatusCode', 'Application', 'Application ID ',
  'App owner tenant ID', 'Resource', 'Resource ID ', 'Resource tenant ID', 'Resource owner tenant ID', 'Home tenant ID',
  'Home tenant name', 'IP address', 'Location', 'Status', 'Sign-in error code', 'Failure reason', 'Client app', 'Device ID', 'Browser',
  'Operating System', 'Compliant', 'Managed', 'Join Type', 'Multifactor authentication result', 'Multifactor authentication auth method',
  'Multifactor authentication auth detail', 'Authentication requirement', 'Sign-in identifier', 'Session ID',
  'IP address (seen by resource)', 'Through Global Secure Access', 'Global Secure Access IP address', 'Autonomous system  number',
  'Flagged for review', 'Token issuer type', 'Incoming token type', 'Token issuer name', 'Latency', 'Conditional Access',
  'Managed Identity type', 'Associated Resource Id', 'Federated Token Id', 'Federated Token Issuer',
];

const TENANT = '11111111-2222-3333-4444-555555555555';
const APPS = [
  ['Microsoft Teams', '1fec8e78-bce4-4aaf-ab1b-5451cc387264'],
  ['Office 365 Exchange Online', '00000002-0000-0ff1-ce00-000000000000'],
  ['Azure Portal', 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c'],
  ['Microsoft Office', 'd3590ed6-52b3-4102-aeff-aad2292ab01c'],
] as const;
const OUTCOMES = [
  [0, 'Success', ''],
  [0, 'Success', ''],
  [0, 'Success', ''],
  [50126, 'Failure', 'Error validating credentials due to invalid username or password.'],
  [50074, 'Interrupted', 'Strong Authentication is required.'],
  [53003, 'Failure', 'Access has been blocked by Conditional Access policies.'],
] as const;
const PLACES = [['Tokyo', 'Tokyo', 'JP'], ['Osaka', 'Osaka', 'JP'], ['Melbourne', 'Victoria', 'AU'], ['Seattle', 'Washington', 'US']] as const;
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';

const hex = (n: number, w: number) => (n >>> 0).toString(16).padStart(w, '0').slice(-w);
const guid = (a: number, b: number) => `${hex(a, 8)}-${hex(b, 4)}-4${hex(a ^ b, 3)}-8${hex(b * 7, 3)}-${hex(a * 31 + b, 12)}`;
const q = (s: string | number) => `"${String(s).replace(/"/g, '""')}"`;
const start = Date.UTC(2025, 0, 1);

const drain = (w: NodeJS.WritableStream, chunk: string) => (w.write(chunk) ? Promise.resolve() : new Promise<void>((r) => w.once('drain', () => r())));

const writeCsv = async () => {
  const file = join(out, 'InteractiveSignIns_bench.csv');
  const w = createWriteStream(file);
  await drain(w, `\uFEFF${HEADER.map(q).join(',')}\r\n`);
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const [app, appId] = APPS[i % APPS.length] as readonly [string, string];
    const [code, word, reason] = OUTCOMES[i % OUTCOMES.length] as readonly [number, string, string];
    const [city, state, cc] = PLACES[(i >> 2) % PLACES.length] as readonly [string, string, string];
    const user = i % 5000;
    const cells = [
      new Date(start + i * 2500).toISOString().replace(/\.\d{3}Z$/, 'Z'), guid(i, 1), UA, guid(i, 2), guid(user, 3), `User ${user}`,
      `user${user}@contoso.example`, 'Member', 'None', 'Primary refresh token', 'None', i % 3 ? `Zx9kQ2mVbE${hex(i, 8)}` : `'-Q2mV${hex(i, 8)}`,
      'None', 'None', 'Bound', '0', app, appId, TENANT, 'Microsoft Graph', '00000003-0000-0000-c000-000000000000', TENANT, TENANT, TENANT, '',
      `203.0.${(i >> 8) & 255}.${i & 255}`, `${city}, ${state}, ${cc}`, word, code === 0 ? '' : code, reason, 'Browser', guid(user, 9),
      'Edge 131.0.0', 'Windows10', 'Yes', 'Yes', 'Microsoft Entra joined', code === 0 ? 'MFA requirement satisfied by claim in the token' : '',
      '', '', 'Multifactor authentication', `user${user}@contoso.example`, guid(i, 5), '', 'No', '', '4826', 'No', 'Azure AD',
      'Primary refresh token', '', String(40 + (i % 200)), 'Success', 'None', '', '', '',
    ];
    buf += `${cells.map(q).join(',')}\r\n`;
    if (buf.length > 1 << 20) {
      await drain(w, buf);
      buf = '';
    }
  }
  await drain(w, buf);
  await new Promise<void>((r) => w.end(r));
  return file;
};

const writeSentinelJson = async () => {
  const file = join(out, 'SigninLogs_bench.json');
  const w = createWriteStream(file);
  await drain(w, '[\n');
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const [app, appId] = APPS[i % APPS.length] as readonly [string, string];
    const [code, , reason] = OUTCOMES[i % OUTCOMES.length] as readonly [number, string, string];
    const [city, state, cc] = PLACES[(i >> 2) % PLACES.length] as readonly [string, string, string];
    const user = i % 5000;
    const created = new Date(start + i * 2500).toISOString();
    const row = {
      TenantId: TENANT, SourceSystem: 'Azure AD', TimeGenerated: created, ResourceId: `/tenants/${TENANT}/providers/Microsoft.aadiam`,
      OperationName: 'Sign-in activity', OperationVersion: '1.0', Category: 'SignInLogs', ResultType: String(code), ResultSignature: 'None',
      ResultDescription: reason, DurationMs: '0', CorrelationId: guid(i, 2), Resource: 'Microsoft.aadiam', ResourceGroup: 'Microsoft.aadiam',
      Identity: `User ${user}`, Level: '4', Location: cc, AppDisplayName: app, AppId: appId, AuthenticationContextClassReferences: '[]',
      AuthenticationDetails: JSON.stringify([{ authenticationStepDateTime: created, authenticationMethod: 'Password', authenticationMethodDetail: 'Password Hash Sync', succeeded: code === 0, authenticationStepResultDetail: code === 0 ? 'Correct password' : 'Invalid username or password or Invalid on-premise username or password.', authenticationStepRequirement: 'Primary authentication', StatusSequence: 0, RequestSequence: 1 }]),
      AuthenticationMethodsUsed: '', AuthenticationProcessingDetails: JSON.stringify([{ key: 'Legacy TLS (TLS 1.0, 1.1, 3DES)', value: 'False' }, { key: 'Is CAE Token', value: 'True' }]),
      AuthenticationRequirement: 'singleFactorAuthentication', AuthenticationRequirementPolicies: '[]', ClientAppUsed: 'Browser',
      ConditionalAccessPolicies: JSON.stringify([{ id: guid(7, 7), displayName: 'Require MFA for admins', enforcedGrantControls: ['Mfa'], enforcedSessionControls: [], result: 'notApplied', conditionsSatisfied: 1, conditionsNotSatisfied: 2 }]),
      ConditionalAccessStatus: 'notApplied', CreatedDateTime: created,
      DeviceDetail: JSON.stringify({ deviceId: guid(user, 9), displayName: `PC-${user}`, operatingSystem: 'Windows10', browser: 'Edge 131.0.0', isCompliant: true, isManaged: true, trustType: 'Azure AD joined' }),
      IsInteractive: 'true', Id: guid(i, 1), IPAddress: `203.0.${(i >> 8) & 255}.${i & 255}`, IsRisky: '',
      LocationDetails: JSON.stringify({ city, state, countryOrRegion: cc, geoCoordinates: { latitude: 35.69, longitude: 139.69 } }),
      MfaDetail: '{}', NetworkLocationDetails: '[]', OriginalRequestId: guid(i, 1), ProcessingTimeInMilliseconds: String(40 + (i % 200)),
      RiskDetail: 'none', RiskEventTypes: '[]', RiskEventTypes_V2: '[]', RiskLevelAggregated: 'none', RiskLevelDuringSignIn: 'none', RiskState: 'none',
      ResourceDisplayName: 'Microsoft Graph', ResourceIdentity: '00000003-0000-0000-c000-000000000000', ServicePrincipalId: '',
      Status: JSON.stringify(code === 0 ? { errorCode: 0 } : { errorCode: code, failureReason: reason }), TokenIssuerName: '', TokenIssuerType: 'AzureAD',
      UserAgent: UA, UserDisplayName: `User ${user}`, UserId: guid(user, 3), UserPrincipalName: `user${user}@contoso.example`, AADTenantId: TENANT,
      UserType: 'Member', FlaggedForReview: 'false', IPAddressFromResourceProvider: '', SignInIdentifier: '', SignInIdentifierType: '',
      ResourceTenantId: TENANT, HomeTenantId: TENANT, UniqueTokenIdentifier: `Zx9kQ2mVbE${hex(i, 8)}`, SessionLifetimePolicies: '[]',
      AutonomousSystemNumber: '4826', AuthenticationProtocol: 'none', CrossTenantAccessType: 'none', AppliedEventListeners: '[]', Type: 'SigninLogs',
    };
    buf += `${i > 0 ? ',\n' : ''}  ${JSON.stringify(row)}`;
    if (buf.length > 1 << 20) {
      await drain(w, buf);
      buf = '';
    }
  }
  await drain(w, `${buf}\n]\n`);
  await new Promise<void>((r) => w.end(r));
  return file;
};

const which = process.argv[4] ?? 'both';
if (which !== 'json') console.log(await writeCsv());
if (which !== 'csv') console.log(await writeSentinelJson());
