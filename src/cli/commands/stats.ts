/** `signin-report stats`: counts by outcome and sign-in type, top error codes, time span. */
import type { RegisterCommand } from '../context.js';
import { fmtInt } from '../format-number.js';
import { findErrorCode } from '../../core/catalog/index.js';

export const registerStats: RegisterCommand = (program, ctx) => {
  program
    .command('stats')
    .description('summarise the stored sign-ins')
    .option('--format <format>', 'text or json', 'text')
    .action(async (flags: { format: string }) => {
      const store = await ctx.store();
      const s = await store.summarize();
      if (flags.format === 'json') {
        ctx.out(JSON.stringify(s, null, 2));
        return;
      }
      const pct = (n: number) => (s.total > 0 ? `${((100 * n) / s.total).toFixed(1)} %` : '-');
      ctx.out(`Sign-ins: ${fmtInt(s.total)}${s.first ? `  (${s.first} … ${s.last})` : ''}`);
      ctx.out('\nBy outcome:');
      for (const o of s.byOutcome) ctx.out(`  ${o.key.padEnd(20)} ${fmtInt(o.count).padStart(12)}  ${pct(o.count)}`);
      ctx.out('\nBy sign-in type:');
      for (const o of s.bySignInType) ctx.out(`  ${o.key.padEnd(20)} ${fmtInt(o.count).padStart(12)}  ${pct(o.count)}`);
      ctx.out('\nTop error codes:');
      for (const c of s.topErrorCodes) {
        const title = findErrorCode(c.key)?.en.title ?? c.failureReason ?? '(not in the catalog)';
        ctx.out(`  ${String(c.key).padEnd(9)} ${fmtInt(c.count).padStart(10)}  ${title}`);
      }
    });
};
