/**
 * The failures dashboard over `/api/dashboard`: totals and rates, failures over time stacked by
 * category, top error codes with their titles, category × outcome, and the top failing users,
 * apps, IPs and countries. Every bar and row opens the sign-in list with that filter applied.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../api/analytics.js';
import { CATEGORIES, isCategory, type Outcome } from '../../api/catalog.js';
import { isNotFound } from '../../api/client.js';
import { useDashboard } from '../../api/queries.js';
import { Link } from '../../components/link.js';
import { Empty, ErrorMessage, Loading } from '../../components/status.js';
import { useSettings } from '../../state/settings.js';
import { RANGE_MS } from '../../state/odata-filter.js';
import { navigate } from '../../state/use-view.js';
import { DASHBOARD_RANGES, signInsHref, type DashboardView, type SignInFilters } from '../../state/view-state.js';
import { fromLocalInput, toLocalInput } from '../sign-ins/date-input.js';
import { CategoryOutcomeChart, OverTimeChart, TopCodesChart } from './charts.js';
import { AlertsTile } from '../alerts/alerts-tile.js';
import { TopList } from './top-list.js';

const BUCKET_MS = { hour: 3_600_000, day: 86_400_000 } as const;

export const DashboardPage = ({ view }: { view: DashboardView }) => {
  const { t } = useTranslation();
  const { fmt, timeMode } = useSettings();
  const [refreshes, setRefreshes] = useState(0);
  const range = useMemo(() => {
    const now = Date.now();
    if (view.range === 'custom') {
      return { since: view.from ?? new Date(now - RANGE_MS['7d']).toISOString(), until: view.to ?? new Date(now).toISOString() };
    }
    return { since: new Date(now - RANGE_MS[view.range]).toISOString(), until: new Date(now).toISOString() };
    // `refreshes` re-anchors "now" on demand.
  }, [view.range, view.from, view.to, refreshes]);
  const q = useDashboard(range.since, range.until, fmt.timeZone);
  const set = (patch: Partial<DashboardView>) => navigate({ page: 'dashboard', dashboard: { ...view, ...patch } });

  // The list filter that matches the dashboard's period.
  const period: Partial<SignInFilters> =
    view.range === 'custom' ? { range: 'custom', from: range.since, to: range.until } : { range: view.range };
  const open = (f: Partial<SignInFilters>) => navigate(signInsHref({ ...period, ...f }));

  return (
    <section className="page page-dashboard" aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title" className="page-title">
          {t('dashboard.title')}
        </h1>
        <div className="range-picker" role="group" aria-label={t('filters.range')}>
          {DASHBOARD_RANGES.filter((r) => r !== 'custom').map((r) => (
            <button key={r} type="button" className="btn" aria-pressed={view.range === r} onClick={() => set({ range: r, from: undefined, to: undefined })}>
              {t(`range.${r}`)}
            </button>
          ))}
          <button
            type="button"
            className="btn"
            aria-pressed={view.range === 'custom'}
            onClick={() => set({ range: 'custom', from: range.since, to: range.until })}
          >
            {t('range.custom')}
          </button>
          {view.range === 'custom' ? (
            <>
              <label className="inline-field">
                {t('filters.from')}
                <input type="datetime-local" value={toLocalInput(view.from, timeMode)} onChange={(e) => set({ from: fromLocalInput(e.target.value, timeMode) })} />
              </label>
              <label className="inline-field">
                {t('filters.to')}
                <input type="datetime-local" value={toLocalInput(view.to, timeMode)} onChange={(e) => set({ to: fromLocalInput(e.target.value, timeMode) })} />
              </label>
            </>
          ) : null}
          <button type="button" className="btn btn-quiet" onClick={() => setRefreshes((n) => n + 1)}>
            {t('common.refresh')}
          </button>
        </div>
      </div>
      <AlertsTile />
      {q.isPending ? (
        <Loading label={t('dashboard.loading')} />
      ) : q.isError ? (
        isNotFound(q.error) ? (
          <Empty>
            <strong>{t('dashboard.unavailable')}</strong>
            <p>{t('dashboard.unavailableHint')}</p>
          </Empty>
        ) : (
          <ErrorMessage error={q.error} retry={() => void q.refetch()} />
        )
      ) : (
        <DashboardBody data={q.data} open={open} />
      )}
    </section>
  );
};

const DashboardBody = ({ data, open }: { data: Dashboard; open: (f: Partial<SignInFilters>) => void }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const { totals } = data;
  const rate = (n: number) => (totals.total > 0 ? n / totals.total : 0);
  const bucketMs = BUCKET_MS[data.bucket];
  const openBucket = (index: number, category: string | undefined) => {
    const b = data.failuresOverTime[index];
    if (!b) return;
    const from = Date.parse(b.bucket);
    const f: Partial<SignInFilters> = {
      range: 'custom',
      from: new Date(from).toISOString(),
      to: new Date(from + bucketMs - 1).toISOString(),
    };
    if (category && isCategory(category)) open({ ...f, category });
    else open({ ...f, outcome: 'failure' });
  };
  const cards: { key: 'total' | Outcome; value: number; filter: Partial<SignInFilters> }[] = [
    { key: 'total', value: totals.total, filter: {} },
    { key: 'success', value: totals.success, filter: { outcome: 'success' } },
    { key: 'failure', value: totals.failure, filter: { outcome: 'failure' } },
    { key: 'interrupted', value: totals.interrupted, filter: { outcome: 'interrupted' } },
  ];
  const categoriesPresent = CATEGORIES.filter((c) => data.failuresOverTime.some((b) => (b.byCategory[c] ?? 0) > 0));

  return (
    <>
      <p className="muted small period">
        {t('dashboard.period', { since: fmt.dateTime(data.since), until: fmt.dateTime(data.until), tz: data.tz })}
        {data.source ? ` · ${t(data.source === 'rollup' ? 'dashboard.sourceRollup' : 'dashboard.sourceScan')}` : ''}
      </p>
      <ul className="cards" aria-label={t('dashboard.totals')}>
        {cards.map((c) => (
          <li key={c.key} className={`card card-${c.key}`}>
            <Link href={signInsHref({ ...c.filter })} onClick={(e) => { e.preventDefault(); open(c.filter); }}>
              <span className="card-label">{c.key === 'total' ? t('dashboard.total') : t(`outcome.${c.key}`)}</span>
              <span className="card-value">{fmt.number(c.value)}</span>
              {c.key !== 'total' ? <span className="card-rate">{t('dashboard.rate', { rate: fmt.percent(rate(c.value)) })}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
      {totals.total === 0 ? (
        <Empty>
          <strong>{t('dashboard.empty')}</strong>
        </Empty>
      ) : (
        <div className="dash-grid">
          <section className="panel panel-wide" aria-labelledby="h-over-time">
            <h2 id="h-over-time">{t('dashboard.overTime')}</h2>
            <p className="muted small">{t('dashboard.clickHint')}</p>
            <OverTimeChart data={data} categories={categoriesPresent} onClick={openBucket} />
          </section>
          <section className="panel panel-wide" aria-labelledby="h-codes">
            <h2 id="h-codes">{t('dashboard.topCodes')}</h2>
            <TopCodesChart data={data} onClick={(code) => open({ code })} />
            <details className="data-details">
              <summary>{t('dashboard.asTable')}</summary>
              <TopCodesTable data={data} open={open} />
            </details>
          </section>
          <section className="panel" aria-labelledby="h-users">
            <h2 id="h-users">{t('dashboard.topUsers')}</h2>
            <TopList items={data.topFailingUsers} keyLabel={t('columns.userPrincipalName')} entityKind="user" filterFor={(user) => ({ user, outcome: 'failure' })} open={open} />
          </section>
          <section className="panel" aria-labelledby="h-apps">
            <h2 id="h-apps">{t('dashboard.topApps')}</h2>
            <TopList items={data.topFailingApps} keyLabel={t('columns.app')} filterFor={(app) => ({ app, outcome: 'failure' })} open={open} />
          </section>
          <section className="panel" aria-labelledby="h-ips">
            <h2 id="h-ips">{t('dashboard.topIps')}</h2>
            <TopList items={data.topFailingIps} keyLabel={t('columns.ipAddress')} mono entityKind="ip" filterFor={(ip) => ({ ip, outcome: 'failure' })} open={open} />
          </section>
          <section className="panel" aria-labelledby="h-countries">
            <h2 id="h-countries">{t('dashboard.topCountries')}</h2>
            <TopList
              items={data.topFailingCountries}
              keyLabel={t('fields.country')}
              country
              filterFor={(country) => ({ country, outcome: 'failure' })}
              open={open}
            />
          </section>
          <section className="panel panel-wide" aria-labelledby="h-cat">
            <h2 id="h-cat">{t('dashboard.categoryByOutcome')}</h2>
            <CategoryOutcomeChart data={data} onClick={(category, outcome) => open({ category, outcome })} />
          </section>
        </div>
      )}
    </>
  );
};

const TopCodesTable = ({ data, open }: { data: Dashboard; open: (f: Partial<SignInFilters>) => void }) => {
  const { t } = useTranslation();
  const { fmt, lang } = useSettings();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('columns.errorCode')}</th>
          <th scope="col">{t('errorCodes.titleColumn')}</th>
          <th scope="col">{t('columns.category')}</th>
          <th scope="col" className="num">{t('dashboard.count')}</th>
          <th scope="col" className="num">{t('troubleshooting.distinctUsers')}</th>
        </tr>
      </thead>
      <tbody>
        {data.topErrorCodes.map((c) => (
          <tr key={c.errorCode}>
            <td>
              <Link href={signInsHref({ code: c.errorCode })} onClick={(e) => { e.preventDefault(); open({ code: c.errorCode }); }} className="mono">
                {c.errorCode}
              </Link>
            </td>
            <td>{c.title?.[lang] ?? c.title?.en ?? t('category.unknown')}</td>
            <td>{c.category && isCategory(c.category) ? t(`category.${c.category}`) : '—'}</td>
            <td className="num">{fmt.number(c.count)}</td>
            <td className="num">{c.distinctUsers === undefined ? '—' : fmt.number(c.distinctUsers)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
