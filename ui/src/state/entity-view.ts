/**
 * URL state of the user, IP address and application pages: `?page=user&key=<upn>` (or `ip`, `app`),
 * the range (`range=7d|30d|90d|custom` with `from`/`to`) and the chart's bucket (`bucket=hour`).
 * Parsing is forgiving like the rest of view-state.ts: a malformed value falls back to the default;
 * a page without a key is no entity page at all (the caller shows the list instead).
 */
import type { SignInFilters } from './view-state.js';

export const ENTITY_KINDS = ['user', 'ip', 'app'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ENTITY_RANGES = ['7d', '30d', '90d', 'custom'] as const;
export type EntityRange = (typeof ENTITY_RANGES)[number];

export const ENTITY_BUCKETS = ['day', 'hour'] as const;
export type EntityBucket = (typeof ENTITY_BUCKETS)[number];

export interface EntityView {
  readonly kind: EntityKind;
  /** userPrincipalName (lower case), IP address text or application id. */
  readonly key: string;
  readonly range: EntityRange;
  /** ISO-8601 UTC, only with range 'custom'. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly bucket: EntityBucket;
}

export const DEFAULT_ENTITY_RANGE: EntityRange = '30d';
export const DEFAULT_ENTITY_BUCKET: EntityBucket = 'day';

const DAY = 86_400_000;
export const ENTITY_RANGE_MS: Record<Exclude<EntityRange, 'custom'>, number> = { '7d': 7 * DAY, '30d': 30 * DAY, '90d': 90 * DAY };

export const isEntityKind = (v: string | null | undefined): v is EntityKind =>
  v !== null && v !== undefined && (ENTITY_KINDS as readonly string[]).includes(v);

const isoDate = (v: string | null): string | undefined => {
  if (!v) return undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};

/** Keys are compared the way the server does: user names case-insensitively, app ids as GUIDs. */
export const normaliseKey = (kind: EntityKind, key: string): string => {
  const k = key.trim().slice(0, 320);
  return kind === 'ip' ? k : k.toLowerCase();
};

/** The entity page the query string names, or undefined when it names none. */
export const parseEntityView = (p: URLSearchParams): EntityView | undefined => {
  const kind = p.get('page');
  if (!isEntityKind(kind)) return undefined;
  const raw = p.get('key');
  const key = raw === null ? '' : normaliseKey(kind, raw);
  if (!key) return undefined;
  const r = p.get('range');
  const range: EntityRange = r !== null && (ENTITY_RANGES as readonly string[]).includes(r) ? (r as EntityRange) : DEFAULT_ENTITY_RANGE;
  return {
    kind,
    key,
    range,
    from: range === 'custom' ? isoDate(p.get('from')) : undefined,
    to: range === 'custom' ? isoDate(p.get('to')) : undefined,
    bucket: p.get('bucket') === 'hour' ? 'hour' : DEFAULT_ENTITY_BUCKET,
  };
};

/** The query string (without `?`) of an entity page; defaults are left out. */
export const serializeEntityView = (v: EntityView): string => {
  const p = new URLSearchParams();
  p.set('page', v.kind);
  p.set('key', v.key);
  if (v.range !== DEFAULT_ENTITY_RANGE) p.set('range', v.range);
  if (v.range === 'custom') {
    if (v.from) p.set('from', v.from);
    if (v.to) p.set('to', v.to);
  }
  if (v.bucket !== DEFAULT_ENTITY_BUCKET) p.set('bucket', v.bucket);
  return p.toString();
};

/** A link to an entity's page with the default range. */
export const entityHref = (kind: EntityKind, key: string): string =>
  `?${serializeEntityView({ kind, key: normaliseKey(kind, key), range: DEFAULT_ENTITY_RANGE, bucket: DEFAULT_ENTITY_BUCKET })}`;

/** The absolute period a view shows, relative to `now` for the presets. */
export const entityPeriod = (v: Pick<EntityView, 'range' | 'from' | 'to'>, now: number): { since: string; until: string } => {
  if (v.range === 'custom') {
    const until = v.to ?? new Date(now).toISOString();
    const since = v.from ?? new Date(Date.parse(until) - ENTITY_RANGE_MS['30d']).toISOString();
    return { since, until };
  }
  return { since: new Date(now - ENTITY_RANGE_MS[v.range]).toISOString(), until: new Date(now).toISOString() };
};

/**
 * The sign-in list filters that show this entity's sign-ins over the same period. The list filters
 * applications by display name, so the app page passes the name it learned from the summary.
 */
export const entityListFilters = (
  kind: EntityKind,
  key: string,
  period: { since: string; until: string },
  appName?: string,
): Partial<SignInFilters> => {
  const range = { range: 'custom' as const, from: period.since, to: period.until };
  if (kind === 'user') return { ...range, user: key };
  if (kind === 'ip') return { ...range, ip: key };
  return appName ? { ...range, app: appName } : range;
};

/**
 * Where an alert opens. The Alerts page is built on another branch; this is the one place to
 * align with its URL form when both are merged.
 */
export const alertHref = (id: string): string => `?${new URLSearchParams({ page: 'alerts', sel: id }).toString()}`;
