/**
 * The registry of input formats. Each format recognises a file by its first bytes (and name)
 * and reads it as a stream of source items. Importers for further sources (Entra portal CSV,
 * Log Analytics exports) add themselves to `INPUT_FORMATS`.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { SourceItem } from '../core/import-types.js';
import { detectGraphJsonShape, readGraphJson } from './graph-json.js';
import { openInputFile, type OpenedFile } from './open-file.js';
import type { TextEncoding } from './text/encodings.js';
import type { DetectedEncoding } from './text/detect-encoding.js';
import { openText } from './text/open-text.js';
import type { DateOrder } from './tabular/date-text.js';

/** How text files are read, the same for every file of an import (`import` flags). */
export interface TextReadOptions {
  /** `--encoding`: every file is in this encoding (default: detected per file). */
  readonly encoding?: TextEncoding | undefined;
  /** `--date-order`: which number of `A/B/YYYY` is the day (default: decided per file from its dates). */
  readonly dateOrder?: DateOrder | undefined;
  /** `--timezone`: IANA zone of dates that carry no zone in columns not named UTC (default UTC). */
  readonly timeZone?: string | undefined;
}

export interface FormatReadContext {
  readonly file: string;
  /** Opens the file afresh as a byte stream (decompressed), counting raw bytes. */
  readonly open: () => OpenedFile;
  /** The file as UTF-8 bytes, decoded from `encoding` (CSV readers; JSON is read as bytes). */
  readonly openText: () => OpenedFile;
  /** The file's text encoding, detected from its first bytes or forced. */
  readonly encoding: DetectedEncoding;
  readonly text: TextReadOptions;
  /** Reads the whole file (decompressed); only for small inputs. */
  readonly readAll: () => Promise<string>;
  /** Companion files given in the same import (e.g. an authentication-details CSV to join). */
  readonly siblings: readonly string[];
  /** A parallel NDJSON reader (worker threads), when the caller provides one for this file. */
  readonly parallelNdjson?: ParallelNdjsonReader | undefined;
}

/** Reads an NDJSON byte stream in worker threads, yielding items in file order. */
export type ParallelNdjsonReader = (stream: Readable, file: string) => AsyncIterable<SourceItem>;

export interface InputFormat {
  readonly name: string;
  readonly description: string;
  /** True when the head (first 64 KB, decompressed) and file name look like this format. */
  detect(head: string, file: string): boolean;
  read(ctx: FormatReadContext): AsyncIterable<SourceItem>;
  /** Files this format consumes as a companion of another file (not imported on their own). */
  isCompanion?(head: string, file: string): boolean;
  /** Reads `openText` (any encoding); otherwise the file must be UTF-8 (JSON formats). */
  readonly decodesText?: boolean;
}

const graphJson: InputFormat = {
  name: 'graph-json',
  description: 'Microsoft Graph signIn JSON: one object, an array, a Graph page with "value", or NDJSON',
  detect: (head) => detectGraphJsonShape(head) !== undefined,
  read: (ctx) => {
    return (async function* () {
      const head = await (async () => {
        const { peekFile } = await import('./open-file.js');
        return peekFile(ctx.file);
      })();
      const shape = detectGraphJsonShape(head) ?? 'object';
      yield* readGraphJson({ file: ctx.file, shape, open: ctx.open, readAll: ctx.readAll, parallelNdjson: ctx.parallelNdjson });
    })();
  },
};

/** Formats in detection order: the more specific first. Other importers register here. */
export const INPUT_FORMATS: InputFormat[] = [graphJson];

export const registerInputFormat = (format: InputFormat, first = true): void => {
  if (INPUT_FORMATS.some((f) => f.name === format.name)) return;
  if (first) INPUT_FORMATS.unshift(format);
  else INPUT_FORMATS.push(format);
};

export const findFormat = (name: string): InputFormat | undefined => INPUT_FORMATS.find((f) => f.name === name);

export const readWholeFile = async (file: string): Promise<string> => {
  const buf = await readFile(file);
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
};

export const contextFor = (
  file: string,
  siblings: readonly string[],
  encoding: DetectedEncoding,
  text: TextReadOptions,
  parallelNdjson?: ParallelNdjsonReader,
): FormatReadContext => ({
  parallelNdjson,
  file,
  encoding,
  text,
  open: () => openInputFile(file),
  openText: () => openText(file, encoding),
  readAll: () => readWholeFile(file),
  siblings,
});
