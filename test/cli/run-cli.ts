/** Runs the CLI in-process with captured stdout/stderr. */
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const runCli = async (args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> => {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    env,
  });
  return { code, stdout, stderr };
};
