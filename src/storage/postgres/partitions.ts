/**
 * Monthly partitions of `sign_ins` (RANGE on created_at, epoch ms, UTC months), named
 * `sign_ins_pYYYYMM`. Identifiers here are built from integers we compute, never from input.
 *
 * - Created ahead (`ensureMonthsAhead`, called by `migrate` and by `serve` through
 *   `SignInStore.ensurePartitions`) and on demand for every month an import touches, so a
 *   history import lands in month partitions, not in DEFAULT.
 * - DEFAULT takes what is outside [MIN_MONTH, now + MAX_AHEAD_MONTHS]: absurd timestamps do not
 *   create absurd partitions. If DEFAULT already holds rows of a month being created (a row
 *   arrived before its partition did), they are moved in the same transaction.
 * - Retention drops whole partitions (`dropMonthsBefore`); ids of dropped rows leave
 *   `sign_in_ids` in the same transaction so they can be imported again.
 * All DDL runs under one transaction-scoped advisory lock, so several processes can race.
 */
import type pg from 'pg';

export const MIN_MONTH = Date.UTC(2000, 0, 1);
export const MAX_AHEAD_MONTHS = 12;
const LOCK = "pg_advisory_xact_lock(hashtext('signin-report:partitions'))";

export const monthStart = (ms: number): number => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
};

export const addMonths = (start: number, n: number): number => {
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
};

export const partitionName = (start: number): string => {
  const d = new Date(start);
  return `sign_ins_p${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

const NAME = /^sign_ins_p(\d{4})(\d{2})$/;

const startFromName = (name: string): number | undefined => {
  const m = NAME.exec(name);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) : undefined;
};

/** Whether a month gets its own partition (else its rows go to DEFAULT). */
export const isPartitionable = (start: number, now: number): boolean =>
  start >= MIN_MONTH && start <= addMonths(monthStart(now), MAX_AHEAD_MONTHS);

type Queryable = Pick<pg.PoolClient, 'query'>;

/** Month starts of the existing month partitions, ascending. */
export const listMonths = async (c: Queryable): Promise<number[]> => {
  const r = await c.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i
       JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'sign_ins'::regclass`,
  );
  return r.rows.map((x) => startFromName(x.name)).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
};

const createMonth = async (c: Queryable, start: number): Promise<void> => {
  const name = partitionName(start);
  const end = addMonths(start, 1);
  const stray = await c.query(`SELECT 1 FROM sign_ins_default WHERE created_at >= $1 AND created_at < $2 LIMIT 1`, [start, end]);
  const bounds = `FOR VALUES FROM (${start}) TO (${end})`;
  if (stray.rowCount === 0) {
    await c.query(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF sign_ins ${bounds}`);
    return;
  }
  // DEFAULT holds rows of this month: a new partition would contradict its implicit
  // constraint, so detach it, create the month, move the rows, and attach it back.
  await c.query('ALTER TABLE sign_ins DETACH PARTITION sign_ins_default');
  await c.query(`CREATE TABLE ${name} PARTITION OF sign_ins ${bounds}`);
  await c.query(
    `WITH moved AS (DELETE FROM sign_ins_default WHERE created_at >= $1 AND created_at < $2 RETURNING *)
     INSERT INTO sign_ins SELECT * FROM moved`,
    [start, end],
  );
  await c.query('ALTER TABLE sign_ins ATTACH PARTITION sign_ins_default DEFAULT');
};

/**
 * Creates the missing month partitions among `starts` (month starts); returns the names created.
 * Opens its own transaction on `c`.
 */
export const ensureMonths = async (c: Queryable, starts: Iterable<number>): Promise<string[]> => {
  const wanted = [...new Set(starts)].sort((a, b) => a - b);
  if (wanted.length === 0) return [];
  // DDL may wait for locks and move rows: no statement timeout here.
  await c.query('BEGIN; SET LOCAL statement_timeout = 0');
  try {
    await c.query(`SELECT ${LOCK}`);
    const have = new Set(await listMonths(c));
    const created: string[] = [];
    for (const s of wanted) {
      if (have.has(s)) continue;
      await createMonth(c, s);
      created.push(partitionName(s));
    }
    await c.query('COMMIT');
    return created;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
};

/** The current month and `ahead` months after it. */
export const monthsAround = (now: number, ahead: number): number[] =>
  Array.from({ length: ahead + 1 }, (_, i) => addMonths(monthStart(now), i));

/**
 * Drops every month partition that ends at or before `cutoff` (epoch ms), and the ids of its
 * rows. Rows in DEFAULT are left alone. Returns the names dropped.
 */
export const dropMonthsBefore = async (c: Queryable, cutoff: number): Promise<string[]> => {
  // DDL may wait for locks and move rows: no statement timeout here.
  await c.query('BEGIN; SET LOCAL statement_timeout = 0');
  try {
    await c.query(`SELECT ${LOCK}`);
    const old = (await listMonths(c)).filter((s) => addMonths(s, 1) <= cutoff);
    if (old.length > 0) {
      const until = addMonths(old[old.length - 1] ?? 0, 1);
      // One pass over sign_in_ids for all dropped months; DEFAULT rows before `until` keep their ids.
      await c.query(
        `DELETE FROM sign_in_ids i WHERE i.created_at < $1
           AND NOT EXISTS (SELECT 1 FROM sign_ins_default d WHERE d.created_at = i.created_at AND d.id = i.id)`,
        [until],
      );
      for (const s of old) await c.query(`DROP TABLE ${partitionName(s)}`);
    }
    await c.query('COMMIT');
    return old.map(partitionName);
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
};
