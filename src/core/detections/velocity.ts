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
}

export const velocityIncidents = (all: readonly DetectionEvent[], p: VelocityParams): Incident[] => {
  const events = all.filter((e) => e.side === 0 && e.geo !== undefined).sort(byTime);
  const out: { start: number; end: number; evidence: DetectionEvent[]; legs: object[] }[] = [];
  for (let i = 1; i < events.length; i++) {
    const from = events[i - 1] as DetectionEvent;
    const to = events[i] as DetectionEvent;
    const km = haversineKm(from.geo!.lat, from.geo!.lon, to.geo!.lat, to.geo!.lon);
    if (km < p.minDistanceKm || km === 0) continue;
    const hours = (to.at - from.at) / 3_600_000;
    const speed = hours === 0 ? Number.POSITIVE_INFINITY : km / hours;
    if (speed < p.speedKmh) continue;
    const leg = { from: point(from), to: point(to), distanceKm: Math.round(km), speedKmh: Number.isFinite(speed) ? Math.round(speed) : null };
    const prev = out[out.length - 1];
    if (prev && from.at - prev.end < p.windowMs) {
      if (prev.evidence[prev.evidence.length - 1] !== from) prev.evidence.push(from);
      prev.evidence.push(to);
      prev.end = to.at;
      prev.legs.push(leg);
    } else {
      out.push({ start: from.at, end: to.at, evidence: [from, to], legs: [leg] });
    }
  }
  return out.map((x) => ({
    start: x.start, end: x.end, evidence: x.evidence,
    details: { legs: x.legs, speedKmh: p.speedKmh, minDistanceKm: p.minDistanceKm, windowMinutes: p.windowMs / 60_000 },
  }));
};
