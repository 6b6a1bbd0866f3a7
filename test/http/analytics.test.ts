// The analytics routes in-process: /api/aggregate, /api/dashboard, /api/sign-ins/{id}/diagnosis
// and the streamed /api/export, with responses checked against their schemas.
import { Value } from '@sinclair/typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AggregateResponseSchema, DashboardResponseSchema, DiagnosisSchema } from '../../src/http/analytics-schemas.js';
import { record, setup } from './helpers.js';

type Ctx = Awaited<ReturnType<typeof setup>>;
let t: Ctx;
const records = Array.from({ length: 200 }, (_, i) => record(i));

beforeAll(async () => {
  t = await setup(records);
});
afterAll(async () => {
  await t.app.close();
  await t.store.close();
});

const json = (r: { body: string }) => JSON.parse(r.body) as Record<string, unknown>;
const q = (s: string) => encodeURIComponent(s);

describe('GET /api/aggregate', () => {
  it('groups by error code over every sign-in type, from the rollups', async () => {
    const r = await t.get(`/api/aggregate?groupBy=errorCode&top=2`);
    expect(r.statusCode).toBe(200);
    const body = json(r);
    expect(Value.Check(AggregateResponseSchema, body)).toBe(true);
    expect(body).toMatchObject({ source: 'rollup', groupBy: ['errorCode'], bucket: null, total: 200 });
    expect(body.rows).toEqual([
      { key: { errorCode: 0 }, count: 80 },
      { key: { errorCode: 50074 }, count: 40 },
      { key: null, other: true, count: 80 },
    ]);
  });

  it('applies the Graph $filter and buckets by local day', async () => {
    const r = await t.get(`/api/aggregate?groupBy=outcome&bucket=day&tz=Asia/Tokyo&distinctUsers=true&$filter=${q("status/errorCode ne 0 and appDisplayName eq 'Microsoft Teams'")}`);
    const body = json(r);
    expect(r.statusCode).toBe(200);
    expect(Value.Check(AggregateResponseSchema, body)).toBe(true);
    expect(body.tz).toBe('Asia/Tokyo');
    const rows = body.rows as { bucket: string; count: number }[];
    expect(rows.every((x) => x.bucket === '2024-06-30T15:00:00.000Z')).toBe(true);
    expect(body.total).toBe(records.filter((x) => x.status?.errorCode !== 0 && x.appDisplayName === 'Microsoft Teams').length);
  });

  it('refuses unknown dimensions, zones and options with a Graph error', async () => {
    for (const url of ['/api/aggregate?groupBy=password', '/api/aggregate?bucket=day&tz=Mars/Base', '/api/aggregate?top=0', '/api/aggregate?$orderby=x', `/api/aggregate?$filter=${q('nope eq 1')}`]) {
      const r = await t.get(url);
      expect(r.statusCode, url).toBe(400);
      expect((json(r).error as { code: string }).code).toBe('BadRequest');
    }
  });

  it('needs a token', async () => {
    expect((await t.get('/api/aggregate', {})).statusCode).toBe(401);
  });
});

describe('GET /api/dashboard', () => {
  it('returns the dashboard shape, answered from the rollups for whole hours', async () => {
    const r = await t.get('/api/dashboard?since=2024-07-01T00:00:00Z&until=2024-07-02T00:00:00Z&tz=Asia/Tokyo');
    expect(r.statusCode).toBe(200);
    const body = json(r);
    expect(Value.Check(DashboardResponseSchema, body)).toBe(true);
    expect(body).toMatchObject({ bucket: 'hour', source: 'rollup', tz: 'Asia/Tokyo', totals: { total: 200, success: 80, failure: 80, interrupted: 40 } });
    expect((body.failuresOverTime as unknown[]).length).toBe(24);
    const codes = body.topErrorCodes as { errorCode: number; title: { en: string; ja: string }; distinctUsers: number }[];
    expect(codes.map((c) => c.errorCode)).toEqual([50074, 50126, 53003]);
    expect(codes[0]?.title.ja).toMatch(/./);
    expect((body.topFailingUsers as { key: string }[])[0]?.key).toMatch(/@contoso\.com$/);
  });

  it('defaults to the last 30 days and refuses reversed ranges', async () => {
    const r = await t.get('/api/dashboard');
    expect(r.statusCode).toBe(200);
    expect((json(r).failuresOverTime as unknown[]).length).toBeGreaterThanOrEqual(30);
    expect((await t.get('/api/dashboard?since=2024-07-02T00:00:00Z&until=2024-07-01T00:00:00Z')).statusCode).toBe(400);
  });
});

describe('GET /api/sign-ins/{id}/diagnosis', () => {
  it('explains the code and gives the context', async () => {
    const target = records[12]!; // 50126, user2
    const r = await t.get(`/api/sign-ins/${target.id}/diagnosis`);
    expect(r.statusCode).toBe(200);
    const body = json(r);
    expect(Value.Check(DiagnosisSchema, body)).toBe(true);
    expect((body.entry as { code: number }).code).toBe(50126);
    expect((body.user as { recent: { id: string }[] }).recent[0]?.id).toBe(target.id);
    expect(body.appCode).toMatchObject({ count: records.filter((x) => x.status?.errorCode === 50126).length });
    expect(body.ip).toMatchObject({ spraySuspected: false });
  });

  it('is a Graph 404 for an unknown id', async () => {
    const r = await t.get('/api/sign-ins/nope/diagnosis');
    expect(r.statusCode).toBe(404);
  });
});

describe('GET /api/export', () => {
  it('streams CSV in the portal layout with a portal-style file name', async () => {
    const r = await t.get(`/api/export?format=csv&$filter=${q("signInType eq 'interactiveUser' and createdDateTime ge 2024-07-01T00:00:00Z")}`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="InteractiveSignIns_2024-07-01_\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = r.body.trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('\uFEFF"Date (UTC)","Request ID","User agent"')).toBe(true);
    expect(lines).toHaveLength(1 + 50);
  });

  it('streams NDJSON and JSON of exactly what is filtered', async () => {
    const nd = await t.get(`/api/export?format=ndjson&$filter=${q('status/errorCode eq 50126')}`);
    const rows = nd.body.trim().split('\n').map((l) => JSON.parse(l) as { status: { errorCode: number } });
    expect(rows).toHaveLength(40);
    expect(rows.every((x) => x.status.errorCode === 50126)).toBe(true);
    const js = await t.get('/api/export?format=json');
    expect((JSON.parse(js.body) as unknown[]).length).toBe(200);
    expect(js.headers['content-disposition']).toMatch(/SignIns_start_.*\.json"$/);
  });

  it('pseudonymizes user names, ids and addresses consistently', async () => {
    const r = await t.get(`/api/export?format=ndjson&pseudonymize=true&$filter=${q("userPrincipalName eq 'user1@contoso.com'")}`);
    const rows = r.body.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.map((x) => x.userPrincipalName)).size).toBe(1);
    expect(rows[0]?.userPrincipalName).toMatch(/^user-[0-9a-f]{64}@pseudonym\.invalid$/);
    expect(r.body).not.toMatch(/contoso|203\.0\.113|User 1/i);
    expect(r.headers['content-disposition']).toMatch(/_pseudonymized\.ndjson"$/);
    const again = await t.get(`/api/export?format=ndjson&pseudonymize=true&$filter=${q("userPrincipalName eq 'user1@contoso.com'")}`);
    expect(again.body).toBe(r.body);
  });

  it('refuses an unknown format', async () => {
    expect((await t.get('/api/export?format=xml')).statusCode).toBe(400);
  });
});
