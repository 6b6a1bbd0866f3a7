/**
 * "New in the last 7 days": countries, IP addresses, devices and apps this entity had not used
 * before, grouped by kind. A busy application can have hundreds of new addresses: each group shows
 * the first few and folds the rest away.
 */
import { useTranslation } from 'react-i18next';
import { NEW_FACT_KINDS, type NewFact } from '../../api/entity.js';
import { Link } from '../../components/link.js';
import { useSettings } from '../../state/settings.js';
import { entityHref } from '../../state/entity-view.js';
import { countryName } from './country-name.js';

/** Items shown per kind before "show more". */
export const SHOWN_PER_KIND = 8;

const FactItem = ({ f }: { f: NewFact }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  return (
    <li className="new-fact">
      {f.kind === 'ip' ? (
        <Link href={entityHref('ip', f.value)} className="mono new-fact-value">
          {f.value}
        </Link>
      ) : (
        <strong className="new-fact-value">{f.kind === 'country' ? countryName(f.value, fmt.locale) : f.value}</strong>
      )}
      <span className="muted small">{t('entity.newSince', { when: fmt.dateTime(f.firstSeen) })}</span>
    </li>
  );
};

export const NewFacts = ({ facts }: { facts: readonly NewFact[] }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const groups = NEW_FACT_KINDS.map((kind) => ({ kind, items: facts.filter((f) => f.kind === kind) })).filter((g) => g.items.length > 0);
  return (
    <section className="panel panel-wide new-facts" aria-labelledby="h-new-facts">
      <h2 id="h-new-facts">{t('entity.newFacts')}</h2>
      <p className="muted small">{t('entity.newFactsHint')}</p>
      {groups.length === 0 ? (
        <p className="muted">{t('entity.noNewFacts')}</p>
      ) : (
        groups.map((g) => (
          <div key={g.kind} className="new-fact-group" data-kind={g.kind} data-count={g.items.length}>
            <h3>{t('entity.newGroup', { kind: t(`entity.newKind.${g.kind}`), n: fmt.number(g.items.length) })}</h3>
            <ul className="new-fact-list">
              {g.items.slice(0, SHOWN_PER_KIND).map((f) => (
                <FactItem key={f.value} f={f} />
              ))}
            </ul>
            {g.items.length > SHOWN_PER_KIND ? (
              <details className="data-details">
                <summary>{t('entity.newMore', { n: fmt.number(g.items.length - SHOWN_PER_KIND) })}</summary>
                <ul className="new-fact-list">
                  {g.items.slice(SHOWN_PER_KIND).map((f) => (
                    <FactItem key={f.value} f={f} />
                  ))}
                </ul>
              </details>
            ) : null}
          </div>
        ))
      )}
    </section>
  );
};
