/**
 * Turns the paths given to `import` (files and folders, recursively, in name order) into one
 * stream of source items, choosing each file's format by content (or `--format`).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceItem } from '../core/import-types.js';
import { AppError } from '../core/errors.js';
import { INPUT_FORMATS, contextFor, findFormat, type InputFormat, type ParallelNdjsonReader, type TextReadOptions } from './formats.js';
import { peekText } from './text/open-text.js';
import type { DetectedEncoding } from './text/detect-encoding.js';

const SKIP = /(^|\/)\.[^/]*$|\.(md|txt|log)$/i;

export const expandPaths = async (paths: readonly string[]): Promise<string[]> => {
  const out: string[] = [];
  const walk = async (p: string): Promise<void> => {
    let s;
    try {
      s = await stat(p);
    } catch {
      throw new AppError('NotFound', `no such file or folder: ${p}`);
    }
    if (s.isDirectory()) {
      const names = (await readdir(p)).sort();
      for (const n of names) if (!SKIP.test(n)) await walk(join(p, n));
    } else out.push(p);
  };
  for (const p of paths) await walk(p);
  return out;
};

export interface PlannedFile {
  readonly file: string;
  readonly format: InputFormat;
  readonly size: number;
  readonly encoding: DetectedEncoding;
}

export interface ImportPlan {
  readonly files: readonly PlannedFile[];
  readonly totalBytes: number;
  open(): AsyncIterable<SourceItem>;
  bytesRead(): number;
}

/** Files at least this large are parsed by worker threads (when workers are allowed). */
const PARALLEL_MIN_BYTES = 8 << 20;

export interface PlanOptions {
  /** Reads large NDJSON files in worker threads (see src/pipeline); none: the main thread. */
  readonly parallelNdjson?: ParallelNdjsonReader | undefined;
  /** Use the parallel reader for files of any size (tests). */
  readonly parallelAlways?: boolean;
  /** Encoding, day/month order and time zone of text files (`--encoding`, `--date-order`, `--timezone`). */
  readonly text?: TextReadOptions;
}

const notUtf8Json = (p: PlannedFile): string =>
  `${p.format.name} is read as UTF-8, but this file is ${p.encoding.encoding.name} ` +
  `(${p.encoding.how === 'forced' ? 'given by --encoding' : `by ${p.encoding.how}`}); nothing of it was read: save it as UTF-8 ` +
  `(e.g. iconv -f ${p.encoding.encoding.name} -t UTF-8) and import it again`;

export const planImport = async (paths: readonly string[], formatName?: string, options: PlanOptions = {}): Promise<ImportPlan> => {
  const files = await expandPaths(paths);
  if (files.length === 0) throw new AppError('NotFound', 'no input files found');
  const forced = formatName ? findFormat(formatName) : undefined;
  if (formatName && !forced) {
    throw new AppError('BadRequest', `unknown format '${formatName}'; known formats: ${INPUT_FORMATS.map((f) => f.name).join(', ')}`);
  }
  const planned: PlannedFile[] = [];
  for (const file of files) {
    // Detection sees the head decoded, so a UTF-16 or CP932 CSV is recognised like a UTF-8 one.
    const { text: head, chosen } = await peekText(file, options.text?.encoding);
    if (!forced && INPUT_FORMATS.some((f) => f.isCompanion?.(head, file))) continue;
    const format = forced ?? INPUT_FORMATS.find((f) => f.detect(head, file));
    if (!format) {
      throw new AppError(
        'BadRequest',
        `${file}: unrecognised input; expected one of:\n${INPUT_FORMATS.map((f) => `  ${f.name}: ${f.description}`).join('\n')}`,
      );
    }
    planned.push({ file, format, size: (await stat(file)).size, encoding: chosen });
  }
  let doneBytes = 0;
  let current: (() => number) | undefined;
  return {
    files: planned,
    totalBytes: planned.reduce((a, f) => a + f.size, 0),
    bytesRead: () => doneBytes + (current?.() ?? 0),
    open: async function* () {
      doneBytes = 0;
      for (const p of planned) {
        if (!p.format.decodesText && p.encoding.encoding.rule !== 'utf-8') {
          // JSON is UTF-8 by definition; reading other bytes as UTF-8 would store garbled text.
          yield { kind: 'unparseable', where: p.file, message: notUtf8Json(p) };
          doneBytes += p.size;
          continue;
        }
        const parallel = options.parallelAlways || p.size >= PARALLEL_MIN_BYTES ? options.parallelNdjson : undefined;
        const ctx = contextFor(p.file, files, p.encoding, options.text ?? {}, parallel);
        let opened: { bytesRead: () => number } | undefined;
        const counting = {
          ...ctx,
          open: () => { const o = ctx.open(); opened = o; return o; },
          openText: () => { const o = ctx.openText(); opened = o; return o; },
        };
        current = () => opened?.bytesRead() ?? 0;
        yield* p.format.read(counting);
        doneBytes += p.size;
        current = undefined;
      }
    },
  };
};
