/**
 * What each API version returns. Graph v1.0 returns interactive user sign-ins only and only the
 * v1.0 properties; beta returns every property, and — Graph's rule — also only interactive
 * sign-ins unless the filter asks for types through `signInEventTypes/any(...)`. We treat our
 * `signInType` pseudo-property the same way: naming either one anywhere in the filter means the
 * caller chose the types, so no default is added.
 */
import { and, type FilterNode } from './ast.js';
import type { ApiVersion } from './odata-validate.js';
import { V1_PROPERTIES, type SignIn } from '../model/sign-in-schema.js';

const INTERACTIVE: FilterNode = { kind: 'compare', op: 'eq', field: 'signInType', value: { kind: 'string', value: 'interactiveUser' } };

const mentionsType = (n: FilterNode): boolean => {
  switch (n.kind) {
    case 'and':
    case 'or':
      return mentionsType(n.left) || mentionsType(n.right);
    case 'not':
      return mentionsType(n.operand);
    case 'any':
      return n.field === 'signInEventTypes';
    default:
      return n.field === 'signInType';
  }
};

/** The filter the store runs: the caller's, narrowed to interactive sign-ins where Graph would. */
export const withDefaultPopulation = (filter: FilterNode | undefined, api: ApiVersion): FilterNode => {
  if (!filter) return INTERACTIVE;
  if (api === 'beta' && mentionsType(filter)) return filter;
  return and(INTERACTIVE, filter);
};

/** A stored document as the API version and `$select` present it. */
export const shapeSignIn = (doc: SignIn, api: ApiVersion, select?: readonly string[]): Record<string, unknown> => {
  const src = doc as Record<string, unknown>;
  if (select) {
    const out: Record<string, unknown> = {};
    // OData: a selected property that the record lacks is present as null.
    for (const name of select) out[name] = src[name] ?? null;
    return out;
  }
  if (api === 'beta') return src;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src)) if (V1_PROPERTIES.has(k)) out[k] = v;
  return out;
};
