/**
 * What only the application page shows: the failures grouped by who has to act (the catalog's
 * actor) and by category, so a developer sees at once whether the failures are theirs.
 */
import { useTranslation } from 'react-i18next';
import { ACTORS, isCategory, type Actor } from '../../api/catalog.js';
import type { CodeFact } from '../../api/entity.js';
import { useSettings } from '../../state/settings.js';

export interface Share {
  readonly key: string;
  readonly failures: number;
  readonly share: number;
}

/** Sums the failures of the codes by a property; largest first, ties by key. */
export const shareBy = (codes: readonly CodeFact[], key: (c: CodeFact) => string): Share[] => {
  const sums = new Map<string, number>();
  let total = 0;
  for (const c of codes) {
    if (c.failures === 0) continue;
    sums.set(key(c), (sums.get(key(c)) ?? 0) + c.failures);
    total += c.failures;
  }
  return [...sums]
    .map(([k, failures]) => ({ key: k, failures, share: total > 0 ? failures / total : 0 }))
    .sort((a, b) => b.failures - a.failures || a.key.localeCompare(b.key));
};

const isActor = (v: string): v is Actor => (ACTORS as readonly string[]).includes(v);

const ShareTable = ({ rows, header, label }: { rows: readonly Share[]; header: string; label: (k: string) => string }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  if (rows.length === 0) return <p className="muted">{t('entity.lists.none')}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{header}</th>
          <th scope="col" className="num">{t('entity.lists.failures')}</th>
          <th scope="col" className="num">{t('entity.app.share')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{label(r.key)}</th>
            <td className="num">{fmt.number(r.failures)}</td>
            <td className="num">
              <span className="bar" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${r.share * 100}%` }} />
              </span>
              {fmt.percent(r.share)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

export const WhoActs = ({ codes }: { codes: readonly CodeFact[] }) => {
  const { t } = useTranslation();
  const actors = shareBy(codes, (c) => c.actor ?? '');
  const categories = shareBy(codes, (c) => c.category);
  return (
    <>
      <section className="panel" aria-labelledby="h-who-acts">
        <h2 id="h-who-acts">{t('entity.app.whoActs')}</h2>
        <p className="muted small">{t('entity.app.whoActsHint')}</p>
        <ShareTable
          rows={actors}
          header={t('entity.lists.actor')}
          label={(k) => (isActor(k) ? `${t(`actor.${k}`)}: ${t(`actorHint.${k}`)}` : t('entity.app.unknownActor'))}
        />
      </section>
      <section className="panel" aria-labelledby="h-categories">
        <h2 id="h-categories">{t('entity.app.categories')}</h2>
        <ShareTable rows={categories} header={t('entity.lists.category')} label={(k) => (isCategory(k) ? t(`category.${k}`) : t('category.unknown'))} />
      </section>
    </>
  );
};
