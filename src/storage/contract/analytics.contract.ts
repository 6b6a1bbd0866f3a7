/**
 * The analytics part of the storage contract (aggregate, rollups, diagnosis context, export,
 * prune, rederive), run once per engine beside sign-in-store.contract.ts. Includes the property
 * test that rollup answers equal scan answers on random data, random filters and random prunes.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SignInStore } from '../../core/ports.js';
import type { AggregateQuery, AggregateResult } from '../../core/analytics/store-types.js';
import { GROUP_DIMENSIONS } from '../../core/analytics/dimensions.js';
import { makeSignIn, prepAll } from './fixtures.js';
import { H, SPAN, START, T0, and, cmp, dt, eq, n, queryArb, s, signInArb, toSignIn } from './analytics-arbitraries.js';

/** A store with the analytics methods (required once every engine has them). */
type Store = SignInStore & Required<Pick<SignInStore, 'aggregate' | 'diagnosisContext' | 'exportRows' | 'prune' | 'rederive'>>;

export interface AnalyticsHarness {
  /** A fresh, migrated, empty store. */
  create(): Promise<SignInStore>;
  teardown?(): Promise<void>;
  /** Overwrites the stored classification of a code in rows and rollups (simulates an older catalog). */
  setClassification(store: SignInStore, code: number, outcome: string, category: string): Promise<void>;
  /** Property-test runs (fewer on slow engines). */
  readonly propertyRuns?: number;
}

const asStore = (x: SignInStore): Store => x as Store;

/** Results compared without `source`. */
const answer = (r: AggregateResult) => ({ total: r.total, distinctUsers: r.distinctUsers, rows: r.rows });

