/** The lists of an entity page, chosen by kind: each with count, failures, first and last seen. */
import { useTranslation } from 'react-i18next';
import { isCategory, type Actor, ACTORS } from '../../api/catalog.js';
import type { EntitySummary } from '../../api/entity.js';
import { entityHref, type EntityKind } from '../../state/entity-view.js';
import { useSettings } from '../../state/settings.js';
import { signInsHref } from '../../state/view-state.js';
import { Link } from '../../components/link.js';
import { countryName } from './country-name.js';
import { FactTable } from './fact-table.js';

const isActor = (v: string): v is Actor => (ACTORS as readonly string[]).includes(v);

export const EntityLists = ({ data, kind }: { data: EntitySummary; kind: EntityKind }) => {
  const { t } = useTranslation();
  const { fmt, lang } = useSettings();
  const open = (k: EntityKind, name: string) => t(`entity.open.${k}`, { name });
  const codes = (
    <FactTable
      id="h-list-codes"
      title={t('entity.lists.errorCodes')}
      valueHeader={t('entity.lists.code')}
      facts={data.errorCodes}
      mono
      wide
      href={(f) => signInsHref({ code: f.value })}
      extra={[
        { header: t('entity.lists.titleColumn'), cell: (f) => f.title?.[lang] ?? t('category.unknown') },
        { header: t('entity.lists.category'), cell: (f) => (isCategory(f.category) ? t(`category.${f.category}`) : t('category.unknown')) },
        { header: t('entity.lists.actor'), cell: (f) => (f.actor && isActor(f.actor) ? t(`actor.${f.actor}`) : '—') },
      ]}
    />
  );
  const users = (
    <FactTable
      id="h-list-users"
      title={kind === 'ip' ? t('entity.lists.usersTried') : t('entity.lists.topFailingUsers')}
      valueHeader={t('entity.lists.users')}
      wide
      facts={kind === 'app' ? [...data.users].sort((a, b) => b.failure - a.failure || b.count - a.count) : data.users}
      href={(f) => entityHref('user', f.value)}
      linkLabel={(f) => open('user', f.value)}
      extra={[
        { header: t('entity.lists.succeeded'), cell: (f) => fmt.number(f.success), numeric: true },
        { header: t('entity.lists.failed'), cell: (f) => fmt.number(f.failure), numeric: true },
      ]}
    />
  );
  const apps = (
    <FactTable
      id="h-list-apps"
      title={t('entity.lists.apps')}
      facts={data.apps}
      href={(f) => (f.appId ? entityHref('app', f.appId) : undefined)}
      linkLabel={(f) => open('app', f.value)}
    />
  );
  const ips = <FactTable id="h-list-ips" title={t('entity.lists.ips')} facts={data.ips} mono href={(f) => entityHref('ip', f.value)} linkLabel={(f) => open('ip', f.value)} />;
  const countries = <FactTable id="h-list-countries" title={t('entity.lists.countries')} facts={data.countries} label={(f) => countryName(f.value, fmt.locale)} />;
  const cities = <FactTable id="h-list-cities" title={t('entity.lists.cities')} facts={data.cities} />;
  const devices = <FactTable id="h-list-devices" title={t('entity.lists.devices')} facts={data.devices} />;
  const browsers = <FactTable id="h-list-browsers" title={t('entity.lists.browsers')} facts={data.browsers} />;
  const clientApps = <FactTable id="h-list-client-apps" title={t('entity.lists.clientApps')} facts={data.clientApps} />;
  const auth = <FactTable id="h-list-auth" title={t('entity.lists.authMethods')} facts={data.authMethods} />;
  const ca = (
    <FactTable
      id="h-list-ca"
      title={t('entity.lists.conditionalAccess')}
      facts={data.conditionalAccess}
      label={(f) => (f.value === 'success' || f.value === 'failure' || f.value === 'notApplied' ? t(`caStatus.${f.value}`) : f.value)}
    />
  );
  const asns = (
    <FactTable id="h-list-asns" title={t('entity.lists.asns')} facts={data.asns} label={(f) => (/^\d+$/.test(f.value) ? t('entity.lists.asn', { n: f.value }) : f.value)} />
  );
  return (
    <div className="entity-lists">
      {kind === 'user' ? (
        <>
          {codes}
          {apps}
          {ips}
          {countries}
          {cities}
          {devices}
          {browsers}
          {auth}
          {ca}
          {clientApps}
        </>
      ) : kind === 'ip' ? (
        <>
          {users}
          {codes}
          {apps}
          {countries}
          {asns}
          {cities}
          {clientApps}
          {devices}
        </>
      ) : (
        <>
          {codes}
          {users}
          {clientApps}
          {ips}
          {countries}
          {devices}
          {browsers}
        </>
      )}
      {/* Every list shows one period; the sign-in list holds the rows behind the figures. */}
      <p className="muted small">
        <Link href={signInsHref({})}>{t('entity.backToList')}</Link>
      </p>
    </div>
  );
};
