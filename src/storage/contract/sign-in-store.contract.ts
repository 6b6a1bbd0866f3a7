/**
 * The storage contract: one suite, run once per engine (see sqlite-store.test.ts and
 * postgres-store.test.ts). Any behaviour that differs between engines fails here.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SignInStore } from '../../core/ports.js';
import type { FilterNode } from '../../core/query/ast.js';
import type { SignIn } from '../../core/model/sign-in-schema.js';
import { makeSignIn, prepAll } from './fixtures.js';

export interface ContractHarness {
  /** A fresh, migrated, empty store. */
  create(): Promise<SignInStore>;
  /** Called after all tests. */
  teardown?(): Promise<void>;
}

const str = (value: string) => ({ kind: 'string', value }) as const;
const cmp = (field: string, op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le', value: FilterNode extends never ? never : Parameters<typeof lit>[0]): FilterNode => ({ kind: 'compare', op, field, value: lit(value) });
function lit(v: string | number | boolean | null | Date) {
  if (v === null) return { kind: 'null' } as const;
  if (v instanceof Date) return { kind: 'datetime', value: v.toISOString(), millis: v.getTime() } as const;
  if (typeof v === 'number') return { kind: 'number', value: v } as const;
  if (typeof v === 'boolean') return { kind: 'boolean', value: v } as const;
  return str(v);
}

const listAll = async (store: SignInStore, filter: FilterNode | undefined, top = 1000, order: 'asc' | 'desc' = 'desc'): Promise<SignIn[]> => {
  const out: SignIn[] = [];
  let after;
  for (let guard = 0; guard < 10_000; guard++) {
    const page = await store.list({ filter, top, order, after });
    out.push(...page.items);
    if (!page.next) break;
    after = page.next;
  }
  return out;
};

export const describeSignInStoreContract = (engine: string, harness: ContractHarness): void => {
  describe(`SignInStore contract: ${engine}`, () => {
    let store: SignInStore;
    const data = Array.from({ length: 60 }, (_, i) => makeSignIn(i));

    beforeAll(async () => {
      store = await harness.create();
    });
    afterAll(async () => {
      await store.close();
      await harness.teardown?.();
    });
    beforeEach(async () => {
      await store.close();
      store = await harness.create();
    });

    it('migrates idempotently', async () => {
      await store.migrate();
      await store.migrate();
      expect((await store.summarize()).total).toBe(0);
    });

    it('stores a batch and counts duplicates by id (first copy wins)', async () => {
      const first = await store.upsert(prepAll(data));
      expect(first).toEqual({ inserted: 60, duplicates: 0 });
      const changed = { ...data[0]!, appDisplayName: 'Changed' };
      const again = await store.upsert(prepAll([changed, data[1]!, data[1]!]));
      expect(again).toEqual({ inserted: 0, duplicates: 3 });
      expect((await store.get(data[0]!.id))?.appDisplayName).toBe(data[0]!.appDisplayName);
      expect((await store.summarize()).total).toBe(60);
    });

    it('returns every property that came in, including unknown ones', async () => {
      const rich = makeSignIn(1000, {
        userPrincipalName: 'MixedCase@Contoso.com',
        futureProperty: { nested: [1, 2, { deep: 'x' }] },
        authenticationDetails: [{ authenticationMethod: 'Password', succeeded: false, authenticationStepDateTime: '2024-07-01T00:00:00Z' }],
        createdDateTime: '2024-07-01T10:00:00.1234567Z',
        userAgent: '',
        servicePrincipalId: '',
      } as Partial<SignIn>);
      await store.upsert(prepAll([rich]));
      expect(await store.get(rich.id)).toEqual(rich);
      expect(await store.get('no-such-id')).toBeUndefined();
    });

    it('treats the same id with a different createdDateTime as a duplicate (first copy wins)', async () => {
      // Happens for real: a portal CSV keeps seconds, Graph JSON keeps seven fraction digits.
      const first = makeSignIn(7, { createdDateTime: '2024-07-01T10:00:00.1234567Z' });
      const later = makeSignIn(7, { createdDateTime: '2024-08-01T10:00:00Z', appDisplayName: 'Later' });
      expect(await store.upsert(prepAll([first]))).toEqual({ inserted: 1, duplicates: 0 });
      expect(await store.upsert(prepAll([later, later]))).toEqual({ inserted: 0, duplicates: 2 });
      expect(await store.get(first.id)).toEqual(first);
      expect((await store.summarize()).total).toBe(1);
    });

    it('keeps text some databases cannot hold natively (NUL, lone surrogates) in the document', async () => {
      const odd = makeSignIn(8, { userDisplayName: 'nul\u0000inside', appDisplayName: 'lone \ud800 surrogate', futureProperty: 'x\u0000y' } as Partial<SignIn>);
      expect(await store.upsert(prepAll([odd]))).toEqual({ inserted: 1, duplicates: 0 });
      expect(await store.get(odd.id)).toEqual(odd);
    });

    it('orders and pages across month and year boundaries', async () => {
      const times = ['2023-12-31T23:59:59.999Z', '2024-01-01T00:00:00Z', '2024-01-31T23:59:59Z', '2024-02-01T00:00:00Z', '2024-03-15T12:00:00Z'];
      const spread = times.flatMap((t, i) => [makeSignIn(100 + i, { createdDateTime: t }), makeSignIn(200 + i, { createdDateTime: t })]);
      await store.upsert(prepAll(spread));
      const expected = [...spread].sort((a, b) => Date.parse(a.createdDateTime) - Date.parse(b.createdDateTime) || (a.id < b.id ? -1 : 1)).map((s) => s.id);
      expect((await listAll(store, undefined, 3, 'asc')).map((s) => s.id)).toEqual(expected);
      expect((await listAll(store, undefined, 3, 'desc')).map((s) => s.id)).toEqual([...expected].reverse());
      const jan = { kind: 'and', left: cmp('createdDateTime', 'ge', new Date(Date.UTC(2024, 0, 1))), right: cmp('createdDateTime', 'lt', new Date(Date.UTC(2024, 1, 1))) } as const;
      expect((await listAll(store, jan, 1)).length).toBe(4);
    });

    it('orders by createdDateTime then id, both directions, with keyset paging', async () => {
      const tied = [makeSignIn(1, { id: 'b' }), makeSignIn(1, { id: 'a' }), makeSignIn(1, { id: 'c' }), makeSignIn(2, { id: 'z' })];
      await store.upsert(prepAll(tied));
      const desc = await listAll(store, undefined, 1);
      expect(desc.map((s) => s.id)).toEqual(['z', 'c', 'b', 'a']);
      const asc = await listAll(store, undefined, 2, 'asc');
      expect(asc.map((s) => s.id)).toEqual(['a', 'b', 'c', 'z']);
    });

    it('pages through everything exactly once for any page size', async () => {
      await store.upsert(prepAll(data));
      for (const top of [1, 7, 59, 60, 1000]) {
        const ids = (await listAll(store, undefined, top)).map((s) => s.id);
        expect(ids).toHaveLength(60);
        expect(new Set(ids).size).toBe(60);
      }
    });

    it('filters with eq, ne, startsWith, in, and/or/not, datetime ranges and lambdas', async () => {
      await store.upsert(prepAll(data));
      await store.upsert(prepAll([makeSignIn(500, { appDisplayName: '100%_off', userPrincipalName: undefined, signInEventTypes: ['servicePrincipal'], servicePrincipalId: 'sp1' })]));
      const count = async (f: FilterNode) => (await listAll(store, f)).length;
      expect(await count(cmp('status/errorCode', 'eq', 50126))).toBe(20);
      expect(await count(cmp('status/errorCode', 'ne', 0))).toBe(20);
      expect(await count(cmp('outcome', 'eq', 'failure'))).toBe(20);
      expect(await count(cmp('userPrincipalName', 'eq', 'USER1@contoso.com'))).toBe(12);
      expect(await count(cmp('userPrincipalName', 'ne', 'user1@contoso.com'))).toBe(49);
      expect(await count(cmp('userPrincipalName', 'eq', null))).toBe(1);
      expect(await count({ kind: 'startsWith', field: 'appDisplayName', value: 'graph' })).toBe(30);
      expect(await count({ kind: 'startsWith', field: 'appDisplayName', value: '100%_' })).toBe(1);
      expect(await count({ kind: 'startsWith', field: 'appDisplayName', value: '10_' })).toBe(0);
      expect(await count({ kind: 'in', field: 'ipAddress', values: [str('203.0.113.1'), str('203.0.113.2')] })).toBe(18);
      expect(await count({ kind: 'not', operand: cmp('location/city', 'eq', 'Tokyo') })).toBe(31);
      expect(await count({ kind: 'or', left: cmp('location/city', 'eq', 'Tokyo'), right: cmp('status/errorCode', 'eq', 50126) })).toBe(40);
      const t0 = new Date(Date.UTC(2024, 6, 1, 0, 10));
      const t1 = new Date(Date.UTC(2024, 6, 1, 0, 19));
      expect(await count({ kind: 'and', left: cmp('createdDateTime', 'ge', t0), right: cmp('createdDateTime', 'le', t1) })).toBe(10);
      expect(await count(cmp('createdDateTime', 'gt', t0))).toBe(50);
      const lambda = (op: 'eq' | 'ne', value: string): FilterNode => ({ kind: 'any', field: 'signInEventTypes', variable: 't', body: cmp('$element', op, value) });
      expect(await count(lambda('eq', 'servicePrincipal'))).toBe(1);
      expect(await count(lambda('ne', 'interactiveUser'))).toBe(1);
      expect(await count(cmp('isInteractive', 'eq', true))).toBe(61);
    });

    it('negates as OData does: a row without the property matches not (... eq x)', async () => {
      const noCity = makeSignIn(900, { location: { city: null, state: null, countryOrRegion: 'JP' }, correlationId: undefined } as Partial<SignIn>);
      await store.upsert(prepAll([makeSignIn(901), noCity]));
      const ids = async (f: FilterNode) => (await listAll(store, f)).map((s) => s.id).sort();
      expect(await ids({ kind: 'not', operand: cmp('location/city', 'eq', 'Tokyo') })).toEqual([noCity.id]);
      expect(await ids({ kind: 'not', operand: cmp('correlationId', 'eq', 'c-1') })).toEqual([makeSignIn(901).id, noCity.id].sort());
      expect(await ids({ kind: 'not', operand: { kind: 'not', operand: cmp('location/city', 'eq', 'Tokyo') } })).toEqual([makeSignIn(901).id]);
    });

    it('counts with a cap and says when it stopped', async () => {
      await store.upsert(prepAll(data));
      expect(await store.count(undefined, 100)).toEqual({ count: 60, capped: false });
      expect(await store.count(undefined, 10)).toEqual({ count: 10, capped: true });
      expect(await store.count(cmp('status/errorCode', 'eq', 50126), 1000)).toEqual({ count: 20, capped: false });
    });

    it('summarises outcomes, types, top codes and the time span', async () => {
      await store.upsert(prepAll(data));
      const s = await store.summarize();
      expect(s.total).toBe(60);
      expect(s.byOutcome).toEqual([{ key: 'success', count: 40 }, { key: 'failure', count: 20 }]);
      expect(s.bySignInType).toEqual([{ key: 'interactiveUser', count: 60 }]);
      expect(s.topErrorCodes[0]).toMatchObject({ key: 50126, count: 20 });
      expect(s.first).toBe('2024-07-01T00:00:00.000Z');
      expect(s.last).toBe('2024-07-01T00:59:00.000Z');
    });

    it('keeps API tokens as hashes with scopes, expiry and revocation', async () => {
      const t = { id: 'tok1', name: 'ci', scopes: ['read', 'ingest'] as const, createdAt: '2024-07-01T00:00:00.000Z', expiresAt: '2030-01-01T00:00:00.000Z' };
      await store.createToken({ ...t, scopes: [...t.scopes] }, 'hash-1');
      expect(await store.findTokenByHash('hash-1')).toMatchObject({ id: 'tok1', name: 'ci', scopes: ['read', 'ingest'] });
      expect(await store.findTokenByHash('hash-2')).toBeUndefined();
      expect(await store.countActiveTokens()).toBe(1);
      await store.touchToken('tok1', '2024-07-02T00:00:00.000Z');
      expect((await store.listTokens())[0]?.lastUsedAt).toBe('2024-07-02T00:00:00.000Z');
      expect(await store.revokeToken('ci', '2024-07-03T00:00:00.000Z')).toBe(true);
      expect(await store.revokeToken('ci', '2024-07-03T00:00:00.000Z')).toBe(false);
      expect(await store.countActiveTokens()).toBe(0);
      expect((await store.findTokenByHash('hash-1'))?.revokedAt).toBe('2024-07-03T00:00:00.000Z');
    });

    it('keeps checkpoints', async () => {
      expect(await store.getCheckpoint('pull:x')).toBeUndefined();
      await store.setCheckpoint('pull:x', '1');
      await store.setCheckpoint('pull:x', '2');
      expect(await store.getCheckpoint('pull:x')).toBe('2');
    });
  });
};
