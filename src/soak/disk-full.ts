/**
 * Fault test: the disk fills up (simulated by a file-size limit, `ulimit -f`) in the middle of an
 * import. The import must stop with a clear message and the exit code for storage problems,
 * the database must still open and pass its integrity check, everything committed before must
 * still be there, and once there is room again the same import completes.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../cli/main.js';
import { checkDatabase } from './db-checks.js';
import { spawnCli } from './spawn-cli.js';

export interface DiskFullOptions {
  readonly dir: string;
  /** Records imported (and committed) before the disk fills. */
  readonly before: number;
  /** Records of the import that meets the full disk. */
  readonly during: number;
  /** Room left on the "disk" for the database files, in KiB. */
  readonly roomKb?: number;
}

export interface DiskFullResult {
  readonly exitCode: number | string;
  readonly message: string;
  readonly integrity: string;
  /** Rows after the failed import (at least `before`). */
  readonly rowsAfterFailure: number;
  readonly committedBefore: number;
  readonly rowsAfterRetry: number;
  readonly expectedAfterRetry: number;
  readonly duplicates: number;
}

const quietIo = { stdout: { write: () => true }, stderr: { write: () => true }, env: {} };

const demo = async (file: string, count: number, seed: number) => {
  if ((await main(['demo', '--count', String(count), '--seed', String(seed), '--days', '10', '--end', '2025-06-30T00:00:00Z', '--out', file], quietIo)) !== 0) {
    throw new Error('could not write a demo file');
  }
};

export const runDiskFull = async (o: DiskFullOptions): Promise<DiskFullResult> => {
  const db = join(o.dir, 'full.db');
  const first = join(o.dir, 'first.ndjson');
  const second = join(o.dir, 'second.ndjson');
  await demo(first, o.before, 31);
  await demo(second, o.during, 32);
  const args = (file: string) => ['--db', db, 'import', file, '--no-progress', '--workers', '0', '--batch-size', '500', '--rejects', join(o.dir, 'rejects.ndjson')];

  const ok = spawnCli(args(first));
  if ((await ok.exited) !== 0) throw new Error(`the first import failed: ${ok.stderr()}`);
  const committedBefore = (await checkDatabase(db)).rows;
  const size = statSync(db).size;
  const full = spawnCli(args(second), { fileSizeLimitKb: Math.ceil(size / 1024) + (o.roomKb ?? 512) });
  const exitCode = await full.exited;
  const failed = await checkDatabase(db);

  const retry = spawnCli(args(second));
  if ((await retry.exited) !== 0) throw new Error(`the import with room again failed: ${retry.stderr()}`);
  const after = await checkDatabase(db);
  return {
    exitCode,
    message: full.stderr().trim(),
    integrity: failed.integrity === 'ok' && after.integrity === 'ok' ? 'ok' : `${failed.integrity} / ${after.integrity}`,
    rowsAfterFailure: failed.rows,
    committedBefore,
    rowsAfterRetry: after.rows,
    expectedAfterRetry: o.before + o.during,
    duplicates: after.rows - after.distinctIds,
  };
};
