/**
 * An alert's rule-specific figures (`details`) and a rule's parameters: shown by their property
 * names (they are the rule's own vocabulary, the same in both languages) with values formatted
 * for the viewer. Velocity legs get a table of their own.
 */
import { useTranslation } from 'react-i18next';
import { isObject, optNum, optStr, type Json } from '../../api/decode.js';
import { useSettings } from '../../state/settings.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value as text: numbers localised, times in the viewer's zone, lists joined, objects as JSON. */
export const useValueText = () => {
  const { fmt } = useSettings();
  const { t } = useTranslation();
  const show = (v: unknown): string => {
    if (typeof v === 'number') return fmt.number(v);
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
    if (typeof v === 'string') return ISO.test(v) ? fmt.dateTime(v) : v;
    if (Array.isArray(v)) return v.map(show).join(', ');
    if (v === null || v === undefined) return '—';
    return JSON.stringify(v);
  };
  return show;
};

export const ValueList = ({ values, className }: { values: Json; className?: string }) => {
  const show = useValueText();
  const entries = Object.entries(values);
  if (entries.length === 0) return <p className="muted">—</p>;
  return (
    <dl className={`fields figure-list ${className ?? ''}`}>
      {entries.map(([k, v]) => (
        <div className="field-row" key={k}>
          <dt className="mono">{k}</dt>
          <dd>{show(v)}</dd>
        </div>
      ))}
    </dl>
  );
};

interface Point {
  readonly at?: string | undefined;
  readonly city?: string | undefined;
  readonly country?: string | undefined;
}

const point = (v: unknown): Point => {
  const o = isObject(v) ? v : {};
  return { at: optStr(o.at), city: optStr(o.city), country: optStr(o.countryOrRegion) };
};

const Legs = ({ legs }: { legs: readonly unknown[] }) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const place = (p: Point) => [p.city, p.country].filter(Boolean).join(', ') || '—';
  return (
    <div className="table-wrap">
      <table className="data-table legs-table">
        <caption className="visually-hidden">{t('alerts.legs')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('alerts.legFrom')}</th>
            <th scope="col">{t('alerts.legTo')}</th>
            <th scope="col" className="num">{t('alerts.distance')}</th>
            <th scope="col" className="num">{t('alerts.speed')}</th>
          </tr>
        </thead>
        <tbody>
          {legs.map((leg, i) => {
            const o = isObject(leg) ? leg : {};
            const from = point(o.from);
            const to = point(o.to);
            const km = optNum(o.distanceKm);
            const kmh = optNum(o.speedKmh);
            return (
              <tr key={i}>
                <td>
                  {place(from)}
                  {from.at ? <div className="muted small">{fmt.dateTime(from.at)}</div> : null}
                </td>
                <td>
                  {place(to)}
                  {to.at ? <div className="muted small">{fmt.dateTime(to.at)}</div> : null}
                </td>
                <td className="num">{km === undefined ? '—' : t('alerts.km', { n: fmt.number(Math.round(km)) })}</td>
                <td className="num">{kmh === undefined ? '—' : t('alerts.kmh', { n: fmt.number(Math.round(kmh)) })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};

export const AlertFigures = ({ details }: { details: Json }) => {
  const { t } = useTranslation();
  const { legs, ...rest } = details;
  return (
    <>
      <ValueList values={rest} />
      {Array.isArray(legs) && legs.length > 0 ? (
        <>
          <h4>{t('alerts.legs')}</h4>
          <Legs legs={legs} />
        </>
      ) : null}
    </>
  );
};
