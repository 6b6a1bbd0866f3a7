/**
 * The whole view state of the app and its URL form. Every page reads its state from the query
 * string and writes it back, so a copied link opens the same view. Parsing is forgiving: an
 * unknown or malformed parameter is dropped (the default applies), never an error.
 * Only non-default values are written, keeping shared links short.
 */
import { ACTORS, CATALOG_OUTCOMES, CATEGORIES, OUTCOMES, type Actor, type CatalogOutcome, type ErrorCategory, type Outcome } from '../api/catalog.js';
import { parseEntityView, serializeEntityView, type EntityView } from './entity-view.js';
import { parseAlertsView, serializeAlertsView, type AlertsView } from './alerts-view.js';

export const PAGES = ['sign-ins', 'dashboard', 'alerts', 'error-codes'] as const;
export type Page = (typeof PAGES)[number];

export const SIGN_IN_TABS = ['all', 'interactive', 'nonInteractive', 'servicePrincipal', 'managedIdentity'] as const;
export type SignInTab = (typeof SIGN_IN_TABS)[number];

export const RANGE_PRESETS = ['1h', '24h', '7d', '30d', 'all', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const DASHBOARD_RANGES = ['24h', '7d', '30d', 'custom'] as const;
export type DashboardRange = (typeof DASHBOARD_RANGES)[number];

export const CA_STATUSES = ['success', 'failure', 'notApplied'] as const;
export type CaStatus = (typeof CA_STATUSES)[number];

export const DETAIL_TABS = ['basic', 'location', 'device', 'authentication', 'conditionalAccess', 'troubleshooting'] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

export const COLUMN_IDS = [
  'createdDateTime',
  'user',
  'userPrincipalName',
  'app',
  'resource',
  'status',
  'errorCode',
  'category',
  'ipAddress',
  'location',
  'clientAppUsed',
  'conditionalAccessStatus',
  'signInType',
  'authenticationRequirement',
  'browser',
  'operatingSystem',
  'correlationId',
  'id',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  'createdDateTime',
  'user',
  'app',
  'resource',
  'status',
  'errorCode',
  'category',
  'ipAddress',
  'location',
  'conditionalAccessStatus',
];

/** Filters of the sign-in list; absent means "any". */
export interface SignInFilters {
  readonly range: RangePreset;
  /** ISO-8601 UTC, only with range 'custom'. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly outcome?: Outcome | undefined;
  readonly user?: string | undefined;
  readonly app?: string | undefined;
  readonly resource?: string | undefined;
  readonly ip?: string | undefined;
  readonly country?: string | undefined;
  readonly clientApp?: string | undefined;
  readonly ca?: CaStatus | undefined;
  readonly code?: number | undefined;
  readonly category?: ErrorCategory | undefined;
  /** A whole OData `$filter` from elsewhere (an alert's evidence), and-ed with the rest. */
  readonly odata?: string | undefined;
}

export interface SignInsView {
  readonly tab: SignInTab;
  readonly filters: SignInFilters;
  readonly columns: readonly ColumnId[];
  readonly order: 'desc' | 'asc';
  /** Id of the sign-in open in the detail panel. */
  readonly selected?: string | undefined;
  readonly detailTab: DetailTab;
}

export interface DashboardView {
  readonly range: DashboardRange;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface ErrorCodesView {
  readonly q?: string | undefined;
  readonly category?: ErrorCategory | undefined;
  readonly outcome?: CatalogOutcome | undefined;
  readonly actor?: Actor | undefined;
  /** Code whose explanation is expanded. */
  readonly open?: number | undefined;
}

export type View =
  | { readonly page: 'sign-ins'; readonly signIns: SignInsView }
  | { readonly page: 'dashboard'; readonly dashboard: DashboardView }
  | { readonly page: 'error-codes'; readonly errorCodes: ErrorCodesView }
  | { readonly page: 'entity'; readonly entity: EntityView }
  | { readonly page: 'alerts'; readonly alerts: AlertsView };

export const DEFAULT_FILTERS: SignInFilters = { range: '7d' };

export const DEFAULT_SIGN_INS: SignInsView = {
  tab: 'all',
  filters: DEFAULT_FILTERS,
  columns: DEFAULT_COLUMNS,
  order: 'desc',
  detailTab: 'basic',
};

export const DEFAULT_DASHBOARD: DashboardView = { range: '7d' };

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

const integer = (v: string | null): number | undefined => {
  if (v === null || !/^\d{1,9}$/.test(v.trim())) return undefined;
  return Number(v.trim());
};

const parseFilters = (p: URLSearchParams): SignInFilters => {
  const range = pick(p.get('range'), RANGE_PRESETS) ?? DEFAULT_FILTERS.range;
  const country = text(p.get('country'), 64)?.toUpperCase();
  return {
    range,
    from: range === 'custom' ? isoDate(p.get('from')) : undefined,
    to: range === 'custom' ? isoDate(p.get('to')) : undefined,
    outcome: pick(p.get('outcome'), OUTCOMES),
    user: text(p.get('user')),
    app: text(p.get('app')),
    resource: text(p.get('resource')),
    ip: text(p.get('ip'), 64),
    country,
    clientApp: text(p.get('clientApp')),
    ca: pick(p.get('ca'), CA_STATUSES),
    code: integer(p.get('code')),
    category: pick(p.get('category'), CATEGORIES),
    odata: text(p.get('filter'), 8192),
  };
};

const parseColumns = (v: string | null): readonly ColumnId[] => {
  if (v === null) return DEFAULT_COLUMNS;
  const cols = v
    .split(',')
    .map((c) => pick(c, COLUMN_IDS))
    .filter((c): c is ColumnId => c !== undefined);
  const unique = [...new Set(cols)];
  return unique.length > 0 ? unique : DEFAULT_COLUMNS;
};

export const parseView = (search: string): View => {
  const p = new URLSearchParams(search);
  const entity = parseEntityView(p);
  if (entity) return { page: 'entity', entity };
  const page = pick(p.get('page'), PAGES) ?? 'sign-ins';
  if (page === 'dashboard') {
    const range = pick(p.get('range'), DASHBOARD_RANGES) ?? DEFAULT_DASHBOARD.range;
    return {
      page,
      dashboard: {
        range,
        from: range === 'custom' ? isoDate(p.get('from')) : undefined,
        to: range === 'custom' ? isoDate(p.get('to')) : undefined,
      },
    };
  }
  if (page === 'alerts') return { page, alerts: parseAlertsView(p) };
  if (page === 'error-codes') {
    return {
      page,
      errorCodes: {
        q: text(p.get('q')),
        category: pick(p.get('category'), CATEGORIES),
        outcome: pick(p.get('outcome'), CATALOG_OUTCOMES),
        actor: pick(p.get('actor'), ACTORS),
        open: integer(p.get('open')),
      },
    };
  }
  return {
    page,
    signIns: {
      tab: pick(p.get('tab'), SIGN_IN_TABS) ?? DEFAULT_SIGN_INS.tab,
      filters: parseFilters(p),
      columns: parseColumns(p.get('cols')),
      order: p.get('order') === 'asc' ? 'asc' : 'desc',
      selected: text(p.get('sel')),
      detailTab: pick(p.get('dtab'), DETAIL_TABS) ?? DEFAULT_SIGN_INS.detailTab,
    },
  };
};

const put = (p: URLSearchParams, key: string, v: string | number | undefined): void => {
  if (v !== undefined && v !== '') p.set(key, String(v));
};

const sameColumns = (a: readonly ColumnId[], b: readonly ColumnId[]): boolean =>
  a.length === b.length && a.every((c, i) => c === b[i]);

/** The query string for a view (without the leading `?`); parameters at their defaults are left out. */
export const serializeView = (view: View): string => {
  if (view.page === 'entity') return serializeEntityView(view.entity);
  const p = new URLSearchParams();
  if (view.page === 'dashboard') {
    p.set('page', 'dashboard');
    const d = view.dashboard;
    if (d.range !== DEFAULT_DASHBOARD.range) p.set('range', d.range);
    if (d.range === 'custom') {
      put(p, 'from', d.from);
      put(p, 'to', d.to);
    }
    return p.toString();
  }
  if (view.page === 'alerts') {
    p.set('page', 'alerts');
    serializeAlertsView(view.alerts, p);
    return p.toString();
  }
  if (view.page === 'error-codes') {
    p.set('page', 'error-codes');
    const e = view.errorCodes;
    put(p, 'q', e.q);
    put(p, 'category', e.category);
    put(p, 'outcome', e.outcome);
    put(p, 'actor', e.actor);
    put(p, 'open', e.open);
    return p.toString();
  }
  const s = view.signIns;
  const f = s.filters;
  if (s.tab !== DEFAULT_SIGN_INS.tab) p.set('tab', s.tab);
  if (f.range !== DEFAULT_FILTERS.range) p.set('range', f.range);
  if (f.range === 'custom') {
    put(p, 'from', f.from);
    put(p, 'to', f.to);
  }
  put(p, 'outcome', f.outcome);
  put(p, 'user', f.user);
  put(p, 'app', f.app);
  put(p, 'resource', f.resource);
  put(p, 'ip', f.ip);
  put(p, 'country', f.country);
  put(p, 'clientApp', f.clientApp);
  put(p, 'ca', f.ca);
  put(p, 'code', f.code);
  put(p, 'category', f.category);
  put(p, 'filter', f.odata);
  if (!sameColumns(s.columns, DEFAULT_COLUMNS)) p.set('cols', s.columns.join(','));
  if (s.order !== 'desc') p.set('order', s.order);
  put(p, 'sel', s.selected);
  if (s.selected !== undefined && s.detailTab !== DEFAULT_SIGN_INS.detailTab) p.set('dtab', s.detailTab);
  return p.toString();
};

/** A link to the sign-in list with the given filters (everything else at its default). */
export const signInsHref = (filters: Partial<SignInFilters>, tab: SignInTab = 'all'): string => {
  const qs = serializeView({
    page: 'sign-ins',
    signIns: { ...DEFAULT_SIGN_INS, tab, filters: { ...DEFAULT_FILTERS, ...filters } },
  });
  return qs ? `?${qs}` : '?';
};

/** Number of filters set beyond the date range (for the "clear filters" affordance). */
export const countActiveFilters = (f: SignInFilters): number =>
  [f.outcome, f.user, f.app, f.resource, f.ip, f.country, f.clientApp, f.ca, f.code, f.category, f.odata].filter(
    (v) => v !== undefined,
  ).length;
