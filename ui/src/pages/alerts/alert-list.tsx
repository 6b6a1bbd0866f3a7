/**
 * The alert list as a table: severity, rule, entity, first and last seen, sign-in count and
 * status. The rule title in each row is a link to the alert (Tab reaches every row, Enter opens
 * it); a click anywhere on the row opens it too.
 */
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../api/alerts.js';
import { Link } from '../../components/link.js';
import { useSettings } from '../../state/settings.js';
import { navigate } from '../../state/use-view.js';
import { SeverityBadge, StatusBadge } from './labels.js';

interface Props {
  readonly alerts: readonly Alert[];
  readonly hrefFor: (id: string) => string;
}

export const AlertList = ({ alerts, hrefFor }: Props) => {
  const { t } = useTranslation();
  const { fmt, lang } = useSettings();
  return (
    <div className="table-wrap">
      <table className="data-table alert-table" aria-label={t('alerts.listLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('alerts.severity')}</th>
            <th scope="col">{t('alerts.rule')}</th>
            <th scope="col">{t('alerts.entityValue')}</th>
            <th scope="col">{t('alerts.firstSeen')}</th>
            <th scope="col">{t('alerts.lastSeen')}</th>
            <th scope="col" className="num">
              {t('alerts.signIns')}
            </th>
            <th scope="col">{t('alerts.status')}</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((a) => (
            <tr key={a.id} className="alert-row" data-id={a.id} data-rule={a.ruleId} onClick={(e) => {
              // The link handles its own clicks; elsewhere in the row a click opens the alert too.
              if ((e.target as HTMLElement).closest('a')) return;
              navigate(hrefFor(a.id));
            }}>
              <td>
                <SeverityBadge severity={a.severity} />
              </td>
              <td>
                <Link href={hrefFor(a.id)} className="alert-title-link">
                  {a.title[lang]}
                </Link>
                <span className="muted small mono alert-rule-id">{a.ruleId}</span>
              </td>
              <td>
                <span className="muted small">{t(`entityKind.${a.entity.kind}`)}</span>
                <span className="mono alert-entity">{a.entity.value}</span>
              </td>
              <td className="nowrap">{fmt.dateTime(a.firstSeen)}</td>
              <td className="nowrap">{fmt.dateTime(a.lastSeen)}</td>
              <td className="num">{fmt.number(a.signInCount)}</td>
              <td>
                <StatusBadge status={a.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
