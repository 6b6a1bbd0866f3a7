// The entity routes in-process: /api/entities/{kind}/{key} (summary), /timeline and /locations
// for users, IP addresses and apps — schemas, ranges, 400 for bad kinds/keys/parameters, 404, auth.
import { Value } from '@sinclair/typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntityLocationsSchema, EntitySummarySchema, EntityTimelineSchema } from '../../src/http/entity-schemas.js';
import { record, setup } from './helpers.js';

type Ctx = Awaited<ReturnType<typeof setup>>;
let t: Ctx;
const APP = 'de8bc8b5-d9f9-48b1-a8ad-b748da725064';
const START = Date.UTC(2024, 6, 1);
const records = Array.from({ length: 200 }, (_, i) =>
  record(i, i % 10 === 0 ? { location: { city: 'Osaka', state: null, countryOrRegion: 'JP', geoCoordinates: { latitude: 34.69, longitude: 135.5 } } } : {}),
);
const RANGE = `since=${new Date(START - 86_400_000).toISOString()}&until=${new Date(START + 2 * 86_400_000).toISOString()}`;

beforeAll(async () => {
  t = await setup(records, { clock: { now: () => new Date(START + 86_400_000) } });
});
afterAll(async () => {
  await t.app.close();
  await t.store.close();
});

const json = (r: { body: string }) => JSON.parse(r.body) as Record<string, unknown>;

describe('GET /api/entities/{kind}/{key}', () => {
  it('summarises a user, whatever the case of the name', async () => {
    const r = await t.get(`/api/entities/user/${encodeURIComponent('USER2@contoso.com')}?${RANGE}&tz=Asia/Tokyo`);
    expect(r.statusCode).toBe(200);
    const body = json(r);
    expect(Value.Check(EntitySummarySchema, body), JSON.stringify([...Value.Errors(EntitySummarySchema, body)].slice(0, 3))).toBe(true);
    const mine = records.filter((x) => x.userPrincipalName?.toLowerCase() === 'user2@contoso.com');
    expect(body).toMatchObject({ kind: 'user', key: 'user2@contoso.com', displayName: 'User 2', tz: 'Asia/Tokyo', users: [] });
    expect((body.totals as { total: number }).total).toBe(mine.length);
    expect(body.firstSeen).toBe(mine[0]?.createdDateTime);
    expect(body.lastSeen).toBe(mine[mine.length - 1]?.createdDateTime);
    const codes = body.errorCodes as { value: number; title: { en: string } | null; actor: string | null }[];
    expect(codes.map((c) => c.value)).toEqual([50126]);
    expect(codes[0]?.title?.en).toBeTruthy();
    expect(codes[0]?.actor).toBe('user');
  });

  it('summarises an IP address with the users it saw and an app with its failure rate', async () => {
    const ip = json(await t.get(`/api/entities/ip/203.0.113.3?${RANGE}`));
    expect(Value.Check(EntitySummarySchema, ip)).toBe(true);
    const fromIp = records.filter((x) => x.ipAddress === '203.0.113.3');
    expect((ip.totals as { total: number }).total).toBe(fromIp.length);
    const users = ip.users as { value: string; count: number; success: number; failure: number }[];
    expect(users.reduce((s, u) => s + u.count, 0)).toBe(fromIp.filter((x) => x.userPrincipalName).length);
    const app = json(await t.get(`/api/entities/app/${APP.toUpperCase()}?${RANGE}`));
    expect(Value.Check(EntitySummarySchema, app)).toBe(true);
    const failures = records.filter((x) => [50126, 53003].includes(x.status?.errorCode ?? 0)).length;
    expect(app.failureRate).toBeCloseTo(failures / records.length, 10);
    // The last two sign-ins share their instant: the display names' order breaks the tie.
    expect(app.displayName).toBe('Graph Explorer');
  });

  it('answers 404 in the Graph envelope for an entity without sign-ins', async () => {
    for (const url of ['/api/entities/user/nobody@contoso.com', '/api/entities/ip/198.51.100.1', `/api/entities/app/${APP.replace('de8', 'fff')}`]) {
      const r = await t.get(url);
      expect(r.statusCode, url).toBe(404);
      expect((json(r).error as { code: string }).code).toBe('Request_ResourceNotFound');
    }
  });

  it('answers 400 for a bad kind, key or parameter', async () => {
    for (const url of [
      '/api/entities/device/x',
      `/api/entities/${'k'.repeat(50)}/x`,
      '/api/entities/user/a%00b',
      `/api/entities/user/${'u'.repeat(1100)}`,
      '/api/entities/app/not-a-guid',
      '/api/entities/ip/999.1.1.1',
      '/api/entities/ip/hello',
      '/api/entities/user/user2@contoso.com?tz=Mars/Base',
      '/api/entities/user/user2@contoso.com?since=yesterday',
      '/api/entities/user/user2@contoso.com?since=2024-07-02&until=2024-07-01',
      '/api/entities/user/user2@contoso.com?$top=3',
      '/api/entities/user/user2@contoso.com/timeline?bucket=week',
      '/api/entities/user/user2@contoso.com/locations?limit=0',
      '/api/entities/user/user2@contoso.com/locations?limit=10001',
    ]) {
      const r = await t.get(url);
      expect(r.statusCode, url).toBe(400);
      expect((json(r).error as { code: string }).code, url).toBe('BadRequest');
    }
  });

  it('needs a token with scope read', async () => {
    expect((await t.get('/api/entities/user/user2@contoso.com', {})).statusCode).toBe(401);
    expect((await t.get('/api/entities/user/user2@contoso.com/timeline', { authorization: 'Bearer nope' })).statusCode).toBe(401);
  });
});

describe('GET /api/entities/{kind}/{key}/timeline and /locations', () => {
  it('counts every local bucket of the range, zeros included', async () => {
    const r = await t.get(`/api/entities/ip/203.0.113.3/timeline?bucket=hour&tz=Asia/Tokyo&${RANGE}`);
    expect(r.statusCode).toBe(200);
    const body = json(r) as { bucket: string; series: { bucket: string; success: number; failure: number; interrupted: number }[] };
    expect(Value.Check(EntityTimelineSchema, body)).toBe(true);
    expect(body.series).toHaveLength(72);
    const sum = body.series.reduce((s, b) => s + b.success + b.failure + b.interrupted, 0);
    expect(sum).toBe(records.filter((x) => x.ipAddress === '203.0.113.3').length);
    const day = json(await t.get(`/api/entities/ip/203.0.113.3/timeline?${RANGE}&tz=Asia/Tokyo`)) as typeof body;
    expect(day.bucket).toBe('day');
    expect(day.series[0]?.bucket).toBe('2024-06-29T15:00:00.000Z');
  });

  it('groups coordinates with counts by outcome and limits the points', async () => {
    const r = await t.get(`/api/entities/app/${APP}/locations?${RANGE}`);
    expect(r.statusCode).toBe(200);
    const body = json(r) as { points: { lat: number; lon: number; city: string; count: number }[]; truncated: boolean };
    expect(Value.Check(EntityLocationsSchema, body)).toBe(true);
    expect(body.points).toHaveLength(1);
    expect(body.points[0]).toMatchObject({ lat: 34.69, lon: 135.5, city: 'Osaka', count: 20 });
    expect(body.truncated).toBe(false);
  });
});
