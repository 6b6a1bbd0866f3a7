/** Random sign-ins and entity queries for the entity contract's property test. */
import fc from 'fast-check';
import type { SignIn } from '../../core/model/sign-in-schema.js';
import type { EntityKind } from '../../core/entities/entity-types.js';
import { makeSignIn } from './fixtures.js';

export const DAY = 86_400_000;
/** 50 days of data: ranges, the 7 "new" days and the 30 days before them all fall inside. */
export const E_START = Date.UTC(2024, 9, 1);
export const E_SPAN = 50 * DAY;

/** Names differ in case only where the store must fold them (the same user). */
export const E_USERS = ['Adele@Contoso.com', 'adele@contoso.com', 'Bob@Contoso.com', 'carol@contoso.com', null] as const;
/** 'adele v' sorts after 'Adele Vance' by code unit but before it in most locales' collations. */
export const E_NAMES = ['Adele Vance', 'adele v', 'Bob Ito', 'Carol Sato', null] as const;
export const E_IPS = ['203.0.113.5', '198.51.100.7', '2001:db8::1', null] as const;
/** Two apps share a display name; one has none. */
export const E_APPS = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Teams' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Teams' },
  { id: '33333333-3333-4333-8333-333333333333', name: 'Outlook' },
  { id: '44444444-4444-4444-8444-444444444444', name: null },
] as const;
export const E_CODES = [0, 0, 0, 50126, 50074, 53003, 50140, 999999] as const;
export const E_PLACES = [
  { country: 'JP', city: 'Tokyo', lat: 35.68, lon: 139.69 },
  { country: 'JP', city: 'Osaka', lat: 34.69, lon: 135.5 },
  { country: 'US', city: 'New York', lat: 40.71, lon: -74.01 },
  { country: 'DE', city: null, lat: null, lon: null },
  { country: null, city: null, lat: null, lon: null },
] as const;
export const E_OS = ['Windows 10', 'iOS 17', 'MacOs', null] as const;
export const E_BROWSERS = ['Edge 120.0', 'Safari', null] as const;
export const E_CLIENT_APPS = ['Browser', 'Mobile Apps and Desktop clients', null] as const;
export const E_CA = ['success', 'failure', 'notApplied', null] as const;
export const E_METHODS = ['Password', 'Mobile app notification', 'FIDO2 security key'] as const;
export const E_ASNS = [2516, 7018, 3320] as const;

export interface EntityRec {
  at: number;
  user: (typeof E_USERS)[number];
  name: string | null;
  ip: (typeof E_IPS)[number];
  app: number;
  code: number;
  place: number;
  os: (typeof E_OS)[number];
  browser: (typeof E_BROWSERS)[number];
  clientApp: (typeof E_CLIENT_APPS)[number];
  ca: (typeof E_CA)[number];
  methods: string[];
  asn: number | null;
}

export const entityRecArb: fc.Arbitrary<EntityRec> = fc.record({
  // Whole minutes: several sign-ins can share an instant (ties must be broken the same way).
  at: fc.integer({ min: 0, max: E_SPAN / 60_000 - 1 }).map((m) => m * 60_000),
  user: fc.constantFrom(...E_USERS),
  name: fc.constantFrom(...E_NAMES),
  ip: fc.constantFrom(...E_IPS),
  app: fc.integer({ min: 0, max: E_APPS.length - 1 }),
  code: fc.constantFrom(...E_CODES),
  place: fc.integer({ min: 0, max: E_PLACES.length - 1 }),
  os: fc.constantFrom(...E_OS),
  browser: fc.constantFrom(...E_BROWSERS),
  clientApp: fc.constantFrom(...E_CLIENT_APPS),
  ca: fc.constantFrom(...E_CA),
  methods: fc.subarray([...E_METHODS]),
  asn: fc.option(fc.constantFrom(...E_ASNS), { nil: null }),
});

/** Dense in time: records cluster in the last weeks too, so "new" facts occur. */
export const entityRecsArb = fc.array(entityRecArb, { minLength: 1, maxLength: 150 });

export const toEntitySignIn = (r: EntityRec, i: number): SignIn => {
  const app = E_APPS[r.app] as (typeof E_APPS)[number];
  const place = E_PLACES[r.place] as (typeof E_PLACES)[number];
  return makeSignIn(i, {
    createdDateTime: new Date(E_START + r.at).toISOString(),
    userPrincipalName: r.user ?? undefined,
    userDisplayName: r.user ? (r.name ?? undefined) : undefined,
    userId: undefined,
    ipAddress: r.ip ?? undefined,
    appId: app.id,
    appDisplayName: app.name ?? undefined,
    status: { errorCode: r.code, failureReason: r.code ? 'x' : 'Other.', additionalDetails: null },
    location: {
      city: place.city,
      state: null,
      countryOrRegion: place.country,
      geoCoordinates: place.lat === null ? null : { latitude: place.lat, longitude: place.lon, altitude: null },
    },
    deviceDetail: { browser: r.browser, operatingSystem: r.os, deviceId: '', displayName: null, isCompliant: false, isManaged: false, trustType: null },
    clientAppUsed: r.clientApp ?? undefined,
    conditionalAccessStatus: r.ca ?? undefined,
    authenticationDetails: r.methods.map((m) => ({ authenticationMethod: m, succeeded: r.code === 0 })),
    autonomousSystemNumber: r.asn ?? undefined,
  } as Partial<SignIn>);
};

export interface EntityCase {
  kind: EntityKind;
  /** The key as a caller writes it (user names in any case). */
  key: string;
  until: number;
  since: number;
  tz: string;
  bucket: 'hour' | 'day';
}

const keyArb = fc.oneof(
  fc.constantFrom('adele@contoso.com', 'ADELE@CONTOSO.COM', 'bob@contoso.com', 'Carol@Contoso.com', 'nobody@contoso.com').map((key) => ({ kind: 'user' as const, key })),
  fc.constantFrom('203.0.113.5', '198.51.100.7', '2001:db8::1', '192.0.2.1').map((key) => ({ kind: 'ip' as const, key })),
  fc.constantFrom(...E_APPS.map((a) => a.id), '55555555-5555-4555-8555-555555555555').map((key) => ({ kind: 'app' as const, key: key.toUpperCase() })),
);

export const entityCaseArb: fc.Arbitrary<EntityCase> = fc
  .record({
    ref: keyArb,
    until: fc.integer({ min: 10 * 24, max: 52 * 24 }).map((h) => E_START + h * 3_600_000 + (h % 3 === 0 ? 1_234_567 : 0)),
    days: fc.integer({ min: 1, max: 45 }),
    tz: fc.constantFrom('UTC', 'Asia/Tokyo', 'America/New_York'),
    bucket: fc.constantFrom('hour' as const, 'day' as const),
  })
  .map(({ ref, until, days, tz, bucket }) => ({ ...ref, until, since: until - days * DAY, tz, bucket }));
