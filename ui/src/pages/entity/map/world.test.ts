/** Covers the bundled world outlines: the land of Natural Earth 110m without Antarctica, registered with ECharts. */
import type { MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import land from 'world-atlas/land-110m.json';
import { landPolygons } from './world.js';

const topology = land as unknown as Topology<{ land: GeometryCollection }>;
const geometries = feature(topology, topology.objects.land).features.map((f) => f.geometry as MultiPolygon);

describe('landPolygons', () => {
  it('keeps the continents and drops the antarctic polygons', () => {
    const all = geometries.flatMap((g) => g.coordinates);
    const kept = landPolygons(geometries);
    expect(kept.length).toBeGreaterThan(50);
    expect(kept.length).toBeLessThan(all.length);
    for (const p of kept) expect(p.some((ring) => ring.some((pt) => (pt[1] ?? 0) >= -60))).toBe(true);
    const lats = kept.flatMap((p) => p.flatMap((r) => r.map((pt) => pt[1] ?? 0)));
    expect(Math.max(...lats)).toBeGreaterThan(80);
  });

  it('leaves no ring that jumps across the map (the 180° meridian is cut)', () => {
    for (const p of landPolygons(geometries)) {
      for (const ring of p) {
        for (let i = 1; i < ring.length; i++) expect(Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0))).toBeLessThan(180);
        for (const pt of ring) expect(Math.abs(pt[0] ?? 0)).toBeLessThanOrEqual(180);
      }
    }
  });

  it('handles single polygons as well as multi-polygons', () => {
    const square = (lat: number) => [[[0, lat], [1, lat], [1, lat + 1], [0, lat + 1], [0, lat]]];
    expect(landPolygons([{ type: 'Polygon', coordinates: square(10) }, { type: 'Polygon', coordinates: square(-80) }])).toHaveLength(1);
  });
});
