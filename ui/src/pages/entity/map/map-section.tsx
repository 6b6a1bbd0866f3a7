/**
 * The map panel: the clustered world map, and its text alternative (the busiest places and the
 * impossible-travel legs as tables).
 */
import { useTranslation } from 'react-i18next';
import type { EntityLocations } from '../../../api/entity.js';
import type { TravelLeg } from '../../../api/entity-alerts.js';
import { ErrorMessage, Loading } from '../../../components/status.js';
import { useSettings } from '../../../state/settings.js';
import { countryName } from '../country-name.js';
import { SignInMap } from './sign-in-map.js';

/** The table is a summary: the map itself holds every place. */
const TABLE_ROWS = 100;

interface MapSectionProps {
  readonly data: EntityLocations | undefined;
  readonly pending: boolean;
  readonly error: unknown;
  readonly legs: readonly TravelLeg[];
}

export const MapSection = ({ data, pending, error, legs }: MapSectionProps) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const place = (city: string | null, country: string | null) => [city, country ? countryName(country, fmt.locale) : null].filter(Boolean).join(', ') || '—';
  let body;
  if (pending) body = <Loading />;
  else if (error || !data) body = <ErrorMessage error={error} />;
  else if (data.points.length === 0 && legs.length === 0) body = <p className="muted">{t('entity.map.none')}</p>;
  else {
    const top = [...data.points].sort((a, b) => b.count - a.count).slice(0, TABLE_ROWS);
    body = (
      <>
        <SignInMap points={data.points} legs={legs} label={t('entity.map.label')} />
        {data.truncated ? <p className="muted small">{t('entity.map.truncated')}</p> : null}
        <details className="data-details">
          <summary>{t('entity.map.places')}</summary>
          {data.points.length > TABLE_ROWS ? <p className="muted small">{t('entity.map.placesMore', { shown: fmt.number(TABLE_ROWS), total: fmt.number(data.points.length) })}</p> : null}
          <div className="table-wrap entity-list-scroll" tabIndex={0} role="region" aria-label={t('entity.map.places')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('entity.map.city')}</th>
                  <th scope="col">{t('entity.map.country')}</th>
                  <th scope="col">{t('entity.map.coordinates')}</th>
                  <th scope="col" className="num">{t('entity.lists.count')}</th>
                  <th scope="col" className="num">{t('outcome.success')}</th>
                  <th scope="col" className="num">{t('outcome.failure')}</th>
                  <th scope="col" className="num">{t('outcome.interrupted')}</th>
                  <th scope="col">{t('entity.lists.lastSeen')}</th>
                </tr>
              </thead>
              <tbody>
                {top.map((p) => (
                  <tr key={`${p.lat},${p.lon}`}>
                    <th scope="row">{p.city ?? '—'}</th>
                    <td>{p.countryOrRegion ? countryName(p.countryOrRegion, fmt.locale) : '—'}</td>
                    <td className="mono">{`${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`}</td>
                    <td className="num">{fmt.number(p.count)}</td>
                    <td className="num">{fmt.number(p.success)}</td>
                    <td className="num">{fmt.number(p.failure)}</td>
                    <td className="num">{fmt.number(p.interrupted)}</td>
                    <td>
                      <time dateTime={p.lastSeen}>{fmt.dateTime(p.lastSeen)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
        {legs.length > 0 ? (
          <details className="data-details" open>
            <summary>{t('entity.map.legsTable')}</summary>
            <div className="table-wrap">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('entity.map.legFrom')}</th>
                    <th scope="col">{t('entity.map.legTo')}</th>
                    <th scope="col" className="num">{t('entity.map.distance')}</th>
                    <th scope="col" className="num">{t('entity.map.speed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {legs.map((l) => (
                    <tr key={`${l.from.signInId}-${l.to.signInId}-${l.from.at}`}>
                      <td>
                        {place(l.from.city, l.from.countryOrRegion)} · <time dateTime={l.from.at}>{fmt.dateTime(l.from.at)}</time>
                      </td>
                      <td>
                        {place(l.to.city, l.to.countryOrRegion)} · <time dateTime={l.to.at}>{fmt.dateTime(l.to.at)}</time>
                      </td>
                      <td className="num">{fmt.number(Math.round(l.distanceKm))}</td>
                      <td className="num">{fmt.number(Math.round(l.speedKmh))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        ) : null}
      </>
    );
  }
  return (
    <section className="panel panel-wide" aria-labelledby="h-entity-map">
      <h2 id="h-entity-map">{t('entity.map.title')}</h2>
      {body}
    </section>
  );
};
