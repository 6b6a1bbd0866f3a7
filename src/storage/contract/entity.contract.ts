/**
 * The entity part of the storage contract (user, IP address and app pages), run once per engine:
 * the summary, timeline and locations the use-cases build from `entityFacts`, `entitySpan`,
 * `aggregate` and `list` must equal a plain scan of the same records (entity-expected.ts), on
 * fixed cases and on random data (property test).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SignInStore } from '../../core/ports.js';
import type { SignIn } from '../../core/model/sign-in-schema.js';
import { isAppError } from '../../core/errors.js';
import { parseEntityRef } from '../../core/entities/entity-key.js';
import { entityFilter } from '../../core/entities/entity-filter.js';
import { getEntitySummary } from '../../core/use-cases/get-entity-summary.js';
import { getEntityTimeline } from '../../core/use-cases/get-entity-timeline.js';
import { getEntityLocations } from '../../core/use-cases/get-entity-locations.js';
import { prepAll } from './fixtures.js';
import { DAY, E_APPS, E_START, entityCaseArb, entityRecsArb, toEntitySignIn, type EntityCase, type EntityRec } from './entity-arbitraries.js';
import { expectedLocations, expectedSummary, expectedTimeline, matches } from './entity-expected.js';

export interface EntityHarness {
  /** A fresh, migrated, empty store. */
  create(): Promise<SignInStore>;
  teardown?(): Promise<void>;
  /** Property-test runs (fewer on slow engines). */
  readonly propertyRuns?: number;
}

/** Checks every part of one case against the scan; NotFound exactly when the entity has no sign-in. */
const check = async (store: SignInStore, c: EntityCase, all: readonly SignIn[]) => {
  const ref = parseEntityRef(c.kind, c.key);
  const range = { since: c.since, until: c.until, tz: c.tz };
  if (!all.some((s) => matches(c, s))) {
    const e = await getEntitySummary(store, ref, range).catch((x: unknown) => x);
    expect(isAppError(e) && e.code, `${c.kind} ${c.key}`).toBe('NotFound');
    await expect(getEntityTimeline(store, ref, range, c.bucket)).rejects.toThrow(/No sign-in/);
    await expect(getEntityLocations(store, ref, range, 10_000)).rejects.toThrow(/No sign-in/);
    return;
  }
  expect(await getEntitySummary(store, ref, range)).toEqual(expectedSummary(c, all));
  expect(await getEntityTimeline(store, ref, range, c.bucket)).toEqual(expectedTimeline(c, all));
  expect(await getEntityLocations(store, ref, range, 10_000)).toEqual(expectedLocations(c, all));
};

const rec = (over: Partial<EntityRec>): EntityRec => ({
  at: 0, user: 'Adele@Contoso.com', name: 'Adele Vance', ip: '203.0.113.5', app: 0, code: 0, place: 0,
  os: 'Windows 10', browser: 'Edge 120.0', clientApp: 'Browser', ca: 'success', methods: ['Password'], asn: 2516, ...over,
});

