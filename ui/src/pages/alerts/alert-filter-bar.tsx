/**
 * The Alerts page's filters: rule, severity, status, entity (kind and value) and the time range
 * the alerts were seen in. Every change goes to the URL, like the sign-in list's filter bar.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_KINDS, SEVERITIES, type Rule } from '../../api/alerts.js';
import { useSettings } from '../../state/settings.js';
import { ALERT_RANGES, STATUS_FILTERS, countAlertFilters, type AlertFilters } from '../../state/alerts-view.js';
import { fromLocalInput, toLocalInput } from '../sign-ins/date-input.js';
import { SelectFilter, TextFilter } from '../sign-ins/filter-bar.js';

interface Props {
  readonly filters: AlertFilters;
  readonly rules: readonly Rule[];
  readonly onChange: (next: AlertFilters) => void;
}

export const AlertFilterBar = ({ filters, rules, onChange }: Props) => {
  const { t } = useTranslation();
  const { lang, timeMode } = useSettings();
  const fromId = useId();
  const toId = useId();
  const set = (patch: Partial<AlertFilters>) => onChange({ ...filters, ...patch });
  const any = t('filters.any');
  const ruleOptions = rules.map((r) => ({ value: r.id, label: r.title[lang] }));
  // A rule named by the URL stays selectable even before (or without) the rules list.
  if (filters.ruleId && !ruleOptions.some((o) => o.value === filters.ruleId)) ruleOptions.unshift({ value: filters.ruleId, label: filters.ruleId });
  const active = countAlertFilters(filters);
  return (
    <form className="filter-bar" role="search" aria-label={t('alerts.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <SelectFilter
        label={t('alerts.range')}
        value={filters.range}
        options={ALERT_RANGES.map((r) => ({ value: r, label: t(`range.${r}`) }))}
        onChange={(r) => {
          if (!r) return;
          if (r === 'custom') {
            const to = Date.now();
            set({ range: r, from: filters.from ?? new Date(to - 7 * 86_400_000).toISOString(), to: filters.to ?? new Date(to).toISOString() });
          } else set({ range: r, from: undefined, to: undefined });
        }}
      />
      {filters.range === 'custom' ? (
        <>
          <div className="field">
            <label htmlFor={fromId}>{t('filters.from')}</label>
            <input id={fromId} type="datetime-local" value={toLocalInput(filters.from, timeMode)} onChange={(e) => set({ from: fromLocalInput(e.target.value, timeMode) })} />
          </div>
          <div className="field">
            <label htmlFor={toId}>{t('filters.to')}</label>
            <input id={toId} type="datetime-local" value={toLocalInput(filters.to, timeMode)} onChange={(e) => set({ to: fromLocalInput(e.target.value, timeMode) })} />
          </div>
        </>
      ) : null}
      <SelectFilter label={t('alerts.rule')} value={filters.ruleId} anyLabel={any} options={ruleOptions} onChange={(ruleId) => set({ ruleId })} />
      <SelectFilter
        label={t('alerts.severity')}
        value={filters.severity}
        anyLabel={any}
        options={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
        onChange={(severity) => set({ severity })}
      />
      <SelectFilter
        label={t('alerts.status')}
        value={filters.status}
        anyLabel={t('alerts.anyStatus')}
        options={STATUS_FILTERS.map((s) => ({ value: s, label: t(`alertStatus.${s}`) }))}
        onChange={(status) => set({ status })}
      />
      <SelectFilter
        label={t('alerts.entityKind')}
        value={filters.entityKind}
        anyLabel={any}
        options={ENTITY_KINDS.map((k) => ({ value: k, label: t(`entityKind.${k}`) }))}
        onChange={(entityKind) => set({ entityKind })}
      />
      <TextFilter label={t('alerts.entityValue')} value={filters.entityValue} placeholder={t('alerts.entityPlaceholder')} onCommit={(entityValue) => set({ entityValue })} width="wide" />
      {active > 0 ? (
        <div className="field field-action">
          <button type="button" className="btn btn-quiet" onClick={() => onChange({ range: 'all' })}>
            {t('filters.clear', { count: active })}
          </button>
        </div>
      ) : null}
    </form>
  );
};
