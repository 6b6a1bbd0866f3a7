/**
 * The error-code reference: the whole catalog, searchable in English and Japanese at once
 * (code, identifier, titles, explanations, steps), filtered by category / outcome / actor, with
 * how many stored sign-ins carry each code and a link to them. The catalog is loaded once and
 * filtered in the browser, so typing answers instantly.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTORS, CATALOG_OUTCOMES, CATEGORIES, type CatalogEntry } from '../../api/catalog.js';
import { isNotFound } from '../../api/client.js';
import { useCatalog } from '../../api/queries.js';
import { Link } from '../../components/link.js';
import { Empty, ErrorMessage, Loading } from '../../components/status.js';
import { useSettings } from '../../state/settings.js';
import { navigate } from '../../state/use-view.js';
import { signInsHref, type ErrorCodesView } from '../../state/view-state.js';

/** Lower-cased, width-folded text so 'ＭＦＡ' finds 'MFA' and katakana matches either width. */
export const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

const haystack = (e: CatalogEntry): string =>
  fold(
    [
      String(e.code),
      `aadsts${e.code}`,
      e.identifier,
      e.en.title,
      e.en.explanation,
      ...e.en.action,
      e.ja.title,
      e.ja.explanation,
      ...e.ja.action,
    ].join('\n'),
  );

