/** `signin-report rederive`: recompute stored outcome and category from the current catalog. */
import type { RegisterCommand } from '../context.js';
import { rederiveSignIns } from '../../core/use-cases/rederive-sign-ins.js';
import { fmtInt } from '../format-number.js';

export const registerRederive: RegisterCommand = (program, ctx) => {
  program
    .command('rederive')
    .description("recompute each stored sign-in's outcome and error category from the current error-code catalog")
    .option('--format <format>', 'text or json', 'text')
    .action(async (flags: { format: string }) => {
      const r = await rederiveSignIns(await ctx.store());
      if (flags.format === 'json') ctx.out(JSON.stringify(r));
      else if (r.codes.length === 0) ctx.out('Every stored sign-in already matches the catalog.');
      else ctx.out(`Updated ${fmtInt(r.updated)} sign-ins for ${r.codes.length} codes: ${r.codes.join(', ')}`);
    });
};
