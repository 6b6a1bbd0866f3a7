/**
 * Pseudonymised exports: each sign-in is rebuilt from the allowlist (pseudonymize-policy.ts):
 * what the list keeps is copied, identifiers become keyed pseudonyms (pseudonym-formats.ts),
 * everything else — any property the list does not name, at any depth — is left out. A shared
 * export keeps its patterns (the same user, device or address has the same pseudonym in every
 * export made with one key) without naming anyone, and it still validates and imports: ids stay
 * GUIDs, addresses stay addresses, and `id` / `createdDateTime` are always there.
 */
import type { SignIn } from '../model/sign-in-schema.js';
import { SIGN_IN_POLICY, type Policy, type Rule } from './pseudonymize-policy.js';
import type { Pseudonymizer } from './pseudonym-formats.js';

export { createPseudonymizer, type KeyedHash, type Pseudonymizer } from './pseudonym-formats.js';

const DROP = Symbol('drop');
type Out = unknown | typeof DROP;

const isPlain = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const hasDigitOrAt = /[\d@]/;
const FLAG_WORD = /^(true|false|yes|no|unknown|none|n\/a)$/i;

/** Pseudonymises a string; `null` and `""` carry nothing and stay; other types are dropped. */
const swapString = (v: unknown, f: (s: string) => string): Out => {
  if (v === null || v === '') return v;
  return typeof v === 'string' ? f(v) : DROP;
};

const applyPolicy = (policy: Policy, value: Record<string, unknown>, p: Pseudonymizer): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(policy)) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const r = apply(rule, value[key], p);
    if (r !== DROP) out[key] = r;
  }
  return out;
};

const apply = (rule: Rule, v: unknown, p: Pseudonymizer): Out => {
  if (v === undefined) return DROP;
  switch (rule) {
    case 'drop':
      return DROP;
    case 'keep':
      if (isPlain(v)) return v;
      return Array.isArray(v) && v.every(isPlain) ? [...v] : DROP;
    case 'user':
      return swapString(v, (s) => (s.includes('@') ? p.user(s) : p.text('person', s)));
    case 'id':
      return swapString(v, p.id);
    case 'ip':
      return swapString(v, p.ip);
  }
  if ('text' in rule) return swapString(v, (s) => p.text(rule.text, s));
  if ('msText' in rule) return swapString(v, (s) => (hasDigitOrAt.test(s) ? p.text(rule.msText, s) : s));
  if ('flag' in rule) return swapString(v, (s) => (FLAG_WORD.test(s.trim()) ? s : p.text(rule.flag, s)));
  if ('object' in rule) {
    if (v === null) return null;
    return typeof v === 'object' && !Array.isArray(v) ? applyPolicy(rule.object, v as Record<string, unknown>, p) : DROP;
  }
  // A list rule: each element by the inner rule; a single value where a list may stand is one element.
  if (v === null) return null;
  if (!Array.isArray(v)) return apply(rule.list, v, p);
  const items: unknown[] = [];
  for (const item of v) {
    const r = apply(rule.list, item, p);
    if (r !== DROP) items.push(r);
  }
  return items;
};

/** A new sign-in holding only what the allowlist lets through, identifiers pseudonymised. */
export const pseudonymizeSignIn = (s: SignIn, p: Pseudonymizer): SignIn =>
  applyPolicy(SIGN_IN_POLICY, s as unknown as Record<string, unknown>, p) as unknown as SignIn;
