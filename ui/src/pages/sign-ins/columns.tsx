/**
 * The sign-in list's columns (TanStack Table column definitions). Every column the chooser offers
 * is defined here with its width; which ones show, and in what order, is view state.
 */
import { createColumnHelper, tableFeatures, columnVisibilityFeature, columnOrderingFeature } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { CatalogEntry, Outcome } from '../../api/catalog.js';
import type { ListRow } from '../../api/sign-in.js';
import type { Formatter } from '../../format/format.js';
import type { ColumnId } from '../../state/view-state.js';
import { EntityLink } from '../entity/entity-link.js';

export const features = tableFeatures({ columnVisibilityFeature, columnOrderingFeature });
const helper = createColumnHelper<typeof features, ListRow>();

/** Minimum widths; columns share any room left over in proportion to them. */
export const COLUMN_WIDTHS: Record<ColumnId, number> = {
  createdDateTime: 185,
  user: 155,
  userPrincipalName: 230,
  app: 180,
  resource: 155,
  status: 115,
  errorCode: 85,
  category: 145,
  ipAddress: 125,
  location: 125,
  clientAppUsed: 170,
  conditionalAccessStatus: 120,
  signInType: 150,
  authenticationRequirement: 140,
  browser: 130,
  operatingSystem: 120,
  correlationId: 290,
  id: 290,
};

/** A non-zero code is an interruption when the catalog says so, otherwise a failure. */
export const outcomeOf = (code: number, catalog: ReadonlyMap<number, CatalogEntry>): Outcome => {
  if (code === 0) return 'success';
  return catalog.get(code)?.outcome === 'interrupted' ? 'interrupted' : 'failure';
};

export const OutcomeBadge = ({ outcome, label }: { outcome: Outcome; label: string }) => (
  <span className={`badge badge-${outcome}`}>{label}</span>
);

const dash = '—';

/** Text that may be cut off by the column width keeps its full value in a tooltip. */
const text = (v: string | undefined, className?: string) =>
  v ? (
    <span title={v} className={className}>
      {v}
    </span>
  ) : (
    dash
  );

export const createColumns = (t: TFunction, fmt: Formatter, catalog: ReadonlyMap<number, CatalogEntry>) =>
  helper.columns([
    helper.accessor('createdDateTime', {
      id: 'createdDateTime',
      header: () => t('columns.createdDateTime'),
      cell: (c) => <time dateTime={c.row.original.createdDateTime}>{fmt.dateTime(c.row.original.createdDateTime)}</time>,
    }),
    helper.display({
      id: 'user',
      header: () => t('columns.user'),
      cell: (c) => {
        const r = c.row.original;
        const name = r.userDisplayName ?? r.servicePrincipalName ?? r.userPrincipalName ?? dash;
        return r.userPrincipalName ? (
          <EntityLink kind="user" value={r.userPrincipalName} inGrid title={r.userPrincipalName}>
            {name}
          </EntityLink>
        ) : (
          <span>{name}</span>
        );
      },
    }),
    helper.display({
      id: 'userPrincipalName',
      header: () => t('columns.userPrincipalName'),
      cell: (c) => {
        const upn = c.row.original.userPrincipalName;
        return upn ? <EntityLink kind="user" value={upn} inGrid /> : dash;
      },
    }),
    helper.display({
      id: 'app',
      header: () => t('columns.app'),
      cell: (c) => {
        const r = c.row.original;
        return r.appId ? (
          <EntityLink kind="app" value={r.appId} inGrid title={r.appDisplayName}>
            {r.appDisplayName ?? r.appId}
          </EntityLink>
        ) : (
          text(r.appDisplayName)
        );
      },
    }),
    helper.display({ id: 'resource', header: () => t('columns.resource'), cell: (c) => text(c.row.original.resourceDisplayName) }),
    helper.display({
      id: 'status',
      header: () => t('columns.status'),
      cell: (c) => {
        const o = outcomeOf(c.row.original.errorCode, catalog);
        return <OutcomeBadge outcome={o} label={t(`outcome.${o}`)} />;
      },
    }),
    helper.display({
      id: 'errorCode',
      header: () => t('columns.errorCode'),
      cell: (c) => {
        const r = c.row.original;
        return r.errorCode === 0 ? <span className="muted">0</span> : <span className="mono" title={r.failureReason}>{r.errorCode}</span>;
      },
    }),
    helper.display({
      id: 'category',
      header: () => t('columns.category'),
      cell: (c) => {
        const code = c.row.original.errorCode;
        if (code === 0) return <span className="muted">{dash}</span>;
        const e = catalog.get(code);
        if (e) return text(t(`category.${e.category}`));
        // An empty map means the catalog has not loaded (or the server has none): say nothing.
        return catalog.size > 0 ? <span className="muted">{t('category.unknown')}</span> : <span className="muted">{dash}</span>;
      },
    }),
    helper.display({
      id: 'ipAddress',
      header: () => t('columns.ipAddress'),
      cell: (c) => {
        const ip = c.row.original.ipAddress;
        return ip ? <EntityLink kind="ip" value={ip} inGrid className="mono" /> : dash;
      },
    }),
    helper.display({
      id: 'location',
      header: () => t('columns.location'),
      cell: (c) => text([c.row.original.city, c.row.original.country].filter(Boolean).join(', ') || undefined),
    }),
    helper.display({ id: 'clientAppUsed', header: () => t('columns.clientAppUsed'), cell: (c) => text(c.row.original.clientAppUsed) }),
    helper.display({
      id: 'conditionalAccessStatus',
      header: () => t('columns.conditionalAccessStatus'),
      cell: (c) => {
        const s = c.row.original.conditionalAccessStatus;
        return s === 'success' || s === 'failure' || s === 'notApplied' ? t(`caStatus.${s}`) : (s ?? dash);
      },
    }),
    helper.display({
      id: 'signInType',
      header: () => t('columns.signInType'),
      cell: (c) => {
        const s = c.row.original.signInType;
        return s ? t(`signInType.${s}`) : dash;
      },
    }),
    helper.display({
      id: 'authenticationRequirement',
      header: () => t('columns.authenticationRequirement'),
      cell: (c) => {
        const a = c.row.original.authenticationRequirement;
        return a === 'singleFactorAuthentication' || a === 'multiFactorAuthentication' ? t(`authRequirement.${a}`) : (a ?? dash);
      },
    }),
    helper.display({ id: 'browser', header: () => t('columns.browser'), cell: (c) => text(c.row.original.browser) }),
    helper.display({ id: 'operatingSystem', header: () => t('columns.operatingSystem'), cell: (c) => text(c.row.original.operatingSystem) }),
    helper.display({ id: 'correlationId', header: () => t('columns.correlationId'), cell: (c) => <span className="mono">{c.row.original.correlationId ?? dash}</span> }),
    helper.display({ id: 'id', header: () => t('columns.id'), cell: (c) => <span className="mono">{c.row.original.id}</span> }),
  ]);
