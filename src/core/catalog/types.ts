/**
 * Types of the error-code catalog: one entry per AADSTS code, written in our own words,
 * in English and Japanese. The catalog drives the derived `outcome` and `errorCategory`
 * of every stored sign-in, the `explain` command, the API and the generated docs.
 */

/** What a non-zero code means for the sign-in. Code 0 is success and is not in the catalog. */
export const OUTCOMES = ['failure', 'interrupted', 'informational'] as const;
export type CatalogOutcome = (typeof OUTCOMES)[number];

export const CATEGORIES = [
  'credentials',
  'mfa',
  'conditional-access',
  'account-state',
  'consent',
  'application-config',
  'token-protocol',
  'device',
  'federation',
  'tenant-config',
  'throttling-lockout',
  'service',
  'other',
] as const;
export type ErrorCategory = (typeof CATEGORIES)[number];

/** Who has to do something so that the next sign-in works. */
export const ACTORS = [
  'user',
  'helpdesk-admin',
  'app-developer',
  'tenant-admin',
  'identity-provider',
  'microsoft',
] as const;
export type Actor = (typeof ACTORS)[number];

export interface LocalizedExplanation {
  /** One line, no trailing period: what happened, in the reader's words. */
  readonly title: string;
  /** Two to four plain sentences: what happened and why it usually happens. */
  readonly explanation: string;
  /** Concrete steps, in order: what to check and where (portal blade, setting, log). */
  readonly action: readonly string[];
}

export interface ErrorCodeEntry {
  readonly code: number;
  /** Microsoft's identifier name, e.g. `InvalidUserNameOrPassword`; '' when unknown. */
  readonly identifier: string;
  readonly outcome: CatalogOutcome;
  readonly category: ErrorCategory;
  readonly actor: Actor;
  readonly en: LocalizedExplanation;
  readonly ja: LocalizedExplanation;
  /** Optional reference links (public documentation pages). */
  readonly links?: readonly string[];
}
