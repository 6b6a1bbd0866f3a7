/** "New in the last 7 days": countries, IP addresses, devices and apps this entity had not used before. */
import { useTranslation } from 'react-i18next';
import type { NewFact } from '../../api/entity.js';
import { Link } from '../../components/link.js';
import { useSettings } from '../../state/settings.js';
import { entityHref } from '../../state/entity-view.js';
import { countryName } from './country-name.js';

export const NewFacts = ({ facts }: { facts: readonly NewFact[] }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  return (
    <section className="panel panel-wide new-facts" aria-labelledby="h-new-facts">
      <h2 id="h-new-facts">{t('entity.newFacts')}</h2>
      <p className="muted small">{t('entity.newFactsHint')}</p>
      {facts.length === 0 ? (
        <p className="muted">{t('entity.noNewFacts')}</p>
      ) : (
        <ul className="new-fact-list">
          {facts.map((f) => (
            <li key={`${f.kind}:${f.value}`} className="new-fact">
              <span className="new-fact-kind">{t(`entity.newKind.${f.kind}`)}</span>
              {f.kind === 'ip' ? (
                <Link href={entityHref('ip', f.value)} className="mono new-fact-value">
                  {f.value}
                </Link>
              ) : (
                <strong className="new-fact-value">{f.kind === 'country' ? countryName(f.value, fmt.locale) : f.value}</strong>
              )}
              <span className="muted small">{t('entity.newSince', { when: fmt.dateTime(f.firstSeen) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