export const describeAnalyticsContract = (engine: string, harness: AnalyticsHarness): void => {
  describe(`SignInStore analytics contract: ${engine}`, () => {
    let store: Store;
    const data = Array.from({ length: 60 }, (_, i) => makeSignIn(i));

    beforeAll(async () => {
      store = asStore(await harness.create());
    });
    afterAll(async () => {
      await store.close();
      await harness.teardown?.();
    });
    beforeEach(async () => {
      await store.close();
      store = asStore(await harness.create());
    });

    const both = async (q: AggregateQuery) => {
      const auto = await store.aggregate(q);
      const scan = await store.aggregate({ ...q, source: 'scan' });
      expect(scan.source).toBe('scan');
      expect(answer(auto)).toEqual(answer(scan));
      return auto;
    };

    it('counts only rows really inserted (duplicates do not count twice in the rollups)', async () => {
      await store.upsert(prepAll(data));
      await store.upsert(prepAll(data.slice(0, 30)));
      await store.upsert(prepAll([data[5]!, data[5]!]));
      const r = await both({ groupBy: ['outcome'], top: 10 });
      expect(r.source).toBe('rollup');
      expect(r.total).toBe(60);
      expect(r.rows).toEqual([
        { keys: ['success'], count: 40 },
        { keys: ['failure'], count: 20 },
      ]);
    });

    it('ranks groups, folds the rest into "other", and counts distinct users', async () => {
      await store.upsert(prepAll(data));
      const r = await both({ groupBy: ['ipAddress'], top: 2, filter: eq('outcome', s('failure')) });
      expect(r.source).toBe('rollup');
      expect(r.total).toBe(20);
      // Six addresses fail 3 times, one twice: ties are broken by key.
      expect(r.rows.map((x) => x.keys[0] ?? 'other')).toEqual(['203.0.113.0', '203.0.113.1', 'other']);
      expect(r.rows[2]).toMatchObject({ other: true, count: 20 - (r.rows[0]!.count + r.rows[1]!.count) });
      // Distinct users of failures come from the failures-only user rollup.
      const users = await both({ groupBy: ['appDisplayName'], top: 1, distinctUsers: true, filter: cmp('status/errorCode', 'ne', n(0)) });
      expect(users.source).toBe('scan');
      const codes = await both({ groupBy: ['errorCode'], top: 1, distinctUsers: true, filter: cmp('status/errorCode', 'ne', n(0)) });
      expect(codes.source).toBe('rollup');
      expect(codes.rows).toEqual([{ keys: [50126], count: 20, distinctUsers: 5 }]);
      expect(codes.distinctUsers).toBe(5);
      const folded = await both({ groupBy: ['userPrincipalName'], top: 2, distinctUsers: true, filter: eq('outcome', s('failure')) });
      expect(folded.source).toBe('rollup');
      expect(folded.rows[2]).toMatchObject({ keys: [null], other: true, distinctUsers: 3 });
      const plain = await both({ groupBy: ['appDisplayName', 'outcome'], top: 1 });
      expect(plain.rows).toEqual([
        { keys: ['Graph Explorer', 'success'], count: 20 },
        { keys: [null, null], other: true, count: 40 },
      ]);
    });

    it('groups by the catalog actor and by error code', async () => {
      await store.upsert(prepAll(data));
      const r = await both({ groupBy: ['actor'], top: 5 });
      expect(r.rows).toEqual([
        { keys: [null], count: 40 },
        { keys: ['user'], count: 20 },
      ]);
      const codes = await both({ groupBy: ['errorCode'], top: 5, filter: cmp('status/errorCode', 'ne', n(0)) });
      expect(codes.rows).toEqual([{ keys: [50126], count: 20 }]);
    });

    it('buckets by local day: a Tokyo day starts at 15:00 UTC, and partial hours are read from rows', async () => {
      const rows = Array.from({ length: 48 }, (_, i) => makeSignIn(i, { id: `t${i}`, createdDateTime: new Date(T0 + i * H + 60_000).toISOString() }));
      await store.upsert(prepAll(rows));
      const q: AggregateQuery = { groupBy: [], top: 10, bucket: { unit: 'day', timeZone: 'Asia/Tokyo' } };
      const r = await both(q);
      expect(r.source).toBe('rollup');
      expect(r.rows.map((x) => [new Date(x.bucket!).toISOString(), x.count])).toEqual([
        ['2024-06-30T15:00:00.000Z', 15],
        ['2024-07-01T15:00:00.000Z', 24],
        ['2024-07-02T15:00:00.000Z', 9],
      ]);
      const ranged = await both({ ...q, filter: and(cmp('createdDateTime', 'ge', dt(T0 + 90 * 60_000)), cmp('createdDateTime', 'lt', dt(T0 + 30 * H))) });
      expect(ranged.source).toBe('rollup');
      expect(ranged.total).toBe(29 - 1);
      // A zone whose offset is not whole hours cannot use hourly rollups for day buckets.
      const india = await both({ ...q, bucket: { unit: 'day', timeZone: 'Asia/Kolkata' } });
      expect(india.source).toBe('scan');
      expect(india.rows[0]?.bucket).toBe(Date.UTC(2024, 5, 30, 18, 30));
    });

    it('falls back to a scan for columns the rollups lack, with the same answers', async () => {
      await store.upsert(prepAll(data));
      const r = await both({ groupBy: ['userPrincipalName'], top: 3, filter: eq('outcome', s('success')) });
      expect(r.source).toBe('scan');
      const withUsers = await both({ groupBy: ['appDisplayName'], top: 3, distinctUsers: true });
      expect(withUsers.source).toBe('scan');
      expect(withUsers.distinctUsers).toBe(5);
    });

    it('gives the context of one sign-in: the user, the app × code, the IP', async () => {
      await store.upsert(prepAll(data));
      const target = data[57]!; // user2, code 50126, ip .1
      const at = Date.parse(target.createdDateTime);
      const c = await store.diagnosisContext({
        id: target.id,
        at,
        userPrincipalName: 'user2@contoso.com',
        appId: target.appId ?? null,
        appDisplayName: target.appDisplayName ?? null,
        errorCode: 50126,
        ipAddress: target.ipAddress ?? null,
        recentLimit: 3,
        sprayCodes: [50126, 50053, 50055],
        sprayWindowMs: 20 * 60_000,
      });
      expect(c.user?.recent.map((x) => x.id)).toEqual([data[57]!.id, data[52]!.id, data[47]!.id]);
      expect(c.user?.recent[0]).toMatchObject({ errorCode: 50126, outcome: 'failure', appDisplayName: 'Microsoft Teams' });
      // user2 fails at n = 12, 27, 42, 57 (n % 5 = 2 and n % 3 = 0).
      expect(c.user?.failures24h).toBe(4);
      expect(c.appCode).toEqual({ firstSeen: Date.parse(data[0]!.createdDateTime), lastSeen: at, count: 20, distinctUsers: 5 });
      // ip .1: n % 7 = 1 → failures at n = 15, 36, 57.
      expect(c.ip).toMatchObject({ failures: 3, distinctUsersFailing: 3 });
      // Within 20 minutes either side of n = 57 only n = 57 itself (n = 36 is 21 minutes before).
      expect(c.ip?.sprayFailures.map((x) => x.user)).toEqual(['user2@contoso.com']);
      const none = await store.diagnosisContext({
        id: 'x', at, userPrincipalName: null, appId: null, appDisplayName: null, errorCode: 0, ipAddress: null, recentLimit: 3, sprayCodes: [], sprayWindowMs: 0,
      });
      expect(none).toEqual({ user: null, appCode: null, ip: null });
    });

    it('exports every matching row, newest first, in pages', async () => {
      await store.upsert(prepAll(data));
      const pages: number[] = [];
      const ids: string[] = [];
      for await (const page of store.exportRows(eq('outcome', s('success')), { pageSize: 7 })) {
        pages.push(page.items.length);
        ids.push(...page.items.map((x) => x.id));
      }
      expect(ids).toHaveLength(40);
      expect(pages[0]).toBe(7);
      expect(ids[0]).toBe(data[59]!.id);
      expect(new Set(ids).size).toBe(40);
      // Raw pages carry the stored text where the engine keeps it; parsed, it is the document.
      const texts: unknown[] = [];
      for await (const page of store.exportRows(undefined, { raw: true })) texts.push(...(page.texts?.map((t) => JSON.parse(t)) ?? page.items));
      expect(texts).toHaveLength(60);
      expect(texts[0]).toEqual(data[59]);
    });

    it('prunes rows and documents before a cutoff and keeps the rollups true', async () => {
      await store.upsert(prepAll(data));
      const cutoff = Date.parse(data[25]!.createdDateTime) + 30_000;
      expect(await store.prune(cutoff)).toEqual({ deleted: 26 });
      expect(await store.get(data[3]!.id)).toBeUndefined();
      expect(await store.get(data[26]!.id)).toEqual(data[26]);
      const r = await both({ groupBy: ['outcome'], top: 5 });
      expect(r.total).toBe(34);
      await both({ groupBy: ['userPrincipalName'], top: 5, filter: eq('outcome', s('failure')), distinctUsers: true });
      // The pruned ids can come back.
      expect(await store.upsert(prepAll([data[3]!]))).toEqual({ inserted: 1, duplicates: 0 });
      expect((await both({ groupBy: [], top: 1 })).total).toBe(35);
      // Pruning everything leaves no group behind, not even one counted zero times (a weekly
      // group starts days before the rows it held).
      expect(await store.prune(Date.UTC(2030, 0, 1))).toEqual({ deleted: 35 });
      const empty = await both({ groupBy: ['userPrincipalName'], top: 3, distinctUsers: true, filter: eq('outcome', s('failure')) });
      expect(empty.source).toBe('rollup');
      expect(answer(empty)).toEqual({ total: 0, distinctUsers: 0, rows: [] });
    });

    it('re-derives outcome and category from the current catalog, in rows and rollups', async () => {
      await store.upsert(prepAll(data));
      expect(await store.rederive()).toEqual({ updated: 0, codes: [] });
      await harness.setClassification(store, 50126, 'interrupted', 'mfa');
      expect((await store.aggregate({ groupBy: ['outcome'], top: 5, source: 'scan' })).rows.map((r) => r.keys[0])).toContain('interrupted');
      expect(await store.rederive()).toEqual({ updated: 20, codes: [50126] });
      const r = await both({ groupBy: ['outcome', 'errorCategory'], top: 5 });
      expect(r.rows).toEqual([
        { keys: ['success', 'none'], count: 40 },
        { keys: ['failure', 'credentials'], count: 20 },
      ]);
    });

    it('property: rollup answers equal scan answers on random data, filters and prunes', async () => {
      let rollups = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(signInArb, { minLength: 1, maxLength: 120 }),
          fc.array(queryArb, { minLength: 12, maxLength: 12 }),
          fc.integer({ min: 0, max: SPAN }),
          async (recs, queries, pruneAt) => {
            await store.close();
            store = asStore(await harness.create());
            const signIns = recs.map(toSignIn);
            // Some records arrive twice, in another batch: the rollups must not count them twice.
            await store.upsert(prepAll(signIns));
            await store.upsert(prepAll(signIns.filter((_, i) => i % 3 === 0)));
            for (const [i, q] of queries.entries()) {
              if (i === queries.length / 2) await store.prune(START + pruneAt);
              const auto = await store.aggregate(q);
              const scan = await store.aggregate({ ...q, source: 'scan' });
              if (auto.source === 'rollup') rollups++;
              expect(answer(auto)).toEqual(answer(scan));
            }
          },
        ),
        { numRuns: harness.propertyRuns ?? 40 },
      );
      expect(rollups).toBeGreaterThan(0);
    }, 180_000);

    it('refuses malformed aggregations', async () => {
      await expect(store.aggregate({ groupBy: ['outcome', 'errorCode', 'country'], top: 5 })).rejects.toThrow(/at most 2/);
      await expect(store.aggregate({ groupBy: ['outcome'], top: 0 })).rejects.toThrow(/top/);
      expect(GROUP_DIMENSIONS).toContain('browser');
    });
  });
};
