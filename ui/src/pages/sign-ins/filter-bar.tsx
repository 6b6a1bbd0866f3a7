/**
 * The sign-in list's filter bar. Selects apply at once; text fields apply after a pause in typing,
 * on Enter or on leaving the field (a history entry per applied value, not per keystroke).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, OUTCOMES } from '../../api/catalog.js';
import { useSettings } from '../../state/settings.js';
import { CA_STATUSES, RANGE_PRESETS, countActiveFilters, type SignInFilters } from '../../state/view-state.js';
import { fromLocalInput, toLocalInput } from './date-input.js';
import { EvidenceFilterField } from './evidence-filter-field.js';

const CLIENT_APPS = [
  'Browser',
  'Mobile Apps and Desktop clients',
  'Exchange ActiveSync',
  'Exchange Web Services',
  'IMAP4',
  'POP3',
  'Authenticated SMTP',
  'MAPI Over HTTP',
  'Offline Address Book',
  'Outlook Anywhere (RPC over HTTP)',
  'Autodiscover',
  'Exchange Online PowerShell',
  'Other clients',
];

interface TextFilterProps {
  readonly label: string;
  readonly value: string | undefined;
  readonly onCommit: (v: string | undefined) => void;
  readonly placeholder?: string;
  readonly list?: string;
  readonly inputMode?: 'numeric' | 'text';
  readonly pattern?: RegExp;
  readonly width?: 'narrow' | 'wide';
}

export const TextFilter = ({ label, value, onCommit, placeholder, list, inputMode, pattern, width }: TextFilterProps) => {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const committed = useRef(value ?? '');
  useEffect(() => {
    committed.current = value ?? '';
    setDraft(value ?? '');
  }, [value]);
  const valid = draft.trim() === '' || !pattern || pattern.test(draft.trim());
  const commit = (v: string) => {
    const t = v.trim();
    if (t === committed.current || (t !== '' && pattern && !pattern.test(t))) return;
    committed.current = t;
    onCommit(t === '' ? undefined : t);
  };
  useEffect(() => {
    if (draft.trim() === committed.current) return undefined;
    const timer = window.setTimeout(() => commit(draft), 700);
    return () => window.clearTimeout(timer);
  }, [draft]);
  return (
    <div className={`field ${width ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={placeholder}
        list={list}
        inputMode={inputMode}
        aria-invalid={!valid}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => commit(draft)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(draft);
        }}
      />
    </div>
  );
};

interface SelectFilterProps<T extends string> {
  readonly label: string;
  readonly value: T | undefined;
  readonly options: readonly { value: T; label: string }[];
  readonly anyLabel?: string;
  readonly onChange: (v: T | undefined) => void;
}

export const SelectFilter = <T extends string>({ label, value, options, anyLabel, onChange }: SelectFilterProps<T>) => {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => {
          const v = e.target.value;
          onChange(v === '' ? undefined : (v as T));
        }}
      >
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
};

interface FilterBarProps {
  readonly filters: SignInFilters;
  readonly onChange: (next: SignInFilters) => void;
}

export const FilterBar = ({ filters, onChange }: FilterBarProps) => {
  const { t } = useTranslation();
  const { timeMode } = useSettings();
  const fromId = useId();
  const toId = useId();
  const set = (patch: Partial<SignInFilters>) => onChange({ ...filters, ...patch });
  const any = t('filters.any');
  const active = countActiveFilters(filters);
  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <SelectFilter
        label={t('filters.range')}
        value={filters.range}
        options={RANGE_PRESETS.map((r) => ({ value: r, label: t(`range.${r}`) }))}
        onChange={(r) => {
          if (!r) return;
          if (r === 'custom') {
            const to = Date.now();
            set({ range: r, from: filters.from ?? new Date(to - 24 * 3_600_000).toISOString(), to: filters.to ?? new Date(to).toISOString() });
          } else set({ range: r, from: undefined, to: undefined });
        }}
      />
      {filters.range === 'custom' ? (
        <>
          <div className="field">
            <label htmlFor={fromId}>{t('filters.from')}</label>
            <input
              id={fromId}
              type="datetime-local"
              value={toLocalInput(filters.from, timeMode)}
              onChange={(e) => set({ from: fromLocalInput(e.target.value, timeMode) })}
            />
          </div>
          <div className="field">
            <label htmlFor={toId}>{t('filters.to')}</label>
            <input
              id={toId}
              type="datetime-local"
              value={toLocalInput(filters.to, timeMode)}
              onChange={(e) => set({ to: fromLocalInput(e.target.value, timeMode) })}
            />
          </div>
        </>
      ) : null}
      <SelectFilter
        label={t('filters.outcome')}
        value={filters.outcome}
        anyLabel={any}
        options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        onChange={(outcome) => set({ outcome })}
      />
      <TextFilter label={t('filters.user')} value={filters.user} placeholder={t('filters.userPlaceholder')} onCommit={(user) => set({ user })} width="wide" />
      <TextFilter label={t('filters.app')} value={filters.app} placeholder={t('filters.appPlaceholder')} onCommit={(app) => set({ app })} width="wide" />
      <TextFilter label={t('filters.resource')} value={filters.resource} placeholder={t('filters.resourcePlaceholder')} onCommit={(resource) => set({ resource })} />
      <TextFilter label={t('filters.ip')} value={filters.ip} placeholder="203.0.113." onCommit={(ip) => set({ ip })} />
      <TextFilter
        label={t('filters.country')}
        value={filters.country}
        placeholder="JP"
        pattern={/^[A-Za-z]{2}$/}
        onCommit={(country) => set({ country: country?.toUpperCase() })}
        width="narrow"
      />
      <TextFilter label={t('filters.clientApp')} value={filters.clientApp} list="client-apps" onCommit={(clientApp) => set({ clientApp })} />
      <datalist id="client-apps">
        {CLIENT_APPS.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <SelectFilter
        label={t('filters.ca')}
        value={filters.ca}
        anyLabel={any}
        options={CA_STATUSES.map((c) => ({ value: c, label: t(`caStatus.${c}`) }))}
        onChange={(ca) => set({ ca })}
      />
      <TextFilter
        label={t('filters.errorCode')}
        value={filters.code === undefined ? undefined : String(filters.code)}
        placeholder="50126"
        inputMode="numeric"
        pattern={/^\d{1,9}$/}
        onCommit={(v) => set({ code: v === undefined ? undefined : Number(v) })}
        width="narrow"
      />
      <SelectFilter
        label={t('filters.category')}
        value={filters.category}
        anyLabel={any}
        options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        onChange={(category) => set({ category })}
      />
      {filters.odata ? <EvidenceFilterField value={filters.odata} onRemove={() => set({ odata: undefined })} /> : null}
      {active > 0 ? (
      <div className="field field-action">
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => onChange({ range: filters.range, from: filters.from, to: filters.to })}
        >
          {t('filters.clear', { count: active })}
        </button>
      </div>
      ) : null}
    </form>
  );
};
