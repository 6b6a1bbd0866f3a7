/**
 * Import: validate each record, derive its columns, and store batches in transactions.
 * Rule for bad records: each one is rejected (reported with where it came from and the field
 * path) and the rest of the batch is stored; the caller exits non-zero when anything was
 * rejected. With `strict`, a first pass validates everything and nothing is stored if any
 * record is bad.
 */
import type { SignInStore } from '../ports.js';
import type { ImportProgress, ImportSummary, Rejection, SourceItem } from '../import-types.js';
import { validateSignIn } from '../model/validate-sign-in.js';
import { prepareSignIn, type PreparedSignIn } from '../model/sign-in-row.js';
import { AppError } from '../errors.js';

export interface ImportOptions {
  /** Opens the source afresh (strict mode reads it twice). */
  readonly open: () => AsyncIterable<SourceItem>;
  readonly store: Pick<SignInStore, 'upsert'>;
  readonly batchSize?: number;
  readonly strict?: boolean;
  /** Bytes read so far (from the reader), for progress. */
  readonly bytesRead?: () => number;
  readonly onProgress?: (p: ImportProgress) => void;
  readonly onReject?: (r: Rejection) => void;
  readonly now?: () => number;
  /** Hears every stored batch (detections: src/core/detections/detector.ts). */
  readonly detector?: BatchObserver | undefined;
}

/** What import, pull, push and demo hand each stored batch to. */
export interface BatchObserver {
  observe(batch: readonly PreparedSignIn[]): Promise<unknown>;
}

/** Validates and derives one item; also used by import worker threads. */
export const checkItem = (item: SourceItem): { ok: true; prepared: PreparedSignIn } | { ok: false; rejection: Rejection } => {
  if (item.kind === 'prepared') return { ok: true, prepared: item.prepared };
  if (item.kind === 'invalid') return { ok: false, rejection: item.rejection };
  if (item.kind === 'unparseable') {
    return { ok: false, rejection: { where: item.where, problems: [{ path: item.field ?? '(record)', message: item.message }] } };
  }
  const result = validateSignIn(item.value);
  if (!result.ok) return { ok: false, rejection: { where: item.where, problems: result.problems, value: item.value } };
  return { ok: true, prepared: prepareSignIn(result.value, item.raw) };
};

export const importSignIns = async (opts: ImportOptions): Promise<ImportSummary> => {
  const now = opts.now ?? (() => Date.now());
  const started = now();
  const batchSize = opts.batchSize ?? 5000;
  if (opts.strict) {
    let index = 0;
    for await (const item of opts.open()) {
      index++;
      const c = checkItem(item);
      if (!c.ok) {
        opts.onReject?.(c.rejection);
        const p = c.rejection.problems[0];
        throw new AppError('ImportFailed', `${c.rejection.where}: ${p?.path ?? ''}: ${p?.message ?? 'invalid'} (strict mode: nothing was stored)`, {
          where: c.rejection.where,
          record: index,
        });
      }
    }
  }
  let read = 0;
  let stored = 0;
  let duplicates = 0;
  let rejected = 0;
  let batch: PreparedSignIn[] = [];
  const progress = (): ImportProgress => ({ read, stored, duplicates, rejected, bytes: opts.bytesRead?.() ?? 0 });
  const flush = async () => {
    if (batch.length === 0) return;
    const r = await opts.store.upsert(batch);
    // After the batch is stored: an alert never names a sign-in the store does not have.
    if (opts.detector) await opts.detector.observe(batch);
    stored += r.inserted;
    duplicates += r.duplicates;
    batch = [];
    opts.onProgress?.(progress());
  };
  for await (const item of opts.open()) {
    read++;
    const c = checkItem(item);
    if (c.ok) {
      batch.push(c.prepared);
      if (batch.length >= batchSize) await flush();
    } else {
      rejected++;
      opts.onReject?.(c.rejection);
    }
  }
  await flush();
  return { ...progress(), seconds: (now() - started) / 1000 };
};
