// PostgreSQL-only behaviour behind the contract: monthly partitions (ahead, on demand, DEFAULT
// and moving rows out of it, dropping for retention), concurrent importers, the afterInsert
// hook, pool settings.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { makeSignIn, prepAll } from '../contract/fixtures.js';
import { createPostgresStore, type PostgresStore } from './postgres-store.js';
import { createTestDatabases } from './test-database.js';
import { describePostgresUnavailable } from '../contract/postgres-unavailable.js';

const url = inject('pgUrl');

const at = (iso: string, n: number) => makeSignIn(n, { createdDateTime: iso });

if (!url) {
  describePostgresUnavailable('PostgreSQL partitions');
} else {
  const dbs = createTestDatabases(url, 'signin_part');
  const open: PostgresStore[] = [];
  const fresh = async (now: string): Promise<PostgresStore> => {
    const s = await createPostgresStore(await dbs.create(), { poolSize: 4, now: () => new Date(now) });
    open.push(s);
    await s.migrate();
    return s;
  };
  const partitions = async (s: PostgresStore): Promise<Record<string, number>> => {
    const r = await s.pool.query<{ name: string; n: number }>(
      `SELECT c.relname AS name, (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM ' || c.relname, false, true, '')))[1]::text::int AS n
         FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'sign_ins'::regclass ORDER BY 1`,
    );
    return Object.fromEntries(r.rows.map((x) => [x.name, x.n]));
  };

  afterAll(async () => {
    for (const s of open) await s.close();
    await dbs.dropAll();
  });

  describe('PostgreSQL partitions', () => {
    it('creates the current month and three ahead on migrate, and on ensurePartitions', async () => {
      const s = await fresh('2030-01-15T00:00:00Z');
      const names = Object.keys(await partitions(s)).filter((n) => n >= 'sign_ins_p2030');
      expect(names).toEqual(expect.arrayContaining(['sign_ins_p203001', 'sign_ins_p203002', 'sign_ins_p203003', 'sign_ins_p203004']));
      expect(await s.ensurePartitions(new Date('2030-02-01T00:00:00Z'))).toEqual(['sign_ins_p203005']);
      expect(await s.ensurePartitions(new Date('2030-02-01T00:00:00Z'))).toEqual([]);
    });

    it('creates partitions for the months an import touches; absurd times go to DEFAULT', async () => {
      const s = await fresh('2024-08-15T00:00:00Z');
      const r = await s.upsert(prepAll([at('2023-03-31T23:59:59.999Z', 1), at('2023-04-01T00:00:00Z', 2), at('1999-12-31T23:59:59Z', 3), at('2031-01-01T00:00:00Z', 4)]));
      expect(r).toEqual({ inserted: 4, duplicates: 0 });
      const p = await partitions(s);
      expect(p).toMatchObject({ sign_ins_p202303: 1, sign_ins_p202304: 1, sign_ins_default: 2 });
      const ids = (await s.list({ top: 10, order: 'desc' })).items.map((x) => x.id);
      expect(ids).toEqual([4, 2, 1, 3].map((n) => makeSignIn(n).id));
      expect((await s.get(makeSignIn(3).id))?.createdDateTime).toBe('1999-12-31T23:59:59Z');
    });

    it('moves rows out of DEFAULT when their month gets a partition', async () => {
      const s = await fresh('2024-01-15T00:00:00Z');
      await s.upsert(prepAll([at('2026-06-10T00:00:00Z', 1), at('2026-07-10T00:00:00Z', 2)]));
      expect((await partitions(s)).sign_ins_default).toBe(2);
      expect(await s.ensurePartitions(new Date('2026-06-01T00:00:00Z'))).toContain('sign_ins_p202606');
      const p = await partitions(s);
      expect(p).toMatchObject({ sign_ins_default: 0, sign_ins_p202606: 1, sign_ins_p202607: 1 });
      expect((await s.get(makeSignIn(1).id))?.id).toBe(makeSignIn(1).id);
      expect(await s.upsert(prepAll([at('2026-06-10T00:00:00Z', 1)]))).toEqual({ inserted: 0, duplicates: 1 });
    });

    it('drops whole months for retention and forgets their ids', async () => {
      const s = await fresh('2024-08-15T00:00:00Z');
      await s.upsert(prepAll([at('2024-05-10T00:00:00Z', 1), at('2024-06-10T00:00:00Z', 2), at('2024-07-10T00:00:00Z', 3), at('1990-01-01T00:00:00Z', 4)]));
      expect(await s.dropPartitionsBefore(new Date('2024-07-01T00:00:00Z'))).toEqual(['sign_ins_p202405', 'sign_ins_p202406']);
      expect((await s.summarize()).total).toBe(2);
      expect(await s.get(makeSignIn(1).id)).toBeUndefined();
      // The DEFAULT row is kept, and so is its id.
      expect(await s.upsert(prepAll([at('1990-01-01T00:00:00Z', 4)]))).toEqual({ inserted: 0, duplicates: 1 });
      // A dropped sign-in can be imported again.
      expect(await s.upsert(prepAll([at('2024-05-10T00:00:00Z', 1)]))).toEqual({ inserted: 1, duplicates: 0 });
    });

    it('lets concurrent importers of the same records store each exactly once', async () => {
      const s = await fresh('2024-08-15T00:00:00Z');
      const other = await createPostgresStore(s.pool.options.connectionString ?? '', { poolSize: 2 });
      open.push(other);
      const batch = prepAll(Array.from({ length: 500 }, (_, i) => makeSignIn(i)));
      const results = await Promise.all([s.upsert(batch), other.upsert(batch), s.upsert(batch.slice(100, 300))]);
      expect(results.reduce((n, r) => n + r.inserted, 0)).toBe(500);
      expect(results.reduce((n, r) => n + r.duplicates, 0)).toBe(700);
      expect((await s.count(undefined, 10_000)).count).toBe(500);
    });

    it('hands the stored records (not the duplicates) to afterInsert inside the batch transaction', async () => {
      const s = await fresh('2024-08-15T00:00:00Z');
      const seen: string[][] = [];
      let fail = false;
      const hooked = await createPostgresStore(s.pool.options.connectionString ?? '', {
        afterInsert: async (c, stored) => {
          seen.push(stored.map((p) => p.row.id));
          await c.query('SELECT 1');
          if (fail) throw new Error('hook failed');
        },
      });
      open.push(hooked);
      await hooked.upsert(prepAll([makeSignIn(1), makeSignIn(2)]));
      await hooked.upsert(prepAll([makeSignIn(2), makeSignIn(3), makeSignIn(3)]));
      expect(seen).toEqual([[makeSignIn(1).id, makeSignIn(2).id], [makeSignIn(3).id]]);
      fail = true;
      await expect(hooked.upsert(prepAll([makeSignIn(4)]))).rejects.toThrow('hook failed');
      expect(await hooked.get(makeSignIn(4).id)).toBeUndefined();
    });

    it('names its connections and bounds statements', async () => {
      const s = await fresh('2024-08-15T00:00:00Z');
      const r = await s.pool.query<{ app: string; timeout: string }>(
        "SELECT current_setting('application_name') AS app, current_setting('statement_timeout') AS timeout",
      );
      expect(r.rows[0]).toEqual({ app: 'signin-report', timeout: '1min' });
    });
  });
}
