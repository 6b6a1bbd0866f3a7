/**
 * One alert: what happened in a sentence, to whom, when, the rule's figures, the evidence
 * sign-ins on a timeline with a link to them in the list, the triage actions and the history.
 */
import { useTranslation } from 'react-i18next';
import { useAlert } from '../../api/alert-queries.js';
import type { Alert } from '../../api/alerts.js';
import { isNotFound } from '../../api/client.js';
import { Link } from '../../components/link.js';
import { Empty, ErrorMessage, Loading } from '../../components/status.js';
import { useSettings } from '../../state/settings.js';
import { AlertFigures } from './alert-figures.js';
import { entityHref, evidenceHref } from './entity-href.js';
import { entityHref as entityPageHref } from '../../state/entity-view.js';
import { EvidenceSection } from './evidence-section.js';
import { SeverityBadge, StatusBadge } from './labels.js';
import { TriagePanel } from './triage-panel.js';

export const AlertDetail = ({ id, backHref }: { id: string; backHref: string }) => {
  const { t } = useTranslation();
  const q = useAlert(id);
  return (
    <div className="alert-detail">
      <p>
        <Link href={backHref} className="back-link">
          ← {t('alerts.back')}
        </Link>
      </p>
      {q.isPending ? (
        <Loading label={t('alerts.loadingOne')} />
      ) : q.isError ? (
        // Unknown id, or a server without detections: either way there is nothing to show.
        isNotFound(q.error) ? (
          <Empty>
            <strong>{t('alerts.notFound')}</strong>
          </Empty>
        ) : (
          <ErrorMessage error={q.error} retry={() => void q.refetch()} />
        )
      ) : (
        <AlertBody alert={q.data} />
      )}
    </div>
  );
};

const AlertBody = ({ alert }: { alert: Alert }) => {
  const { t } = useTranslation();
  const { fmt, lang } = useSettings();
  const span = Date.parse(alert.lastSeen) - Date.parse(alert.firstSeen);
  return (
    <article className="alert-article" aria-labelledby="alert-title">
      <header className="alert-head">
        <div className="alert-badges">
          <SeverityBadge severity={alert.severity} />
          <StatusBadge status={alert.status} />
          <span className="badge badge-code" title={t('alerts.technique')}>
            {alert.technique}
          </span>
        </div>
        <h2 id="alert-title">{alert.title[lang]}</h2>
        <p className="alert-summary">{alert.summary[lang]}</p>
        <dl className="fields alert-facts">
          <div className="field-row">
            <dt>{t(`entityKind.${alert.entity.kind}`)}</dt>
            <dd>
              <span className="mono">{alert.entity.value}</span>{' '}
              {alert.entity.kind !== 'servicePrincipal' ? (
                <>
                  <Link href={entityPageHref(alert.entity.kind, alert.entity.value)} className="small">
                    {t('alerts.entityPage')}
                  </Link>{' '}
                </>
              ) : null}
              <Link href={entityHref(alert.entity)} className="small">
                {t('alerts.entityLink')}
              </Link>
            </dd>
          </div>
          <div className="field-row">
            <dt>{t('alerts.range')}</dt>
            <dd>{t('alerts.period', { first: fmt.dateTime(alert.firstSeen), last: fmt.dateTime(alert.lastSeen), duration: formatSpan(span, lang) })}</dd>
          </div>
          <div className="field-row">
            <dt>{t('alerts.rule')}</dt>
            <dd className="mono">{alert.ruleId}</dd>
          </div>
        </dl>
        <p className="muted small">{t('alerts.created', { at: fmt.dateTime(alert.createdAt) })}</p>
      </header>
      <div className="alert-columns">
        <div className="alert-main">
          <section aria-labelledby="h-evidence" className="panel">
            <h3 id="h-evidence">{t('alerts.evidence')}</h3>
            <p>
              {t('alerts.evidenceHint', { count: alert.signInCount, n: fmt.number(alert.signInCount) })}{' '}
              <Link href={evidenceHref(alert)} className="evidence-link">
                {t('alerts.openEvidence')}
              </Link>
            </p>
            {alert.signInIdsTruncated ? <p className="muted small">{t('alerts.evidenceTruncated', { n: fmt.number(alert.signInIds.length) })}</p> : null}
            <EvidenceSection alert={alert} />
          </section>
          <section aria-labelledby="h-figures" className="panel">
            <h3 id="h-figures">{t('alerts.figures')}</h3>
            <AlertFigures details={alert.details} />
          </section>
        </div>
        <aside className="alert-side">
          <TriagePanel alert={alert} />
          <section aria-labelledby="h-history" className="panel">
            <h3 id="h-history">{t('alerts.history')}</h3>
            {alert.history.length === 0 ? (
              <p className="muted">{t('alerts.historyEmpty')}</p>
            ) : (
              <ol className="alert-history">
                {alert.history.map((h, i) => (
                  <li key={`${h.at}-${i}`}>
                    <StatusBadge status={h.status} /> <time dateTime={h.at}>{fmt.dateTime(h.at)}</time>
                    {h.by ? <span className="muted small"> {t('alerts.historyBy', { by: h.by })}</span> : null}
                    {h.note ? <p className="history-note">{h.note}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </aside>
      </div>
    </article>
  );
};

/** A span of time in the largest sensible units ("14 min", "2 h 5 min", "3 days"), in the viewer's language. */
export const formatSpan = (ms: number, lang: 'en' | 'ja'): string => {
  const unit = (n: number, u: 'day' | 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { style: 'unit', unit: u, unitDisplay: 'short' }).format(n);
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return unit(s, 'second');
  const m = Math.round(s / 60);
  if (m < 60) return unit(m, 'minute');
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 === 0 ? unit(h, 'hour') : `${unit(h, 'hour')} ${unit(m % 60, 'minute')}`;
  return unit(Math.round(h / 24), 'day');
};
