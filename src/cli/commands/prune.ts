/** `signin-report prune --older-than 400d`: removes old sign-ins; the rollups stay true. */
import type { RegisterCommand } from '../context.js';
import { parseRetention, pruneSignIns } from '../../core/use-cases/prune-sign-ins.js';
import { fmtInt } from '../format-number.js';

export const registerPrune: RegisterCommand = (program, ctx) => {
  program
    .command('prune')
    .description('remove sign-ins older than a duration (and their documents); aggregations stay exact')
    .requiredOption('--older-than <duration>', 'e.g. 400d, 12w or 36h (at least 1h)')
    .option('--format <format>', 'text or json', 'text')
    .addHelpText('after', '\nserve applies the configured retentionDays (env SIGNIN_REPORT_RETENTION_DAYS) daily.')
    .action(async (flags: { olderThan: string; format: string }) => {
      const ms = parseRetention(flags.olderThan);
      const r = await pruneSignIns(await ctx.store(), ms, Date.now());
      if (flags.format === 'json') ctx.out(JSON.stringify(r));
      else ctx.out(`Removed ${fmtInt(r.deleted)} sign-ins created before ${r.cutoff}`);
    });
};
