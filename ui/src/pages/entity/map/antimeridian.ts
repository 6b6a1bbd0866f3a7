/**
 * Natural Earth's TopoJSON keeps polygons that cross the 180° meridian whole (d3-geo clips them
 * while projecting); drawn as plain longitude/latitude, Eurasia, Fiji and Wrangel Island would
 * smear a band across the whole map. This cuts such polygons into an eastern and a western part.
 */
import type { Position } from 'geojson';

type Ring = Position[];

const lonOf = (p: Position): number => p[0] ?? 0;
const latOf = (p: Position): number => p[1] ?? 0;

/** Makes a ring's longitudes continuous (a jump of more than 180° is a crossing), e.g. 170 … 190. */
export const unwrapRing = (ring: readonly Position[]): Ring => {
  const out: Ring = [];
  let offset = 0;
  let prev: number | undefined;
  for (const p of ring) {
    const lon = lonOf(p);
    if (prev !== undefined) {
      const d = lon - prev;
      if (d > 180) offset -= 360;
      else if (d < -180) offset += 360;
    }
    prev = lon;
    out.push([lon + offset, latOf(p)]);
  }
  return out;
};

/** Sutherland–Hodgman against one vertical line: keeps the side where `keep(lon)` holds. */
const clipRing = (ring: Ring, limit: number, keep: (lon: number) => boolean): Ring => {
  const open = ring.length > 1 && lonOf(ring[0] ?? []) === lonOf(ring[ring.length - 1] ?? []) && latOf(ring[0] ?? []) === latOf(ring[ring.length - 1] ?? []) ? ring.slice(0, -1) : ring;
  const out: Ring = [];
  for (let i = 0; i < open.length; i++) {
    const cur = open[i] ?? [];
    const prev = open[(i - 1 + open.length) % open.length] ?? [];
    const curIn = keep(lonOf(cur));
    const prevIn = keep(lonOf(prev));
    if (curIn !== prevIn) {
      const t = (limit - lonOf(prev)) / (lonOf(cur) - lonOf(prev));
      out.push([limit, latOf(prev) + t * (latOf(cur) - latOf(prev))]);
    }
    if (curIn) out.push([lonOf(cur), latOf(cur)]);
  }
  if (out.length < 3) return [];
  out.push([lonOf(out[0] ?? []), latOf(out[0] ?? [])]);
  return out;
};

const shift = (ring: Ring, by: number): Ring => ring.map((p) => [lonOf(p) + by, latOf(p)]);

/** One polygon (outer ring, then holes) as one or two polygons inside −180…180. */
export const cutAtAntimeridian = (polygon: readonly (readonly Position[])[]): Position[][][] => {
  const rings = polygon.map(unwrapRing);
  const lons = rings.flatMap((r) => r.map(lonOf));
  const min = Math.min(...lons);
  const max = Math.max(...lons);
  if (min >= -180 && max <= 180) return [polygon.map((r) => r.map((p) => [lonOf(p), latOf(p)]))];
  // The part beyond the line is moved by a full turn to the other edge of the map.
  const [inner, outer] = max > 180 ? [{ limit: 180, keep: (x: number) => x <= 180, by: 0 }, { limit: -180, keep: (x: number) => x >= -180, by: -360 }] : [{ limit: -180, keep: (x: number) => x >= -180, by: 0 }, { limit: 180, keep: (x: number) => x <= 180, by: 360 }];
  const parts: Position[][][] = [];
  for (const side of [inner, outer]) {
    const clipped = rings.map((r) => clipRing(shift(r, side.by), side.limit, side.keep));
    const [outerRing, ...holes] = clipped;
    if (outerRing && outerRing.length >= 4) parts.push([outerRing, ...holes.filter((h) => h.length >= 4)]);
  }
  return parts;
};
