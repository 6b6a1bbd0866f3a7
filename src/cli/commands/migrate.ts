/**
 * `signin-report migrate`: applies pending migrations now, with a progress bar for the long one
 * (copying a v0.1 SQLite store into the v2 layout). Every command migrates on open anyway; this
 * one lets an operator do it ahead of time, watch it, and resume it after an interruption.
 */
import cliProgress from 'cli-progress';
import type { RegisterCommand } from '../context.js';
import { fmtInt } from '../format-number.js';

export const registerMigrate: RegisterCommand = (program, ctx) => {
  program
    .command('migrate')
    .description('apply pending storage migrations now (resumable; a progress bar for the v0.1 → v2 row copy)')
    .option('--no-progress', 'no progress bar')
    .action(async (flags: { progress: boolean }) => {
      const started = Date.now();
      let bar: cliProgress.SingleBar | undefined;
      let copied = 0;
      await ctx.store(undefined, {
        onUpgradeProgress: ({ done, total }) => {
          copied = done;
          if (!bar && flags.progress && ctx.io.stderr.isTTY === true && total > 0) {
            bar = new cliProgress.SingleBar(
              { format: ' {bar} {percentage}% | {value}/{total} sign-ins | ETA {eta_formatted}', stream: ctx.io.stderr as unknown as NodeJS.WritableStream },
              cliProgress.Presets.shades_classic,
            );
            bar.start(total, done);
          }
          bar?.update(done);
        },
      });
      bar?.stop();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      ctx.out(copied > 0 ? `Store upgraded: ${fmtInt(copied)} sign-ins in the v2 layout (${seconds} s).` : 'Store is up to date.');
    });
};
