/**
 * The error-code catalog as the API serves it: filtered by category, outcome and actor,
 * searched in both languages, each entry with how many stored sign-ins carry the code.
 */
import { catalogEntries, findErrorCode } from '../catalog/index.js';
import { ACTORS, CATEGORIES, OUTCOMES, type ErrorCodeEntry } from '../catalog/types.js';
import type { SignInStore } from '../ports.js';
import { AppError } from '../errors.js';

export interface ErrorCodeQuery {
  readonly category?: string | undefined;
  readonly outcome?: string | undefined;
  readonly actor?: string | undefined;
  /** Free text: matched against code, identifier, and titles/explanations/actions in en and ja. */
  readonly q?: string | undefined;
}

export type CountedEntry = ErrorCodeEntry & { readonly signInCount: number };

const oneOf = (name: string, value: string | undefined, allowed: readonly string[]): void => {
  if (value !== undefined && !allowed.includes(value)) {
    throw new AppError('BadRequest', `${name}: expected one of ${allowed.join(', ')}, got '${value}'`);
  }
};

const haystack = new Map<number, string>();
const textOf = (e: ErrorCodeEntry): string => {
  let t = haystack.get(e.code);
  if (t === undefined) {
    t = [String(e.code), e.identifier, e.en.title, e.en.explanation, ...e.en.action, e.ja.title, e.ja.explanation, ...e.ja.action]
      .join('\n')
      .toLowerCase();
    haystack.set(e.code, t);
  }
  return t;
};

/**
 * Counts per code over the whole store (codes never seen count 0), from the rollups: an
 * all-time count by code reads a few thousand pre-counted rows instead of every sign-in.
 */
const storedCounts = async (store: Pick<SignInStore, 'aggregate'>): Promise<Map<number, number>> => {
  const r = await store.aggregate({ groupBy: ['errorCode'], top: 1000, withOther: false });
  const out = new Map<number, number>();
  for (const row of r.rows) if (typeof row.keys[0] === 'number') out.set(row.keys[0], row.count);
  return out;
};

export const listErrorCodes = async (store: Pick<SignInStore, 'aggregate'>, q: ErrorCodeQuery): Promise<CountedEntry[]> => {
  oneOf('category', q.category, CATEGORIES);
  oneOf('outcome', q.outcome, OUTCOMES);
  oneOf('actor', q.actor, ACTORS);
  const words = (q.q ?? '').toLowerCase().replace(/^aadsts/, '').split(/\s+/).filter(Boolean);
  const counts = await storedCounts(store);
  return catalogEntries
    .filter((e) => (!q.category || e.category === q.category) && (!q.outcome || e.outcome === q.outcome) && (!q.actor || e.actor === q.actor))
    .filter((e) => words.every((w) => textOf(e).includes(w)))
    .map((e) => ({ ...e, signInCount: counts.get(e.code) ?? 0 }));
};

export const getErrorCode = async (store: Pick<SignInStore, 'aggregate'>, codeText: string): Promise<CountedEntry> => {
  if (!/^\d{1,9}$/.test(codeText)) throw new AppError('BadRequest', `expected a numeric error code, got '${codeText}'`);
  const code = Number(codeText);
  const entry = findErrorCode(code);
  if (!entry) throw new AppError('NotFound', `error code ${code} is not in the catalog`);
  // One code's all-time count: answered from the rollups, not by scanning its rows.
  const r = await store.aggregate({ filter: { kind: 'compare', op: 'eq', field: 'status/errorCode', value: { kind: 'number', value: code } }, groupBy: [], top: 1 });
  return { ...entry, signInCount: r.total };
};
