/** Covers the decoders of the entity routes and of the alerts naming an entity: valid answers pass typed, broken ones name the path. */
import { describe, expect, it } from 'vitest';
import { DecodeError } from './decode.js';
import { decodeEntityLocations, decodeEntitySummary, decodeEntityTimeline } from './entity.js';
import { decodeAlertList } from './entity-alerts.js';

const fact = (value: string | number, count = 3, failures = 1) => ({ value, count, failures, firstSeen: '2026-11-01T00:00:00Z', lastSeen: '2026-11-29T00:00:00Z' });

const summary = (patch: Record<string, unknown> = {}) => ({
  kind: 'user',
  key: 'adele@contoso.com',
  displayName: 'Adele Vance',
  since: '2026-10-31T00:00:00Z',
  until: '2026-11-30T00:00:00Z',
  tz: 'Asia/Tokyo',
  totals: { total: 10, success: 7, failure: 2, interrupted: 1 },
  failureRate: 0.2,
  firstSeen: '2026-01-01T00:00:00Z',
  lastSeen: '2026-11-29T00:00:00Z',
  countries: [fact('JP')],
  cities: [fact('Tokyo')],
  ips: [fact('203.0.113.5')],
  apps: [{ ...fact('Microsoft Teams'), appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264' }, { ...fact('Unknown app'), appId: null }],
  users: [],
  errorCodes: [{ ...fact(50126, 2, 2), title: { en: 'Wrong password', ja: 'パスワードが違う' }, category: 'credentials', actor: 'user' }, { ...fact(9999, 1, 1), title: null, category: 'other', actor: null }],
  devices: [fact('Windows 11')],
  browsers: [fact('Edge 120')],
  clientApps: [fact('Browser')],
  authMethods: [fact('Password')],
  conditionalAccess: [fact('success')],
  asns: [fact(64500)],
  newFacts: [{ kind: 'country', value: 'BR', firstSeen: '2026-11-28T00:00:00Z' }],
  ...patch,
});

describe('decodeEntitySummary', () => {
  it('reads the agreed summary, numbers as values become text where the list shows text', () => {
    const s = decodeEntitySummary(summary());
    expect(s.kind).toBe('user');
    expect(s.totals).toEqual({ total: 10, success: 7, failure: 2, interrupted: 1 });
    expect(s.apps[1]?.appId).toBeNull();
    expect(s.errorCodes[0]).toMatchObject({ value: 50126, title: { en: 'Wrong password' }, actor: 'user' });
    expect(s.errorCodes[1]).toMatchObject({ title: null, actor: null, category: 'other' });
    expect(s.asns[0]?.value).toBe('64500');
    expect(s.newFacts).toEqual([{ kind: 'country', value: 'BR', firstSeen: '2026-11-28T00:00:00Z' }]);
  });

  it('accepts an entity never seen (null first and last seen, empty lists)', () => {
    const s = decodeEntitySummary(summary({ firstSeen: null, lastSeen: null, countries: [], totals: { total: 0, success: 0, failure: 0, interrupted: 0 }, failureRate: 0 }));
    expect(s.firstSeen).toBeNull();
    expect(s.countries).toEqual([]);
  });

  it('reads users with their successes and failures (IP and app pages)', () => {
    const s = decodeEntitySummary(summary({ kind: 'ip', key: '203.0.113.5', displayName: null, users: [{ ...fact('a@b.c', 4, 3), success: 1, failure: 3 }] }));
    expect(s.displayName).toBeNull();
    expect(s.users[0]).toMatchObject({ value: 'a@b.c', success: 1, failure: 3 });
  });

  it.each([
    [{ kind: 'device' }, 'kind'],
    [{ totals: { total: -1, success: 0, failure: 0, interrupted: 0 } }, 'totals.total'],
    [{ failureRate: 1.5 }, 'failureRate'],
    [{ since: 'last week' }, 'since'],
    [{ countries: [{ value: 'JP', count: 1, firstSeen: 'x', lastSeen: '2026-11-01T00:00:00Z' }] }, 'countries[0].firstSeen'],
    [{ errorCodes: [{ ...fact('50126'), title: null, category: 'x', actor: null }] }, 'errorCodes[0].value'],
    [{ newFacts: [{ kind: 'browser', value: 'x', firstSeen: '2026-11-01T00:00:00Z' }] }, 'newFacts[0].kind'],
  ])('rejects %o naming %s', (patch, path) => {
    expect(() => decodeEntitySummary(summary(patch))).toThrow(DecodeError);
    expect(() => decodeEntitySummary(summary(patch))).toThrow(path);
  });
});

describe('decodeEntityTimeline', () => {
  it('reads every bucket', () => {
    const t = decodeEntityTimeline({ bucket: 'hour', tz: 'UTC', series: [{ bucket: '2026-11-30T00:00:00Z', success: 1, failure: 2, interrupted: 0 }] });
    expect(t.series).toHaveLength(1);
    expect(t.bucket).toBe('hour');
  });

  it('rejects an unknown bucket and a missing count', () => {
    expect(() => decodeEntityTimeline({ bucket: 'week', series: [] })).toThrow('bucket');
    expect(() => decodeEntityTimeline({ bucket: 'day', series: [{ bucket: '2026-11-30T00:00:00Z', success: 1, failure: 2 }] })).toThrow('series[0].interrupted');
  });
});

describe('decodeEntityLocations', () => {
  const point = (p: Record<string, unknown> = {}) => ({ lat: 35.68, lon: 139.76, city: 'Tokyo', countryOrRegion: 'JP', count: 3, success: 2, failure: 1, interrupted: 0, lastSeen: '2026-11-29T00:00:00Z', ...p });

  it('reads points and the truncated flag, blank names as null', () => {
    const l = decodeEntityLocations({ points: [point(), point({ city: '', countryOrRegion: null })], truncated: true });
    expect(l.truncated).toBe(true);
    expect(l.points[1]).toMatchObject({ city: null, countryOrRegion: null });
  });

  it('rejects coordinates off the globe', () => {
    expect(() => decodeEntityLocations({ points: [point({ lat: 91 })], truncated: false })).toThrow('points[0].lat');
    expect(() => decodeEntityLocations({ points: [point({ lon: -181 })], truncated: false })).toThrow('points[0].lon');
    expect(() => decodeEntityLocations({ truncated: false })).toThrow('points');
  });

  it('decodes 10,000 points', () => {
    const points = Array.from({ length: 10_000 }, (_, i) => point({ lat: (i % 170) - 85, lon: (i % 360) - 180 }));
    expect(decodeEntityLocations({ points, truncated: false }).points).toHaveLength(10_000);
  });
});

describe('decodeAlertList', () => {
  const alert = (details: Record<string, unknown> = {}) => ({
    id: 'al_0123456789abcdef01234567',
    ruleId: 'impossible-travel',
    title: { en: 'Impossible travel', ja: 'ありえない移動' },
    severity: 'high',
    technique: 'T1078',
    status: 'new',
    entity: { kind: 'user', value: 'adele@contoso.com' },
    firstSeen: '2026-11-30T10:00:00Z',
    lastSeen: '2026-11-30T10:14:00Z',
    signInCount: 2,
    signInIds: ['a', 'b'],
    signInIdsTruncated: false,
    filter: "id in ('a','b')",
    summary: { en: 'Two sign-ins 9,000 km apart in 14 minutes.', ja: '14 分で 9,000 km 離れた 2 件のサインイン。' },
    details,
    createdAt: '2026-11-30T10:15:00Z',
    updatedAt: '2026-11-30T10:15:00Z',
    history: [],
  });
  const end = (lat: number, lon: number, city: string) => ({ signInId: city, at: '2026-11-30T10:00:00Z', lat, lon, city, countryOrRegion: 'XX' });

  it('reads alerts and the legs of a velocity rule', () => {
    const r = decodeAlertList({ value: [alert({ legs: [{ from: end(35.68, 139.76, 'Tokyo'), to: end(48.85, 2.35, 'Paris'), distanceKm: 9712, speedKmh: 41623 }] }), alert()] });
    expect(r.value[0]?.legs[0]).toMatchObject({ from: { city: 'Tokyo' }, to: { city: 'Paris' }, distanceKm: 9712 });
    expect(r.value[1]?.legs).toEqual([]);
    expect(r.nextLink).toBeUndefined();
  });

  it('rejects an unknown severity or a leg without coordinates', () => {
    expect(() => decodeAlertList({ value: [{ ...alert(), severity: 'urgent' }] })).toThrow('value[0].severity');
    expect(() => decodeAlertList({ value: [alert({ legs: [{ from: { at: '2026-11-30T10:00:00Z' }, to: end(1, 1, 'x'), distanceKm: 1, speedKmh: 1 }] })] })).toThrow(
      'value[0].details.legs[0].from.lat',
    );
  });
});
