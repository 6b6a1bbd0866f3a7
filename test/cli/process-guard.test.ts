// The serve process guard: in a real child process, an unhandled rejection ends Node without
// the guard and is logged (the process lives on) with it.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const guard = fileURLToPath(new URL('../../src/cli/process-guard.ts', import.meta.url));

const child = (withGuard: boolean): Promise<{ code: number | null; stdout: string }> => {
  const script = `
    const { installProcessGuard } = await import(${JSON.stringify(guard)});
    const log = { error: (o, m) => console.log(JSON.stringify({ ...o, msg: m })) };
    if (${withGuard}) installProcessGuard(log);
    Promise.reject(new Error('boom from a request'));
    setTimeout(() => console.log('still alive'), 50);
  `;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 20_000 }, (err, stdout) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout });
    });
  });
};

describe('process guard', () => {
  it('without it, an unhandled rejection ends the process', async () => {
    const r = await child(false);
    expect(r.code).not.toBe(0);
    expect(r.stdout).not.toContain('still alive');
  });

  it('with it, the rejection is logged and the process keeps running', async () => {
    const r = await child(true);
    expect(r.code).toBe(0);
    const [first, second] = r.stdout.trim().split('\n');
    expect(JSON.parse(first ?? '{}')).toMatchObject({ msg: expect.stringContaining('unhandled promise rejection'), err: { message: 'boom from a request' } });
    expect(second).toBe('still alive');
  });
});
