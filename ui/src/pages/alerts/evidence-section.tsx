/**
 * The evidence sign-ins of an alert, fetched through the Graph-compatible API with the alert's
 * own filter: a timeline, and the same rows as a table for keyboard and screen-reader users.
 */
import { useTranslation } from 'react-i18next';
import { useEvidence } from '../../api/alert-queries.js';
import type { Alert } from '../../api/alerts.js';
import { ErrorMessage, Loading } from '../../components/status.js';
import { useSettings } from '../../state/settings.js';
import { EvidenceTimeline } from './evidence-timeline.js';

/** Rows in the table; the timeline draws them all. */
const TABLE_MAX = 200;

export const EvidenceSection = ({ alert }: { alert: Alert }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const q = useEvidence(alert);
  if (q.isPending) return <Loading label={t('alerts.evidenceLoading')} />;
  if (q.isError) return <ErrorMessage error={q.error} retry={() => void q.refetch()} />;
  const { rows, more } = q.data;
  if (rows.length === 0) return null;
  return (
    <>
      <h4>{t('alerts.timeline')}</h4>
      <EvidenceTimeline rows={rows} />
      {more ? <p className="muted small">{t('alerts.evidenceMore', { n: fmt.number(rows.length) })}</p> : null}
      <details className="data-details">
        <summary>{t('alerts.evidenceTable')}</summary>
        <div className="table-wrap">
          <table className="data-table evidence-table">
            <thead>
              <tr>
                <th scope="col">{t('alerts.time')}</th>
                <th scope="col">{t('alerts.user')}</th>
                <th scope="col">{t('alerts.app')}</th>
                <th scope="col">{t('alerts.ip')}</th>
                <th scope="col">{t('alerts.location')}</th>
                <th scope="col">{t('alerts.result')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, TABLE_MAX).map((r) => (
                <tr key={r.id} data-id={r.id}>
                  <td className="nowrap">{fmt.dateTime(r.createdDateTime)}</td>
                  <td>{r.userPrincipalName ?? '—'}</td>
                  <td>{r.appDisplayName ?? '—'}</td>
                  <td className="mono">{r.ipAddress ?? '—'}</td>
                  <td>{[r.city, r.country].filter(Boolean).join(', ') || '—'}</td>
                  <td className={r.errorCode === 0 ? 'ok' : 'bad'}>{r.errorCode === 0 ? t('outcome.success') : String(r.errorCode)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
};
