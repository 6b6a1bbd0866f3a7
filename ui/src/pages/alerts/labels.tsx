/** Severity and status shown as labelled badges (colour is never the only signal: the word is always there). */
import { useTranslation } from 'react-i18next';
import type { AlertStatus, Severity } from '../../api/alerts.js';

export const SeverityBadge = ({ severity }: { severity: Severity }) => {
  const { t } = useTranslation();
  return <span className={`badge sev sev-${severity}`}>{t(`severity.${severity}`)}</span>;
};

export const StatusBadge = ({ status }: { status: AlertStatus }) => {
  const { t } = useTranslation();
  return <span className={`badge alert-status alert-status-${status}`}>{t(`alertStatus.${status}`)}</span>;
};
