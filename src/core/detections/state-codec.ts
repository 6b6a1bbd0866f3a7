/** Detection events as stored state: short JSON, the key and time in their own columns. */
import type { DetectionEvent } from './detection-event.js';

interface Stored {
  s: string;
  d?: 1;
  v?: string;
  g?: [number, number, string | null, string | null];
  e?: string;
}

export const encodeEvent = (e: DetectionEvent): string => {
  const o: Stored = { s: e.signInId };
  if (e.side === 1) o.d = 1;
  if (e.value !== undefined) o.v = e.value;
  if (e.entity !== undefined) o.e = e.entity;
  if (e.geo) o.g = [e.geo.lat, e.geo.lon, e.geo.city, e.geo.country];
  return JSON.stringify(o);
};

export const decodeEvent = (key: string, at: number, data: string): DetectionEvent => {
  const o = JSON.parse(data) as Stored;
  return {
    key, at, signInId: o.s, side: o.d === 1 ? 1 : 0,
    ...(o.v !== undefined ? { value: o.v } : {}),
    ...(o.e !== undefined ? { entity: o.e } : {}),
    ...(o.g ? { geo: { lat: o.g[0], lon: o.g[1], city: o.g[2], country: o.g[3] } } : {}),
  };
};
