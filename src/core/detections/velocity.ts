/**
 * Impossible travel: consecutive sign-ins of one user (oldest first) whose great-circle
 * distance is at least `minDistanceKm` and whose implied speed is at least `speedKmh`. Legs
 * closer in time than the window are one incident.
 */
import { byTime, type DetectionEvent, type Incident } from './detection-event.js';

const EARTH_RADIUS_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance by the haversine formula. */
export const haversineKm = (lat1: number, lon1: number, lat2: number, lon2: number): number => {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
};

const point = (e: DetectionEvent) => ({
  signInId: e.signInId, at: new Date(e.at).toISOString(), lat: e.geo?.lat ?? 0, lon: e.geo?.lon ?? 0,
  city: e.geo?.city ?? null, countryOrRegion: e.geo?.country ?? null,
});

export interface VelocityParams {
  readonly speedKmh: number;
  readonly minDistanceKm: number;
  readonly windowMs: number;
  readonly requireReturn?: boolean | undefined;
}

interface Leg {
  readonly km: number;
  readonly speed: number;
}

const legOf = (from: DetectionEvent, to: DetectionEvent): Leg => {
  const km = haversineKm(from.geo!.lat, from.geo!.lon, to.geo!.lat, to.geo!.lon);
  const hours = (to.at - from.at) / 3_600_000;
  return { km, speed: hours === 0 ? Number.POSITIVE_INFINITY : km / hours };
};

export const velocityIncidents = (all: readonly DetectionEvent[], p: VelocityParams): Incident[] => {
  const events = all.filter((e) => e.side === 0 && e.geo !== undefined).sort(byTime);
  const out: { start: number; end: number; evidence: DetectionEvent[]; legs: object[] }[] = [];
  const impossible = (l: Leg) => l.km > 0 && l.km >= p.minDistanceKm && l.speed >= p.speedKmh;
  const describe = (from: DetectionEvent, to: DetectionEvent, l: Leg) => ({
    from: point(from), to: point(to), distanceKm: Math.round(l.km), speedKmh: Number.isFinite(l.speed) ? Math.round(l.speed) : null,
  });
  const add = (from: DetectionEvent, to: DetectionEvent, l: Leg) => {
    const leg = describe(from, to, l);
    const prev = out[out.length - 1];
    if (prev && from.at - prev.end < p.windowMs) {
      if (prev.evidence[prev.evidence.length - 1] !== from) prev.evidence.push(from);
      prev.evidence.push(to);
      prev.end = to.at;
      prev.legs.push(leg);
    } else {
      out.push({ start: from.at, end: to.at, evidence: [from, to], legs: [leg] });
    }
  };
  for (let i = 1; i < events.length; i++) {
    const from = events[i - 1] as DetectionEvent;
    const to = events[i] as DetectionEvent;
    const l = legOf(from, to);
    if (!impossible(l)) continue;
    if (!p.requireReturn) {
      add(from, to, l);
      continue;
    }
    const back = events[i + 1];
    if (!back) continue;
    const r = legOf(to, back);
    if (!impossible(r) || legOf(from, back).km >= p.minDistanceKm) continue;
    // Out and back: both legs belong to the incident.
    add(from, to, l);
    add(to, back, r);
    i++;
  }
  return out.map((x) => ({
    start: x.start, end: x.end, evidence: x.evidence,
    details: { legs: x.legs, speedKmh: p.speedKmh, minDistanceKm: p.minDistanceKm, windowMinutes: p.windowMs / 60_000, requireReturn: p.requireReturn === true },
  }));
};
