/**
 * Errors of the database drivers and the file system that mean "the storage cannot take more":
 * a full disk, a file-size limit or quota, a write that failed. They are turned into a typed
 * `StorageUnavailable` error with a message a person can act on (CLI exit code 5, HTTP 503)
 * instead of an "internal error". Used by the CLI entry and the HTTP error hook; the storage
 * engines stay as they are.
 */
import { AppError } from './core/errors.js';

const FULL_CODES = new Set([
  'SQLITE_FULL', // better-sqlite3: the database or disk is full
  'ENOSPC', // no space left on device
  'EFBIG', // file-size limit (ulimit -f)
  'EDQUOT', // disk quota exceeded
  '53100', // PostgreSQL disk_full
]);

const codeOf = (e: unknown): string => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/** The typed error for a storage failure, or undefined when `e` is something else. */
export const storageFailure = (e: unknown): AppError | undefined => {
  const code = codeOf(e);
  const detail = `${code}: ${(e as Error)?.message ?? String(e)}`;
  if (FULL_CODES.has(code)) {
    return new AppError(
      'StorageUnavailable',
      `the database cannot grow: the disk is full or a file-size limit or quota was reached (${detail}). ` +
        'Everything committed before is kept; make room and run the command again (an import re-run never duplicates).',
    );
  }
  if (code === '57014') {
    // PostgreSQL query_canceled: the statement ran past `statement_timeout` (queryTimeoutMs).
    return new AppError('QueryTimeout', `The query ran past its time budget and PostgreSQL stopped it (${detail}); narrow the filter or the time range.`);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new AppError(
      'StorageUnavailable',
      `the database could not be written (${detail}); most often the disk is full or a file-size limit was reached. ` +
        'Everything committed before is kept; fix the storage and run the command again.',
    );
  }
  return undefined;
};
