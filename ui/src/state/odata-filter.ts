/**
 * Turns the sign-in list's filters into the OData `$filter` the server understands (Graph's
 * syntax plus our `outcome` / `errorCategory` pseudo-properties), and builds the list and export
 * URLs from it. The list and the export use the same function, so an export holds exactly the
 * rows on screen.
 */
import type { SignInFilters, SignInTab } from './view-state.js';

const HOUR = 3_600_000;
export const RANGE_MS = { '1h': HOUR, '24h': 24 * HOUR, '7d': 7 * 24 * HOUR, '30d': 30 * 24 * HOUR } as const;

/** Graph returns only interactive sign-ins without a signInEventTypes filter, so every tab names its types. */
const TAB_TYPES: Record<SignInTab, readonly string[]> = {
  all: ['interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity'],
  interactive: ['interactiveUser'],
  nonInteractive: ['nonInteractiveUser'],
  servicePrincipal: ['servicePrincipal'],
  managedIdentity: ['managedIdentity'],
};

/** An OData string literal: single quotes doubled. */
export const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** UTC time the way Graph examples write it: no quotes, `Z`, milliseconds only when there are some. */
export const odataDate = (ms: number): string => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

const IPV4 = /^(\d{1,3}\.){3}\d{1,3}$/;
/** A complete address is matched exactly; a prefix such as `203.0.113.` with startsWith. */
const isCompleteIp = (ip: string): boolean => IPV4.test(ip) || (ip.includes(':') && !ip.endsWith(':'));

export const typeClause = (tab: SignInTab): string =>
  `signInEventTypes/any(t: ${TAB_TYPES[tab].map((x) => `t eq ${quote(x)}`).join(' or ')})`;

/** The date-range clauses for a preset relative to `now`, or the custom bounds. */
export const rangeClauses = (f: Pick<SignInFilters, 'range' | 'from' | 'to'>, now: number): string[] => {
  if (f.range === 'all') return [];
  if (f.range === 'custom') {
    const out: string[] = [];
    if (f.from) out.push(`createdDateTime ge ${odataDate(Date.parse(f.from))}`);
    if (f.to) out.push(`createdDateTime le ${odataDate(Date.parse(f.to))}`);
    return out;
  }
  return [`createdDateTime ge ${odataDate(now - RANGE_MS[f.range])}`];
};

export const buildFilter = (tab: SignInTab, f: SignInFilters, now: number): string => {
  const c: string[] = [typeClause(tab), ...rangeClauses(f, now)];
  if (f.outcome) c.push(`outcome eq ${quote(f.outcome)}`);
  if (f.code !== undefined) c.push(`status/errorCode eq ${f.code}`);
  if (f.category) c.push(`errorCategory eq ${quote(f.category)}`);
  // User principal names are stored in lower case (Graph's rule); a prefix finds one user or a domain.
  if (f.user) c.push(`startsWith(userPrincipalName,${quote(f.user.toLowerCase())})`);
  if (f.app) c.push(`appDisplayName eq ${quote(f.app)}`);
  if (f.resource) c.push(`resourceDisplayName eq ${quote(f.resource)}`);
  if (f.ip) c.push(isCompleteIp(f.ip) ? `ipAddress eq ${quote(f.ip)}` : `startsWith(ipAddress,${quote(f.ip)})`);
  if (f.country) c.push(`location/countryOrRegion eq ${quote(f.country.toUpperCase())}`);
  if (f.clientApp) c.push(`clientAppUsed eq ${quote(f.clientApp)}`);
  if (f.ca) c.push(`conditionalAccessStatus eq ${quote(f.ca)}`);
  // Parenthesised: the outside filter may contain `or` at its top level.
  if (f.odata) c.push(`(${f.odata})`);
  return c.join(' and ');
};

export const orderBy = (order: 'asc' | 'desc'): string => `createdDateTime ${order}`;

export const PAGE_SIZE = 200;

/**
 * What the list shows (the detail panel fetches the whole record): a third of the bytes per
 * page, which matters when a million rows are scrolled through.
 */
export const LIST_SELECT = [
  'id',
  'createdDateTime',
  'userDisplayName',
  'userPrincipalName',
  'appDisplayName',
  'appId',
  'resourceDisplayName',
  'ipAddress',
  'location',
  'status',
  'clientAppUsed',
  'conditionalAccessStatus',
  'signInEventTypes',
  'isInteractive',
  'authenticationRequirement',
  'deviceDetail',
  'correlationId',
  'servicePrincipalName',
].join(',');

export const listUrl = (filter: string, order: 'asc' | 'desc', top = PAGE_SIZE): string => {
  const p = new URLSearchParams({ $filter: filter, $top: String(top), $orderby: orderBy(order), $select: LIST_SELECT });
  return `beta/auditLogs/signIns?${p.toString()}`;
};

export const EXPORT_FORMATS = ['csv', 'json', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The export is always newest first (the route takes no `$orderby`); the rows are the same set. */
export const exportUrl = (filter: string, format: ExportFormat): string => {
  const p = new URLSearchParams({ format, $filter: filter });
  return `api/export?${p.toString()}`;
};

/**
 * A nextLink is an absolute URL on the server's host. The UI is served by that same server,
 * but behind a proxy or a dev server the host differs, so only the path and query are kept.
 */
export const sameOriginLink = (nextLink: string): string => {
  try {
    const u = new URL(nextLink, window.location.href);
    return `${u.pathname}${u.search}`;
  } catch {
    return nextLink;
  }
};
