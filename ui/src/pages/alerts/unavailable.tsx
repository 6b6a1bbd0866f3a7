/** What the Alerts page says on a server without detections (its alert routes answer 404): a quiet note, not an error. */
import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/status.js';

export const Unavailable = () => {
  const { t } = useTranslation();
  return (
    <Empty>
      <strong>{t('alerts.unavailable')}</strong>
      <p>{t('alerts.unavailableHint')}</p>
    </Empty>
  );
};
