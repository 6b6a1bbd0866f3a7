/**
 * OData system query options of the signIns resource, from the raw query string map.
 *
 * Graph rules we follow: `$top` 1..1000 (default 1000), `$skiptoken` opaque, `$orderby` only on
 * createdDateTime (`$orderBy=createdDateTime DESC` as in Graph's own example), an unknown
 * `$option` is a 400. Option names are case-insensitive and the `$` is optional (Graph's beta
 * rule; its v1.0 signIns example sends `top=10` and echoes `$top=10` in nextLink), so `top` and
 * `$top` are the same option and giving both is an error. Parameters without `$` that are not
 * option names are ignored, as Graph ignores them. Beyond Graph: `$select` of top-level
 * properties and `$count=true` (capped).
 */
import { AppError } from '../errors.js';
import { SignInSchema, V1_PROPERTIES } from '../model/sign-in-schema.js';
import type { FilterNode } from './ast.js';
import { parseODataFilter } from './odata-filter.js';
import { printFilter } from './odata-printer.js';
import type { ApiVersion } from './odata-validate.js';
import type { SortOrder } from './skip-token.js';

export type RawQuery = Readonly<Record<string, string | readonly string[] | undefined>>;

export const MAX_TOP = 1000;

const LIST_OPTIONS = ['filter', 'top', 'skiptoken', 'orderby', 'select', 'count'] as const;
type ListOption = (typeof LIST_OPTIONS)[number];
const CANONICAL: Readonly<Record<ListOption, string>> = {
  filter: '$filter',
  top: '$top',
  skiptoken: '$skiptoken',
  orderby: '$orderby',
  select: '$select',
  count: '$count',
};

export interface ListOptions {
  /** Validated filter as the caller wrote it (no default population added). */
  readonly filter?: FilterNode | undefined;
  /** The filter printed in normal form: what nextLink carries and the skip-token hash covers. */
  readonly filterText?: string | undefined;
  readonly top: number;
  readonly topGiven: boolean;
  readonly order: SortOrder;
  readonly orderGiven: boolean;
  readonly select?: readonly string[] | undefined;
  readonly count: boolean;
  readonly skipToken?: string | undefined;
}

const bad = (message: string, option?: string) => new AppError('BadRequest', message, option ? { option } : undefined);

/** Collects the recognised options, refusing unknown `$options` and repeats. */
const collect = (raw: RawQuery, allowed: readonly ListOption[], where: string): Partial<Record<ListOption, string>> => {
  const out: Partial<Record<ListOption, string>> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const dollar = name.startsWith('$');
    const key = (dollar ? name.slice(1) : name).toLowerCase();
    const known = (LIST_OPTIONS as readonly string[]).includes(key);
    if (!known) {
      if (dollar) throw bad(`Query option '${name}' is not supported on ${where}`, name);
      continue;
    }
    const option = key as ListOption;
    if (!allowed.includes(option)) throw bad(`Query option '${CANONICAL[option]}' is not allowed on ${where}`, CANONICAL[option]);
    if (typeof value !== 'string' || out[option] !== undefined) {
      throw bad(`Query option '${CANONICAL[option]}' was given more than once`, CANONICAL[option]);
    }
    out[option] = value;
  }
  return out;
};

const parseTop = (text: string): number => {
  const t = text.trim();
  const n = /^\d{1,7}$/.test(t) ? Number(t) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_TOP) {
    throw bad(`Invalid value for $top: '${text.slice(0, 40)}' (expected a whole number from 1 to ${MAX_TOP})`, '$top');
  }
  return n;
};

const parseOrder = (text: string): SortOrder => {
  const m = /^\s*createdDateTime(?:\s+(asc|desc))?\s*$/i.exec(text);
  if (!m) throw bad(`Invalid value for $orderby: '${text.slice(0, 60)}' (only 'createdDateTime asc' or 'createdDateTime desc' is supported)`, '$orderby');
  return m[1]?.toLowerCase() === 'asc' ? 'asc' : 'desc';
};

const propertyNames = (api: ApiVersion): ReadonlyMap<string, string> => {
  const names = api === 'v1.0' ? [...V1_PROPERTIES] : Object.keys(SignInSchema.properties);
  return new Map(names.map((n) => [n.toLowerCase(), n]));
};
const BETA_NAMES = propertyNames('beta');
const V1_NAMES = propertyNames('v1.0');

export const parseSelect = (text: string, api: ApiVersion): readonly string[] | undefined => {
  const names = api === 'v1.0' ? V1_NAMES : BETA_NAMES;
  const out: string[] = [];
  for (const part of text.split(',')) {
    const p = part.trim();
    if (p === '*') return undefined;
    if (p === '') throw bad(`Invalid value for $select: empty property name in '${text.slice(0, 60)}'`, '$select');
    if (p.includes('/')) throw bad(`Invalid value for $select: '${p.slice(0, 60)}' (only top-level properties can be selected)`, '$select');
    const name = names.get(p.toLowerCase());
    if (name === undefined) {
      const beta = api === 'v1.0' && BETA_NAMES.has(p.toLowerCase());
      throw bad(`Invalid value for $select: ${beta ? `property '${p}' exists only in the beta API` : `unknown property '${p.slice(0, 60)}'`}`, '$select');
    }
    if (!out.includes(name)) out.push(name);
  }
  return out;
};

const parseCount = (text: string): boolean => {
  const t = text.trim().toLowerCase();
  if (t !== 'true' && t !== 'false') throw bad(`Invalid value for $count: '${text.slice(0, 40)}' (expected true or false)`, '$count');
  return t === 'true';
};

export const parseListOptions = (raw: RawQuery, api: ApiVersion): ListOptions => {
  const o = collect(raw, LIST_OPTIONS, 'signIns');
  const filter = o.filter !== undefined ? parseODataFilter(o.filter, api) : undefined;
  return {
    filter,
    filterText: filter ? printFilter(filter) : undefined,
    top: o.top !== undefined ? parseTop(o.top) : MAX_TOP,
    topGiven: o.top !== undefined,
    order: o.orderby !== undefined ? parseOrder(o.orderby) : 'desc',
    orderGiven: o.orderby !== undefined,
    select: o.select !== undefined ? parseSelect(o.select, api) : undefined,
    count: o.count !== undefined ? parseCount(o.count) : false,
    skipToken: o.skiptoken,
  };
};

/** Options of GET one sign-in: only `$select`. */
export const parseGetOptions = (raw: RawQuery, api: ApiVersion): { readonly select?: readonly string[] | undefined } => {
  const o = collect(raw, ['select'], 'a single sign-in');
  return { select: o.select !== undefined ? parseSelect(o.select, api) : undefined };
};

/** What a skip token is bound to: two spellings of one query give the same key. */
export const queryKey = (api: ApiVersion, o: Pick<ListOptions, 'filterText' | 'top' | 'order'>): string =>
  [api, o.filterText ?? '', String(o.top), o.order].join('\n');
