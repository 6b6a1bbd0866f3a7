/**
 * The Alerts page's view state and its URL form (`?page=alerts&severity=high&sel=al_…`), read and
 * written like the other pages' (forgiving parse, only non-default values written), and the
 * `/api/alerts` query string the filters turn into.
 */
import { ALERT_STATUSES, ENTITY_KINDS, OPEN_STATUSES, SEVERITIES, type EntityKind, type Severity } from '../api/alerts.js';

export const ALERTS_TABS = ['alerts', 'rules'] as const;
export type AlertsTab = (typeof ALERTS_TABS)[number];

/** `open` is the UI's name for new + acknowledged (what the badge and the dashboard tile count). */
export const STATUS_FILTERS = ['open', ...ALERT_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const ALERT_RANGES = ['24h', '7d', '30d', 'all', 'custom'] as const;
export type AlertRange = (typeof ALERT_RANGES)[number];

export interface AlertFilters {
  readonly range: AlertRange;
  /** ISO-8601 UTC, only with range 'custom'. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly ruleId?: string | undefined;
  readonly severity?: Severity | undefined;
  readonly status?: StatusFilter | undefined;
  readonly entityKind?: EntityKind | undefined;
  readonly entityValue?: string | undefined;
}

export interface AlertsView {
  readonly tab: AlertsTab;
  readonly filters: AlertFilters;
  /** Id of the alert open in the detail view. */
  readonly selected?: string | undefined;
}

export const DEFAULT_ALERT_FILTERS: AlertFilters = { range: 'all' };
export const DEFAULT_ALERTS: AlertsView = { tab: 'alerts', filters: DEFAULT_ALERT_FILTERS };

const pick = <T extends string>(v: string | null, values: readonly T[]): T | undefined =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : undefined;

const text = (v: string | null, max = 256): string | undefined => {
  const t = v?.trim();
  return t ? t.slice(0, max) : undefined;
};

const isoDate = (v: string | null): string | undefined => {
  if (!v) return undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};

const RULE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ALERT_ID = /^al_[0-9a-f]{24}$/;

export const parseAlertsView = (p: URLSearchParams): AlertsView => {
  const range = pick(p.get('range'), ALERT_RANGES) ?? DEFAULT_ALERT_FILTERS.range;
  const rule = text(p.get('rule'), 64);
  const sel = text(p.get('sel'), 64);
  return {
    tab: pick(p.get('tab'), ALERTS_TABS) ?? DEFAULT_ALERTS.tab,
    filters: {
      range,
      from: range === 'custom' ? isoDate(p.get('from')) : undefined,
      to: range === 'custom' ? isoDate(p.get('to')) : undefined,
      ruleId: rule && RULE_ID.test(rule) ? rule : undefined,
      severity: pick(p.get('severity'), SEVERITIES),
      status: pick(p.get('status'), STATUS_FILTERS),
      entityKind: pick(p.get('kind'), ENTITY_KINDS),
      entityValue: text(p.get('entity')),
    },
    selected: sel && ALERT_ID.test(sel) ? sel : undefined,
  };
};

const put = (p: URLSearchParams, key: string, v: string | undefined): void => {
  if (v !== undefined && v !== '') p.set(key, v);
};

/** Writes the view's parameters (after `page=alerts`) into `p`. */
export const serializeAlertsView = (v: AlertsView, p: URLSearchParams): void => {
  const f = v.filters;
  if (v.tab !== DEFAULT_ALERTS.tab) p.set('tab', v.tab);
  put(p, 'rule', f.ruleId);
  put(p, 'severity', f.severity);
  put(p, 'status', f.status);
  put(p, 'kind', f.entityKind);
  put(p, 'entity', f.entityValue);
  if (f.range !== DEFAULT_ALERT_FILTERS.range) p.set('range', f.range);
  if (f.range === 'custom') {
    put(p, 'from', f.from);
    put(p, 'to', f.to);
  }
  if (v.tab === 'alerts') put(p, 'sel', v.selected);
};

/** A link to the Alerts page with the given filters (everything else at its default). */
export const alertsHref = (filters: Partial<AlertFilters>, selected?: string): string => {
  const p = new URLSearchParams({ page: 'alerts' });
  serializeAlertsView({ ...DEFAULT_ALERTS, filters: { ...DEFAULT_ALERT_FILTERS, ...filters }, selected }, p);
  return `?${p.toString()}`;
};

export const countAlertFilters = (f: AlertFilters): number =>
  [f.ruleId, f.severity, f.status, f.entityKind, f.entityValue].filter((x) => x !== undefined).length + (f.range === 'all' ? 0 : 1);

const HOUR = 3_600_000;
const RANGE_MS = { '24h': 24 * HOUR, '7d': 7 * 24 * HOUR, '30d': 30 * 24 * HOUR } as const;

export const ALERT_PAGE_SIZE = 50;

/**
 * The `/api/alerts` URLs for the filters; relative ranges are anchored at `now`. The time range
 * selects alerts seen in it (lastSeen ≥ since, firstSeen ≤ until). The API takes one status, so
 * `open` becomes one URL per open status, merged by `mergeAlertStreams`.
 */
export const alertsUrls = (f: AlertFilters, now: number, top = ALERT_PAGE_SIZE): string[] => {
  const p = new URLSearchParams();
  put(p, 'ruleId', f.ruleId);
  put(p, 'severity', f.severity);
  put(p, 'entityKind', f.entityKind);
  put(p, 'entityValue', f.entityValue);
  if (f.range === 'custom') {
    put(p, 'since', f.from);
    put(p, 'until', f.to);
  } else if (f.range !== 'all') {
    p.set('since', new Date(now - RANGE_MS[f.range]).toISOString());
  }
  p.set('top', String(top));
  const statuses = f.status === 'open' ? OPEN_STATUSES : f.status ? [f.status] : [undefined];
  return statuses.map((status) => {
    const q = new URLSearchParams(p);
    if (status) q.set('status', status);
    return `api/alerts?${q.toString()}`;
  });
};
