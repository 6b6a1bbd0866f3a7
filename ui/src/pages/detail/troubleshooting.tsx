/**
 * The troubleshooting tab: what the code means, who has to act and the steps, in the chosen
 * language, then the context from `/api/sign-ins/{id}/diagnosis` (this user's recent failures,
 * how common the code is for this app, a spray sign on the IP, failed CA policies).
 * Unknown codes are shown honestly as unknown, with what the record itself says.
 */
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../api/catalog.js';
import { isNotFound } from '../../api/client.js';
import { isObject, optNum, optStr } from '../../api/decode.js';
import { useCatalogEntry, useDiagnosis } from '../../api/queries.js';
import type { SignInRecord } from '../../api/sign-in.js';
import { Link } from '../../components/link.js';
import { entityHref } from '../../state/entity-view.js';
import { Empty, ErrorMessage, Loading } from '../../components/status.js';
import { useSettings } from '../../state/settings.js';
import { signInsHref } from '../../state/view-state.js';
import { Fields } from './sections.js';

const EntryView = ({ entry, failureReason }: { entry: CatalogEntry; failureReason: string | undefined }) => {
  const { t } = useTranslation();
  const { lang } = useSettings();
  const text = entry[lang];
  return (
    <article className="explain" aria-labelledby="explain-title">
      <p className="explain-meta">
        <span className="badge badge-code mono">AADSTS{entry.code}</span>
        {entry.identifier ? <span className="mono muted">{entry.identifier}</span> : null}
        <span className={`badge badge-${entry.outcome}`}>{t(`catalogOutcome.${entry.outcome}`)}</span>
        <span className="badge">{t(`category.${entry.category}`)}</span>
      </p>
      <h3 id="explain-title">{text.title}</h3>
      <p>{text.explanation}</p>
      <div className="callout">
        <h4>{t('troubleshooting.whoActs')}</h4>
        <p>
          <strong>{t(`actor.${entry.actor}`)}</strong> — {t(`actorHint.${entry.actor}`)}
        </p>
      </div>
      <h4>{t('troubleshooting.steps')}</h4>
      {text.action.length > 0 ? (
        <ol className="steps">
          {text.action.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('troubleshooting.noSteps')}</p>
      )}
      {failureReason ? (
        <p className="muted small">
          {t('troubleshooting.recordSays')} <q>{failureReason}</q>
        </p>
      ) : null}
    </article>
  );
};