export const matchCatalog = (entries: readonly CatalogEntry[], v: ErrorCodesView): CatalogEntry[] => {
  const terms = fold(v.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return entries.filter(
    (e) =>
      (!v.category || e.category === v.category) &&
      (!v.outcome || e.outcome === v.outcome) &&
      (!v.actor || e.actor === v.actor) &&
      (terms.length === 0 || terms.every((term) => haystack(e).includes(term))),
  );
};

export const ErrorCodesPage = ({ view }: { view: ErrorCodesView }) => {
  const { t } = useTranslation();
  const { lang, fmt } = useSettings();
  const catalog = useCatalog();
  const searchId = useId();
  const [draft, setDraft] = useState(view.q ?? '');
  useEffect(() => setDraft(view.q ?? ''), [view.q]);
  const set = (patch: Partial<ErrorCodesView>, replace = false) => navigate({ page: 'error-codes', errorCodes: { ...view, ...patch } }, { replace });
  useEffect(() => {
    if (draft.trim() === (view.q ?? '')) return undefined;
    const timer = window.setTimeout(() => set({ q: draft.trim() || undefined, open: undefined }, true), 250);
    return () => window.clearTimeout(timer);
  }, [draft, view]); // `set` closes over `view`
  // A shared link to one code opens with that code's explanation in view.
  const [scrolled, setScrolled] = useState(false);
  useEffect(() => {
    if (scrolled || view.open === undefined || !catalog.data) return;
    document.getElementById(`code-${view.open}`)?.scrollIntoView({ block: 'center' });
    setScrolled(true);
  }, [scrolled, view.open, catalog.data]);
  const matches = useMemo(() => matchCatalog(catalog.data ?? [], { ...view, q: draft }), [catalog.data, view, draft]);
  const total = catalog.data?.length ?? 0;

  return (
    <section className="page page-codes" aria-labelledby="page-title">
      <h1 id="page-title" className="page-title">
        {t('errorCodes.title')}
      </h1>
      <p className="muted">{t('errorCodes.intro')}</p>
      <form className="filter-bar" role="search" aria-label={t('errorCodes.searchLabel')} onSubmit={(e) => e.preventDefault()}>
        <div className="field wide">
          <label htmlFor={searchId}>{t('errorCodes.search')}</label>
          <input id={searchId} type="search" value={draft} placeholder={t('errorCodes.searchPlaceholder')} onChange={(e) => setDraft(e.target.value)} />
        </div>
        <Select label={t('filters.category')} value={view.category} options={CATEGORIES.map((c) => [c, t(`category.${c}`)])} onChange={(category) => set({ category })} />
        <Select label={t('filters.outcome')} value={view.outcome} options={CATALOG_OUTCOMES.map((o) => [o, t(`catalogOutcome.${o}`)])} onChange={(outcome) => set({ outcome })} />
        <Select label={t('errorCodes.actor')} value={view.actor} options={ACTORS.map((a) => [a, t(`actor.${a}`)])} onChange={(actor) => set({ actor })} />
      </form>
      {catalog.isPending ? (
        <Loading />
      ) : catalog.isError ? (
        isNotFound(catalog.error) ? (
          <Empty>
            <strong>{t('errorCodes.unavailable')}</strong>
          </Empty>
        ) : (
          <ErrorMessage error={catalog.error} retry={() => void catalog.refetch()} />
        )
      ) : (
        <>
          <p className="count" role="status" aria-live="polite">
            {t('errorCodes.count', { shown: fmt.number(matches.length), total: fmt.number(total) })}
          </p>
          {matches.length === 0 ? (
            <Empty>{t('errorCodes.none')}</Empty>
          ) : (
            <div className="table-wrap">
              <table className="data-table codes-table">
                <thead>
                  <tr>
                    <th scope="col">{t('columns.errorCode')}</th>
                    <th scope="col">{t('errorCodes.titleColumn')}</th>
                    <th scope="col">{t('filters.category')}</th>
                    <th scope="col">{t('filters.outcome')}</th>
                    <th scope="col">{t('errorCodes.actor')}</th>
                    <th scope="col" className="num">{t('errorCodes.signIns')}</th>
                  </tr>
                </thead>
                <tbody>
                  {matches.slice(0, 400).map((e) => {
                    const isOpen = view.open === e.code;
                    const text = e[lang];
                    return (
                      <CodeRow key={e.code} entry={e} isOpen={isOpen} onToggle={() => set({ open: isOpen ? undefined : e.code }, true)} title={text.title}>
                        {isOpen ? (
                          <tr className="code-detail">
                            <td colSpan={6} id={`code-${e.code}-detail`}>
                              <p>{text.explanation}</p>
                              <p>
                                <strong>{t('troubleshooting.whoActs')}:</strong> {t(`actor.${e.actor}`)} — {t(`actorHint.${e.actor}`)}
                              </p>
                              <ol className="steps">
                                {text.action.map((a, i) => (
                                  <li key={i}>{a}</li>
                                ))}
                              </ol>
                            </td>
                          </tr>
                        ) : null}
                      </CodeRow>
                    );
                  })}
                </tbody>
              </table>
              {matches.length > 400 ? <p className="muted small">{t('errorCodes.truncated', { n: fmt.number(400) })}</p> : null}
            </div>
          )}
        </>
      )}
    </section>
  );
};

const CodeRow = ({ entry: e, isOpen, onToggle, title, children }: { entry: CatalogEntry; isOpen: boolean; onToggle: () => void; title: string; children: React.ReactNode }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  return (
    <>
      <tr id={`code-${e.code}`} className={isOpen ? 'is-open' : undefined}>
        <td className="mono">
          <button type="button" className="link-button mono" aria-expanded={isOpen} aria-controls={`code-${e.code}-detail`} onClick={onToggle}>
            {e.code}
          </button>
          {e.identifier ? <div className="muted small mono">{e.identifier}</div> : null}
        </td>
        <td>{title}</td>
        <td>{t(`category.${e.category}`)}</td>
        <td>
          <span className={`badge badge-${e.outcome}`}>{t(`catalogOutcome.${e.outcome}`)}</span>
        </td>
        <td>{t(`actor.${e.actor}`)}</td>
        <td className="num">
          {e.signInCount === undefined ? (
            '—'
          ) : e.signInCount > 0 ? (
            <Link href={signInsHref({ code: e.code, range: 'all' })}>{fmt.number(e.signInCount)}</Link>
          ) : (
            <span className="muted">0</span>
          )}
        </td>
      </tr>
      {children}
    </>
  );
};

const Select = <T extends string>({ label, value, options, onChange }: { label: string; value: T | undefined; options: [T, string][]; onChange: (v: T | undefined) => void }) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : (e.target.value as T))}>
        <option value="">{t('filters.any')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
};
