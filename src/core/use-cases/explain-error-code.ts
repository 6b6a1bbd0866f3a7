/**
 * Explains one status code: the catalog entry when there is one, and in every case what the
 * store knows about it (how many sign-ins carry it, their most common failure reason).
 */
import { findErrorCode } from '../catalog/index.js';
import type { ErrorCodeEntry } from '../catalog/types.js';
import type { SignInStore } from '../ports.js';
import { AppError } from '../errors.js';

export interface Explanation {
  readonly code: number;
  readonly entry?: ErrorCodeEntry | undefined;
  /** Undefined when no store was available. */
  readonly stored?: { readonly count: number; readonly commonFailureReason: string | null } | undefined;
}

export const parseErrorCode = (text: string): number => {
  const t = text.trim().replace(/^AADSTS/i, '');
  if (!/^\d{1,9}$/.test(t)) throw new AppError('BadRequest', `expected a numeric error code such as 50126 or AADSTS50126, got '${text}'`);
  return Number(t);
};

export const explainErrorCode = async (code: number, store?: Pick<SignInStore, 'summarize'>): Promise<Explanation> => {
  const entry = findErrorCode(code);
  if (!store) return { code, entry };
  const s = await store.summarize({ kind: 'compare', op: 'eq', field: 'status/errorCode', value: { kind: 'number', value: code } });
  const top = s.topErrorCodes.find((c) => c.key === code);
  return { code, entry, stored: { count: s.total, commonFailureReason: top?.failureReason ?? null } };
};
