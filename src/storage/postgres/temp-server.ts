/**
 * A throwaway PostgreSQL server for tests and benchmarks: `initdb` into a temporary directory,
 * start on a free loopback port (unix socket in the same directory), hand back the URL, and
 * stop + delete it afterwards. Run as the `postgres` OS user when we are root (initdb refuses
 * to run as root). Never used by the product itself.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TempPostgres {
  readonly url: string;
  readonly dir: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface TempPostgresOptions {
  /**
   * Durability settings. `test` (default) turns fsync off: fastest, fine for data that is
   * thrown away. `bench` keeps fsync on and only relaxes synchronous_commit, comparable to
   * SQLite's WAL + synchronous=NORMAL.
   */
  readonly profile?: 'test' | 'bench';
  /** Extra `-c name=value` settings. */
  readonly settings?: Readonly<Record<string, string | number>>;
  /**
   * The process whose life the server belongs to (e.g. the test runner). If it dies without
   * stopping the server (killed), `reapOrphanedTempPostgres` stops it later.
   */
  readonly ownerPid?: number;
}

/** Finds the PostgreSQL server binaries: `PG_BIN`, `/usr/lib/postgresql/<newest>/bin`, or PATH. */
export const findPostgresBin = (env: Readonly<Record<string, string | undefined>> = process.env): string | undefined => {
  const candidates: string[] = [];
  if (env.PG_BIN) candidates.push(env.PG_BIN);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(root, v, 'bin')));
  }
  for (const dir of candidates) if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    if (initdb) return initdb.replace(/\/initdb$/, '');
  } catch {
    // not on PATH either
  }
  return undefined;
};

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });

const PREFIX = 'signin-pg-';
const OWNER_FILE = 'owner.pid';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: alive, owned by someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary, as the `postgres` user when we are root. */
const pgExec = (bin: string, tool: string, args: readonly string[]) =>
  isRoot() ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), [...args]);

const PROFILES = {
  test: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  bench: { synchronous_commit: 'off' },
} as const;

export const startTempPostgres = async (opts: TempPostgresOptions = {}): Promise<TempPostgres> => {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found; set PG_BIN or install the postgresql package');
  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  if (isRoot()) {
    // runuser postgres must own the directory; the parent (tmpdir) is world-traversable.
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  if (opts.ownerPid !== undefined) writeFileSync(join(dir, OWNER_FILE), String(opts.ownerPid));
  try {
    // C collation + UTF8: the store declares its own collations, this only keeps initdb fast.
    await pgExec(bin, 'initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
    const port = await freePort();
    const settings: Record<string, string | number> = {
      listen_addresses: '127.0.0.1',
      port,
      unix_socket_directories: dir,
      max_connections: 200,
      shared_buffers: '256MB',
      ...PROFILES[opts.profile ?? 'test'],
      ...opts.settings,
    };
    const o = Object.entries(settings).map(([k, v]) => `-c ${k}=${String(v)}`).join(' ');
    await pgExec(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', o, 'start']);
    const stop = async () => {
      try {
        await pgExec(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        cleanup();
      }
    };
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, port, stop };
  } catch (e) {
    cleanup();
    throw e;
  }
};

/** Stops a server started by `startTempPostgres` in another process, given its directory. */
export const stopTempPostgres = async (dir: string): Promise<void> => {
  const bin = findPostgresBin();
  try {
    if (bin && existsSync(join(dir, 'data'))) await pgExec(bin, 'pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/**
 * Stops and deletes the throwaway servers whose owner process is gone (a test run that was
 * killed before its teardown). Servers without an owner (scripts/pg-temp.sh) are left alone.
 * Returns the directories reaped.
 */
export const reapOrphanedTempPostgres = async (): Promise<string[]> => {
  const reaped: string[] = [];
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
    } catch {
      continue;
    }
    if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) continue;
    await stopTempPostgres(dir).catch(() => undefined);
    reaped.push(dir);
  }
  return reaped;
};
