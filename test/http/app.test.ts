// The HTTP app in-process (inject): Graph routes and shapes per API version, paging and skip tokens, $select/$count,
// the error envelope for every failure status, auth and scopes, rate limiting, headers, /healthz, /metrics, /openapi.json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import { V1_PROPERTIES } from '../../src/core/model/sign-in-schema.js';
import { ErrorEnvelopeSchema, SignInCollectionSchema, SignInEntitySchema } from '../../src/http/schemas.js';
import { makeToken, record, setup } from './helpers.js';

const records = Array.from({ length: 40 }, (_, i) => record(i));
const interactive = records.filter((r) => r.signInEventTypes?.[0] === 'interactiveUser');
const byTimeDesc = (a: { createdDateTime: string; id: string }, b: { createdDateTime: string; id: string }) =>
  b.createdDateTime.localeCompare(a.createdDateTime) || b.id.localeCompare(a.id);

type Ctx = Awaited<ReturnType<typeof setup>>;
let t: Ctx;
beforeAll(async () => {
  t = await setup(records, { countCap: 5 });
});
afterAll(async () => {
  await t.app.close();
  await t.store.close();
});

const json = (r: { body: string }) => JSON.parse(r.body) as Record<string, unknown>;
const ids = (r: { body: string }) => (json(r).value as { id: string }[]).map((x) => x.id);

