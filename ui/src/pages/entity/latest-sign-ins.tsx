/** The entity's ten latest sign-ins of the period, and a link to all of them in the sign-in list. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getJson } from '../../api/client.js';
import { decodeSignInPage } from '../../api/sign-in.js';
import { useCatalog } from '../../api/queries.js';
import { Link } from '../../components/link.js';
import { ErrorMessage, Loading } from '../../components/status.js';
import { entityHref, entityListFilters, type EntityKind } from '../../state/entity-view.js';
import { buildFilter, listUrl, quote } from '../../state/odata-filter.js';
import { useSettings } from '../../state/settings.js';
import { DEFAULT_FILTERS, signInsHref } from '../../state/view-state.js';
import { outcomeOf, OutcomeBadge } from '../sign-ins/columns.js';

const LATEST = 10;

interface LatestProps {
  readonly kind: EntityKind;
  readonly entityKey: string;
  readonly period: { since: string; until: string };
  readonly appName: string | undefined;
}

/** The `$filter` of the entity's sign-ins; applications are matched by id here (the list can only use names). */
export const latestFilter = (kind: EntityKind, key: string, period: { since: string; until: string }): string => {
  const f = { ...DEFAULT_FILTERS, ...entityListFilters(kind, key, period) };
  const base = buildFilter('all', f, Date.parse(period.until));
  return kind === 'app' ? `${base} and appId eq ${quote(key)}` : base;
};

export const LatestSignIns = ({ kind, entityKey, period, appName }: LatestProps) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const { byCode } = useCatalog();
  const filter = latestFilter(kind, entityKey, period);
  const q = useQuery({
    queryKey: ['entityLatest', filter],
    queryFn: ({ signal }) => getJson(listUrl(filter, 'desc', LATEST), decodeSignInPage, signal),
    staleTime: 30_000,
  });
  const listHref = signInsHref(entityListFilters(kind, entityKey, period, appName));
  return (
    <section className="panel panel-wide" aria-labelledby="h-entity-latest">
      <div className="panel-head">
        <h2 id="h-entity-latest">{t('entity.latest.title')}</h2>
        <Link href={listHref} className="btn">
          {t('entity.latest.openList')}
        </Link>
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorMessage error={q.error} retry={() => void q.refetch()} />
      ) : q.data.rows.length === 0 ? (
        <p className="muted">{t('entity.latest.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('entity.latest.when')}</th>
                <th scope="col">{t('entity.latest.status')}</th>
                {kind !== 'user' ? <th scope="col">{t('entity.latest.user')}</th> : null}
                {kind !== 'app' ? <th scope="col">{t('entity.latest.app')}</th> : null}
                {kind !== 'ip' ? <th scope="col">{t('entity.latest.ip')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {q.data.rows.map((r) => {
                const o = outcomeOf(r.errorCode, byCode);
                return (
                  <tr key={r.id}>
                    <td>
                      <Link href={signInsHref({ ...entityListFilters(kind, entityKey, period, appName) }) + `&sel=${encodeURIComponent(r.id)}`}>
                        <time dateTime={r.createdDateTime}>{fmt.dateTime(r.createdDateTime)}</time>
                      </Link>
                    </td>
                    <td>
                      <OutcomeBadge outcome={o} label={r.errorCode === 0 ? t(`outcome.${o}`) : `${t(`outcome.${o}`)} ${r.errorCode}`} />
                    </td>
                    {kind !== 'user' ? (
                      <td>{r.userPrincipalName ? <Link href={entityHref('user', r.userPrincipalName)}>{r.userPrincipalName}</Link> : (r.servicePrincipalName ?? '—')}</td>
                    ) : null}
                    {kind !== 'app' ? <td>{r.appId ? <Link href={entityHref('app', r.appId)}>{r.appDisplayName ?? r.appId}</Link> : (r.appDisplayName ?? '—')}</td> : null}
                    {kind !== 'ip' ? <td className="mono">{r.ipAddress ? <Link href={entityHref('ip', r.ipAddress)}>{r.ipAddress}</Link> : '—'}</td> : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
