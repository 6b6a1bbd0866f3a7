// Pseudonymisation by allowlist, property-based: random sign-ins with identifying values in every
// identifying property and random extra properties (top level and nested) never show an input
// identifier in the output; the same value gets the same pseudonym within a key and another one
// under another key; pseudonyms are full width; the output still validates as a sign-in.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPseudonymizer, pseudonymizeSignIn } from '../../src/core/export/pseudonymize.js';
import { SIGN_IN_POLICY } from '../../src/core/export/pseudonymize-policy.js';
import { SignInSchema, type SignIn } from '../../src/core/model/sign-in-schema.js';
import { validateSignIn } from '../../src/core/model/validate-sign-in.js';

const withKey = (key: string) => createPseudonymizer((d) => createHmac('sha256', key).update(d, 'utf8').digest('hex'));

/** Identifying text: an upper-case marker never found in hex pseudonyms or in kept values. */
const secret = fc.stringMatching(/^[a-z0-9 ._+-]{1,16}$/).map((s) => `PII${s}`);
const guid = fc.uuid();
const email = fc.tuple(secret, fc.constantFrom('contoso.com', 'fabrikam.co.jp')).map(([u, d]) => `${u.replace(/ /g, '')}@${d}`);
const phone = fc.integer({ min: 1000, max: 9999 }).map((n) => `+81 XXXXXXX${n}`);
const ip = fc.oneof(fc.ipV4(), fc.ipV6());
/** Extra properties Graph might add one day, with values that must not leak either. */
const extras = fc.dictionary(
  fc.stringMatching(/^x[A-Za-z]{1,10}$/),
  fc.oneof(secret, fc.record({ inner: secret }), fc.array(secret, { maxLength: 2 })),
  { maxKeys: 3 },
);

const record = fc
  .record({ id: guid, userId: guid, upn: email, name: secret, device: secret, deviceId: guid, ip, ip2: ip, city: secret, session: guid, corr: guid, tenant: guid, tenantName: secret, network: secret, mfa: phone, detail: phone, lat: fc.double({ min: -90, max: 90, noNaN: true }), top: extras, nested: extras, agent: secret })
  .map((r) => {
    const s = {
      ...r.top,
      id: r.id,
      createdDateTime: '2025-01-02T03:04:05Z',
      userId: r.userId,
      userPrincipalName: r.upn,
      userDisplayName: r.name,
      signInIdentifier: r.upn,
      alternateSignInName: r.name,
      ipAddress: r.ip,
      ipAddressFromResourceProvider: r.ip2,
      correlationId: r.corr,
      sessionId: r.session,
      originalRequestId: r.corr,
      uniqueTokenIdentifier: r.name,
      homeTenantId: r.tenant,
      homeTenantName: r.tenantName,
      userAgent: r.agent,
      appDisplayName: 'Microsoft Teams',
      status: { errorCode: 50074, failureReason: 'Strong authentication is required.', additionalDetails: r.detail, ...r.nested },
      deviceDetail: { deviceId: r.deviceId, displayName: r.device, browser: 'Edge 120.0', operatingSystem: 'Windows10', ...r.nested },
      location: { city: r.city, state: 'Tokyo', countryOrRegion: 'JP', geoCoordinates: { latitude: r.lat, longitude: r.lat, altitude: null } },
      networkLocationDetails: [{ networkType: 'namedNetwork', networkNames: [r.network] }],
      mfaDetail: { authMethod: 'SMS', authDetail: r.mfa },
      authenticationDetails: [{ authenticationMethod: 'SMS', authenticationMethodDetail: r.mfa, succeeded: true, ...r.nested }],
      authenticationProcessingDetails: [{ key: 'Login Hint Present', value: r.name }],
      appliedConditionalAccessPolicies: [{ id: 'c1', displayName: 'Require MFA', result: 'success', ...r.nested }],
    };
    const identifying = [r.id, r.userId, r.upn, r.name, r.device, r.deviceId, r.city, r.session, r.corr, r.tenant, r.tenantName, r.network, r.mfa, r.agent, r.ip, r.ip2];
    for (const v of [...Object.values(r.top), ...Object.values(r.nested)]) identifying.push(JSON.stringify(v));
    return { signIn: s as unknown as SignIn, identifying, r };
  });

