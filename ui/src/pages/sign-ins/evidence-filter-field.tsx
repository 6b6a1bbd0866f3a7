/** The OData filter an alert's evidence link put in the URL: shown read-only (it is the server's words) with a way to drop it. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '../alerts/alert-badges.css';

export const EvidenceFilterField = ({ value, onRemove }: { value: string; onRemove: () => void }) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field wide evidence-filter">
      <label htmlFor={id}>{t('evidenceFilter.label')}</label>
      <div className="evidence-filter-row">
        <input id={id} type="text" readOnly value={value} title={value} className="mono" />
        <button type="button" className="btn btn-quiet" onClick={onRemove} aria-label={t('evidenceFilter.remove')} title={t('evidenceFilter.remove')}>
          ×
        </button>
      </div>
    </div>
  );
};
