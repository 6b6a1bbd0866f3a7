/**
 * Vitest global setup: a throwaway PostgreSQL server for the PostgreSQL runs of the contract
 * suite (and any other suite that asks for it with `inject('pgUrl')`).
 *
 * - `SIGNIN_REPORT_TEST_PG_URL` already set: that server is used, nothing is started.
 * - Otherwise initdb + start PostgreSQL in a temp dir on a free loopback port, stopped and
 *   deleted after the run (or, if the run is killed first, by the next run's setup). Missing binaries under CI=true as root: `apt-get install postgresql`.
 * - Still unavailable: a failure under CI=true; elsewhere a loud banner, and the PostgreSQL
 *   suites report themselves as skipped with the reason (`inject('pgSkipReason')`).
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { findPostgresBin, reapOrphanedTempPostgres, startTempPostgres, type TempPostgres } from '../../src/storage/postgres/temp-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test PostgreSQL server, or '' when unavailable. */
    pgUrl: string;
    /** Why PostgreSQL is unavailable ('' when available). */
    pgSkipReason: string;
  }
}

const isCi = (): boolean => process.env.CI === 'true' || process.env.CI === '1';

const tryInstall = (): string | undefined => {
  if (!isCi() || process.getuid?.() !== 0) return undefined;
  try {
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null'], {
      stdio: 'inherit',
    });
  } catch (e) {
    return `apt-get install postgresql failed: ${(e as Error).message}`;
  }
  return undefined;
};

let server: TempPostgres | undefined;

export const setup = async (project: TestProject): Promise<void> => {
  const external = process.env.SIGNIN_REPORT_TEST_PG_URL;
  if (external) {
    project.provide('pgUrl', external);
    project.provide('pgSkipReason', '');
    return;
  }
  let reason = '';
  if (!findPostgresBin()) reason = tryInstall() ?? '';
  if (findPostgresBin()) {
    try {
      // Servers of earlier runs that were killed before their teardown.
      await reapOrphanedTempPostgres();
      server = await startTempPostgres({ ownerPid: process.pid });
    } catch (e) {
      reason = `could not start a throwaway PostgreSQL server: ${(e as Error).message}`;
    }
  } else {
    reason ||= 'PostgreSQL server binaries (initdb, pg_ctl) not found (looked in $PG_BIN, /usr/lib/postgresql/*/bin, PATH)';
  }
  if (server) {
    process.env.SIGNIN_REPORT_TEST_PG_URL = server.url;
    project.provide('pgUrl', server.url);
    project.provide('pgSkipReason', '');
    return;
  }
  if (isCi()) throw new Error(`PostgreSQL is required under CI: ${reason}`);
  const line = '!'.repeat(100);
  process.stderr.write(
    `\n${line}\n!!! SKIPPING every PostgreSQL test: ${reason}\n!!! Install PostgreSQL (Debian: apt-get install postgresql) or set SIGNIN_REPORT_TEST_PG_URL.\n${line}\n\n`,
  );
  project.provide('pgUrl', '');
  project.provide('pgSkipReason', reason);
};

export const teardown = async (): Promise<void> => {
  await server?.stop();
  server = undefined;
};
