/** Covers the map's grid clustering: merging by cell, sums, weighted centres, labels, the outcome colour and 10,000 points. */
import { describe, expect, it } from 'vitest';
import type { LocationPoint } from '../../../api/entity.js';
import { cellDegreesFor, clusterPoints, dominantOutcome, markerSize } from './cluster.js';

const pt = (lat: number, lon: number, o: Partial<LocationPoint> = {}): LocationPoint => ({
  lat,
  lon,
  city: null,
  countryOrRegion: null,
  count: 1,
  success: 1,
  failure: 0,
  interrupted: 0,
  lastSeen: '2026-11-30T10:00:00Z',
  ...o,
});

describe('clusterPoints', () => {
  it('keeps every point apart with a zero cell size', () => {
    expect(clusterPoints([pt(35.68, 139.76), pt(35.69, 139.7)], 0)).toHaveLength(2);
  });

  it('merges points in one cell, sums their figures and weights the centre by count', () => {
    const tokyo = pt(35.6, 139.6, { city: 'Tokyo', countryOrRegion: 'JP', count: 3, success: 1, failure: 2, lastSeen: '2026-11-29T00:00:00Z' });
    const yokohama = pt(35.4, 139.8, { city: 'Yokohama', count: 1, success: 0, interrupted: 1, lastSeen: '2026-11-30T00:00:00Z' });
    const [c, ...rest] = clusterPoints([yokohama, tokyo], 5);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ count: 4, success: 1, failure: 2, interrupted: 1, places: 2, label: 'Tokyo', lastSeen: '2026-11-30T00:00:00Z' });
    expect(c?.lat).toBeCloseTo((35.6 * 3 + 35.4) / 4, 9);
    expect(c?.lon).toBeCloseTo((139.6 * 3 + 139.8) / 4, 9);
  });

  it('keeps far places apart and lists the largest first', () => {
    const out = clusterPoints([pt(48.85, 2.35, { count: 2, success: 2 }), pt(35.68, 139.76, { count: 9, success: 9 }), pt(40.7, -74, { count: 5, success: 5 })], 5);
    expect(out.map((c) => c.count)).toEqual([9, 5, 2]);
  });

  it('merges more as the cells grow (zooming out)', () => {
    const pts = [pt(35.68, 139.76), pt(34.69, 135.5), pt(43.06, 141.35), pt(51.5, -0.12)];
    const fine = clusterPoints(pts, 0.5).length;
    const coarse = clusterPoints(pts, 20).length;
    expect(fine).toBe(4);
    expect(coarse).toBeLessThan(fine);
    expect(clusterPoints(pts, 360)).toHaveLength(1);
  });

  it('falls back to the country when a point has no city', () => {
    expect(clusterPoints([pt(1, 1, { countryOrRegion: 'SG' })], 1)[0]?.label).toBe('SG');
  });

  it('clusters 10,000 points at world zoom into far fewer markers without losing a sign-in', () => {
    const pts: LocationPoint[] = [];
    for (let i = 0; i < 10_000; i++) pts.push(pt(((i * 37) % 170) - 85, ((i * 91) % 360) - 180, { count: 2, success: 1, failure: 1 }));
    const out = clusterPoints(pts, cellDegreesFor(36, 1000, 1));
    expect(out.length).toBeLessThan(2_000);
    expect(out.reduce((s, c) => s + c.count, 0)).toBe(20_000);
    expect(out.reduce((s, c) => s + c.places, 0)).toBe(10_000);
  });
});

describe('dominantOutcome', () => {
  it.each([
    [{ success: 5, failure: 1, interrupted: 1 }, 'success'],
    [{ success: 1, failure: 5, interrupted: 1 }, 'failure'],
    [{ success: 2, failure: 2, interrupted: 0 }, 'failure'],
    [{ success: 1, failure: 0, interrupted: 3 }, 'interrupted'],
    [{ success: 0, failure: 0, interrupted: 0 }, 'success'],
  ] as const)('%o is drawn as %s', (c, expected) => {
    expect(dominantOutcome(c)).toBe(expected);
  });
});

describe('sizes', () => {
  it('turns screen pixels into degrees at a zoom', () => {
    expect(cellDegreesFor(36, 720, 1)).toBe(18);
    expect(cellDegreesFor(36, 720, 2)).toBe(9);
    expect(cellDegreesFor(36, 0, 1)).toBe(0);
  });

  it('grows markers with the logarithm of the count, within bounds', () => {
    expect(markerSize(1)).toBe(8);
    expect(markerSize(100)).toBe(18);
    expect(markerSize(10 ** 12)).toBe(40);
    expect(markerSize(1000)).toBeGreaterThan(markerSize(10));
  });
});
