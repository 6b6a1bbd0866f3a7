/**
 * Starts the real, built CLI for end-to-end tests: demo data into a throwaway SQLite file, then
 * `serve --port 0`, reading the printed browser URL (which carries the first admin token).
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
  stop(): Promise<void>;
}

export const startServer = async (opts: { count: number; days: number; seed: number }): Promise<RunningServer> => {
  const dir = mkdtempSync(join(tmpdir(), 'signin-report-e2e-'));
  const db = join(dir, 'e2e.db');
  const env = { ...process.env, SIGNIN_REPORT_LOG_LEVEL: 'warn', SIGNIN_REPORT_RATE_LIMIT: '100000' };
  await run(process.execPath, [BIN, '--db', db, 'demo', '--count', String(opts.count), '--days', String(opts.days), '--seed', String(opts.seed)], { env });
  const child: ChildProcess = spawn(process.execPath, [BIN, '--db', db, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stdout?.resume();
  const browserUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 30 s:\n${stderr}`)), 30_000);
    child.stderr?.on('data', (b: Buffer) => {
      stderr += b.toString();
      const m = /Open in a browser: (\S+#token=\S+)/.exec(stderr);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
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
