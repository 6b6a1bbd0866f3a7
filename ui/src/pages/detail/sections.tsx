/**
 * The descriptive tabs of the detail panel. Graph sends null, "" or nothing for absent values;
 * all of them show as a dash so the layout stays the same from record to record.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../api/catalog.js';
import { isObject, optBool, optNum, optStr, strList, type Json } from '../../api/decode.js';
import { signInTypeOf, type SignInRecord } from '../../api/sign-in.js';
import { Empty } from '../../components/status.js';
import { useSettings } from '../../state/settings.js';
import { OutcomeBadge } from '../sign-ins/columns.js';
import { EntityLink } from '../entity/entity-link.js';

const sub = (o: Json, key: string): Json => (isObject(o[key]) ? (o[key] as Json) : {});
const objects = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

export const Fields = ({ items }: { items: readonly [string, ReactNode][] }) => (
  <dl className="fields">
    {items.map(([k, v]) => (
      <div key={k} className="field-row">
        <dt>{k}</dt>
        <dd>{v === undefined || v === null || v === '' ? <span className="muted">—</span> : v}</dd>
      </div>
    ))}
  </dl>
);

const mono = (v: string | undefined): ReactNode => (v ? <span className="mono">{v}</span> : undefined);

/** A value that opens its user, IP address or application page. */
const entity = (kind: 'user' | 'ip' | 'app', v: string | undefined, className?: string): ReactNode =>
  v ? <EntityLink kind={kind} value={v} className={className} /> : undefined;

const useYesNo = () => {
  const { t } = useTranslation();
  return (b: boolean | undefined) => (b === undefined ? undefined : b ? t('common.yes') : t('common.no'));
};

export const BasicSection = ({ rec, outcome }: { rec: SignInRecord; outcome: Outcome }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const status = sub(rec, 'status');
  const type = signInTypeOf(rec);
  const ms = optNum(rec.processingTimeInMilliseconds);
  return (
    <Fields
      items={[
        [t('fields.date'), `${fmt.dateTimeLong(rec.createdDateTime)} (${fmt.relative(rec.createdDateTime)})`],
        [t('fields.requestId'), mono(rec.id)],
        [t('fields.correlationId'), mono(optStr(rec.correlationId))],
        [t('fields.status'), <OutcomeBadge outcome={outcome} label={t(`outcome.${outcome}`)} />],
        [t('fields.errorCode'), mono(String(optNum(status.errorCode) ?? 0))],
        [t('fields.failureReason'), optStr(status.failureReason)],
        [t('fields.additionalDetails'), optStr(status.additionalDetails)],
        [t('fields.signInType'), type ? t(`signInType.${type}`) : undefined],
        [t('fields.user'), optStr(rec.userDisplayName)],
        [t('fields.userPrincipalName'), entity('user', optStr(rec.userPrincipalName))],
        [t('fields.userId'), mono(optStr(rec.userId))],
        [t('fields.userType'), optStr(rec.userType)],
        [t('fields.servicePrincipal'), optStr(rec.servicePrincipalName)],
        [t('fields.app'), optStr(rec.appDisplayName)],
        [t('fields.appId'), entity('app', optStr(rec.appId), 'mono')],
        [t('fields.resource'), optStr(rec.resourceDisplayName)],
        [t('fields.resourceId'), mono(optStr(rec.resourceId))],
        [t('fields.clientApp'), optStr(rec.clientAppUsed)],
        [t('fields.protocol'), optStr(rec.authenticationProtocol)],
        [t('fields.tokenIssuerType'), optStr(rec.tokenIssuerType)],
        [t('fields.crossTenantAccessType'), optStr(rec.crossTenantAccessType)],
        [t('fields.homeTenantId'), mono(optStr(rec.homeTenantId))],
        [t('fields.processingTime'), ms === undefined ? undefined : fmt.duration(ms)],
        [t('fields.flaggedForReview'), optBool(rec.flaggedForReview) ? t('common.yes') : undefined],
      ]}
    />
  );
};

export const LocationSection = ({ rec }: { rec: SignInRecord }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const loc = sub(rec, 'location');
  const geo = sub(loc, 'geoCoordinates');
  const country = optStr(loc.countryOrRegion);
  let countryName: string | undefined;
  try {
    countryName = country ? new Intl.DisplayNames([fmt.locale], { type: 'region' }).of(country.toUpperCase()) : undefined;
  } catch {
    countryName = undefined;
  }
  const lat = optNum(geo.latitude);
  const lon = optNum(geo.longitude);
  const networks = objects(rec.networkLocationDetails)
    .map((n) => `${optStr(n.networkType) ?? ''} ${strList(n.networkNames).join(', ')}`.trim())
    .filter(Boolean);
  return (
    <Fields
      items={[
        [t('fields.ipAddress'), entity('ip', optStr(rec.ipAddress), 'mono')],
        [t('fields.city'), optStr(loc.city)],
        [t('fields.state'), optStr(loc.state)],
        [t('fields.country'), country ? `${countryName ?? country} (${country})` : undefined],
        [t('fields.coordinates'), lat !== undefined && lon !== undefined ? `${lat.toFixed(4)}, ${lon.toFixed(4)}` : undefined],
        [t('fields.asn'), optNum(rec.autonomousSystemNumber)?.toString()],
        [t('fields.networkLocations'), networks.join(' · ')],
        [t('fields.ipFromResource'), mono(optStr(rec.ipAddressFromResourceProvider))],
        [t('fields.globalSecureAccessIp'), mono(optStr(rec.globalSecureAccessIpAddress))],
      ]}
    />
  );
};

