/**
 * Starts or stops a throwaway PostgreSQL server (see src/storage/postgres/temp-server.ts) for
 * benchmarks and manual tries. `start` prints the URL on stdout (and `export` lines with
 * --env) and leaves the server running; `stop` stops it and deletes its directory.
 * State: $PG_TEMP_STATE (default $TMPDIR/signin-report-pg-temp.json).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTempPostgres, stopTempPostgres } from '../src/storage/postgres/temp-server.js';

const stateFile = process.env.PG_TEMP_STATE ?? join(tmpdir(), 'signin-report-pg-temp.json');
const [command = '', ...rest] = process.argv.slice(2);

interface State {
  readonly url: string;
  readonly dir: string;
}

const readState = (): State | undefined =>
  existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as State) : undefined;

const main = async (): Promise<number> => {
  switch (command) {
    case 'start': {
      const running = readState();
      if (running && existsSync(running.dir)) {
        console.error(`already running (${stateFile}); stop it first`);
        console.log(running.url);
        return 0;
      }
      const profile = rest.includes('--profile=test') ? 'test' : 'bench';
      const s = await startTempPostgres({ profile });
      writeFileSync(stateFile, JSON.stringify({ url: s.url, dir: s.dir } satisfies State));
      console.log(rest.includes('--env') ? `export SIGNIN_REPORT_DB=${s.url}\nexport PG_TEMP_DIR=${s.dir}` : s.url);
      return 0;
    }
    case 'stop': {
      const s = readState();
      if (!s) {
        console.error('not running');
        return 0;
      }
      await stopTempPostgres(s.dir);
      rmSync(stateFile, { force: true });
      return 0;
    }
    case 'url': {
      const s = readState();
      if (!s) return 1;
      console.log(s.url);
      return 0;
    }
    default:
      console.error('usage: scripts/pg-temp.sh start [--env] [--profile=test] | stop | url');
      return 2;
  }
};

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error((e as Error).message);
    process.exitCode = 1;
  },
);
