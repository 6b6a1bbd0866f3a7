/**
 * The error-code catalog as the API serves it (`/api/error-codes`), with its fixed vocabularies.
 * Copied from the server's catalog types on purpose: ui/ talks to the server only over HTTP.
 */
import { list, num, obj, oneOf, optNum, str, strList } from './decode.js';

export const OUTCOMES = ['success', 'failure', 'interrupted'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CATALOG_OUTCOMES = ['failure', 'interrupted', 'informational'] as const;
export type CatalogOutcome = (typeof CATALOG_OUTCOMES)[number];

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

export const ACTORS = ['user', 'helpdesk-admin', 'app-developer', 'tenant-admin', 'identity-provider', 'microsoft'] as const;
export type Actor = (typeof ACTORS)[number];

export const isCategory = (v: string): v is ErrorCategory => (CATEGORIES as readonly string[]).includes(v);

export interface LocalizedExplanation {
  readonly title: string;
  readonly explanation: string;
  readonly action: readonly string[];
}

export interface CatalogEntry {
  readonly code: number;
  readonly identifier: string;
  readonly outcome: CatalogOutcome;
  readonly category: ErrorCategory;
  readonly actor: Actor;
  readonly en: LocalizedExplanation;
  readonly ja: LocalizedExplanation;
  /** Stored sign-ins carrying this code (list endpoint only). */
  readonly signInCount?: number | undefined;
}

const decodeText = (v: unknown, path: string): LocalizedExplanation => {
  const o = obj(v, path);
  return {
    title: str(o.title, `${path}.title`),
    explanation: str(o.explanation, `${path}.explanation`),
    action: strList(o.action),
  };
};

export const decodeCatalogEntry = (v: unknown, path = 'entry'): CatalogEntry => {
  const o = obj(v, path);
  const category = typeof o.category === 'string' && isCategory(o.category) ? o.category : 'other';
  return {
    code: num(o.code, `${path}.code`),
    identifier: typeof o.identifier === 'string' ? o.identifier : '',
    outcome: oneOf(o.outcome, `${path}.outcome`, CATALOG_OUTCOMES),
    category,
    actor: oneOf(o.actor, `${path}.actor`, ACTORS),
    en: decodeText(o.en, `${path}.en`),
    ja: decodeText(o.ja, `${path}.ja`),
    signInCount: optNum(o.signInCount),
  };
};

export const decodeCatalogList = (v: unknown): CatalogEntry[] =>
  list(obj(v, 'response').value, 'value', decodeCatalogEntry);
