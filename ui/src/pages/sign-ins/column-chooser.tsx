/** Column chooser: a disclosure with one checkbox per column; at least one column stays shown. */
import { useTranslation } from 'react-i18next';
import { COLUMN_IDS, DEFAULT_COLUMNS, type ColumnId } from '../../state/view-state.js';

export const ColumnChooser = ({ columns, onChange }: { columns: readonly ColumnId[]; onChange: (c: readonly ColumnId[]) => void }) => {
  const { t } = useTranslation();
  const shown = new Set(columns);
  const toggle = (c: ColumnId) => {
    const next = new Set(shown);
    if (next.has(c)) next.delete(c);
    else next.add(c);
    if (next.size === 0) return;
    onChange(COLUMN_IDS.filter((x) => next.has(x)));
  };
  return (
    <details className="menu">
      <summary className="btn">{t('columns.chooser', { shown: columns.length, total: COLUMN_IDS.length })}</summary>
      <fieldset className="menu-panel columns-panel">
        <legend className="visually-hidden">{t('columns.chooserLegend')}</legend>
        {COLUMN_IDS.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={shown.has(c)} disabled={shown.has(c) && shown.size === 1} onChange={() => toggle(c)} />
            {t(`columns.${c}`)}
          </label>
        ))}
        <button type="button" className="btn btn-quiet" onClick={() => onChange(DEFAULT_COLUMNS)}>
          {t('columns.reset')}
        </button>
      </fieldset>
    </details>
  );
};
