/**
 * The alerts naming an entity (`/api/alerts?entityKind=&entityValue=`) as its page shows them:
 * decoded by the Alerts page's own decoder (alerts.ts), plus the legs of a velocity rule, which the
 * entity's map draws.
 */
import { decodeAlertPage, type Alert } from './alerts.js';
import { list, num, obj, optStr, type Json } from './decode.js';
import { coordinate, iso } from './entity.js';

export interface TravelEnd {
  readonly signInId: string;
  readonly at: string;
  readonly lat: number;
  readonly lon: number;
  readonly city: string | null;
  readonly countryOrRegion: string | null;
}

export interface TravelLeg {
  readonly from: TravelEnd;
  readonly to: TravelEnd;
  readonly distanceKm: number;
  readonly speedKmh: number;
}

export interface EntityAlert extends Alert {
  readonly legs: readonly TravelLeg[];
}

const end = (v: unknown, p: string): TravelEnd => {
  const e = obj(v, p);
  return {
    signInId: optStr(e.signInId) ?? '',
    at: iso(e.at, `${p}.at`),
    lat: coordinate(e.lat, `${p}.lat`, 90),
    lon: coordinate(e.lon, `${p}.lon`, 180),
    city: optStr(e.city) ?? null,
    countryOrRegion: optStr(e.countryOrRegion) ?? null,
  };
};

const legsOf = (details: Json, path: string): TravelLeg[] =>
  details.legs === undefined || details.legs === null
    ? []
    : list(details.legs, path, (x, p) => {
        const l = obj(x, p);
        return { from: end(l.from, `${p}.from`), to: end(l.to, `${p}.to`), distanceKm: num(l.distanceKm, `${p}.distanceKm`), speedKmh: num(l.speedKmh, `${p}.speedKmh`) };
      });

export const decodeAlertList = (v: unknown): { readonly value: readonly EntityAlert[]; readonly nextLink: string | undefined } => {
  const page = decodeAlertPage(v);
  return { value: page.alerts.map((a, i) => ({ ...a, legs: legsOf(a.details, `value[${i}].details.legs`) })), nextLink: page.nextLink };
};
