// Property-based robustness of the HTTP app: random strings, random mutations of valid filters, random query
// options, paths and skip tokens never produce a 500 (only 2xx or a 4xx in Graph's envelope), and no
// request leaves a promise rejection unhandled (which would reach serve's process guard).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Value } from '@sinclair/typebox/value';
import { ErrorEnvelopeSchema } from '../../src/http/schemas.js';
import { record, setup } from './helpers.js';

type Ctx = Awaited<ReturnType<typeof setup>>;
let t: Ctx;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  t = await setup(Array.from({ length: 30 }, (_, i) => record(i)), { rateLimitPerMinute: 1_000_000 });
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await t.app.close();
  await t.store.close();
});

const VALID = [
  "userPrincipalName eq 'user1@contoso.com'",
  "startsWith(appDisplayName,'Graph') and status/errorCode ne 0",
  'createdDateTime ge 2024-07-01T00:00:00Z and createdDateTime le 2024-07-14T00:00:00Z',
  "(signInEventTypes/any(t: t ne 'interactiveUser')) and not (userId eq null)",
  "status/errorCode in (50126, 50074) or location/countryOrRegion eq 'JP'",
  "appId eq de8bc8b5-d9f9-48b1-a8ad-b748da725064 and isInteractive eq true",
  "outcome eq 'failure' and errorCategory ne 'none' and signInType in ('servicePrincipal', 'managedIdentity')",
];
const PIECES = ['(', ')', "'", "''", ',', '/', ':', ' ', ' and ', ' or ', 'not ', ' eq ', ' gt ', 'null', 'true', '1e999', '-', '2024-02-30', 'any(', 't', '$', '%', '\u0000', '\ud800', '💥', 'startsWith(', ' in (', '((((((((((((((((((((((((((((((((((('];

const mutation = fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'duplicate', 'truncate', 'swapCase'), fc.constantFrom(...PIECES), fc.nat({ max: 40 }));
const mutate = (text: string, [pos, kind, piece, len]: [number, string, string, number]): string => {
  const i = text.length === 0 ? 0 : pos % text.length;
  switch (kind) {
    case 'delete':
      return text.slice(0, i) + text.slice(i + 1 + (len % 5));
    case 'insert':
      return text.slice(0, i) + piece + text.slice(i);
    case 'duplicate':
      return text.slice(0, i) + text.slice(i, i + len) + text.slice(i);
    case 'truncate':
      return text.slice(0, i);
    default:
      return text.slice(0, i) + text.slice(i, i + len).toUpperCase() + text.slice(i + len);
  }
};

const check = async (url: string) => {
  const r = await t.get(url);
  expect(r.statusCode, `${url} → ${r.body}`).toBeLessThan(500);
  if (r.statusCode >= 400) expect(Value.Check(ErrorEnvelopeSchema, JSON.parse(r.body)), r.body).toBe(true);
  return r;
};

const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    // Lone surrogates cannot be percent-encoded as UTF-8: send them raw-escaped instead.
    return escape(s);
  }
};

describe('no input gives a 500', () => {
  it('random $filter strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom('v1.0', 'beta'), async (s, api) => {
        await check(`/${api}/auditLogs/signIns?$filter=${encode(s)}`);
      }),
      { numRuns: 400 },
    );
  });

  it('random mutations of valid filters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VALID), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.constantFrom('v1.0', 'beta'), async (base, ms, api) => {
        const text = ms.reduce(mutate, base);
        await check(`/${api}/auditLogs/signIns?$top=5&$filter=${encode(text)}`);
      }),
      { numRuns: 600 },
    );
  });

  it('random query options, values and raw percent-escapes', async () => {
    const key = fc.oneof(fc.constantFrom('$filter', '$top', '$skiptoken', '$orderby', '$select', '$count', 'top', '$skip', '$expand', '$FILTER', '__proto__', 'constructor', '$'), fc.string({ maxLength: 8 }));
    const value = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('%', '%E0%A4%A', '%00', '%ZZ', '+', '1', '0', '1000', '1001', 'true', 'createdDateTime asc', 'id,status', '*'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 5 }), fc.constantFrom('v1.0', 'beta'), async (pairs, api) => {
        const qs = pairs.map(([k, v]) => `${encode(k)}=${/^%/.test(v) ? v : encode(v)}`).join('&');
        await check(`/${api}/auditLogs/signIns?${qs}`);
        await check(`/${api}/auditLogs/signIns/${encode(pairs[0]?.[1] ?? 'x') || 'x'}?${qs}`);
      }),
      { numRuns: 300 },
    );
  });

  it('random skip tokens and tokens from other queries', async () => {
    const real = JSON.parse((await t.get('/beta/auditLogs/signIns?$top=2')).body) as { '@odata.nextLink': string };
    const token = new URL(real['@odata.nextLink']).searchParams.get('$skiptoken') as string;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 120 }), fc.tuple(fc.nat(), fc.string({ maxLength: 3 })).map(([i, s]) => token.slice(0, i % token.length) + s + token.slice((i % token.length) + 1))), async (s) => {
        await check(`/beta/auditLogs/signIns?$top=2&$skiptoken=${encode(s)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('random paths and methods', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('v1.0', 'beta', 'auditLogs', 'signIns', 'signins', '%2e%2e', '..', '', 'x', '%', '%ZZ', '$metadata', 'healthz', 'metrics'), { maxLength: 5 }), fc.constantFrom('GET', 'POST', 'DELETE', 'PUT', 'OPTIONS', 'HEAD', 'PATCH'), async (segs, method) => {
        const r = await t.app.inject({ method: method as 'GET', url: `/${segs.join('/')}`, headers: t.auth, payload: method === 'GET' || method === 'HEAD' ? undefined : '{}' });
        expect(r.statusCode, `${method} /${segs.join('/')} → ${r.body}`).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });

  it('left no promise rejection unhandled', async () => {
    await new Promise((r) => setTimeout(r, 20));
    expect(unhandled).toEqual([]);
  });
});
