/**
 * Builds one interactive or non-interactive user sign-in in the Graph beta shape. The caller
 * decides who, when, where, with what and with which outcome; this file turns that into
 * authentication steps, Conditional Access results and the record itself.
 */
import type { SignIn } from '../model/sign-in-schema.js';
import { CONTOSO_TENANT_ID, type DemoApp, type DemoResource } from './apps.js';
import { formatGuid, type IdSource } from './ids.js';
import type { Outcome } from './outcomes.js';
import type { Place } from './places.js';
import { evaluateConditionalAccess, requiresMfa } from './policies.js';
import { mix32, type Random } from './random.js';
import type { DemoDevice, DemoUser } from './roster.js';

type AuthStep = NonNullable<SignIn['authenticationDetails']>[number];

/** Detections the older `riskEventTypes` enum can express; newer ones appear only in `riskEventTypes_v2`. */
const LEGACY_RISK_EVENTS = new Set(['unlikelyTravel', 'anonymizedIPAddress', 'maliciousIPAddress', 'unfamiliarFeatures',
  'malwareInfectedIPAddress', 'suspiciousIPAddress', 'leakedCredentials', 'investigationsThreatIntelligence', 'generic']);

export interface UserSignInInput {
  time: number;
  iso: string;
  interactive: boolean;
  user: DemoUser;
  app: DemoApp;
  appIndex: number;
  resource: DemoResource;
  device: DemoDevice | null;
  clientAppUsed: string;
  userAgent: string;
  browser: string;
  operatingSystem: string;
  ipAddress: string;
  asn: number;
  place: Place;
  /** Named location of a trusted office network, or null. */
  trustedNetwork: string | null;
  legacy: boolean;
  outcome: Outcome;
  protocol: string;
  transferMethod: string;
  /** Risk detected during sign-in, or null for none. */
  riskLevel: string | null;
  riskEvent: string | null;
  /** Force the interactive MFA method (MFA-fatigue incident); null lets the builder choose. */
  mfaMethod: string | null;
  mfaDeniedDetail: string | null;
}

export interface UserSignInIds {
  readonly requests: IdSource;
  readonly correlations: IdSource;
  readonly sessions: ReturnType<typeof createSessionIds>;
}

const WEEK = 7 * 86_400_000;
const SLOTS = 8;

/**
 * One SSO session per user, device and week: sign-ins of a session share its id. The last id of
 * each (user, device) is cached, since consecutive sign-ins mostly fall in the same week.
 */
export const createSessionIds = (seedWord: number) => {
  const cachedWeek: number[] = [];
  const cachedId: string[] = [];
  return (user: DemoUser, device: DemoDevice | null, time: number): string => {
    const slot = device ? user.devices.indexOf(device) + 1 : 0;
    const key = user.index * SLOTS + slot;
    const week = Math.floor(time / WEEK);
    if (cachedWeek[key] === week) return cachedId[key] as string;
    const a = mix32(seedWord ^ mix32(key));
    const b = mix32(a ^ week);
    const id = formatGuid(a, b, mix32(b + 0x632be5ab), mix32(a + b));
    cachedWeek[key] = week;
    cachedId[key] = id;
    return id;
  };
};

const step = (
  iso: string, method: string | null, detail: string | null, requirement: string, result: string, succeeded: boolean,
): AuthStep => ({
  authenticationStepDateTime: iso,
  authenticationMethod: method,
  authenticationMethodDetail: detail,
  succeeded,
  authenticationStepResultDetail: result,
  authenticationStepRequirement: requirement,
});

const PRIMARY = 'Primary authentication';
const MFA = 'Multi-factor authentication';
const MFA_METHODS = ['Mobile app notification', 'Mobile app notification', 'Mobile app notification', 'Text message',
  'Passkey (Microsoft Authenticator)', 'OATH verification code'];

export const DENIALS: readonly string[] = [
  'MFA denied; user declined the authentication',
  'MFA denied; user did not respond to mobile app notification',
  'MFA denied; user did not select the correct number',
];

interface StepsResult {
  readonly steps: AuthStep[];
  readonly methods: string[];
}

const authSteps = (x: UserSignInInput, mfaNeeded: boolean, random: Random): StepsResult => {
  const { iso, outcome } = x;
  const shape = outcome.shape;
  if (shape === 'none') return { steps: [], methods: [] };
  // Token refreshes that simply succeed record no steps (Graph's own non-interactive example).
  if (!x.interactive && shape === 'success') return { steps: [], methods: [] };
  // An SSO session from an earlier sign-in exists only on the user's own devices.
  const token = !x.interactive || (shape === 'success' && !x.legacy && x.device !== null && random.chance(0.35));
  if (shape === 'badPassword') {
    return {
      steps: [step(iso, 'Password', 'Password Hash Sync', PRIMARY, 'Invalid username or password.', false)],
      methods: [],
    };
  }
  const primary = token
    ? step(iso, 'Previously satisfied', null, PRIMARY, 'First factor requirement satisfied by claim in the token', true)
    : step(iso, 'Password', 'Password Hash Sync', PRIMARY, 'Correct password', true);
  const methods = token ? [] : ['Password'];
  if (shape === 'mfaRequired') {
    return {
      steps: [primary, step(iso, null, null, MFA, outcome.additionalDetails ?? 'MFA required in Azure AD', false)],
      methods,
    };
  }
  if (shape === 'mfaDenied') {
    const method = x.mfaMethod ?? 'Mobile app notification';
    const detail = x.mfaDeniedDetail ?? (DENIALS[random.int(DENIALS.length)] as string);
    return { steps: [primary, step(iso, method, null, MFA, detail, false)], methods };
  }
  if (!mfaNeeded || shape !== 'success') return { steps: [primary], methods };
  if (x.mfaMethod === null && random.chance(0.4)) {
    return {
      steps: [primary, step(iso, 'Previously satisfied', null, MFA, 'MFA requirement satisfied by claim in the token', true)],
      methods,
    };
  }
  const method = x.mfaMethod ?? (MFA_METHODS[random.int(MFA_METHODS.length)] as string);
  methods.push(method);
  return { steps: [primary, step(iso, method, null, MFA, 'MFA successfully completed', true)], methods };
};

