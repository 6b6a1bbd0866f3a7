/**
 * The Alerts page: a tab for the alerts (filters, the list, and the detail of the alert the URL
 * selects) and a tab for the detection rules. A server without detections answers 404 on the
 * alert routes; the page then says so quietly instead of showing an error.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAlertList, useRules } from '../../api/alert-queries.js';
import { isNotFound } from '../../api/client.js';
import { Empty, ErrorMessage, Loading } from '../../components/status.js';
import { Tabs, tabPanelProps } from '../../components/tabs.js';
import { ALERTS_TABS, type AlertsView } from '../../state/alerts-view.js';
import { useSettings } from '../../state/settings.js';
import { navigate } from '../../state/use-view.js';
import { serializeView } from '../../state/view-state.js';
import { AlertDetail } from './alert-detail.js';
import { AlertFilterBar } from './alert-filter-bar.js';
import { AlertList } from './alert-list.js';
import { RulesView } from './rules-view.js';
import { Unavailable } from './unavailable.js';
import './alerts.css';

export const AlertsPage = ({ view }: { view: AlertsView }) => {
  const { t } = useTranslation();
  const update = (patch: Partial<AlertsView>, replace = false) => navigate({ page: 'alerts', alerts: { ...view, ...patch } }, { replace });
  const hrefFor = (selected: string | undefined) => `?${serializeView({ page: 'alerts', alerts: { ...view, tab: 'alerts', selected } })}`;
  const tabs = ALERTS_TABS.map((id) => ({ id, label: t(id === 'alerts' ? 'alerts.tabAlerts' : 'alerts.tabRules') }));
  return (
    <section className="page page-alerts" aria-labelledby="page-title">
      <h1 id="page-title" className="page-title">
        {t('alerts.title')}
      </h1>
      <Tabs idPrefix="alerts" label={t('alerts.tabsLabel')} items={tabs} selected={view.tab} onSelect={(tab) => update({ tab, selected: undefined })} />
      <div {...tabPanelProps('alerts', view.tab)} className="tab-panel alerts-panel">
        {view.tab === 'rules' ? (
          <RulesView />
        ) : view.selected ? (
          <AlertDetail id={view.selected} backHref={hrefFor(undefined)} />
        ) : (
          <AlertListSection view={view} hrefFor={hrefFor} onFilters={(filters) => update({ filters })} />
        )}
      </div>
    </section>
  );
};

interface ListProps {
  readonly view: AlertsView;
  readonly hrefFor: (id: string) => string;
  readonly onFilters: (f: AlertsView['filters']) => void;
}

const AlertListSection = ({ view, hrefFor, onFilters }: ListProps) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const rules = useRules();
  const [refreshes, setRefreshes] = useState(0);
  const filterKey = JSON.stringify(view.filters);
  // Relative ranges are anchored when the filters change or on refresh, so paging keeps one query.
  const now = useMemo(() => Date.now(), [filterKey, refreshes]);
  const list = useAlertList(view.filters, now);
  const { alerts } = list;
  if (list.isError && isNotFound(list.error)) return <Unavailable />;
  const countText = list.isPending
    ? t('common.loading')
    : list.hasNextPage
      ? t('alerts.countMore', { count: alerts.length, n: fmt.number(alerts.length) })
      : t('alerts.count', { count: alerts.length, n: fmt.number(alerts.length) });
  return (
    <>
      <AlertFilterBar filters={view.filters} rules={rules.data ?? []} onChange={onFilters} />
      <div className="toolbar">
        <span className="count" role="status" aria-live="polite">
          {countText}
        </span>
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => setRefreshes((n) => n + 1)}>
          {t('common.refresh')}
        </button>
      </div>
      {list.isPending ? (
        <Loading label={t('alerts.loading')} />
      ) : list.isError && alerts.length === 0 ? (
        <ErrorMessage error={list.error} retry={() => void list.refetch()} />
      ) : alerts.length === 0 ? (
        <Empty>
          <strong>{t('alerts.empty')}</strong>
          <p>{t('alerts.emptyHint')}</p>
        </Empty>
      ) : (
        <>
          <AlertList alerts={alerts} hrefFor={hrefFor} />
          {list.isFetchNextPageError ? <ErrorMessage error={list.error} retry={() => void list.fetchNextPage()} /> : null}
          {list.hasNextPage ? (
            <div className="load-more">
              <button type="button" className="btn" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                {list.isFetchingNextPage ? t('alerts.loadingMore') : t('alerts.loadMore')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
};
