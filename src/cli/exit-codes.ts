/**
 * Exit codes, documented in the README:
 * 0 success · 1 not found / nothing matched (e.g. `explain` of an unknown code) · 2 usage error
 * · 3 input rejected (some records were bad) · 4 authentication/authorisation · 5 storage or
 * network unavailable · 70 internal error.
 */
import type { ErrorCode } from '../core/errors.js';

export const EXIT = {
  ok: 0,
  notFound: 1,
  usage: 2,
  rejected: 3,
  auth: 4,
  unavailable: 5,
  internal: 70,
} as const;

export const EXIT_BY_ERROR: Record<ErrorCode, number> = {
  BadRequest: EXIT.usage,
  InvalidFilter: EXIT.usage,
  InvalidSkipToken: EXIT.usage,
  NotFound: EXIT.notFound,
  ValidationFailed: EXIT.rejected,
  Unauthenticated: EXIT.auth,
  Forbidden: EXIT.auth,
  TooManyRequests: EXIT.unavailable,
  PayloadTooLarge: EXIT.usage,
  Conflict: EXIT.usage,
  ImportFailed: EXIT.rejected,
  StorageUnavailable: EXIT.unavailable,
  QueryTimeout: EXIT.unavailable,
  Internal: EXIT.internal,
};