const expectEnvelope = (r: { statusCode: number; body: string; headers: Record<string, unknown> }, status: number, code: string, message?: string | RegExp) => {
  expect(r.statusCode).toBe(status);
  const body = json(r);
  expect(Value.Check(ErrorEnvelopeSchema, body), r.body).toBe(true);
  const error = body.error as { code: string; message: string; innerError: Record<string, string> };
  expect(error.code).toBe(code);
  if (message !== undefined) expect(error.message).toMatch(message);
  expect(error.innerError['request-id']).toBe(r.headers['request-id']);
  expect(error.innerError['client-request-id']).toBe(r.headers['client-request-id']);
  expect(error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  return error;
};

describe('GET /{version}/auditLogs/signIns', () => {
  it('v1.0: interactive user sign-ins only, v1.0 properties only, newest first, Graph shape', async () => {
    const r = await t.get('/v1.0/auditLogs/signIns');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    const body = json(r);
    expect(Value.Check(SignInCollectionSchema, body)).toBe(true);
    expect(body['@odata.context']).toBe('https://reports.example.com/v1.0/$metadata#auditLogs/signIns');
    expect(body['@odata.nextLink']).toBeUndefined();
    expect(ids(r)).toEqual([...interactive].sort(byTimeDesc).map((x) => x.id));
    for (const item of body.value as Record<string, unknown>[]) for (const k of Object.keys(item)) expect(V1_PROPERTIES.has(k), k).toBe(true);
  });

  it('beta: every property, interactive only unless signInEventTypes/any() asks for other types', async () => {
    const plain = await t.get('/beta/auditLogs/signIns');
    expect(ids(plain)).toHaveLength(interactive.length);
    expect((json(plain).value as Record<string, unknown>[])[0]).toHaveProperty('userAgent', 'Mozilla/5.0');
    const others = await t.get(`/beta/auditLogs/signIns?$filter=${encodeURIComponent("signInEventTypes/any(t: t ne 'interactiveUser')")}`);
    expect(ids(others).sort()).toEqual(records.filter((x) => x.signInEventTypes?.[0] !== 'interactiveUser').map((x) => x.id).sort());
    const sp = await t.get(`/beta/auditLogs/signIns?$filter=${encodeURIComponent("signInEventTypes/any(t: t eq 'servicePrincipal') and startsWith(servicePrincipalName, 'Service 1')")}`);
    expect(ids(sp).sort()).toEqual(records.filter((x) => x.signInEventTypes?.[0] === 'servicePrincipal' && x.servicePrincipalName === 'Service 1').map((x) => x.id).sort());
  });

  it('filters case-insensitively on userPrincipalName and by error code', async () => {
    const r = await t.get(`/v1.0/auditLogs/signIns?$filter=${encodeURIComponent("userPrincipalName eq 'user2@contoso.com' and status/errorCode ne 0")}`);
    const expected = interactive.filter((x) => x.userPrincipalName === 'User2@Contoso.com' && x.status?.errorCode !== 0);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(r).sort()).toEqual(expected.map((x) => x.id).sort());
  });

  it('pages with $top and an absolute nextLink carrying $skiptoken, ascending too', async () => {
    for (const order of ['desc', 'asc'] as const) {
      const seen: string[] = [];
      let url: string | undefined = `/beta/auditLogs/signins?$top=3&$orderBy=createdDateTime%20${order.toUpperCase()}`;
      let pages = 0;
      while (url) {
        const r = await t.get(url);
        expect(r.statusCode, r.body).toBe(200);
        seen.push(...ids(r));
        const next = json(r)['@odata.nextLink'] as string | undefined;
        if (next) {
          expect(next).toMatch(/^https:\/\/reports\.example\.com\/beta\/auditLogs\/signIns\?\$top=3&\$orderby=createdDateTime%20.+&\$skiptoken=/);
          url = next.replace('https://reports.example.com', '');
        } else url = undefined;
        pages++;
      }
      const expected = [...interactive].sort(byTimeDesc).map((x) => x.id);
      expect(seen).toEqual(order === 'desc' ? expected : [...expected].reverse());
      expect(pages).toBe(Math.ceil(interactive.length / 3));
    }
  });

  it('refuses a skip token reused with another query, or altered', async () => {
    const first = json(await t.get('/beta/auditLogs/signIns?$top=2'));
    const token = new URL(first['@odata.nextLink'] as string).searchParams.get('$skiptoken') as string;
    expectEnvelope(await t.get(`/beta/auditLogs/signIns?$top=3&$skiptoken=${token}`), 400, 'BadRequest', /belongs to a different query/);
    expectEnvelope(await t.get(`/v1.0/auditLogs/signIns?$top=2&$skiptoken=${token}`), 400, 'BadRequest', /belongs to a different query/);
    const altered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const e = expectEnvelope(await t.get(`/beta/auditLogs/signIns?$top=2&$skiptoken=${altered}`), 400, 'BadRequest', /\$skiptoken/);
    expect(e.innerError.code).toBe('InvalidSkipToken');
  });

  it('$select returns only the selected properties and names them in @odata.context', async () => {
    const r = json(await t.get('/beta/auditLogs/signIns?$select=id,userAgent,riskState&$top=2'));
    expect(r['@odata.context']).toBe('https://reports.example.com/beta/$metadata#auditLogs/signIns(id,userAgent,riskState)');
    expect(r.value).toEqual([expect.objectContaining({ userAgent: 'Mozilla/5.0', riskState: null }), expect.anything()]);
    expect(Object.keys((r.value as object[])[0] as object)).toEqual(['id', 'userAgent', 'riskState']);
    expect(Value.Check(SignInCollectionSchema, r)).toBe(true);
    expect(String(r['@odata.nextLink'])).toContain('$select=id%2CuserAgent%2CriskState');
  });

  it('$count=true counts up to the cap and says when it stopped there', async () => {
    const capped = json(await t.get('/beta/auditLogs/signIns?$count=true&$top=1'));
    expect(capped['@odata.count']).toBe(5);
    expect(capped['@signinReport.countCapped']).toBe(true);
    const exact = json(await t.get(`/beta/auditLogs/signIns?$count=true&$filter=${encodeURIComponent("userId eq '10000000-0000-4000-8000-000000000000'")}`));
    expect(exact['@odata.count']).toBe((exact.value as unknown[]).length);
    expect(exact['@signinReport.countCapped']).toBeUndefined();
  });

  it('accepts Graph doc request quirks: ?&, top without $, trailing slash, lower-case path', async () => {
    const r = await t.get(`/v1.0/auditLogs/signins/?&$filter=${encodeURIComponent("startsWith(appDisplayName,'Graph')")}&top=2`);
    expect(r.statusCode).toBe(200);
    expect(ids(r)).toHaveLength(2);
    expect(String(json(r)['@odata.nextLink'])).toContain(`$filter=${encodeURIComponent("startsWith(appDisplayName, 'Graph')")}&$top=2&$skiptoken=`);
  });

  it.each([
    ['$filter=usr%20eq%201', "$filter: unknown property 'usr' at 1", 'InvalidFilter'],
    ["$filter=userPrincipalName%20gt%20'a'", "$filter: operator 'gt' is not supported on 'userPrincipalName' at 19", 'InvalidFilter'],
    ['$top=5000', 'Invalid value for $top', 'BadRequest'],
    ['$skip=10', "Query option '$skip' is not supported on signIns", 'BadRequest'],
    ['$orderby=userId', 'Invalid value for $orderby', 'BadRequest'],
  ])('400 with the envelope for %s', async (qs, message, ours) => {
    const e = expectEnvelope(await t.get(`/beta/auditLogs/signIns?${qs}`), 400, 'BadRequest');
    expect(e.message.startsWith(message)).toBe(true);
    expect(e.innerError.code).toBe(ours);
  });
});

