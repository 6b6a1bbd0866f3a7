/**
 * Log Analytics / Microsoft Sentinel sign-in tables exported as CSV ("Export → CSV" in the
 * Logs blade, or any KQL tool): PascalCase column names, ` [UTC]` suffixes on datetime
 * columns, dynamic columns as JSON text (sometimes split into `_dynamic`/`_string`), US display
 * dates, TRUE/FALSE booleans. Streamed row by row.
 */
import type { SourceItem } from '../../core/import-types.js';
import type { FormatReadContext, InputFormat } from '../formats.js';
import { readCsvRows, rowWhere } from '../tabular/csv-rows.js';
import { detectDelimiter, headerCells } from '../tabular/header-names.js';
import { createFileDates } from '../tabular/file-dates.js';
import { readRowsInDateOrder } from '../tabular/date-ordered-rows.js';
import { peekText } from '../text/open-text.js';
import { createLaMapper, laDateColumns, normaliseLaName, type LaMapper } from './map-record.js';
import { kindFromTableFileName, TABLE_NAMES } from './tables.js';

export const isLaColumnSet = (names: ReadonlySet<string>): boolean =>
  (names.has('id') || names.has('correlationid')) &&
  (names.has('createddatetime') || names.has('timegenerated')) &&
  (names.has('resulttype') || names.has('userprincipalname') || names.has('appid') || names.has('serviceprincipalid'));

async function* readLaCsv(ctx: FormatReadContext): AsyncGenerator<SourceItem> {
  const delimiter = detectDelimiter((await peekText(ctx.file, ctx.encoding.encoding, 16 * 1024)).text);
  const dates = createFileDates({ order: ctx.text.dateOrder, timeZone: ctx.text.timeZone });
  const mapper: LaMapper = createLaMapper(kindFromTableFileName(ctx.file), dates);
  let header: string[] | undefined;
  const open = () => {
    const opened = ctx.openText();
    return readCsvRows(opened.stream, { delimiter, failure: opened.failure });
  };
  const rows = readRowsInDateOrder(open, dates, laDateColumns);
  for await (const item of rows) {
    if (item.kind === 'dates-refused') {
      yield { kind: 'unparseable', where: ctx.file, field: 'CreatedDateTime', message: item.message };
      return;
    }
    const where = rowWhere(ctx.file, item.row, item.line);
    if (item.kind === 'error') {
      yield { kind: 'unparseable', where, message: item.message };
      continue;
    }
    if (!header) {
      header = [...item.cells];
      if (!isLaColumnSet(new Set(header.map(normaliseLaName)))) {
        yield { kind: 'unparseable', where, message: 'the header lacks Id, CreatedDateTime/TimeGenerated and ResultType: not a sign-in table export' };
        return;
      }
      continue;
    }
    const cells = item.cells;
    if (cells.length < header.length) {
      yield { kind: 'unparseable', where, message: `the row has ${cells.length} cells but the header has ${header.length} (row cut short?)` };
      continue;
    }
    const h = header;
    yield mapper(
      (function* () {
        for (let i = 0; i < h.length; i++) yield [h[i] as string, cells[i]] as const;
      })(),
      where,
    );
  }
}

export const laCsvFormat: InputFormat = {
  decodesText: true,
  name: 'log-analytics-csv',
  description:
    `Log Analytics / Sentinel CSV export of ${TABLE_NAMES.slice(0, -1).join(', ')} or ${TABLE_NAMES.at(-1) ?? ''} ` +
    '(columns Id, CreatedDateTime or TimeGenerated, ResultType, ...)',
  detect: (head) => {
    const cells = headerCells(head);
    return cells !== undefined && isLaColumnSet(new Set(cells.map(normaliseLaName)));
  },
  read: (ctx) => readLaCsv(ctx),
};