const MFA_BY_POLICY = { requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' } as const;
const MFA_BY_USER = { requirementProvider: 'user', detail: 'Per-user MFA' } as const;

/**
 * Every user sign-in has the v1.0 properties and the beta ones that always say something; beta
 * properties that would hold Graph's default (`null`, `""`, `none`, `[]`) for this tenant are
 * left out, as the schema allows, which keeps records near the ~2-2.5 KB of real exports.
 */
export const buildUserSignIn = (x: UserSignInInput, ids: UserSignInIds, random: Random): SignIn => {
  const { user, app, resource, device, outcome, place } = x;
  const request = ids.requests.nextRequest();
  const trusted = x.trustedNetwork !== null;
  const mfaMissing = outcome.shape === 'mfaRequired' || outcome.shape === 'mfaDenied';
  // Conditional Access (and so any MFA requirement) only comes into play once a credential or token was accepted.
  const evaluated = outcome.shape !== 'none' && outcome.shape !== 'badPassword';
  const mfaByPolicy = evaluated && requiresMfa({ trustedNetwork: trusted, legacyClient: x.legacy });
  const mfaNeeded = mfaMissing || mfaByPolicy;
  const auth = authSteps(x, mfaNeeded, random);
  const ca = evaluateConditionalAccess({
    evaluated,
    trustedNetwork: trusted,
    legacyClient: x.legacy,
    mfaMissing,
    blocked: outcome.caFailure && !mfaMissing,
  });
  const guest = user.homeTenantId !== CONTOSO_TENANT_ID;
  const windowsPrt = device !== null && device.profile.os === 'Windows10' && device.profile.managed && x.clientAppUsed !== 'Browser';
  const risk = x.riskLevel ?? 'none';
  const processing = x.interactive
    ? 60 + Math.floor(random.float() * random.float() * 900)
    : 15 + Math.floor(random.float() * random.float() * 280);
  const record: SignIn = {
    id: request.id,
    createdDateTime: x.iso,
    userDisplayName: user.displayName,
    userPrincipalName: user.upn,
    userId: user.id,
    appId: app.id,
    appDisplayName: app.name,
    ipAddress: x.ipAddress,
    clientAppUsed: x.clientAppUsed,
    correlationId: ids.correlations.next(),
    conditionalAccessStatus: ca.status,
    isInteractive: x.interactive,
    riskDetail: 'none',
    riskLevelAggregated: risk,
    riskLevelDuringSignIn: risk,
    riskState: x.riskLevel ? 'atRisk' : 'none',
    riskEventTypes: x.riskEvent && LEGACY_RISK_EVENTS.has(x.riskEvent) ? [x.riskEvent] : [],
    riskEventTypes_v2: x.riskEvent ? [x.riskEvent] : [],
    resourceDisplayName: resource.name,
    resourceId: resource.id,
    status: { errorCode: outcome.code, failureReason: outcome.reason, additionalDetails: outcome.additionalDetails },
    deviceDetail: {
      deviceId: device ? device.id : '',
      displayName: device ? device.displayName : '',
      operatingSystem: x.operatingSystem,
      browser: x.browser,
      isCompliant: device ? device.compliant : false,
      isManaged: device ? device.profile.managed : false,
      trustType: device ? device.profile.trustType : '',
    },
    location: {
      city: place.city,
      state: place.state,
      countryOrRegion: place.countryOrRegion,
      geoCoordinates: { altitude: null, latitude: place.latitude, longitude: place.longitude },
    },
    appliedConditionalAccessPolicies: ca.policies,
    // beta
    signInEventTypes: [x.interactive ? 'interactiveUser' : 'nonInteractiveUser'],
    userAgent: x.userAgent,
    userType: guest ? 'guest' : 'member',
    homeTenantId: user.homeTenantId,
    sessionId: ids.sessions(user, device, x.time),
    uniqueTokenIdentifier: request.token,
    tokenIssuerType: 'AzureAD',
    processingTimeInMilliseconds: processing,
    autonomousSystemNumber: x.asn,
    authenticationRequirement: mfaNeeded ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    authenticationDetails: auth.steps,
  };
  // Informative only when they differ from Graph's default; absent means that default.
  if (x.interactive) record.signInIdentifier = user.upn;
  if (guest) record.crossTenantAccessType = 'b2bCollaboration';
  if (x.trustedNetwork) record.networkLocationDetails = [{ networkType: 'namedNetwork', networkNames: [x.trustedNetwork] }];
  if (auth.methods.length > 0) record.authenticationMethodsUsed = auth.methods;
  if (mfaNeeded) record.authenticationRequirementPolicies = [mfaByPolicy ? { ...MFA_BY_POLICY } : { ...MFA_BY_USER }];
  if (x.protocol !== 'none') record.authenticationProtocol = x.protocol;
  if (x.transferMethod !== 'none') record.originalTransferMethod = x.transferMethod;
  if (windowsPrt && !x.interactive) record.incomingTokenType = 'primaryRefreshToken';
  return record;
};