/** Every string in a JSON value, keys included. */
const strings = (v: unknown, out: string[] = []): string[] => {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      strings(x, out);
    }
  }
  return out;
};

describe('pseudonymizeSignIn (allowlist)', () => {
  it('no identifying input string appears anywhere in the output', () => {
    const p = withKey('k1');
    fc.assert(
      fc.property(record, ({ signIn, identifying }) => {
        const out = pseudonymizeSignIn(signIn, p);
        const text = JSON.stringify(out);
        expect(text).not.toContain('PII');
        const all = strings(out);
        for (const v of identifying) {
          const plain = v.replace(/^"|"$/g, '');
          expect(all.some((s) => s.toLowerCase().includes(plain.toLowerCase())), `${plain} leaked in ${text}`).toBe(false);
        }
        expect(out).not.toHaveProperty('userAgent');
        expect(out.location).toEqual({ state: 'Tokyo', countryOrRegion: 'JP' });
        for (const k of Object.keys(out)) expect(SIGN_IN_POLICY).toHaveProperty(k);
        expect(validateSignIn(out).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the same value gives the same pseudonym within a key, another under another key', () => {
    const [a, b] = [withKey('k1'), withKey('k2')];
    fc.assert(
      fc.property(record, record, ({ signIn: s1 }, { signIn: s2 }) => {
        const twin = { ...s2, userPrincipalName: s1.userPrincipalName?.toUpperCase(), ipAddress: s1.ipAddress, deviceDetail: { ...s2.deviceDetail, deviceId: s1.deviceDetail?.deviceId } } as SignIn;
        const [x, y] = [pseudonymizeSignIn(s1, a), pseudonymizeSignIn(twin, a)];
        expect(y.userPrincipalName).toBe(x.userPrincipalName);
        expect(y.ipAddress).toBe(x.ipAddress);
        expect(y.deviceDetail?.deviceId).toBe(x.deviceDetail?.deviceId);
        const z = pseudonymizeSignIn(s1, b);
        expect(z.userPrincipalName).not.toBe(x.userPrincipalName);
        expect(z.ipAddress).not.toBe(x.ipAddress);
        expect(z.id).not.toBe(x.id);
      }),
      { numRuns: 200 },
    );
  });

  it('pseudonyms are full width and keep their shapes', () => {
    const p = withKey('k1');
    expect(p.user('Alice@Contoso.com')).toMatch(/^user-[0-9a-f]{64}@pseudonym\.invalid$/);
    expect(p.user('alice@contoso.com ')).toBe(p.user('ALICE@contoso.com'));
    expect(p.id('66EA54EB-6301-4EE5-BE62-FF5A759B0100')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(p.id('not-a-guid')).toMatch(/^id-[0-9a-f]{64}$/);
    expect(p.ip('203.0.113.7')).toMatch(/^fd04(:[0-9a-f]{4}){7}$/);
    expect(p.ip('2001:db8::1')).toMatch(/^fd06(:[0-9a-f]{4}){7}$/);
    expect(p.text('device', 'DESKTOP-1')).toMatch(/^device-[0-9a-f]{64}$/);
  });

  it('IPv4 pseudonyms do not collide: every address of a /16 gets its own', () => {
    const p = withKey('k1');
    const seen = new Set<string>();
    for (let a = 0; a < 256; a++) for (let b = 0; b < 256; b++) seen.add(p.ip(`198.51.${a}.${b}`));
    expect(seen.size).toBe(65536);
  });

  it('keeps what an analyst needs and Microsoft text without digits', () => {
    const p = withKey('k1');
    const s = { id: 'x', createdDateTime: '2025-01-02T03:04:05Z', appDisplayName: 'Teams', status: { errorCode: 50126, failureReason: 'Invalid username or password.' }, authenticationDetails: [{ authenticationMethodDetail: 'Password in the cloud' }] } as SignIn;
    expect(pseudonymizeSignIn(s, p)).toMatchObject({ appDisplayName: 'Teams', status: { errorCode: 50126, failureReason: 'Invalid username or password.' }, authenticationDetails: [{ authenticationMethodDetail: 'Password in the cloud' }] });
  });

  it('decides about every property the sign-in schema knows', () => {
    const known = Object.keys(SignInSchema.properties);
    expect(known.filter((k) => !(k in SIGN_IN_POLICY))).toEqual([]);
  });
});
