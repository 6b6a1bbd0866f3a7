/**
 * Round trip, on every engine: random records — odd text, GUIDs in every spelling, properties no
 * schema knows — stored, then fetched by id and listed, come back equal to what went in.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignInStore } from '../../core/ports.js';
import type { SignIn } from '../../core/model/sign-in-schema.js';
import { prepareSignIn } from '../../core/model/sign-in-row.js';
import type { ContractHarness } from './sign-in-store.contract.js';
import { makeSignIn } from './fixtures.js';

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', 'a\u0000b', 'lone \ud800 half', '大阪市', '"quoted"\\'));
const guidish = fc.oneof(fc.uuid(), fc.uuid().map((u) => u.toUpperCase()), fc.uuid().map((u) => `{${u}}`), text);
const extra = fc.dictionary(fc.string({ minLength: 1 }).map((k) => `x_${k}`), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });

const recordArb = fc.record({
  upn: fc.option(text, { nil: undefined }),
  name: fc.option(text, { nil: undefined }),
  app: fc.option(text, { nil: undefined }),
  ip: fc.option(text, { nil: undefined }),
  agent: fc.option(text, { nil: undefined }),
  correlationId: fc.option(guidish, { nil: undefined }),
  userId: fc.option(guidish, { nil: undefined }),
  ms: fc.integer({ min: 0, max: 10 ** 9 }),
  extra,
});

export const describeRoundTripContract = (engine: string, harness: ContractHarness): void => {
  describe(`round trip: ${engine}`, () => {
    let store: SignInStore;
    beforeAll(async () => {
      store = await harness.create();
    });
    afterAll(async () => {
      await store.close();
    });
    it('property: any record, fetched by id and listed, equals what went in', async () => {
      let batch = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(recordArb, { minLength: 1, maxLength: 12 }), fc.boolean(), async (recs, upperIds) => {
          {
            batch++;
            const docs = recs.map((r, i): SignIn => {
              const n = batch * 100 + i;
              const base = makeSignIn(n, {
                createdDateTime: new Date(Date.UTC(2024, 0, 1) + r.ms).toISOString(),
                userPrincipalName: r.upn,
                userDisplayName: r.name,
                appDisplayName: r.app,
                ipAddress: r.ip,
                userAgent: r.agent,
                correlationId: r.correlationId,
                userId: r.userId,
              } as Partial<SignIn>);
              const id = upperIds && i % 2 === 0 ? base.id.toUpperCase() : i % 3 === 0 ? `not-a-guid-${n}` : base.id;
              return { ...base, ...r.extra, id } as SignIn;
            });
            const expected = docs.map((d) => JSON.parse(JSON.stringify(prepareSignIn(d).doc)) as SignIn);
            expect((await store.upsert(docs.map((d) => prepareSignIn(d)))).inserted).toBe(docs.length);
            for (const doc of expected) expect(await store.get(doc.id)).toEqual(doc);
            const ids = new Set(expected.map((d) => d.id));
            const listed = (await store.list({ top: 1000, order: 'asc' })).items.filter((d) => ids.has(d.id));
            const byId = (a: SignIn, b: SignIn) => (a.id < b.id ? -1 : 1);
            expect([...listed].sort(byId)).toEqual([...expected].sort(byId));
          }
        }),
        { numRuns: 25 },
      );
    });
  });
};
