/**
 * Starts the real, built CLI for end-to-end tests: demo data into a throwaway SQLite file, then
 * `serve --port 0`, reading the browser URL (which carries the first admin token) from the
 * owner-only file whose path serve prints when stderr is not a terminal.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'signin-report.js');

export interface RunningServer {
  /** The URL the server printed, with `#token=`. */
  readonly browserUrl: string;
  readonly origin: string;
  readonly token: string;
  /** Runs the CLI against the server's store (e.g. `token create`); resolves with its stdout. */
  cli(args: readonly string[]): Promise<string>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  readonly count: number;
  readonly days: number;
  readonly seed: number;
  /** CLI commands run after the demo import and before serve (e.g. `['detect', '--since', '30d']`). */
  readonly prepare?: readonly (readonly string[])[];
}

export const startServer = async (opts: ServerOptions): Promise<RunningServer> => {
  const dir = mkdtempSync(join(tmpdir(), 'signin-report-e2e-'));
  const db = join(dir, 'e2e.db');
  const env = { ...process.env, SIGNIN_REPORT_LOG_LEVEL: 'warn', SIGNIN_REPORT_RATE_LIMIT: '100000' };
  await run(process.execPath, [BIN, '--db', db, 'demo', '--count', String(opts.count), '--days', String(opts.days), '--seed', String(opts.seed)], { env });
  const cli = async (args: readonly string[]) => (await run(process.execPath, [BIN, '--db', db, ...args], { env })).stdout;
  for (const args of opts.prepare ?? []) await cli(args);
  const child: ChildProcess = spawn(process.execPath, [BIN, '--db', db, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stdout?.resume();
  const browserUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 30 s:\n${stderr}`)), 30_000);
    child.stderr?.on('data', (b: Buffer) => {
      stderr += b.toString();
      // stderr is not a terminal here: serve writes the first admin token's browser URL to an
      // owner-only file and prints the file's path (a terminal would get the URL itself).
      const printed = /Open in a browser: (\S+#token=\S+)/.exec(stderr)?.[1];
      const file = /it was written to (\S+) \(readable by its owner only\)/.exec(stderr)?.[1];
      const fromFile = file ? /# Browser: (\S+#token=\S+)/.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
      const url = printed ?? fromFile;
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${String(code)}:\n${stderr}`));
    });
  });
  const u = new URL(browserUrl);
  const token = new URLSearchParams(u.hash.slice(1)).get('token') ?? '';
  return {
    browserUrl,
    origin: u.origin,
    token,
    cli,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
