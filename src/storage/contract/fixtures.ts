/** Small hand-made sign-ins for the storage contract suite. */
import type { SignIn } from '../../core/model/sign-in-schema.js';
import { prepareSignIn, type PreparedSignIn } from '../../core/model/sign-in-row.js';

export const makeSignIn = (n: number, over: Partial<SignIn> = {}): SignIn => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  createdDateTime: new Date(Date.UTC(2024, 6, 1, 0, 0, 0) + n * 60_000).toISOString().replace('.000Z', 'Z'),
  userPrincipalName: `user${n % 5}@contoso.com`,
  userDisplayName: `User ${n % 5}`,
  userId: `10000000-0000-4000-8000-${String(n % 5).padStart(12, '0')}`,
  appId: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064',
  appDisplayName: n % 2 === 0 ? 'Graph Explorer' : 'Microsoft Teams',
  ipAddress: `203.0.113.${n % 7}`,
  clientAppUsed: 'Browser',
  conditionalAccessStatus: 'notApplied',
  isInteractive: true,
  resourceDisplayName: 'Microsoft Graph',
  resourceId: '00000003-0000-0000-c000-000000000000',
  status: n % 3 === 0 ? { errorCode: 50126, failureReason: 'Invalid username or password.', additionalDetails: null } : { errorCode: 0, failureReason: 'Other.', additionalDetails: null },
  location: { city: n % 2 ? 'Tokyo' : 'Osaka', state: null, countryOrRegion: 'JP', geoCoordinates: { latitude: 35.6, longitude: 139.7, altitude: null } },
  deviceDetail: { browser: 'Edge 120.0', operatingSystem: 'Windows 10', deviceId: '', displayName: null, isCompliant: false, isManaged: false, trustType: null },
  signInEventTypes: ['interactiveUser'],
  ...over,
});

export const prep = (s: SignIn): PreparedSignIn => prepareSignIn(s);
export const prepAll = (list: readonly SignIn[]): PreparedSignIn[] => list.map(prep);
