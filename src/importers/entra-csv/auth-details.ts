/**
 * The authentication-details download (`InteractiveSignIns_AuthDetails_<dates>.csv`, one row per
 * authentication step) joined back to its sign-ins by `Request ID`.
 *
 * Memory: the steps file is indexed in memory before its sign-ins file is read (the two files
 * are not in the same order, so a streaming merge is not possible). The index is capped at
 * MAX_AUTH_STEPS steps (about 100-150 MB of heap); a larger file is refused with a message
 * that says to download a shorter date range. Everything else stays streaming.
 */
import { basename, dirname } from 'node:path';
import type { SourceItem } from '../../core/import-types.js';
import { AppError } from '../../core/errors.js';
import type { TextReadOptions } from '../formats.js';
import { readCsvRows, rowWhere } from '../tabular/csv-rows.js';
import { detectDelimiter } from '../tabular/header-names.js';
import { openText, peekText } from '../text/open-text.js';
import { createRowMapper, type RowMapper } from '../tabular/row-mapper.js';
import { AUTH_DETAIL_COLUMNS } from './columns.js';
import { headerNames, isAuthDetailsHeader } from './kinds.js';

export const MAX_AUTH_STEPS = 500_000;
/** Problems kept from the steps file (the rest are counted). */
const MAX_PROBLEMS = 1000;

export interface AuthDetailsIndex {
  readonly file: string;
  readonly steps: ReadonlyMap<string, readonly Record<string, unknown>[]>;
  readonly problems: readonly SourceItem[];
}

const isCsvName = (file: string): boolean => /\.csv(\.gz)?$/i.test(file);

const headerCache = new WeakMap<readonly string[], Map<string, boolean>>();

const looksLikeAuthDetails = async (file: string, siblings: readonly string[], text: TextReadOptions): Promise<boolean> => {
  let cache = headerCache.get(siblings);
  if (!cache) {
    cache = new Map();
    headerCache.set(siblings, cache);
  }
  const known = cache.get(file);
  if (known !== undefined) return known;
  const names = headerNames((await peekText(file, text.encoding, 16 * 1024)).text);
  const yes = names !== undefined && isAuthDetailsHeader(names);
  cache.set(file, yes);
  return yes;
};

/**
 * The steps file that belongs to `file`: the sibling named like it with `_AuthDetails`
 * (the portal's naming), else the only steps file given, for an interactive download.
 */
export const findAuthDetailsFile = async (
  file: string,
  siblings: readonly string[],
  interactive: boolean,
  text: TextReadOptions = {},
): Promise<string | undefined> => {
  const candidates: string[] = [];
  for (const s of siblings) {
    if (s === file || !isCsvName(s)) continue;
    if (await looksLikeAuthDetails(s, siblings, text)) candidates.push(s);
  }
  const own = basename(file).toLowerCase();
  const named = candidates.find(
    (c) => dirname(c) === dirname(file) && basename(c).replace(/_AuthDetails/i, '').toLowerCase() === own,
  );
  if (named) return named;
  return interactive && candidates.length === 1 ? candidates[0] : undefined;
};

export const indexAuthDetails = async (file: string, text: TextReadOptions = {}): Promise<AuthDetailsIndex> => {
  const steps = new Map<string, Record<string, unknown>[]>();
  const problems: SourceItem[] = [];
  let dropped = 0;
  const problem = (item: SourceItem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(item);
    else dropped++;
  };
  let mapper: RowMapper | undefined;
  let count = 0;
  const head = await peekText(file, text.encoding, 16 * 1024);
  const opened = openText(file, head.chosen);
  for await (const row of readCsvRows(opened.stream, { delimiter: detectDelimiter(head.text), failure: opened.failure })) {
    if (row.kind === 'error') {
      problem({ kind: 'unparseable', where: rowWhere(file, row.row, row.line), message: row.message });
      continue;
    }
    if (!mapper) {
      mapper = createRowMapper(row.cells, AUTH_DETAIL_COLUMNS);
      continue;
    }
    const where = rowWhere(file, row.row, row.line);
    const m = mapper.map(row.cells, where);
    if (!('ok' in m)) {
      problem(m);
      continue;
    }
    const { id, ...step } = m.record;
    if (typeof id !== 'string') {
      problem({ kind: 'unparseable', where, field: 'Request ID', message: 'empty: an authentication step needs the request id of its sign-in' });
      continue;
    }
    if (++count > MAX_AUTH_STEPS) {
      throw new AppError(
        'BadRequest',
        `${file}: more than ${MAX_AUTH_STEPS.toLocaleString('en')} authentication steps; this file is joined in memory, ` +
          'so download a shorter date range (or import the sign-ins without it)',
      );
    }
    const list = steps.get(id);
    if (list) list.push(step);
    else steps.set(id, [step]);
  }
  if (dropped > 0) problems.push({ kind: 'unparseable', where: file, message: `${dropped} further bad rows in this authentication-details file` });
  return { file, steps, problems };
};
