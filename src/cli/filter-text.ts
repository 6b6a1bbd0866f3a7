/**
 * Parses `--filter` text with the same OData parser as the API.
 * Until the OData parser lands this refuses every filter with a clear message.
 */
import type { FilterNode } from '../core/query/ast.js';
import { AppError } from '../core/errors.js';

export const parseFilterText = (text: string): FilterNode => {
  throw new AppError('BadRequest', `--filter is not supported yet (got '${text}')`);
};
