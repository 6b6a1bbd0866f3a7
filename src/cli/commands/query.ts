/** `signin-report query`: the stored sign-ins matching simple flags (or an OData `--filter`). */
import type { RegisterCommand } from '../context.js';
import { AppError } from '../../core/errors.js';
import { OUTPUT_FORMATS, renderRows, type OutputFormat } from '../render-rows.js';
import { addFilterOptions, filterFromOptions, type FilterFlags } from '../filter-options.js';

interface QueryFlags extends FilterFlags {
  top: string;
  format: string;
}

export const registerQuery: RegisterCommand = (program, ctx) => {
  addFilterOptions(program.command('query').description('list stored sign-ins, newest first'))
    .option('--top <n>', 'how many rows (1..100000)', '50')
    .option('--format <format>', `one of ${OUTPUT_FORMATS.join(', ')}`, 'table')
    .action(async (flags: QueryFlags) => {
      const top = Number(flags.top);
      if (!Number.isInteger(top) || top < 1 || top > 100_000) throw new AppError('BadRequest', '--top: expected an integer from 1 to 100000');
      if (!(OUTPUT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new AppError('BadRequest', `--format: expected one of ${OUTPUT_FORMATS.join(', ')}`);
      }
      const filter = filterFromOptions(flags, Date.now());
      const store = await ctx.store();
      const rows = [];
      let after;
      while (rows.length < top) {
        const page = await store.list({ filter, top: Math.min(1000, top - rows.length), order: 'desc', after });
        rows.push(...page.items);
        if (!page.next) break;
        after = page.next;
      }
      ctx.io.stdout.write(renderRows(rows, flags.format as OutputFormat));
    });
};
