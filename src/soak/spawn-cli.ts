/**
 * Starts `signin-report` as a child process (so it can be killed with SIGKILL mid-work) and
 * collects its output. From sources the child runs through tsx; from dist/ it runs the compiled
 * entry. `fileSizeLimitKb` runs it under `ulimit -f` (a file-size limit stands in for a full disk).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const fromTypeScript = import.meta.url.endsWith('.ts');
const entry = fileURLToPath(new URL(fromTypeScript ? './cli-process.ts' : './cli-process.js', import.meta.url));

export interface CliChild {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code, or the signal's name when it was killed. */
  readonly exited: Promise<number | string>;
}

export interface SpawnOptions {
  readonly env?: Readonly<Record<string, string>>;
  readonly fileSizeLimitKb?: number;
  readonly cwd?: string;
}

export const spawnCli = (args: readonly string[], options: SpawnOptions = {}): CliChild => {
  const node = [...(fromTypeScript ? ['--import', 'tsx'] : []), entry, ...args];
  const env = { ...process.env, SIGNIN_REPORT_LOG_LEVEL: 'warn', ...options.env };
  const child =
    options.fileSizeLimitKb === undefined
      ? spawn(process.execPath, node, { env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
      : // dash counts ulimit -f in 512-byte blocks.
        spawn('sh', ['-c', `ulimit -f ${options.fileSizeLimitKb * 2} && exec "$0" "$@"`, process.execPath, ...node], {
          env,
          cwd: options.cwd,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code ?? -1)));
  return { child, stdout: () => out, stderr: () => err, exited };
};

/** Waits until `test` holds for the child's stderr (or it exits, or time runs out). */
export const waitForStderr = async (c: CliChild, test: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> => {
  const until = Date.now() + timeoutMs;
  let done = false;
  void c.exited.then(() => (done = true));
  for (;;) {
    const m = test.exec(c.stderr());
    if (m) return m;
    if (done || Date.now() > until) throw new Error(`child never printed ${test}; stderr: ${c.stderr().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};
