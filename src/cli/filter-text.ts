/**
 * Parses `--filter` text with the same OData parser and registry as the API, with the beta
 * API's rules (every property; no default sign-in-type population is added by the CLI).
 */
import type { FilterNode } from '../core/query/ast.js';
import { parseODataFilter } from '../core/query/odata-filter.js';

export const parseFilterText = (text: string): FilterNode => parseODataFilter(text, 'beta', '--filter');
