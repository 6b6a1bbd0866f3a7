/** The filter flags shared by `query` and `export`, and the filter they build. */
import type { Command } from 'commander';
import { and, type FilterNode } from '../core/query/ast.js';
import { filterFromFlags } from '../core/query/filter-from-flags.js';
import { parseFilterText } from './filter-text.js';

export interface FilterFlags {
  user?: string;
  app?: string;
  outcome?: string;
  errorCode?: string;
  type?: string;
  since?: string;
  until?: string;
  filter?: string;
}

export const addFilterOptions = (cmd: Command): Command =>
  cmd
    .option('--user <upn>', 'userPrincipalName equals')
    .option('--app <name>', 'appDisplayName equals')
    .option('--outcome <outcome>', 'success, failure or interrupted')
    .option('--error-code <code>', 'status/errorCode equals')
    .option('--type <signInType>', 'interactiveUser, nonInteractiveUser, servicePrincipal or managedIdentity')
    .option('--since <when>', 'from this time: 30d, 12h or an ISO date')
    .option('--until <when>', 'up to this time')
    .option('--filter <odata>', 'an OData $filter, as the API accepts it (combined with the flags above by "and")');

export const filterFromOptions = (flags: FilterFlags, now: number): FilterNode | undefined => {
  const simple = filterFromFlags({ ...flags, signInType: flags.type }, now);
  if (!flags.filter) return simple;
  const parsed = parseFilterText(flags.filter);
  return simple ? and(simple, parsed) : parsed;
};
