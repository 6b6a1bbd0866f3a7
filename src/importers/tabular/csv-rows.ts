/**
 * Streams a CSV byte stream as rows of cells, read by position (never keyed by header name:
 * real exports repeat names and pad them with spaces). csv-parse handles the BOM, quoted cells
 * with line breaks and doubled quotes. A malformed row is reported with its row and line
 * number and the rest of the file is still read; memory holds at most one row (capped).
 */
import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';

/** A row of cells. `row` counts records the way a spreadsheet does (the header is row 1). */
export interface CsvRow {
  readonly kind: 'row';
  readonly cells: readonly string[];
  readonly row: number;
  /** Physical line the row starts on (differs from `row` once a cell spans lines). */
  readonly line: number;
}

export interface CsvProblem {
  readonly kind: 'error';
  readonly row: number;
  readonly line: number;
  readonly message: string;
}

/** A single cell larger than this is treated as a broken file (e.g. a quote never closed). */
const MAX_RECORD_BYTES = 8 * 1024 * 1024;

const describe = (e: CsvError | Error): string => {
  const code = (e as CsvError).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted cell is never closed (file cut short?)';
  if (code === 'CSV_INVALID_CLOSING_QUOTE') return 'a quote inside a cell is not doubled ("")';
  if (code === 'CSV_MAX_RECORD_SIZE') return `a row is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MB (unclosed quote?)`;
  return e.message.replace(/\s+/g, ' ');
};

export interface CsvOptions {
  /** Cell separator (see `detectDelimiter`); comma when not given. */
  readonly delimiter?: string | undefined;
  /** Why the stream ended early (`OpenedFile.failure`): reported after the last row read. */
  readonly failure?: (() => Error | undefined) | undefined;
}

export async function* readCsvRows(stream: Readable, options: CsvOptions = {}): AsyncGenerator<CsvRow | CsvProblem> {
  const problems: CsvProblem[] = [];
  // No `info` option: it allocates an object per record. Rows and lines are counted here.
  const parser = parse({
    bom: true,
    delimiter: options.delimiter ?? ',',
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    skip_records_with_error: true,
    on_skip: (err) => {
      if (!err) return undefined;
      const e = err as CsvError & { lines?: number; records?: number };
      problems.push({ kind: 'error', row: 0, line: e.lines ?? 0, message: describe(e) });
      return undefined;
    },
  });
  stream.on('error', (e) => parser.destroy(e));
  stream.pipe(parser);
  let row = 0;
  let line = 1;
  const problem = (p: CsvProblem): CsvProblem => {
    row++;
    if (p.line > 0) line = p.line + 1;
    return { ...p, row };
  };
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      // Problems found while parsing come out before the rows that follow them.
      while (problems.length > 0 && (problems[0]?.line ?? 0) <= line) yield problem(problems.shift() as CsvProblem);
      row++;
      yield { kind: 'row', cells, row, line };
      line++;
      for (const c of cells) {
        for (let k = c.indexOf('\n'); k !== -1; k = c.indexOf('\n', k + 1)) line++;
      }
    }
  } catch (e) {
    for (const p of problems.splice(0)) yield problem(p);
    // A text that ended early on an invalid byte explains a row cut there: say that instead.
    const failure = options.failure?.();
    yield problem({ kind: 'error', row: 0, line: parser.info.lines, message: failure?.message ?? describe(e as Error) });
    return;
  } finally {
    stream.destroy();
  }
  for (const p of problems.splice(0)) yield problem(p);
  const failure = options.failure?.();
  if (failure) yield problem({ kind: 'error', row: 0, line: 0, message: failure.message });
}

/** `file:row N`, with the line added when a multi-line cell makes it differ. */
export const rowWhere = (file: string, row: number, line: number): string =>
  line > 0 && line !== row ? `${file}:row ${row} (line ${line})` : `${file}:row ${row}`;
