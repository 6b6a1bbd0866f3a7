/**
 * The page of one user, IP address or application: what it is, its figures over the chosen
 * period, what is new, its sign-ins over time and on a map, the alerts that name it, its lists
 * (codes, apps, addresses, places, devices...) and its latest sign-ins.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isNotFound } from '../../api/client.js';
import type { EntitySummary } from '../../api/entity.js';
import { useEntityAlerts, useEntityLocations, useEntitySummary, useEntityTimeline, type EntityQuery } from '../../api/entity-queries.js';
import { Empty, ErrorMessage, Loading } from '../../components/status.js';
import { ENTITY_BUCKETS, ENTITY_RANGES, entityPeriod, type EntityView } from '../../state/entity-view.js';
import { useSettings } from '../../state/settings.js';
import { navigate } from '../../state/use-view.js';
import { fromLocalInput, toLocalInput } from '../sign-ins/date-input.js';
import { WhoActs } from './app-sections.js';
import { EntityAlerts } from './entity-alerts.js';
import { EntityLists } from './entity-lists.js';
import { LatestSignIns } from './latest-sign-ins.js';
import { MapSection } from './map/map-section.js';
import { NewFacts } from './new-facts.js';
import { TimelineChart } from './timeline-chart.js';

export const EntityPage = ({ view }: { view: EntityView }) => {
  const { t } = useTranslation();
  const { fmt, timeMode } = useSettings();
  const [refreshes, setRefreshes] = useState(0);
  // `refreshes` re-anchors "now" on demand; the view's own fields set the period.
  const period = useMemo(() => entityPeriod(view, Date.now()), [view.range, view.from, view.to, refreshes]);
  const query: EntityQuery = { kind: view.kind, key: view.key, since: period.since, until: period.until, tz: fmt.timeZone };
  const summary = useEntitySummary(query);
  const set = (patch: Partial<EntityView>) => navigate({ page: 'entity', entity: { ...view, ...patch } });
  const name = summary.data?.displayName ? `${summary.data.displayName} (${view.key})` : view.key;

  return (
    <section className="page page-entity" aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title" className="page-title">
          {t(`entity.title.${view.kind}`, { name })}
        </h1>
        <div className="range-picker" role="group" aria-label={t('filters.range')}>
          {ENTITY_RANGES.filter((r) => r !== 'custom').map((r) => (
            <button key={r} type="button" className="btn" aria-pressed={view.range === r} onClick={() => set({ range: r, from: undefined, to: undefined })}>
              {t(`entity.range.${r}`)}
            </button>
          ))}
          <button type="button" className="btn" aria-pressed={view.range === 'custom'} onClick={() => set({ range: 'custom', from: period.since, to: period.until })}>
            {t('entity.range.custom')}
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
      {summary.isPending ? (
        <Loading label={t('entity.loading')} />
      ) : summary.isError ? (
        // A server without the entity routes answers 405 from its catch-all; 404 means "never seen".
        isApiError(summary.error) && summary.error.status === 405 ? (
          <Empty>
            <strong>{t('entity.unavailable')}</strong>
            <p>{t('entity.unavailableHint')}</p>
          </Empty>
        ) : isNotFound(summary.error) ? (
          <Empty>
            <strong>{t('entity.notFound', { key: view.key })}</strong>
            <p>{t('entity.notFoundHint')}</p>
          </Empty>
        ) : (
          <ErrorMessage error={summary.error} retry={() => void summary.refetch()} />
        )
      ) : (
        <EntityBody data={summary.data} view={view} query={query} period={period} onBucket={(bucket) => set({ bucket })} />
      )}
    </section>
  );
};

interface BodyProps {
  readonly data: EntitySummary;
  readonly view: EntityView;
  readonly query: EntityQuery;
  readonly period: { since: string; until: string };
  readonly onBucket: (b: EntityView['bucket']) => void;
}

const EntityBody = ({ data, view, query, period, onBucket }: BodyProps) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const timeline = useEntityTimeline(query, view.bucket);
  const locations = useEntityLocations(query);
  const alerts = useEntityAlerts(view.kind, view.key);
  const legs = useMemo(() => (alerts.data ?? []).flatMap((a) => a.legs), [alerts.data]);
  const { totals } = data;
  const cards: { key: string; label: string; value: string; sub?: string; tone?: string }[] = [
    { key: 'total', label: t('entity.total'), value: fmt.number(totals.total) },
    { key: 'success', label: t('outcome.success'), value: fmt.number(totals.success), tone: 'success' },
    { key: 'failure', label: t('outcome.failure'), value: fmt.number(totals.failure), tone: 'failure' },
    { key: 'interrupted', label: t('outcome.interrupted'), value: fmt.number(totals.interrupted), tone: 'interrupted' },
    { key: 'rate', label: t('entity.failureRate'), value: fmt.percent(data.failureRate), tone: data.failureRate >= 0.2 ? 'failure' : undefined },
    { key: 'first', label: t('entity.firstSeen'), value: data.firstSeen ? fmt.dateTime(data.firstSeen) : t('entity.never'), sub: t('entity.everSeen') },
    { key: 'last', label: t('entity.lastSeen'), value: data.lastSeen ? fmt.dateTime(data.lastSeen) : t('entity.never'), sub: data.lastSeen ? fmt.relative(data.lastSeen) : undefined },
  ];
  return (
    <>
      <p className="muted small period">{t('entity.period', { since: fmt.dateTime(data.since), until: fmt.dateTime(data.until), tz: data.tz })}</p>
      <ul className="cards entity-cards" aria-label={t('entity.facts')}>
        {cards.map((c) => (
          <li key={c.key} className={`card${c.tone ? ` card-${c.tone}` : ''}`} data-card={c.key}>
            <span className="card-label">{c.label}</span>
            <span className={c.key === 'first' || c.key === 'last' ? 'card-value card-value-small' : 'card-value'}>{c.value}</span>
            {c.sub ? <span className="card-rate">{c.sub}</span> : null}
          </li>
        ))}
      </ul>
      {totals.total === 0 ? <p className="muted">{t('entity.empty')}</p> : null}
      <div className="dash-grid">
        <NewFacts facts={data.newFacts} />
        <section className="panel panel-wide" aria-labelledby="h-entity-time">
          <div className="panel-head">
            <h2 id="h-entity-time">{t('entity.overTime')}</h2>
            <div className="range-picker" role="group" aria-label={t('entity.bucket.label')}>
              {ENTITY_BUCKETS.map((b) => (
                <button key={b} type="button" className="btn" aria-pressed={view.bucket === b} onClick={() => onBucket(b)}>
                  {t(`entity.bucket.${b}`)}
                </button>
              ))}
            </div>
          </div>
          {timeline.isPending ? <Loading /> : timeline.isError ? <ErrorMessage error={timeline.error} retry={() => void timeline.refetch()} /> : <TimelineChart data={timeline.data} showRate={view.kind === 'app'} />}
        </section>
        {view.kind === 'app' ? <WhoActs codes={data.errorCodes} /> : null}
        <MapSection data={locations.data} pending={locations.isPending} error={locations.error} legs={legs} />
        <EntityAlerts alerts={alerts.data} pending={alerts.isPending} error={alerts.error} />
        <LatestSignIns kind={view.kind} entityKey={view.key} period={period} appName={view.kind === 'app' ? (data.displayName ?? undefined) : undefined} />
      </div>
      <EntityLists data={data} kind={view.kind} />
    </>
  );
};
