/** A top-N table (failing users, apps, IPs, countries) whose rows open the filtered sign-in list. */
import { useTranslation } from 'react-i18next';
import type { KeyCount } from '../../api/analytics.js';
import { Link } from '../../components/link.js';
import { Empty } from '../../components/status.js';
import { useSettings } from '../../state/settings.js';
import { signInsHref, type SignInFilters } from '../../state/view-state.js';
import { EntityLink } from '../entity/entity-link.js';

interface TopListProps {
  readonly items: readonly KeyCount[];
  readonly keyLabel: string;
  readonly filterFor: (key: string) => Partial<SignInFilters>;
  readonly open: (f: Partial<SignInFilters>) => void;
  readonly mono?: boolean;
  readonly country?: boolean;
  /** The page of the key (a user or an IP address), linked beside the filtered list. */
  readonly entityKind?: 'user' | 'ip';
}

export const TopList = ({ items, keyLabel, filterFor, open, mono, country, entityKind }: TopListProps) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  if (items.length === 0) return <Empty>{t('dashboard.none')}</Empty>;
  const max = Math.max(...items.map((i) => i.count), 1);
  let names: Intl.DisplayNames | undefined;
  try {
    names = country ? new Intl.DisplayNames([fmt.locale], { type: 'region' }) : undefined;
  } catch {
    names = undefined;
  }
  const label = (k: string) => {
    if (!k) return t('dashboard.blank');
    if (!names || !/^[A-Za-z]{2}$/.test(k)) return k;
    try {
      return `${names.of(k.toUpperCase()) ?? k} (${k.toUpperCase()})`;
    } catch {
      return k;
    }
  };
  return (
    <table className="data-table top-list">
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          <th scope="col" className="num">{t('dashboard.failures')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => {
          const f = filterFor(i.key);
          return (
            <tr key={i.key}>
              <td>
                {i.key ? (
                  <Link
                    href={signInsHref(f)}
                    className={mono ? 'mono' : undefined}
                    onClick={(e) => {
                      e.preventDefault();
                      open(f);
                    }}
                  >
                    {label(i.key)}
                  </Link>
                ) : null}
                {i.key && entityKind ? (
                  <>
                    {' '}
                    <EntityLink kind={entityKind} value={i.key} className="entity-page-link">
                      {t('entity.pageLink')}
                    </EntityLink>
                  </>
                ) : null}
                {i.key ? null : (
                  <span className="muted">{label(i.key)}</span>
                )}
              </td>
              <td className="num">
                <span className="bar" aria-hidden="true">
                  <span className="bar-fill" style={{ width: `${(i.count / max) * 100}%` }} />
                </span>
                {fmt.number(i.count)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
