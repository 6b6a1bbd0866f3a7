/**
 * Grid clustering of map points: points whose projected positions fall in the same cell (sized in
 * screen pixels at the current zoom, converted to degrees by the caller) become one marker. One
 * pass over the points, so re-clustering 10,000 points on every zoom step stays cheap.
 */
import type { LocationPoint } from '../../../api/entity.js';

export interface Cluster {
  /** Count-weighted centre of the member points. */
  readonly lat: number;
  readonly lon: number;
  readonly count: number;
  readonly success: number;
  readonly failure: number;
  readonly interrupted: number;
  /** Number of distinct places (input points) merged. */
  readonly places: number;
  /** City (or country) of the member with the most sign-ins, for the label. */
  readonly label: string | null;
  readonly lastSeen: string;
}

export type ClusterOutcome = 'success' | 'failure' | 'interrupted';

/** The outcome with the most sign-ins; a tie goes to the worse one (failure, then interrupted). */
export const dominantOutcome = (c: Pick<Cluster, 'success' | 'failure' | 'interrupted'>): ClusterOutcome => {
  if (c.failure > 0 && c.failure >= c.success && c.failure >= c.interrupted) return 'failure';
  if (c.interrupted > 0 && c.interrupted >= c.success) return 'interrupted';
  return 'success';
};

interface Acc {
  latSum: number;
  lonSum: number;
  weight: number;
  count: number;
  success: number;
  failure: number;
  interrupted: number;
  places: number;
  best: number;
  label: string | null;
  lastSeen: string;
}

const placeLabel = (p: LocationPoint): string | null => p.city ?? p.countryOrRegion ?? null;

/**
 * Merges points into clusters of `cellDegrees` (longitude; latitude cells are the same size).
 * `cellDegrees` ≤ 0 keeps every point on its own. Result: largest clusters first.
 */
export const clusterPoints = (points: readonly LocationPoint[], cellDegrees: number): Cluster[] => {
  const cells = new Map<string, Acc>();
  const size = cellDegrees > 0 && Number.isFinite(cellDegrees) ? cellDegrees : 0;
  for (const p of points) {
    const key = size > 0 ? `${Math.floor((p.lon + 180) / size)}:${Math.floor((p.lat + 90) / size)}` : `${p.lon}:${p.lat}`;
    // Weight at least 1 so a point with a zero count still places its cluster.
    const w = Math.max(1, p.count);
    const a = cells.get(key);
    if (!a) {
      cells.set(key, {
        latSum: p.lat * w,
        lonSum: p.lon * w,
        weight: w,
        count: p.count,
        success: p.success,
        failure: p.failure,
        interrupted: p.interrupted,
        places: 1,
        best: p.count,
        label: placeLabel(p),
        lastSeen: p.lastSeen,
      });
      continue;
    }
    a.latSum += p.lat * w;
    a.lonSum += p.lon * w;
    a.weight += w;
    a.count += p.count;
    a.success += p.success;
    a.failure += p.failure;
    a.interrupted += p.interrupted;
    a.places += 1;
    if (p.count > a.best) {
      a.best = p.count;
      a.label = placeLabel(p) ?? a.label;
    }
    if (p.lastSeen > a.lastSeen) a.lastSeen = p.lastSeen;
  }
  const out: Cluster[] = [];
  for (const a of cells.values()) {
    out.push({
      lat: a.latSum / a.weight,
      lon: a.lonSum / a.weight,
      count: a.count,
      success: a.success,
      failure: a.failure,
      interrupted: a.interrupted,
      places: a.places,
      label: a.label,
      lastSeen: a.lastSeen,
    });
  }
  return out.sort((x, y) => y.count - x.count || x.lon - y.lon || x.lat - y.lat);
};

/** Cluster cell size: `pixels` on screen at a map `widthPx` wide showing 360° at `zoom`. */
export const cellDegreesFor = (pixels: number, widthPx: number, zoom: number): number => {
  if (widthPx <= 0 || zoom <= 0) return 0;
  return (pixels * 360) / (widthPx * zoom);
};

/** Marker radius in pixels: grows with the logarithm of the count so one busy place does not hide the rest. */
export const markerSize = (count: number): number => Math.round(Math.min(40, 8 + 5 * Math.log10(Math.max(1, count))));