export const Troubleshooting = ({ rec, catalog }: { rec: SignInRecord; catalog: ReadonlyMap<number, CatalogEntry> }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const status = isObject(rec.status) ? rec.status : {};
  const code = optNum(status.errorCode) ?? 0;
  const failureReason = optStr(status.failureReason);
  const diagnosis = useDiagnosis(code === 0 ? undefined : rec.id);
  const listed = catalog.get(code);
  const single = useCatalogEntry(code, !listed && !diagnosis.data?.entry && !diagnosis.isPending);
  const entry = diagnosis.data?.entry ?? listed ?? single.data;
  const upn = optStr(rec.userPrincipalName);

  if (code === 0) {
    return (
      <Empty>
        <strong>{t('troubleshooting.success')}</strong>
        <p>{t('troubleshooting.successHint')}</p>
      </Empty>
    );
  }

  const d = diagnosis.data;
  // Opens another sign-in in the panel while keeping the list's filters.
  const openSignIn = (id: string) => {
    const p = new URLSearchParams(window.location.search);
    p.set('sel', id);
    p.set('dtab', 'troubleshooting');
    return `?${p.toString()}`;
  };

  return (
    <div className="troubleshooting">
      {entry ? (
        <EntryView entry={entry} failureReason={failureReason} />
      ) : diagnosis.isPending || single.isFetching ? (
        <Loading />
      ) : (
        <div className="callout callout-warn">
          <h3>{t('troubleshooting.unknownTitle', { code })}</h3>
          <p>{t('troubleshooting.unknownText')}</p>
          <Fields
            items={[
              [t('fields.failureReason'), failureReason],
              [t('fields.additionalDetails'), optStr(status.additionalDetails)],
            ]}
          />
        </div>
      )}

      <p className="links">
        <Link href={signInsHref({ code, range: '30d' })}>{t('troubleshooting.allWithCode', { code })}</Link>
        {upn ? <Link href={signInsHref({ user: upn, outcome: 'failure', range: '7d' })}>{t('troubleshooting.userFailures')}</Link> : null}
        {upn ? <Link href={entityHref('user', upn)}>{t('entity.userPage')}</Link> : null}
      </p>

      <h3>{t('troubleshooting.context')}</h3>
      {diagnosis.isPending ? (
        <Loading />
      ) : diagnosis.isError ? (
        isNotFound(diagnosis.error) ? (
          <Empty>{t('troubleshooting.noDiagnosis')}</Empty>
        ) : (
          <ErrorMessage error={diagnosis.error} retry={() => void diagnosis.refetch()} />
        )
      ) : d ? (
        <div className="context-grid">
          {d.ip?.spraySuspected ? (
            <div className="callout callout-danger" role="note">
              <strong>{t('troubleshooting.spray')}</strong>
              <p>{t('troubleshooting.sprayText', { users: fmt.number(d.ip.distinctUsersFailing), failures: fmt.number(d.ip.failures) })}</p>
            </div>
          ) : null}
          <section className="context-card" aria-labelledby="ctx-user">
            <h4 id="ctx-user">{t('troubleshooting.thisUser')}</h4>
            {d.user ? (
              <>
                <p>{t('troubleshooting.userCounts', { day: fmt.number(d.user.failures24h), week: fmt.number(d.user.failures7d) })}</p>
                {d.user.recent.length > 0 ? (
                  <ul className="recent">
                    {d.user.recent.slice(0, 8).map((r) => (
                      <li key={r.id}>
                        <Link href={openSignIn(r.id)}>
                          <time dateTime={r.createdDateTime}>{fmt.dateTime(r.createdDateTime)}</time>
                        </Link>{' '}
                        {r.appDisplayName ?? '—'} ·{' '}
                        <span className={r.errorCode === 0 ? 'ok' : 'bad'}>{r.errorCode === 0 ? t('outcome.success') : r.errorCode}</span>
                        {r.id === rec.id ? <span className="muted"> ({t('troubleshooting.thisOne')})</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </>
            ) : (
              <p className="muted">{t('troubleshooting.noUser')}</p>
            )}
          </section>
          <section className="context-card" aria-labelledby="ctx-app">
            <h4 id="ctx-app">{t('troubleshooting.thisAppCode', { app: optStr(rec.appDisplayName) ?? '—', code })}</h4>
            {d.appCode ? (
              <Fields
                items={[
                  [t('troubleshooting.occurrences'), fmt.number(d.appCode.count)],
                  [t('troubleshooting.distinctUsers'), fmt.number(d.appCode.distinctUsers)],
                  [t('troubleshooting.firstSeen'), `${fmt.dateTime(d.appCode.firstSeen)} (${fmt.relative(d.appCode.firstSeen)})`],
                  [t('troubleshooting.lastSeen'), `${fmt.dateTime(d.appCode.lastSeen)} (${fmt.relative(d.appCode.lastSeen)})`],
                ]}
              />
            ) : (
              <p className="muted">{t('troubleshooting.noData')}</p>
            )}
          </section>
          <section className="context-card" aria-labelledby="ctx-ip">
            <h4 id="ctx-ip">{t('troubleshooting.thisIp', { ip: optStr(rec.ipAddress) ?? '—' })}</h4>
            {d.ip ? (
              <Fields
                items={[
                  [t('troubleshooting.ipFailures'), fmt.number(d.ip.failures)],
                  [t('troubleshooting.ipUsers'), fmt.number(d.ip.distinctUsersFailing)],
                  [t('troubleshooting.spraySign'), d.ip.spraySuspected ? t('common.yes') : t('common.no')],
                ]}
              />
            ) : (
              <p className="muted">{t('troubleshooting.noData')}</p>
            )}
          </section>
          {d.failedPolicies.length > 0 ? (
            <section className="context-card" aria-labelledby="ctx-ca">
              <h4 id="ctx-ca">{t('troubleshooting.failedPolicies')}</h4>
              <ul>
                {d.failedPolicies.map((p) => (
                  <li key={p.id || p.displayName}>
                    <strong>{p.displayName || p.id}</strong>
                    {p.enforcedGrantControls.length > 0 ? ` — ${p.enforcedGrantControls.join(', ')}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}
    </div>
  );
};
