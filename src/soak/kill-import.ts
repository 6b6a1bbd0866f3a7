/**
 * Fault test: `signin-report import` killed with SIGKILL at random moments, again and again, then
 * run to the end. Afterwards the store must hold exactly the source's records, once each, and
 * SQLite's integrity check must be clean after every kill (on PostgreSQL: the count and no
 * duplicate; a killed COPY is rolled back by the server).
 */
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { main } from '../cli/main.js';
import { isPostgresUrl } from '../compose.js';
import { checkDatabase } from './db-checks.js';
import { seededRandom, sleep } from './random.js';
import { spawnCli } from './spawn-cli.js';

export interface KillImportOptions {
  /** A folder of our own for the source file and scratch databases. */
  readonly dir: string;
  /** The store under test: a SQLite file (deleted first) or an empty PostgreSQL database. */
  readonly db: string;
  readonly records: number;
  readonly kills: number;
  readonly seed?: number;
  /** Records per transaction (the import's --batch-size); small values give more commit points. */
  readonly batchSize?: number;
  /** The import's --workers (default: its own default). */
  readonly workers?: number;
  readonly log?: (line: string) => void;
}

export interface KillImportResult {
  readonly records: number;
  readonly kills: number;
  /** Kills after which the store held some but not all records. */
  readonly killedMidWrite: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly lost: number;
  readonly integrity: string;
  readonly seconds: number;
}

const quietIo = { stdout: { write: () => true }, stderr: { write: () => true }, env: {} };

/** Rows stored now; 0 while the store does not exist yet. */
const rowsNow = async (db: string): Promise<number> => {
  if (isPostgresUrl(db)) return (await checkDatabase(db).catch(() => ({ rows: 0 }))).rows;
  try {
    const sqlite = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (sqlite.prepare('SELECT count(*) AS n FROM sign_ins').get() as { n: number }).n;
    } finally {
      sqlite.close();
    }
  } catch {
    return 0; // not created (or not migrated) yet
  }
};

/**
 * Each round draws a target between what is stored and the whole file, and kills the import as
 * soon as the store holds that many rows — so the kill lands while batches are being written,
 * at a random place in the file — or after `maxWaitMs` at the latest.
 */
export const runKillImport = async (o: KillImportOptions): Promise<KillImportResult> => {
  const log = o.log ?? (() => undefined);
  const random = seededRandom(o.seed ?? 17);
  const started = performance.now();
  const file = join(o.dir, 'source.ndjson');
  const end = '2025-06-30T00:00:00Z';
  if ((await main(['demo', '--count', String(o.records), '--seed', String(o.seed ?? 17), '--days', '30', '--end', end, '--out', file], quietIo)) !== 0) {
    throw new Error('could not write the demo source file');
  }
  if (!isPostgresUrl(o.db)) for (const f of [o.db, `${o.db}-wal`, `${o.db}-shm`]) rmSync(f, { force: true });
  const args = [
    '--db', o.db, 'import', file, '--no-progress', '--rejects', join(o.dir, 'rejects.ndjson'),
    ...(o.batchSize ? ['--batch-size', String(o.batchSize)] : []),
    ...(o.workers !== undefined ? ['--workers', String(o.workers)] : []),
  ];

  // Each round writes a random share of what is left, at most `share`, chosen so that about 5 %
  // is still unwritten after the last kill: every kill lands while batches are being written.
  const share = 1 - 0.05 ** (1 / Math.max(1, o.kills));
  let killedMidWrite = 0;
  let lastRoundMs = 1000;
  for (let i = 0; i < o.kills; i++) {
    const before = await rowsNow(o.db);
    const target = before + Math.max(1, Math.floor((o.records - before) * share * (0.25 + 0.75 * random())));
    const c = spawnCli(args);
    const t0 = performance.now();
    let finished = false;
    void c.exited.then(() => (finished = true));
    if (before < o.records) while (!finished && (await rowsNow(o.db)) < target) await sleep(5);
    // Nothing left to write: kill at a random moment of the re-run (start-up or duplicate pass).
    else await Promise.race([sleep(random() * 2 * lastRoundMs), c.exited]);
    lastRoundMs = performance.now() - t0;
    c.child.kill('SIGKILL');
    const how = await c.exited;
    const state = await checkDatabase(o.db).catch(() => ({ integrity: 'ok', rows: 0, distinctIds: 0 }));
    if (state.integrity !== 'ok') throw new Error(`integrity check failed after kill ${i + 1}: ${state.integrity}`);
    if (state.rows !== state.distinctIds) throw new Error(`duplicates after kill ${i + 1}: ${state.rows} rows, ${state.distinctIds} ids`);
    if (state.rows > before && state.rows < o.records) killedMidWrite++;
    log(`kill ${i + 1}/${o.kills} (${how}) at target ${target}: ${state.rows} of ${o.records} stored, integrity ${state.integrity}`);
  }
  const last = spawnCli(args);
  const code = await last.exited;
  if (code !== 0) throw new Error(`the final import exited ${code}: ${last.stderr()}`);
  const after = await checkDatabase(o.db);
  return {
    records: o.records,
    kills: o.kills,
    killedMidWrite,
    stored: after.rows,
    duplicates: after.rows - after.distinctIds,
    lost: o.records - after.distinctIds,
    integrity: after.integrity,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
};