export const DeviceSection = ({ rec }: { rec: SignInRecord }) => {
  const { t } = useTranslation();
  const yesNo = useYesNo();
  const d = sub(rec, 'deviceDetail');
  return (
    <Fields
      items={[
        [t('fields.deviceName'), optStr(d.displayName)],
        [t('fields.deviceId'), mono(optStr(d.deviceId))],
        [t('fields.operatingSystem'), optStr(d.operatingSystem)],
        [t('fields.browser'), optStr(d.browser)],
        [t('fields.trustType'), optStr(d.trustType)],
        [t('fields.compliant'), yesNo(optBool(d.isCompliant))],
        [t('fields.managed'), yesNo(optBool(d.isManaged))],
        [t('fields.userAgent'), mono(optStr(rec.userAgent))],
      ]}
    />
  );
};

export const AuthenticationSection = ({ rec }: { rec: SignInRecord }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const steps = objects(rec.authenticationDetails);
  const policies = objects(rec.authenticationRequirementPolicies);
  const req = optStr(rec.authenticationRequirement);
  return (
    <>
      <Fields
        items={[
          [
            t('fields.authRequirement'),
            req === 'singleFactorAuthentication' || req === 'multiFactorAuthentication' ? t(`authRequirement.${req}`) : req,
          ],
          [t('fields.methodsUsed'), strList(rec.authenticationMethodsUsed).join(', ')],
          [t('fields.requirementPolicies'), policies.map((p) => `${optStr(p.requirementProvider) ?? ''}${p.detail ? ` (${String(p.detail)})` : ''}`).join(', ')],
        ]}
      />
      <h3>{t('detail.authSteps')}</h3>
      {steps.length === 0 ? (
        <Empty>{t('detail.noAuthSteps')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('fields.stepTime')}</th>
                <th scope="col">{t('fields.stepRequirement')}</th>
                <th scope="col">{t('fields.method')}</th>
                <th scope="col">{t('fields.methodDetail')}</th>
                <th scope="col">{t('fields.succeeded')}</th>
                <th scope="col">{t('fields.resultDetail')}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s, i) => {
                const at = optStr(s.authenticationStepDateTime);
                const ok = optBool(s.succeeded);
                return (
                  <tr key={i}>
                    <td>{at ? fmt.dateTime(at) : '—'}</td>
                    <td>{optStr(s.authenticationStepRequirement) ?? '—'}</td>
                    <td>{optStr(s.authenticationMethod) ?? '—'}</td>
                    <td>{optStr(s.authenticationMethodDetail) ?? '—'}</td>
                    <td>{ok === undefined ? '—' : <span className={ok ? 'ok' : 'bad'}>{ok ? t('common.yes') : t('common.no')}</span>}</td>
                    <td>{optStr(s.authenticationStepResultDetail) ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
};

export const ConditionalAccessSection = ({ rec }: { rec: SignInRecord }) => {
  const { t } = useTranslation();
  const status = optStr(rec.conditionalAccessStatus);
  const policies = objects(rec.appliedConditionalAccessPolicies);
  const order = (r: string | undefined) => (r === 'failure' ? 0 : r === 'success' ? 1 : 2);
  const sorted = [...policies].sort((a, b) => order(optStr(a.result)) - order(optStr(b.result)));
  return (
    <>
      <Fields
        items={[
          [t('fields.caStatus'), status === 'success' || status === 'failure' || status === 'notApplied' ? t(`caStatus.${status}`) : status],
        ]}
      />
      <h3>{t('detail.caPolicies')}</h3>
      {rec.appliedConditionalAccessPolicies === undefined ? (
        <Empty>{t('detail.caHidden')}</Empty>
      ) : sorted.length === 0 ? (
        <Empty>{t('detail.noCaPolicies')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('fields.policy')}</th>
                <th scope="col">{t('fields.result')}</th>
                <th scope="col">{t('fields.grantControls')}</th>
                <th scope="col">{t('fields.sessionControls')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((p, i) => {
                const r = optStr(p.result);
                return (
                  <tr key={optStr(p.id) ?? i} className={r === 'failure' ? 'row-bad' : undefined}>
                    <td>{optStr(p.displayName) ?? optStr(p.id) ?? '—'}</td>
                    <td>{r ?? '—'}</td>
                    <td>{strList(p.enforcedGrantControls).join(', ') || '—'}</td>
                    <td>{strList(p.enforcedSessionControls).join(', ') || '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
};