describe('GET /{version}/auditLogs/signIns/{id}', () => {
  it('returns one sign-in with @odata.context $entity', async () => {
    const target = records[4];
    const r = await t.get(`/beta/auditLogs/signIns/${target?.id}`);
    const body = json(r);
    expect(Value.Check(SignInEntitySchema, body)).toBe(true);
    expect(body).toMatchObject({ '@odata.context': 'https://reports.example.com/beta/$metadata#auditLogs/signIns/$entity', id: target?.id, userAgent: 'Mozilla/5.0' });
    const v1 = json(await t.get(`/v1.0/auditLogs/signIns/${target?.id}?$select=id,status`));
    expect(v1).toEqual({ '@odata.context': 'https://reports.example.com/v1.0/$metadata#auditLogs/signIns(id,status)/$entity', id: target?.id, status: target?.status });
  });

  it('404 for unknown ids, and on v1.0 for non-interactive sign-ins', async () => {
    expectEnvelope(await t.get('/beta/auditLogs/signIns/nope'), 404, 'Request_ResourceNotFound', "Sign-in 'nope' was not found");
    expectEnvelope(await t.get(`/v1.0/auditLogs/signIns/${records[1]?.id}`), 404, 'Request_ResourceNotFound');
    expect((await t.get(`/beta/auditLogs/signIns/${records[1]?.id}`)).statusCode).toBe(200);
    expectEnvelope(await t.get(`/beta/auditLogs/signIns/${'x'.repeat(600)}`), 400, 'BadRequest', 'A path segment is too long');
  });

  it('400 for list options on a single sign-in', async () => {
    expectEnvelope(await t.get(`/beta/auditLogs/signIns/${records[0]?.id}?$top=1`), 400, 'BadRequest', "Query option '$top' is not allowed on a single sign-in");
  });
});

