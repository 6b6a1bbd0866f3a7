/**
 * Triage: acknowledge, resolve or mark a false positive (each with the optional note), and
 * suppress the rule for this entity for N days. A token without the triage scope gets a clear
 * 403 message saying which scope is needed, not a generic failure.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSuppress, useTriage } from '../../api/alert-queries.js';
import type { Alert, AlertStatus } from '../../api/alerts.js';
import { isApiError } from '../../api/client.js';
import { ErrorMessage } from '../../components/status.js';
import { useSettings } from '../../state/settings.js';

const ACTIONS = [
  { status: 'acknowledged', label: 'triage.acknowledge' },
  { status: 'resolved', label: 'triage.resolve' },
  { status: 'falsePositive', label: 'triage.falsePositive' },
] as const satisfies readonly { status: AlertStatus; label: string }[];

export const parseDays = (v: string): number | undefined => {
  const s = v.trim();
  if (!/^\d{1,3}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= 365 ? n : undefined;
};

const Failure = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 403) {
    return (
      <div className="state state-error triage-forbidden" role="alert">
        <strong>{t('triage.forbidden')}</strong>
        <p className="error-detail">{error.message}</p>
      </div>
    );
  }
  return <ErrorMessage error={error} />;
};

export const TriagePanel = ({ alert }: { alert: Alert }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const noteId = useId();
  const daysId = useId();
  const [note, setNote] = useState('');
  const [days, setDays] = useState('7');
  const triage = useTriage(alert.id);
  const suppress = useSuppress(alert.id);
  const busy = triage.isPending || suppress.isPending;
  const validDays = parseDays(days);
  return (
    <section aria-labelledby="h-triage" className="panel triage">
      <h3 id="h-triage">{t('triage.title')}</h3>
      <div className="field">
        <label htmlFor={noteId}>{t('triage.note')}</label>
        <textarea id={noteId} rows={3} maxLength={2000} value={note} placeholder={t('triage.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="triage-actions">
        {ACTIONS.filter((a) => a.status !== alert.status).map((a) => (
          <button
            key={a.status}
            type="button"
            className={a.status === 'acknowledged' ? 'btn btn-primary' : 'btn'}
            disabled={busy}
            onClick={() =>
              triage.mutate(
                { status: a.status, note },
                {
                  onSuccess: () => setNote(''),
                },
              )
            }
          >
            {t(a.label)}
          </button>
        ))}
      </div>
      <p className="muted small" role="status" aria-live="polite">
        {triage.isPending ? t('triage.saving') : triage.isSuccess ? t('triage.saved', { status: t(`alertStatus.${triage.data.status}`) }) : ''}
      </p>
      {triage.isError ? <Failure error={triage.error} /> : null}
      <h4>{t('triage.suppressTitle')}</h4>
      <p className="muted small">{t('triage.suppressHint')}</p>
      <div className="suppress-row">
        <div className="field narrow">
          <label htmlFor={daysId}>{t('triage.days')}</label>
          <input
            id={daysId}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            value={days}
            aria-invalid={validDays === undefined}
            aria-describedby={validDays === undefined ? `${daysId}-err` : undefined}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <button
          type="button"
          className="btn"
          disabled={busy || validDays === undefined}
          onClick={() => {
            if (validDays !== undefined) suppress.mutate({ days: validDays, note });
          }}
        >
          {t('triage.suppress')}
        </button>
      </div>
      {validDays === undefined ? (
        <p id={`${daysId}-err`} className="bad small">
          {t('triage.daysInvalid')}
        </p>
      ) : null}
      <p className="muted small" role="status" aria-live="polite">
        {suppress.isSuccess ? t('triage.suppressed', { until: fmt.dateTime(suppress.data.until) }) : ''}
      </p>
      {suppress.isError ? <Failure error={suppress.error} /> : null}
    </section>
  );
};
