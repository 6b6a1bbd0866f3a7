/**
 * Derived classification of a status code: the stored `outcome` and `errorCategory`.
 * Code 0 is success. A code missing from the catalog is a failure of category `other`, shown as
 * unknown by the UI (never an error).
 */
import { findErrorCode } from './index.js';
import type { ErrorCategory } from './types.js';

export const SIGN_IN_OUTCOMES = ['success', 'failure', 'interrupted'] as const;
export type SignInOutcome = (typeof SIGN_IN_OUTCOMES)[number];

export interface Classification {
  readonly outcome: SignInOutcome;
  /** `none` for success. */
  readonly category: ErrorCategory | 'none';
}

const SUCCESS: Classification = { outcome: 'success', category: 'none' };

export const classifyErrorCode = (code: number): Classification => {
  if (code === 0) return SUCCESS;
  const entry = findErrorCode(code);
  if (!entry) return { outcome: 'failure', category: 'other' };
  // Informational codes (device-code polling, account redirects) did not end the flow: they are
  // stored with interrupts so that failure views show only sign-ins that really failed.
  return { outcome: entry.outcome === 'failure' ? 'failure' : 'interrupted', category: entry.category };
};
