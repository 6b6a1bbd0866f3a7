/**
 * The CLI entry: parses arguments with commander, runs one command, and turns errors into one
 * line on stderr and a documented exit code. The only place that decides the process's exit
 * code; `bin/signin-report.js` sets it.
 */
import { Command, CommanderError } from 'commander';
import type { CliIO } from './io.js';
import { createContext } from './context.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, EXIT_BY_ERROR } from './exit-codes.js';
import { isAppError } from '../core/errors.js';
import type { SignInStore } from '../core/ports.js';
import { storageFailure } from '../storage-failure.js';

export const VERSION = '0.1.0';

export const main = async (argv: readonly string[], io: CliIO): Promise<number> => {
  let exitCode: number = EXIT.ok;
  const opened: SignInStore[] = [];
  const program = new Command('signin-report')
    .description('Self-hosted sign-in activity report for Microsoft Entra ID')
    .version(VERSION)
    .option('--db <file-or-url>', 'SQLite file or postgres:// URL (env SIGNIN_REPORT_DB; default ./data/signin-report.db)')
    .option('--config <file>', 'JSON config file (env SIGNIN_REPORT_CONFIG)')
    .option('--debug', 'print stack traces of errors')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });
  const ctx = createContext(io, program, (c) => (exitCode = c), opened);
  for (const register of COMMANDS) register(program, ctx);
  program.commands.forEach((c) => c.exitOverride().showHelpAfterError());
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    const debug = program.opts<{ debug?: boolean }>().debug === true;
    // A full disk or a failed write is the operator's to fix, not an internal error.
    const failure = isAppError(e) ? e : storageFailure(e);
    if (failure) {
      io.stderr.write(`signin-report: ${failure.message}\n`);
      if (debug && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
      return EXIT_BY_ERROR[failure.code];
    }
    if (isAppError(e)) {
      io.stderr.write(`signin-report: ${e.message}\n`);
      if (debug && e.stack) io.stderr.write(`${e.stack}\n`);
      return EXIT_BY_ERROR[e.code];
    }
    const err = e as Error;
    io.stderr.write(`signin-report: internal error: ${err.message ?? String(e)}\n`);
    if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
    else io.stderr.write('(run again with --debug for details)\n');
    return EXIT.internal;
  } finally {
    for (const s of opened) await s.close().catch(() => undefined);
  }
};
