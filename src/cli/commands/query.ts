/** `signin-report query`: the stored sign-ins matching simple flags (or an OData `--filter`). */
import type { RegisterCommand } from '../context.js';
import { filterFromFlags } from '../../core/query/filter-from-flags.js';
import { and, type FilterNode } from '../../core/query/ast.js';
import { AppError } from '../../core/errors.js';
import { OUTPUT_FORMATS, renderRows, type OutputFormat } from '../render-rows.js';
import { parseFilterText } from '../filter-text.js';

interface QueryFlags {
  user?: string;
  app?: string;
  outcome?: string;
  errorCode?: string;
  since?: string;
  until?: string;
  type?: string;
  filter?: string;
  top: string;
  format: string;
}

export const registerQuery: RegisterCommand = (program, ctx) => {
  program
    .command('query')
    .description('list stored sign-ins, newest first')
    .option('--user <upn>', 'userPrincipalName equals')
    .option('--app <name>', 'appDisplayName equals')
    .option('--outcome <outcome>', 'success, failure or interrupted')
    .option('--error-code <code>', 'status/errorCode equals')
    .option('--type <signInType>', 'interactiveUser, nonInteractiveUser, servicePrincipal or managedIdentity')
    .option('--since <when>', 'from this time: 30d, 12h or an ISO date')
    .option('--until <when>', 'up to this time')
    .option('--filter <odata>', 'an OData $filter, as the API accepts it')
    .option('--top <n>', 'how many rows (1..100000)', '50')
    .option('--format <format>', `one of ${OUTPUT_FORMATS.join(', ')}`, 'table')
    .action(async (flags: QueryFlags) => {
      const top = Number(flags.top);
      if (!Number.isInteger(top) || top < 1 || top > 100_000) throw new AppError('BadRequest', '--top: expected an integer from 1 to 100000');
      if (!(OUTPUT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new AppError('BadRequest', `--format: expected one of ${OUTPUT_FORMATS.join(', ')}`);
      }
      let filter: FilterNode | undefined = filterFromFlags({ ...flags, signInType: flags.type }, Date.now());
      if (flags.filter) {
        const parsed = parseFilterText(flags.filter);
        filter = filter ? and(filter, parsed) : parsed;
      }
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
