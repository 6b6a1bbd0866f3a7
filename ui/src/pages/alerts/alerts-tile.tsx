/**
 * The failures dashboard's tile of open alerts by severity; each count opens the Alerts page
 * filtered to that severity and to open alerts. Nothing is drawn on a server without detections.
 */
import { useTranslation } from 'react-i18next';
import { useAlertStats } from '../../api/alert-queries.js';
import { SEVERITIES, openCount } from '../../api/alerts.js';
import { Link } from '../../components/link.js';
import { alertsHref } from '../../state/alerts-view.js';
import { useSettings } from '../../state/settings.js';
import './alert-badges.css';

export const AlertsTile = () => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const stats = useAlertStats();
  const data = stats.data;
  if (!data) return null;
  const total = openCount(data);
  return (
    <section className="panel alerts-tile" aria-labelledby="h-alerts-tile">
      <div className="alerts-tile-head">
        <h2 id="h-alerts-tile">{t('alertsTile.title')}</h2>
        <Link href={alertsHref({ status: 'open' })} className="small">
          {t('alertsTile.all')} ({fmt.number(total)})
        </Link>
      </div>
      {total === 0 ? (
        <p className="muted">{t('alertsTile.none')}</p>
      ) : (
        <>
          <p className="muted small">{t('alertsTile.hint')}</p>
          <ul className="sev-cards">
            {SEVERITIES.map((s) => (
              <li key={s} className={`sev-card sev-card-${s}${data.openBySeverity[s] === 0 ? ' sev-card-zero' : ''}`}>
                <Link href={alertsHref({ severity: s, status: 'open' })}>
                  <span className="sev-card-label">{t(`severity.${s}`)}</span>
                  <span className="sev-card-value">{fmt.number(data.openBySeverity[s])}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
