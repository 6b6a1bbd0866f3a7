/** Shared set-up of the HTTP tests: a SQLite store with records, tokens, and the app. */
import { createSqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { prepareSignIn } from '../../src/core/model/sign-in-row.js';
import type { SignIn } from '../../src/core/model/sign-in-schema.js';
import type { SignInType } from '../../src/core/model/sign-in-type.js';
import type { SignInStore, TokenScope } from '../../src/core/ports.js';
import { createApiToken } from '../../src/core/use-cases/create-api-token.js';
import { nodeTokenCrypto } from '../../src/node/node-crypto.js';
import { createApp, type AppDeps } from '../../src/http/app.js';

export const TYPES: readonly SignInType[] = ['interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity'];

/** A small Graph beta sign-in; `n` spreads users, apps, codes and types. */
export const record = (n: number, over: Partial<SignIn> = {}): SignIn => {
  const type = TYPES[n % 4] as SignInType;
  const user = type === 'interactiveUser' || type === 'nonInteractiveUser';
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    createdDateTime: new Date(Date.UTC(2024, 6, 1) + Math.floor(n / 2) * 60_000).toISOString(),
    userPrincipalName: user ? `User${n % 5}@Contoso.com` : null,
    userDisplayName: user ? `User ${n % 5}` : null,
    userId: user ? `10000000-0000-4000-8000-${String(n % 5).padStart(12, '0')}` : null,
    appId: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064',
    appDisplayName: n % 3 === 0 ? 'Graph Explorer' : 'Microsoft Teams',
    ipAddress: `203.0.113.${n % 7}`,
    clientAppUsed: 'Browser',
    conditionalAccessStatus: 'notApplied',
    isInteractive: type === 'interactiveUser',
    status: { errorCode: [0, 0, 50126, 50074, 53003][n % 5] ?? 0, failureReason: null, additionalDetails: null },
    location: { city: 'Tokyo', state: null, countryOrRegion: n % 2 ? 'JP' : 'US', geoCoordinates: {} },
    signInEventTypes: [type],
    servicePrincipalId: user ? '' : `sp-${n % 3}`,
    servicePrincipalName: user ? '' : `Service ${n % 3}`,
    userAgent: 'Mozilla/5.0',
    authenticationRequirement: 'singleFactorAuthentication',
    processingTimeInMilliseconds: 100 + n,
    ...over,
  };
};

export const openStore = async (records: readonly SignIn[] = []): Promise<SignInStore> => {
  const store = createSqliteStore({ file: ':memory:' });
  await store.migrate();
  if (records.length > 0) await store.upsert(records.map((r) => prepareSignIn(r)));
  return store;
};

const clock = { now: () => new Date() };

export const makeToken = async (store: SignInStore, name: string, scopes: TokenScope[], expiresInMs?: number): Promise<string> =>
  (await createApiToken({ tokens: store, crypto: nodeTokenCrypto, clock }, { name, scopes, expiresInMs })).secret;

export const setup = async (records: readonly SignIn[], deps: Partial<AppDeps> = {}) => {
  const store = await openStore(records);
  const secret = await makeToken(store, 'reader', ['read']);
  const app = createApp({ store, publicUrl: 'https://reports.example.com', ...deps });
  const auth = { authorization: `Bearer ${secret}` };
  const get = (url: string, headers: Record<string, string> = auth) => app.inject({ method: 'GET', url, headers });
  return { store, app, secret, auth, get };
};
