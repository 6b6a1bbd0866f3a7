/**
 * The one entry point for filter text: parse, then validate against the registry for an API
 * version. The API, the CLI (`query --filter`) and the UI's server calls all go through here.
 */
import type { FilterNode } from './ast.js';
import { parseFilter } from './odata-parser.js';
import { validateFilter, type ApiVersion } from './odata-validate.js';

export type { ApiVersion } from './odata-validate.js';

export const parseODataFilter = (text: string, api: ApiVersion, label = '$filter'): FilterNode =>
  validateFilter(parseFilter(text, label), { api, label });
