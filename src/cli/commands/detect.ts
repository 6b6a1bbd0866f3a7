/** `signin-report detect [--since 30d]`: runs the detection rules over stored sign-ins (idempotent). */
import type { RegisterCommand } from '../context.js';
import { detectHistory } from '../../core/use-cases/detect-history.js';
import { parseRelativeOrIso } from '../../core/use-cases/alert-time.js';
import { createDetections } from '../../detections/create-detections.js';
import { fmtInt, fmtRate } from '../format-number.js';

export const registerDetect: RegisterCommand = (program, ctx) => {
  program
    .command('detect')
    .description('evaluate the detection rules over stored sign-ins, oldest first; re-running creates no duplicates')
    .option('--since <when>', 'only sign-ins at or after: ISO date-time or a span such as 30d (default: all)')
    .action(async (flags: { since?: string }) => {
      const since = flags.since === undefined ? undefined : parseRelativeOrIso('--since', flags.since, new Date());
      const store = await ctx.store();
      const detector = createDetections(ctx.config(), store, { force: true, freshState: true });
      if (!detector) return;
      const s = await detectHistory({ store, detector }, since);
      ctx.out(`detect: ${fmtInt(s.signIns)} sign-ins · ${fmtInt(s.created)} alerts created · ${fmtInt(s.grown)} grown · ${s.seconds.toFixed(1)} s (${fmtRate(s.signIns, s.seconds)} rec/s)`);
    });
};
