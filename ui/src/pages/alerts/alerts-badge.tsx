/**
 * The number of open alerts beside "Alerts" in the navigation, from `/api/alerts/stats`
 * (refreshed every minute). Hidden when there are none, while loading, and on a server without
 * detections (404) — the badge never turns into an error.
 */
import { useTranslation } from 'react-i18next';
import { useAlertStats } from '../../api/alert-queries.js';
import { openCount } from '../../api/alerts.js';
import { useSettings } from '../../state/settings.js';
import './alert-badges.css';

export const AlertsBadge = () => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const stats = useAlertStats();
  if (!stats.data) return null;
  const n = openCount(stats.data);
  if (n === 0) return null;
  const urgent = stats.data.openBySeverity.critical + stats.data.openBySeverity.high > 0;
  return (
    <>
      <span className={`nav-badge${urgent ? ' nav-badge-urgent' : ''}`} aria-hidden="true" data-count={n}>
        {n > 999 ? '999+' : fmt.number(n)}
      </span>
      <span className="visually-hidden"> ({t('alerts.badge', { count: n })})</span>
    </>
  );
};
