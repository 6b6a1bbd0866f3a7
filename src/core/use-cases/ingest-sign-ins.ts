/**
 * Ingest a pushed batch (`POST /api/ingest`): NDJSON (one sign-in per line) or JSON (an array,
 * a Graph page with `value`, or one object). Same validation, batching and reject rule as the
 * file import: bad records are rejected and reported with their line (NDJSON) or index (JSON)
 * and field; the rest is stored. Idempotent: a record whose id is stored counts as duplicate.
 * With `strict`, nothing is stored when any record is bad.
 */
import { AppError } from '../errors.js';
import type { Rejection, SourceItem } from '../import-types.js';
import type { SignInStore } from '../ports.js';
import { importSignIns, type BatchObserver } from './import-sign-ins.js';
import { MAX_NDJSON_LINE_BYTES, lineTooLongMessage, utf8Length } from '../ndjson-limit.js';

export type IngestBodyKind = 'ndjson' | 'json' | 'auto';

export interface IngestInput {
  readonly body: string;
  readonly kind: IngestBodyKind;
  readonly strict?: boolean;
  /** Longest NDJSON line in bytes (default MAX_NDJSON_LINE_BYTES). */
  readonly maxLineBytes?: number;
}

export interface IngestRejection {
  /** `line N` (NDJSON) or `[i]` / `value[i]` (JSON). */
  readonly where: string;
  readonly line?: number;
  readonly index?: number;
  readonly problems: readonly { readonly field: string; readonly message: string }[];
}

export interface IngestResult {
  readonly received: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly rejected: number;
  readonly rejections: readonly IngestRejection[];
  /** True when more records were rejected than `rejections` lists. */
  readonly rejectionsTruncated: boolean;
}

export const MAX_LISTED_REJECTIONS = 1000;

function* ndjsonItems(body: string, maxLine: number): Generator<SourceItem> {
  let start = 0;
  let line = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    line++;
    // Characters never outnumber UTF-8 bytes: count bytes only when it could matter.
    const bytes = end - start > maxLine / 3 ? utf8Length(body.slice(start, end)) : 0;
    if (bytes > maxLine) {
      yield { kind: 'unparseable', where: `line ${line}`, message: lineTooLongMessage(maxLine, bytes, true) };
      start = end + 1;
      continue;
    }
    const text = body.slice(start, end).replace(/\r$/, '');
    if (text.trim() !== '') {
      try {
        yield { kind: 'record', value: JSON.parse(text), where: `line ${line}` };
      } catch (e) {
        yield { kind: 'unparseable', where: `line ${line}`, message: `invalid JSON: ${(e as Error).message}` };
      }
    }
    start = end + 1;
  }
}

const jsonItems = (value: unknown): SourceItem[] => {
  if (Array.isArray(value)) return value.map((v, i) => ({ kind: 'record', value: v, where: `[${i}]` }));
  const page = (value as { value?: unknown } | null)?.value;
  if (typeof value === 'object' && value !== null && Array.isArray(page) && Object.keys(value).some((k) => k.startsWith('@odata'))) {
    return page.map((v, i) => ({ kind: 'record', value: v, where: `value[${i}]` }));
  }
  return [{ kind: 'record', value, where: '(body)' }];
};

/** Decides how to read the body: NDJSON unless it is one JSON document. */
const itemsOf = (input: IngestInput): (() => Iterable<SourceItem>) => {
  const body = input.body.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new AppError('BadRequest', 'The request body is empty; send NDJSON (one sign-in per line) or a JSON array');
  const maxLine = input.maxLineBytes ?? MAX_NDJSON_LINE_BYTES;
  if (input.kind === 'ndjson') return () => ndjsonItems(body, maxLine);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    // `application/json` carrying NDJSON (some shippers do): read it line by line.
    const firstLine = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n'));
    let lines = false;
    try {
      JSON.parse(firstLine);
      lines = body.includes('\n');
    } catch {
      lines = false;
    }
    if (lines) return () => ndjsonItems(body, maxLine);
    throw new AppError('BadRequest', `The request body is not valid JSON: ${(e as Error).message}`);
  }
  const items = jsonItems(parsed);
  return () => items;
};

const describeRejection = (r: Rejection): IngestRejection => {
  const line = /^line (\d+)$/.exec(r.where);
  const index = /^(?:value)?\[(\d+)\]$/.exec(r.where);
  return {
    where: r.where,
    ...(line ? { line: Number(line[1]) } : {}),
    ...(index ? { index: Number(index[1]) } : {}),
    problems: r.problems.map((p) => ({ field: p.path, message: p.message })),
  };
};

export const ingestSignIns = async (
  deps: { readonly store: Pick<SignInStore, 'upsert'>; readonly detector?: BatchObserver | undefined },
  input: IngestInput,
): Promise<IngestResult> => {
  const items = itemsOf(input);
  const rejections: IngestRejection[] = [];
  const summary = await importSignIns({
    open: async function* () {
      yield* items();
    },
    store: deps.store,
    detector: deps.detector,
    strict: input.strict === true,
    onReject: (r) => {
      if (rejections.length < MAX_LISTED_REJECTIONS) rejections.push(describeRejection(r));
    },
  });
  return {
    received: summary.read,
    stored: summary.stored,
    duplicates: summary.duplicates,
    rejected: summary.rejected,
    rejections,
    rejectionsTruncated: summary.rejected > rejections.length,
  };
};
