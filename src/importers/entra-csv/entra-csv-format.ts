/**
 * The Entra portal's sign-in CSV downloads (Sign-in logs → Download → CSV): one file per kind,
 * and the authentication-details file, joined back when given in the same import. Streamed row
 * by row; each problem is reported as `file:row N` with the column's name.
 */
import type { SourceItem } from '../../core/import-types.js';
import type { FormatReadContext, InputFormat } from '../formats.js';
import { readCsvRows, rowWhere } from '../tabular/csv-rows.js';
import { createRowMapper, dateColumnsOf, type RowMapper } from '../tabular/row-mapper.js';
import { detectDelimiter, normaliseHeader } from '../tabular/header-names.js';
import { createFileDates } from '../tabular/file-dates.js';
import { readRowsInDateOrder } from '../tabular/date-ordered-rows.js';
import { peekText } from '../text/open-text.js';
import { ENTRA_COLUMNS } from './columns.js';
import { findAuthDetailsFile, indexAuthDetails, type AuthDetailsIndex } from './auth-details.js';
import { finishPortalSignIn } from './finish-sign-in.js';
import { headerNames, isAuthDetailsHeader, isEntraSignInHeader, signInKind } from './kinds.js';

async function* readEntraCsv(ctx: FormatReadContext): AsyncGenerator<SourceItem> {
  const head = (await peekText(ctx.file, ctx.encoding.encoding, 16 * 1024)).text;
  const delimiter = detectDelimiter(head);
  const names = headerNames(head) ?? new Set<string>();
  // With --format forced the steps file reaches here too: it is read with its sign-ins file.
  if (isAuthDetailsHeader(names)) return;
  const kind = signInKind(ctx.file, names);
  const companion = await findAuthDetailsFile(ctx.file, ctx.siblings, kind === 'interactiveUser', ctx.text);
  let index: AuthDetailsIndex | undefined;
  if (companion) {
    index = await indexAuthDetails(companion, ctx.text);
    yield* index.problems;
  }
  let mapper: RowMapper | undefined;
  const dates = createFileDates({ order: ctx.text.dateOrder, timeZone: ctx.text.timeZone });
  const rows = readRowsInDateOrder(
    () => {
      const opened = ctx.openText();
      return readCsvRows(opened.stream, { delimiter, failure: opened.failure });
    },
    dates,
    (header) => dateColumnsOf(header, ENTRA_COLUMNS),
  );
  for await (const item of rows) {
    if (item.kind === 'dates-refused') {
      yield { kind: 'unparseable', where: ctx.file, field: 'Date (UTC)', message: item.message };
      return;
    }
    const where = rowWhere(ctx.file, item.row, item.line);
    if (item.kind === 'error') {
      yield { kind: 'unparseable', where, message: item.message };
      continue;
    }
    if (!mapper) {
      const header = new Set(item.cells.map(normaliseHeader));
      if (!isEntraSignInHeader(header)) {
        yield { kind: 'unparseable', where, message: 'the header has no "Request ID" and "Date (UTC)" columns: not an Entra sign-in download' };
        return;
      }
      mapper = createRowMapper(item.cells, ENTRA_COLUMNS, dates);
      continue;
    }
    const mapped = mapper.map(item.cells, where);
    yield 'ok' in mapped ? finishPortalSignIn(mapped, kind, where, index?.steps) : mapped;
  }
}

export const entraCsvFormat: InputFormat = {
  decodesText: true,
  name: 'entra-csv',
  description:
    'Entra portal CSV download (InteractiveSignIns_*, NonInteractiveSignIns_*, ApplicationSignIns_*, MSISignIns_*; ' +
    'header "Date (UTC)","Request ID",...); an *_AuthDetails_* file given alongside is joined by Request ID',
  detect: (head) => {
    const names = headerNames(head);
    return names !== undefined && isEntraSignInHeader(names);
  },
  isCompanion: (head) => {
    const names = headerNames(head);
    return names !== undefined && isAuthDetailsHeader(names);
  },
  read: (ctx) => readEntraCsv(ctx),
};
