/**
 * The detection rules the server runs (`GET /api/rules`): id, title, severity, ATT&CK
 * technique, kind of correlation, whether it is on, its effective parameters and the public rule
 * it learned from. Each rule's open alerts link to the alert list filtered by that rule.
 */
import { useTranslation } from 'react-i18next';
import { useAlertStats, useRules } from '../../api/alert-queries.js';
import { Link } from '../../components/link.js';
import { Empty, ErrorMessage, Loading } from '../../components/status.js';
import { alertsHref } from '../../state/alerts-view.js';
import { useSettings } from '../../state/settings.js';
import { ValueList } from './alert-figures.js';
import { SeverityBadge } from './labels.js';
import { Unavailable } from './unavailable.js';

export const RulesView = () => {
  const { t } = useTranslation();
  const { fmt, lang } = useSettings();
  const rules = useRules();
  const stats = useAlertStats();
  if (rules.isPending) return <Loading label={t('rules.loading')} />;
  if (rules.isError) return <ErrorMessage error={rules.error} retry={() => void rules.refetch()} />;
  if (rules.data === null) return <Unavailable />;
  if (rules.data.length === 0) {
    return (
      <Empty>
        <strong>{t('rules.empty')}</strong>
      </Empty>
    );
  }
  const open = stats.data?.openByRule ?? {};
  return (
    <div className="table-wrap">
      <table className="data-table rules-table" aria-label={t('rules.label')}>
        <thead>
          <tr>
            <th scope="col">{t('rules.titleColumn')}</th>
            <th scope="col">{t('alerts.severity')}</th>
            <th scope="col">{t('alerts.technique')}</th>
            <th scope="col">{t('rules.kind')}</th>
            <th scope="col">{t('rules.enabled')}</th>
            <th scope="col">{t('rules.parameters')}</th>
            <th scope="col">{t('rules.learnedFrom')}</th>
            <th scope="col" className="num">
              {t('rules.openAlerts')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.data.map((r) => (
            <tr key={r.id} data-rule={r.id} className={r.enabled ? undefined : 'rule-off'}>
              <td>
                <strong>{r.title[lang]}</strong>
                <div className="mono small muted">
                  {r.id} · {t(r.source === 'builtin' ? 'rules.builtin' : 'rules.custom')}
                </div>
                <p className="small rule-description">{r.description[lang]}</p>
                {r.where ? (
                  <details className="data-details">
                    <summary>{t('rules.where')}</summary>
                    <code className="rule-where">{r.where}</code>
                  </details>
                ) : null}
              </td>
              <td>
                <SeverityBadge severity={r.severity} />
              </td>
              <td className="mono">{r.technique}</td>
              <td>{t(`rules.kinds.${r.kind}`)}</td>
              <td className={r.enabled ? 'ok' : 'muted'}>{r.enabled ? t('rules.on') : t('rules.off')}</td>
              <td>
                <ValueList values={r.parameters} className="compact" />
              </td>
              <td>{r.learnedFrom ?? '—'}</td>
              <td className="num">
                <Link href={alertsHref({ ruleId: r.id, status: 'open' })}>{fmt.number(open[r.id] ?? 0)}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
