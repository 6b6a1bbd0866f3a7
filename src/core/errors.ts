/**
 * Typed errors of the core. They carry a code from a closed union and no transport detail:
 * the HTTP adapter maps codes to statuses (`Record<ErrorCode, number>`, so a new code without a
 * status fails to compile) and the CLI maps them to exit codes.
 */
export const ERROR_CODES = [
  'BadRequest',
  'InvalidFilter',
  'InvalidSkipToken',
  'NotFound',
  'ValidationFailed',
  'Unauthenticated',
  'Forbidden',
  'TooManyRequests',
  'PayloadTooLarge',
  'Conflict',
  'ImportFailed',
  'StorageUnavailable',
  /** A query ran past its time budget and was stopped. */
  'QueryTimeout',
  'Internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Machine-readable extras (position in a filter, file and line of a record...). */
    readonly details?: Readonly<Record<string, unknown>>,
    /** Seconds after which a retry may succeed (throttling, busy, temporarily unavailable). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