export const describeEntityContract = (engine: string, harness: EntityHarness): void => {
  describe(`SignInStore entity contract: ${engine}`, () => {
    let store: SignInStore;
    beforeAll(async () => {
      store = await harness.create();
    });
    afterAll(async () => {
      await store.close();
      await harness.teardown?.();
    });
    const fresh = async (recs: readonly EntityRec[]) => {
      await store.close();
      store = await harness.create();
      const all = recs.map(toEntitySignIn);
      await store.upsert(prepAll(all));
      return all;
    };

    it('tells a user\'s story: case-insensitive name, lists, new country and app, timeline, map', async () => {
      const H = 3_600_000;
      const all = await fresh([
        rec({ at: 1 * DAY }),
        rec({ at: 2 * DAY, code: 50126, user: 'adele@contoso.com' }),
        rec({ at: 20 * DAY, code: 50074, place: 1, methods: ['Password', 'Mobile app notification'] }),
        // Within the 7 days before `until`: a new country (US), app (Outlook) and address.
        rec({ at: 40 * DAY + 5 * H, place: 2, app: 2, ip: '198.51.100.7', name: 'Adele V.' }),
        rec({ at: 41 * DAY, user: 'Bob@Contoso.com', name: 'Bob Ito' }),
      ]);
      const c: EntityCase = { kind: 'user', key: 'ADELE@contoso.com', since: E_START, until: E_START + 42 * DAY, tz: 'Asia/Tokyo', bucket: 'day' };
      await check(store, c, all);
      const s = await getEntitySummary(store, parseEntityRef('user', c.key), c);
      expect(s.displayName).toBe('Adele V.');
      expect(s.totals).toEqual({ total: 4, success: 2, failure: 1, interrupted: 1 });
      expect(s.newFacts.map((f) => `${f.kind}:${f.value}`)).toEqual(['country:US', 'ip:198.51.100.7', 'app:Outlook']);
      expect(s.authMethods.map((m) => [m.value, m.count])).toEqual([['Password', 4], ['Mobile app notification', 1]]);
    });

    it('tells an address\'s and an app\'s story, and 404s an unknown one', async () => {
      const all = await fresh([
        rec({ at: DAY, code: 50126, user: 'Bob@Contoso.com', asn: 7018 }),
        rec({ at: DAY + 60_000, code: 50126, user: 'carol@contoso.com', asn: 7018, app: 1 }),
        rec({ at: 3 * DAY, ip: '2001:db8::1', app: 3, place: 4, asn: null }),
      ]);
      for (const c of [
        { kind: 'ip', key: '203.0.113.5' },
        { kind: 'ip', key: '2001:db8::1' },
        { kind: 'app', key: '11111111-1111-4111-8111-111111111111' },
        { kind: 'app', key: '44444444-4444-4444-8444-444444444444' },
        { kind: 'app', key: '55555555-5555-4555-8555-555555555555' },
        { kind: 'user', key: 'nobody@contoso.com' },
      ] as const) await check(store, { ...c, since: E_START, until: E_START + 10 * DAY, tz: 'UTC', bucket: 'day' }, all);
      const ip = await getEntitySummary(store, parseEntityRef('ip', '203.0.113.5'), { since: E_START, until: E_START + 10 * DAY, tz: 'UTC' });
      expect(ip.users.map((u) => [u.value, u.failure])).toEqual([['bob@contoso.com', 1], ['carol@contoso.com', 1]]);
      expect(ip.asns).toMatchObject([{ value: 7018, count: 2, failures: 2 }]);
    });

    it("counts an app's totals and series from the app-id rollups, equal to a scan, also after a prune", async () => {
      const recs = Array.from({ length: 120 }, (_, i) => rec({ at: i * 7 * 3_600_000 + (i % 5) * 60_000, app: i % 4, code: [0, 50126, 50140, 0][i % 4] ?? 0 }));
      const all = await fresh(recs);
      await store.upsert(prepAll(all.slice(0, 40)));
      const ref = parseEntityRef('app', E_APPS[1].id);
      for (const pruneAt of [0, 9 * DAY + 3_600_000]) {
        if (pruneAt > 0) await store.prune(E_START + pruneAt);
        const left = all.filter((s) => Date.parse(s.createdDateTime) >= E_START + pruneAt);
        for (const q of [
          { filter: entityFilter(ref, { since: E_START, until: E_START + 40 * DAY }), groupBy: ['outcome' as const], top: 3 },
          { filter: entityFilter(ref, { since: E_START + 3 * DAY, until: E_START + 30 * DAY }), groupBy: ['outcome' as const], top: 3, bucket: { unit: 'day' as const, timeZone: 'Asia/Tokyo' } },
        ]) {
          const auto = await store.aggregate(q);
          expect(auto.source).toBe('rollup');
          const scan = await store.aggregate({ ...q, source: 'scan' });
          expect({ total: auto.total, rows: auto.rows }).toEqual({ total: scan.total, rows: scan.rows });
        }
        await check(store, { kind: 'app', key: ref.key, since: E_START, until: E_START + 40 * DAY, tz: 'Asia/Tokyo', bucket: 'day' }, left);
      }
    });

    it('says when a cap cut the rows: lists count the newest rows, the map keeps the largest points', async () => {
      const all = await fresh(Array.from({ length: 9 }, (_, i) => rec({ at: DAY + i * 3_600_000, place: i % 3, code: i < 3 ? 50126 : 0 })));
      const q = { ...parseEntityRef('user', 'adele@contoso.com'), since: E_START, until: E_START + 2 * DAY };
      const whole = await store.entityFacts({ ...q, rowCap: 9 });
      expect(whole.truncated).toBe(false);
      expect(whole.lists.ips).toMatchObject([{ value: '203.0.113.5', count: 9, failures: 3 }]);
      const cut = await store.entityFacts({ ...q, rowCap: 4 });
      expect(cut.truncated).toBe(true);
      // The newest four: hours 5..8, none of them failed.
      expect(cut.lists.ips).toMatchObject([{ value: '203.0.113.5', count: 4, failures: 0, firstSeen: E_START + DAY + 5 * 3_600_000 }]);
      const map = await getEntityLocations(store, parseEntityRef('user', 'adele@contoso.com'), { since: q.since, until: q.until }, 2);
      expect(map.truncated).toBe(true);
      expect(map.points).toHaveLength(2);
      expect(expectedLocations({ kind: 'user', key: q.key, since: q.since, until: q.until, tz: 'UTC', bucket: 'day' }, all).points.slice(0, 2)).toEqual(map.points);
    });

    it('property: summary, timeline and locations equal a scan of random data', async () => {
      let found = 0;
      await fc.assert(
        fc.asyncProperty(entityRecsArb, fc.array(entityCaseArb, { minLength: 6, maxLength: 6 }), async (recs, cases) => {
          const all = await fresh(recs);
          for (const c of cases) {
            if (all.some((s) => matches(c, s))) found++;
            await check(store, c, all);
          }
        }),
        { numRuns: harness.propertyRuns ?? 30 },
      );
      expect(found).toBeGreaterThan(0);
    }, 240_000);
  });
};