describe('errors, auth and operations', () => {
  it('404 and 405 use the envelope; 405 says what is allowed', async () => {
    expectEnvelope(await t.get('/v2.0/auditLogs/signIns'), 404, 'NotFound', 'No resource at /v2.0/auditLogs/signIns');
    const r = await t.app.inject({ method: 'DELETE', url: '/beta/auditLogs/signIns', headers: t.auth });
    expectEnvelope(r, 405, 'MethodNotAllowed', /^Method DELETE is not allowed/);
    expect(r.headers.allow).toContain('GET');
  });

  it('with the UI hosted, a GET of a missing file or API path is a 404, not a 405', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const uiDir = mkdtempSync(join(tmpdir(), 'signin-ui-'));
    writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>x</title>');
    const ui = await setup([], { uiDir });
    expect((await ui.get('/', {})).statusCode).toBe(200);
    expectEnvelope(await ui.get('/nothing.js', {}), 404, 'NotFound', 'No resource at /nothing.js');
    expectEnvelope(await ui.get('/api/anything'), 404, 'NotFound', 'No resource at /api/anything');
  });

  it('401 InvalidAuthenticationToken without, with a bad, a doubled or an expired token', async () => {
    expectEnvelope(await t.get('/beta/auditLogs/signIns', {}), 401, 'InvalidAuthenticationToken', /Access token is empty/);
    expectEnvelope(await t.get('/beta/auditLogs/signIns', { authorization: 'Bearer nope' }), 401, 'InvalidAuthenticationToken', 'Invalid access token');
    expectEnvelope(await t.get('/beta/auditLogs/signIns', { authorization: `Bearer ${t.secret}, Bearer ${t.secret}` }), 401, 'InvalidAuthenticationToken', /more than one token/);
    const soon = await makeToken(t.store, 'soon', ['read'], 1);
    await new Promise((r) => setTimeout(r, 5));
    expectEnvelope(await t.get('/beta/auditLogs/signIns', { authorization: `Bearer ${soon}` }), 401, 'InvalidAuthenticationToken', /expired/);
  });

  it('403 Authorization_RequestDenied for a token without the read scope', async () => {
    const ingest = await makeToken(t.store, 'shipper', ['ingest']);
    expectEnvelope(await t.get('/beta/auditLogs/signIns', { authorization: `Bearer ${ingest}` }), 403, 'Authorization_RequestDenied', /needs the 'read' scope/);
    const admin = await makeToken(t.store, 'boss', ['admin']);
    expect((await t.get('/beta/auditLogs/signIns?$top=1', { authorization: `Bearer ${admin}` })).statusCode).toBe(200);
  });

  it('echoes request-id and client-request-id, and sends security headers', async () => {
    const r = await t.get('/beta/auditLogs/signIns?$top=1', { ...t.auth, 'client-request-id': 'my-call-1' });
    expect(r.headers['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers['client-request-id']).toBe('my-call-1');
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('414 for an over-long URL and 413 for an over-large body', async () => {
    expectEnvelope(await t.get(`/beta/auditLogs/signIns?$filter=${'a'.repeat(17_000)}`), 414, 'RequestUriTooLong');
    const { app } = await setup([]);
    app.post('/test-echo', { config: { scope: 'public' } }, async (req) => req.body);
    const r = await app.inject({ method: 'POST', url: '/test-echo', payload: JSON.stringify({ x: 'y'.repeat(1_100_000) }), headers: { 'content-type': 'application/json' } });
    expectEnvelope(r, 413, 'RequestEntityTooLarge');
    const bad = await app.inject({ method: 'POST', url: '/test-echo', payload: '{nope', headers: { 'content-type': 'application/json' } });
    expectEnvelope(bad, 400, 'BadRequest');
    await app.close();
  });

  it('429 with Retry-After past the per-token rate', async () => {
    const { app, get, store } = await setup(records.slice(0, 2), { rateLimitPerMinute: 2 });
    expect((await get('/beta/auditLogs/signIns')).statusCode).toBe(200);
    expect((await get('/beta/auditLogs/signIns')).statusCode).toBe(200);
    const r = await get('/beta/auditLogs/signIns');
    expectEnvelope(r, 429, 'TooManyRequests', /throttled/);
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    const other = await makeToken(store, 'other', ['read']);
    expect((await get('/beta/auditLogs/signIns', { authorization: `Bearer ${other}` })).statusCode).toBe(200);
    await app.close();
  });

  it('/healthz needs no token; /metrics needs one and speaks Prometheus text', async () => {
    expect(json(await t.get('/healthz', {}))).toEqual({ status: 'ok' });
    expectEnvelope(await t.get('/metrics', {}), 401, 'InvalidAuthenticationToken');
    const m = await t.get('/metrics');
    expect(m.headers['content-type']).toMatch(/^text\/plain/);
    expect(m.body).toMatch(/signin_report_http_requests_total\{method="GET",route="\/beta\/auditLogs\/signIns",status="200"\} \d+/);
    expect(m.body).toContain('signin_report_http_request_duration_seconds_bucket');
  });

  it('/openapi.json describes the routes from the response schemas', async () => {
    const doc = json(await t.get('/openapi.json', {})) as { openapi: string; paths: Record<string, Record<string, { security: unknown[]; responses: Record<string, { content: Record<string, { schema: unknown }> }> }>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1.0/auditLogs/signIns', '/beta/auditLogs/signIns', '/beta/auditLogs/signIns/{id}', '/healthz', '/metrics', '/openapi.json']));
    const list = doc.paths['/beta/auditLogs/signIns']?.get;
    expect(list?.security).toEqual([{ bearer: [] }]);
    expect(JSON.stringify(list?.responses['200'])).toContain('#/components/schemas/SignIn');
    expect(doc.paths['/healthz']?.get?.security).toEqual([]);
    expect(doc.components.schemas.SignIn).toMatchObject({ type: 'object', required: ['id', 'createdDateTime'] });
  });
});
