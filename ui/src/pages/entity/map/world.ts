/**
 * The world's country outlines for the map, bundled into the app (Natural Earth 1:110m from the
 * `world-atlas` package, TopoJSON turned into GeoJSON by `topojson-client`): no tile server and no
 * request from the browser, so the map works offline and under the strict CSP.
 */
import { registerMap } from 'echarts/core';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';

export const WORLD_MAP = 'signin-report-world';

/** ISO 3166 numeric code of Antarctica: left out, sign-ins from there are not worth a fifth of the map. */
const ANTARCTICA = '010';

let registered = false;

/** Registers the outlines with ECharts once (converting 110m TopoJSON takes a few milliseconds). */
export const registerWorld = (): void => {
  if (registered) return;
  const topology = countries as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((f) => f.id !== ANTARCTICA);
  // ECharts reads the GeoJSON loosely; its own type is narrower than the standard one.
  registerMap(WORLD_MAP, { type: 'FeatureCollection', features } as unknown as Parameters<typeof registerMap>[1]);
  registered = true;
};
