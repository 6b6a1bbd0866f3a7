// Conformance with the official @microsoft/microsoft-graph-client against real listening servers: HTTPS with a
// certificate made at test time (customHosts, PageIterator to the end, v1.0, get by id, GraphError for a bad filter,
// the doubled-token 401), and plain HTTP through a custom middleware chain with an explicit Authorization header.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, GraphError, HTTPMessageHandler, PageIterator, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import type { FastifyInstance } from 'fastify';
import type { SignInStore } from '../../src/core/ports.js';
import { createApp } from '../../src/http/app.js';
import { TYPES, makeToken, openStore, record } from './helpers.js';

const records = Array.from({ length: 230 }, (_, i) => record(i));
const ALL_TYPES = `signInEventTypes/any(t: ${TYPES.map((x) => `t eq '${x}'`).join(' or ')})`;

let store: SignInStore;
let secret: string;
let https: FastifyInstance;
let http: FastifyInstance;
let httpsPort: number;
let httpPort: number;
const previousTlsSetting = process.env.NODE_TLS_REJECT_UNAUTHORIZED;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'signin-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  // The Graph client uses Node's global fetch, which offers no per-call CA option without an extra dependency;
  // the certificate is self-signed and made a moment ago, so this worker accepts it.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  store = await openStore(records);
  secret = await makeToken(store, 'sdk', ['read']);
  https = createApp({ store, https: { cert: readFileSync(join(dir, 'cert.pem')), key: readFileSync(join(dir, 'key.pem')) }, rateLimitPerMinute: 100_000 });
  await https.listen({ host: '127.0.0.1', port: 0 });
  httpsPort = (https.server.address() as AddressInfo).port;
  http = createApp({ store, rateLimitPerMinute: 100_000 });
  await http.listen({ host: '127.0.0.1', port: 0 });
  httpPort = (http.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await https?.close();
  await http?.close();
  await store?.close();
  if (previousTlsSetting === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previousTlsSetting;
});

const sdk = () =>
  Client.init({
    authProvider: (done) => done(null, secret),
    baseUrl: `https://127.0.0.1:${httpsPort}`,
    customHosts: new Set(['127.0.0.1']),
  });

const iterateAll = async (client: Client, first: { value: unknown[] }, options?: ConstructorParameters<typeof PageIterator>[3]) => {
  const ids: string[] = [];
  const it = new PageIterator(client, first, (item: { id: string }) => {
    ids.push(item.id);
    return true;
  }, options);
  await it.iterate();
  return ids;
};

describe('Graph JS client over HTTPS (customHosts)', () => {
  it('beta: filter + top, PageIterator to the end; the count equals the store', async () => {
    const client = sdk();
    const first = await client.api('/auditLogs/signIns').version('beta').filter(ALL_TYPES).top(40).get();
    expect(first['@odata.nextLink']).toMatch(new RegExp(`^https://127\\.0\\.0\\.1:${httpsPort}/beta/auditLogs/signIns\\?`));
    const ids = await iterateAll(client, first);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(records.length);
    expect((await store.count(undefined, 100_000)).count).toBe(ids.length);
  });

  it('beta with a narrower filter and $orderby asc pages in ascending order', async () => {
    const client = sdk();
    const first = await client.api('/auditLogs/signIns').version('beta').filter("signInEventTypes/any(t: t eq 'servicePrincipal') and status/errorCode eq 0").orderby('createdDateTime asc').top(7).get();
    const ids = await iterateAll(client, first);
    const expected = records.filter((r) => r.signInEventTypes?.[0] === 'servicePrincipal' && r.status?.errorCode === 0);
    expect(ids).toEqual(expected.map((r) => r.id));
  });

  it('v1.0: interactive user sign-ins only, v1.0 properties only', async () => {
    const client = sdk();
    const first = await client.api('/auditLogs/signIns').version('v1.0').top(25).get();
    expect(first['@odata.context']).toBe(`https://127.0.0.1:${httpsPort}/v1.0/$metadata#auditLogs/signIns`);
    expect(first.value[0]).not.toHaveProperty('signInEventTypes');
    const ids = await iterateAll(client, first);
    expect(ids.length).toBe(records.filter((r) => r.signInEventTypes?.[0] === 'interactiveUser').length);
  });

  it('gets one sign-in by id', async () => {
    const target = records[9];
    const got = await sdk().api(`/auditLogs/signIns/${target?.id}`).version('beta').get();
    expect(got).toMatchObject({ id: target?.id, createdDateTime: target?.createdDateTime, '@odata.context': expect.stringContaining('$entity') });
  });

  it('an invalid filter surfaces as GraphError with our code and message', async () => {
    const err = await sdk().api('/auditLogs/signIns').version('beta').filter("usr eq 'x'").get().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphError);
    expect(err).toMatchObject({ statusCode: 400, code: 'BadRequest', message: "$filter: unknown property 'usr' at 1" });
    expect((err as GraphError).requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((err as GraphError).date).toBeInstanceOf(Date);
  });

  it('a token passed both to the auth provider and to PageIterator gets a clear 401', async () => {
    const client = sdk();
    const first = await client.api('/auditLogs/signIns').version('beta').top(10).get();
    const err = await iterateAll(client, first, { headers: { Authorization: `Bearer ${secret}` } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken', message: expect.stringContaining('more than one token') });
  });
});

/** Adds the bearer token itself: a custom chain replaces the default auth middleware (which drops it on http://). */
class BearerMiddleware implements Middleware {
  private next?: Middleware;
  constructor(private readonly token: string) {}
  async execute(context: Context): Promise<void> {
    const options = (context.options ??= {});
    const headers = new Headers(options.headers as ConstructorParameters<typeof Headers>[0]);
    headers.set('Authorization', `Bearer ${this.token}`);
    options.headers = headers;
    await this.next?.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

describe('Graph JS client over plain HTTP with a custom middleware chain', () => {
  const plain = () => {
    const auth = new BearerMiddleware(secret);
    auth.setNext(new HTTPMessageHandler());
    return Client.initWithMiddleware({ baseUrl: `http://127.0.0.1:${httpPort}`, middleware: auth });
  };

  it('lists, gets by id and reports errors', async () => {
    const client = plain();
    const page = await client.api('/auditLogs/signIns').version('beta').filter(ALL_TYPES).top(50).get();
    expect(page.value).toHaveLength(50);
    expect(page['@odata.nextLink']).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${httpPort}/beta/auditLogs/signIns\\?\\$filter=`));
    const one = await client.api(`/auditLogs/signIns/${page.value[0].id}`).version('v1.0').get().catch((e: unknown) => e);
    expect(one).toMatchObject(page.value[0].signInEventTypes[0] === 'interactiveUser' ? { id: page.value[0].id } : { statusCode: 404 });
    const err = await client.api('/auditLogs/signIns').version('v1.0').filter("userPrincipalName gt 'a'").get().catch((e: unknown) => e);
    expect(err).toMatchObject({ statusCode: 400, code: 'BadRequest', message: expect.stringContaining("operator 'gt' is not supported on 'userPrincipalName'") });
  });

  it('without the middleware the token is dropped and the answer is 401', async () => {
    const client = Client.init({ authProvider: (done) => done(null, secret), baseUrl: `http://127.0.0.1:${httpPort}` });
    const err = await client.api('/auditLogs/signIns').version('beta').get().catch((e: unknown) => e);
    expect(err).toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken' });
  });
});
