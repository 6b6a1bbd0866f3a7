/**
 * The sign-in list: type tabs, filter bar, toolbar (count, order, columns, export, copy link),
 * the virtualised grid and the detail panel. All of it is driven by the URL.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog, useSignInList } from '../../api/queries.js';
import { Empty, ErrorMessage, Loading } from '../../components/status.js';
import { Tabs, tabPanelProps } from '../../components/tabs.js';
import { buildFilter } from '../../state/odata-filter.js';
import { useSettings } from '../../state/settings.js';
import { navigate } from '../../state/use-view.js';
import { SIGN_IN_TABS, type SignInsView } from '../../state/view-state.js';
import { DetailDialog } from '../detail/detail-dialog.js';
import { ColumnChooser } from './column-chooser.js';
import { ExportMenu } from './export-menu.js';
import { FilterBar } from './filter-bar.js';
import { SignInsGrid } from './sign-ins-grid.js';

export const SignInsPage = ({ view }: { view: SignInsView }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const gridRef = useRef<HTMLDivElement | null>(null);
  const update = useCallback(
    (patch: Partial<SignInsView>, replace = false) => navigate({ page: 'sign-ins', signIns: { ...view, ...patch } }, { replace }),
    [view],
  );

  // Relative ranges ("last 24 h") are anchored when the filters change or on refresh, so the
  // query (and its cache key) stays put while the user scrolls.
  const filterKey = JSON.stringify([view.tab, view.filters]);
  const [refreshes, setRefreshes] = useState(0);
  // The dependencies are the point: a filter change or a refresh re-anchors "now".
  const now = useMemo(() => Date.now(), [filterKey, refreshes]);
  const filter = useMemo(() => buildFilter(view.tab, view.filters, now), [view.tab, view.filters, now]);

  const list = useSignInList(filter, view.order);
  // The catalog only adds categories to rows already on screen: first rows first.
  const catalog = useCatalog(!list.isPending);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const [copied, setCopied] = useState(false);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt(t('signIns.copyLinkPrompt'), window.location.href);
    }
  };

  const tabs = SIGN_IN_TABS.map((id) => ({ id, label: t(`tabs.${id}`) }));
  const countText = list.isPending
    ? t('common.loading')
    : hasNextPage
      ? t('signIns.countMore', { count: list.rowCount, n: fmt.number(list.rowCount) })
      : t('signIns.count', { count: list.rowCount, n: fmt.number(list.rowCount) });

  return (
    <section className="page page-sign-ins" aria-labelledby="page-title">
      <h1 id="page-title" className="page-title">
        {t('nav.signIns')}
      </h1>
      <Tabs idPrefix="type" label={t('tabs.label')} items={tabs} selected={view.tab} onSelect={(tab) => update({ tab, selected: undefined })} />
      <div {...tabPanelProps('type', view.tab)} className="tab-panel list-panel">
        <FilterBar filters={view.filters} onChange={(filters) => update({ filters, selected: undefined })} />
        <div className="toolbar">
          <span className="count" role="status" aria-live="polite">
            {countText}
          </span>
          <span className="spacer" />
          <button
            type="button"
            className="btn"
            onClick={() => update({ order: view.order === 'desc' ? 'asc' : 'desc' })}
            title={t('signIns.orderLabel')}
          >
            {view.order === 'desc' ? t('signIns.newestFirst') : t('signIns.oldestFirst')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => setRefreshes((n) => n + 1)}
          >
            {t('common.refresh')}
          </button>
          <ColumnChooser columns={view.columns} onChange={(columns) => update({ columns }, true)} />
          <ExportMenu filter={filter} />
          <button type="button" className="btn" onClick={() => void copyLink()}>
            {copied ? t('signIns.linkCopied') : t('signIns.copyLink')}
          </button>
        </div>
        {list.isPending ? (
          <Loading label={t('signIns.loading')} />
        ) : list.isError && list.rowCount === 0 ? (
          <ErrorMessage error={list.error} retry={() => void list.refetch()} />
        ) : list.rowCount === 0 ? (
          <Empty>
            <strong>{t('signIns.empty')}</strong>
            <p>{t('signIns.emptyHint')}</p>
          </Empty>
        ) : (
          <>
            <SignInsGrid
              rows={list.rows}
              rowCount={list.rowCount}
              columns={view.columns}
              catalog={catalog.byCode}
              hasMore={hasNextPage}
              loadingMore={isFetchingNextPage}
              loadMore={loadMore}
              selectedId={view.selected}
              onOpen={(selected) => update({ selected })}
              label={t('signIns.gridLabel')}
              gridRef={gridRef}
            />
            {list.isFetchNextPageError ? <ErrorMessage error={list.error} retry={loadMore} /> : null}
          </>
        )}
      </div>
      {view.selected ? (
        <DetailDialog
          id={view.selected}
          tab={view.detailTab}
          catalog={catalog.byCode}
          onTab={(detailTab) => update({ detailTab }, true)}
          onClose={() => {
            update({ selected: undefined, detailTab: 'basic' });
            gridRef.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
};
