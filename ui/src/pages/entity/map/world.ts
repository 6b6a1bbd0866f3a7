/**
 * The world's land outlines for the map, bundled into the app (Natural Earth 1:110m land from the
 * `world-atlas` package, TopoJSON turned into GeoJSON by `topojson-client`): no tile server and no
 * request from the browser, so the map works offline and under the strict CSP. Land rather than
 * countries: the borders would double the bytes (≈ 38 KB against ≈ 21 KB gzipped) and push the app
 * past its size goal; places are named in the tooltips and the table.
 */
import { registerMap } from 'echarts/core';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json';
import { cutAtAntimeridian } from './antimeridian.js';

export const WORLD_MAP = 'signin-report-world';

/** Antarctica is left out: it would take a fifth of the map for no sign-in. */
const SOUTH_LIMIT = -60;

const isAntarctic = (rings: readonly (readonly Position[])[]): boolean => rings.every((ring) => ring.every((p) => (p[1] ?? 0) < SOUTH_LIMIT));

/** Polygons of the land, without the antarctic ones, cut at the 180° meridian. */
export const landPolygons = (geometries: readonly (Polygon | MultiPolygon)[]): Position[][][] => {
  const out: Position[][][] = [];
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of polygons) if (!isAntarctic(p)) out.push(...cutAtAntimeridian(p));
  }
  return out;
};

let registered = false;

/** Registers the outlines with ECharts once (converting 110m TopoJSON takes a few milliseconds). */
export const registerWorld = (): void => {
  if (registered) return;
  const topology = land as unknown as Topology<{ land: GeometryCollection }>;
  const collection = feature(topology, topology.objects.land);
  const geometries = collection.features.map((f) => f.geometry).filter((g): g is Polygon | MultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon');
  const world = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'land' }, geometry: { type: 'MultiPolygon', coordinates: landPolygons(geometries) } }] };
  // ECharts reads the GeoJSON loosely; its own type is narrower than the standard one.
  registerMap(WORLD_MAP, world as unknown as Parameters<typeof registerMap>[1]);
  registered = true;
};
