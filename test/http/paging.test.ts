// Property-based paging: for random data sets (with ties on createdDateTime), random page sizes, orders, API versions
// and random filters, following @odata.nextLink returns every matching record exactly once, in order; the expected
// set comes from an independent evaluation of each filter in JavaScript.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SignIn } from '../../src/core/model/sign-in-schema.js';
import { createApp } from '../../src/http/app.js';
import { TYPES, makeToken, openStore, record } from './helpers.js';

interface Clause {
  readonly text: string;
  readonly test: (r: SignIn) => boolean;
  readonly typed?: boolean;
  readonly betaOnly?: boolean;
}

const T0 = Date.UTC(2024, 6, 1);
const ms = (r: SignIn) => Date.parse(r.createdDateTime);
const type = (r: SignIn) => r.signInEventTypes?.[0];

const clause: fc.Arbitrary<Clause> = fc.oneof(
  fc.nat({ max: 3 }).map((u) => ({ text: `userPrincipalName eq 'user${u}@contoso.com'`, test: (r: SignIn) => r.userPrincipalName?.toLowerCase() === `user${u}@contoso.com` })),
  fc.constant({ text: 'status/errorCode ne 0', test: (r: SignIn) => (r.status?.errorCode ?? 0) !== 0 }),
  fc.constant({ text: 'status/errorCode in (50126, 50074)', test: (r: SignIn) => [50126, 50074].includes(r.status?.errorCode ?? 0) }),
  fc.constant({ text: "startsWith(appDisplayName,'graph')", test: (r: SignIn) => (r.appDisplayName ?? '').toLowerCase().startsWith('graph') }),
  fc.nat({ max: 20 }).map((m) => ({
    text: `createdDateTime ge ${new Date(T0 + m * 60_000).toISOString()}`,
    test: (r: SignIn) => ms(r) >= T0 + m * 60_000,
  })),
  fc.subarray([...TYPES], { minLength: 1, maxLength: 3 }).map((types) => ({
    text: `signInEventTypes/any(t: ${types.map((x) => `t eq '${x}'`).join(' or ')})`,
    test: (r: SignIn) => types.includes(type(r) as (typeof TYPES)[number]),
    typed: true,
    betaOnly: true,
  })),
);

const filterArb: fc.Arbitrary<Clause | undefined> = fc.oneof(
  fc.constant(undefined),
  clause,
  fc.tuple(clause, clause, fc.constantFrom('and', 'or')).map(([a, b, op]) => ({
    text: `(${a.text}) ${op} (${b.text})`,
    test: (r: SignIn) => (op === 'and' ? a.test(r) && b.test(r) : a.test(r) || b.test(r)),
    typed: a.typed || b.typed,
    betaOnly: a.betaOnly || b.betaOnly,
  })),
);

const dataArb = fc.array(
  fc.record({ minute: fc.nat({ max: 25 }), n: fc.nat({ max: 1000 }), upper: fc.boolean() }),
  { minLength: 0, maxLength: 120 },
).map((xs) =>
  xs.map(({ minute, n, upper }, i) =>
    record(n, {
      id: `${String(n).padStart(4, '0')}-${String(i).padStart(4, '0')}`,
      createdDateTime: new Date(T0 + minute * 60_000).toISOString(),
      ...(n % 4 < 2 ? { userPrincipalName: `${upper ? 'USER' : 'user'}${n % 4}@contoso.com` } : {}),
    }),
  ),
);

describe('paging through @odata.nextLink', () => {
  it('returns each matching record exactly once, in (createdDateTime, id) order', async () => {
    await fc.assert(
      fc.asyncProperty(
        dataArb,
        filterArb,
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.constantFrom('v1.0' as const, 'beta' as const),
        async (data, filter, top, order, api) => {
          const f = api === 'v1.0' && filter?.betaOnly ? undefined : filter;
          const store = await openStore(data);
          const secret = await makeToken(store, 'r', ['read']);
          const app = createApp({ store, rateLimitPerMinute: 1_000_000 });
          try {
            const population = (r: SignIn) => (api === 'beta' && f?.typed ? true : type(r) === 'interactiveUser');
            const expected = data
              .filter((r) => population(r) && (f ? f.test(r) : true))
              .sort((a, b) => ms(a) - ms(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
              .map((r) => r.id);
            if (order === 'desc') expected.reverse();

            const seen: string[] = [];
            const q = new URLSearchParams({ $top: String(top), $orderby: `createdDateTime ${order}` });
            if (f) q.set('$filter', f.text);
            let url: string | undefined = `/${api}/auditLogs/signIns?${q.toString()}`;
            let pages = 0;
            while (url) {
              const r = await app.inject({ url, headers: { authorization: `Bearer ${secret}` } });
              expect(r.statusCode, r.body).toBe(200);
              const body = JSON.parse(r.body) as { value: { id: string }[]; '@odata.nextLink'?: string };
              expect(body.value.length).toBeLessThanOrEqual(top);
              seen.push(...body.value.map((v) => v.id));
              const next = body['@odata.nextLink'];
              url = next ? next.replace(/^http:\/\/localhost(:\d+)?/, '') : undefined;
              if (++pages > data.length + 2) throw new Error('paging does not end');
            }
            expect(seen).toEqual(expected);
          } finally {
            await app.close();
            await store.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
