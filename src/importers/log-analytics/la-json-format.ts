/**
 * Log Analytics / Microsoft Sentinel sign-in tables exported as JSON, in the three shapes tools
 * write: an array of row objects (`az monitor log-analytics query`, the portal), NDJSON of row
 * objects (workspace data export), and the query API's `{"tables":[{"columns","rows"}]}`.
 * Nested columns may be JSON or JSON text. Streamed with stream-json.
 */
import { Readable } from 'node:stream';
import streamJson from 'stream-json';
import Pick from 'stream-json/filters/Pick.js';
import StreamValues from 'stream-json/streamers/StreamValues.js';
import type { SourceItem } from '../../core/import-types.js';
import type { FormatReadContext, InputFormat } from '../formats.js';
import { bomless, chain, readJsonRecords } from '../tabular/json-records.js';
import { peekFile } from '../open-file.js';
import { createLaMapper } from './map-record.js';
import { kindFromTableFileName } from './tables.js';

const ROW_KEYS = /"(CreatedDateTime|TimeGenerated)"\s*:/;
const SIGN_IN_KEYS = /"(ResultType|UserPrincipalName|AppId|ServicePrincipalId|OperationName)"\s*:/;
const TABLES_SHAPE = /^\{\s*"tables"\s*:\s*\[/;
const TABLE_COLUMNS = /"name"\s*:\s*"(CreatedDateTime|TimeGenerated)"/;

const strip = (head: string): string => head.replace(/^\uFEFF/, '').trimStart();

export const isLaJsonHead = (head: string): boolean => {
  const text = strip(head);
  if (TABLES_SHAPE.test(text)) return TABLE_COLUMNS.test(text);
  return (text.startsWith('[') || text.startsWith('{')) && ROW_KEYS.test(text) && SIGN_IN_KEYS.test(text);
};

/**
 * One pass over `tables[0]`: each column description and each row is picked as its own value
 * (columns come first in the query API's output; a row before them is reported).
 */
async function* readTables(ctx: FormatReadContext, mapper: ReturnType<typeof createLaMapper>): AsyncGenerator<SourceItem> {
  const opened = ctx.open();
  const source = Readable.from(bomless(opened.stream));
  const values = chain(source, [
    streamJson.parser(),
    Pick.pick({ filter: /^tables\.0\.(columns|rows)\.\d+$/ }),
    StreamValues.streamValues(),
  ]);
  const columns: string[] = [];
  let row = 0;
  try {
    for await (const { value } of values as AsyncIterable<{ value: unknown }>) {
      if (!Array.isArray(value)) {
        const name = (value as { name?: unknown } | null)?.name;
        columns.push(typeof name === 'string' ? name : `column ${columns.length + 1}`);
        continue;
      }
      const where = `${ctx.file} tables[0].rows[${row++}]`;
      if (columns.length === 0) yield { kind: 'unparseable', where, message: 'a row comes before the column list' };
      else yield mapper(columns.map((c, i) => [c, value[i]] as const), where);
    }
  } catch (e) {
    yield { kind: 'unparseable', where: `${ctx.file} tables[0].rows[${row}]`, message: `invalid JSON: ${(e as Error).message}` };
  } finally {
    source.destroy();
    opened.stream.destroy();
  }
}

async function* readLaJson(ctx: FormatReadContext): AsyncGenerator<SourceItem> {
  const mapper = createLaMapper(kindFromTableFileName(ctx.file));
  const head = strip(await peekFile(ctx.file));
  if (TABLES_SHAPE.test(head)) {
    yield* readTables(ctx, mapper);
    return;
  }
  for await (const item of readJsonRecords(ctx)) {
    if (item.kind !== 'record') yield item;
    else if (typeof item.value !== 'object' || item.value === null || Array.isArray(item.value)) {
      yield { kind: 'unparseable', where: item.where, message: 'expected a JSON object (one row of the table)' };
    } else yield mapper(Object.entries(item.value), item.where);
  }
}

export const laJsonFormat: InputFormat = {
  name: 'log-analytics-json',
  description:
    'Log Analytics / Sentinel JSON export of the same tables (an array or NDJSON of rows with PascalCase ' +
    'columns, or the query API\'s {"tables":[...]})',
  detect: (head) => isLaJsonHead(head),
  read: (ctx) => readLaJson(ctx),
};
