/** The alerts that name the entity; quiet when the server has no alert routes (404). */
import { useTranslation } from 'react-i18next';
import type { EntityAlert } from '../../api/entity-alerts.js';
import { Link } from '../../components/link.js';
import { ErrorMessage, Loading } from '../../components/status.js';
import { useSettings } from '../../state/settings.js';
import { alertHref } from '../../state/entity-view.js';

interface EntityAlertsProps {
  /** `null`: the server has no alert routes. */
  readonly alerts: readonly EntityAlert[] | null | undefined;
  readonly pending: boolean;
  readonly error: unknown;
}

export const EntityAlerts = ({ alerts, pending, error }: EntityAlertsProps) => {
  const { t } = useTranslation();
  const { fmt, lang } = useSettings();
  let body;
  if (pending) body = <Loading />;
  else if (error) body = <ErrorMessage error={error} />;
  else if (!alerts) body = <p className="muted">{t('entity.alerts.unavailable')}</p>;
  else if (alerts.length === 0) body = <p className="muted">{t('entity.alerts.none')}</p>;
  else
    body = (
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('entity.alerts.severity')}</th>
              <th scope="col">{t('entity.alerts.rule')}</th>
              <th scope="col">{t('entity.alerts.status')}</th>
              <th scope="col" className="num">{t('entity.alerts.signIns')}</th>
              <th scope="col">{t('entity.alerts.when')}</th>
            </tr>
          </thead>
          <tbody>
            {alerts.map((a) => (
              <tr key={a.id}>
                <td>
                  <span className={`badge severity-${a.severity}`}>{t(`entity.alerts.severityValue.${a.severity}`)}</span>
                </td>
                <td>
                  <Link href={alertHref(a.id)}>{a.title[lang]}</Link>
                  {a.summary ? <p className="muted small">{a.summary[lang]}</p> : null}
                </td>
                <td>{t(`entity.alerts.statusValue.${a.status}`)}</td>
                <td className="num">{fmt.number(a.signInCount)}</td>
                <td>
                  <time dateTime={a.lastSeen}>{fmt.dateTime(a.lastSeen)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  return (
    <section className="panel panel-wide" aria-labelledby="h-entity-alerts">
      <h2 id="h-entity-alerts">{t('entity.alerts.title')}</h2>
      {body}
    </section>
  );
};
