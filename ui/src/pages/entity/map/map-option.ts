/**
 * ECharts options of the sign-in map, kept apart from the component so they can be read (and
 * tested) without a canvas. One scatter series per outcome colour, so ECharts' large mode (which
 * draws every point of a series in one style) applies when a zoom level leaves thousands of markers.
 */
import type { TravelLeg } from '../../../api/entity-alerts.js';
import { dominantOutcome, markerSize, type Cluster, type ClusterOutcome } from './cluster.js';
import type { Camera } from './fit.js';

export const OUTCOME_COLORS: Record<ClusterOutcome, string> = { success: '#2f9e44', failure: '#e03131', interrupted: '#f08c00' };
const LEG_COLOR = '#7048e8';
/** Above this many markers in one series ECharts switches to its large (single-style) drawing. */
const LARGE_THRESHOLD = 300;

export interface MapTexts {
  readonly outcome: Record<ClusterOutcome, string>;
  readonly legs: string;
  readonly tooltip: (c: Cluster) => string;
  readonly leg: (l: TravelLeg) => string;
}

export type { Camera } from './fit.js';

const ORDER: readonly ClusterOutcome[] = ['success', 'interrupted', 'failure'];

/** The marker series (failures drawn last, on top). */
export const clusterSeries = (clusters: readonly Cluster[], texts: MapTexts) => {
  const groups: Record<ClusterOutcome, Cluster[]> = { success: [], failure: [], interrupted: [] };
  for (const c of clusters) groups[dominantOutcome(c)].push(c);
  return ORDER.map((o) => {
    const members = groups[o];
    return {
      id: `points-${o}`,
      name: texts.outcome[o],
      type: 'scatter',
      coordinateSystem: 'geo',
      geoIndex: 0,
      large: members.length > LARGE_THRESHOLD,
      largeThreshold: LARGE_THRESHOLD,
      progressive: 0,
      itemStyle: { color: OUTCOME_COLORS[o], opacity: 0.8, borderColor: '#ffffff', borderWidth: 1 },
      emphasis: { scale: 1.3 },
      symbolSize: (v: number[]) => markerSize(v[2] ?? 1),
      data: members.map((c) => ({ value: [c.lon, c.lat, c.count], name: c.label ?? '' })),
      tooltip: {
        formatter: (p: { dataIndex: number }) => {
          const c = members[p.dataIndex];
          return c ? texts.tooltip(c) : '';
        },
      },
      zlevel: 0,
      z: 2 + ORDER.indexOf(o),
    };
  });
};

export const legSeries = (legs: readonly TravelLeg[], texts: MapTexts) => ({
  id: 'legs',
  name: texts.legs,
  type: 'lines',
  coordinateSystem: 'geo',
  geoIndex: 0,
  symbol: ['circle', 'arrow'],
  symbolSize: [6, 10],
  lineStyle: { color: LEG_COLOR, width: 2.5, curveness: 0.2, opacity: 0.9 },
  data: legs.map((l) => ({
    coords: [
      [l.from.lon, l.from.lat],
      [l.to.lon, l.to.lat],
    ],
  })),
  tooltip: {
    formatter: (p: { dataIndex: number }) => {
      const l = legs[p.dataIndex];
      return l ? texts.leg(l) : '';
    },
  },
  z: 10,
});

export interface MapOptionInput {
  readonly map: string;
  readonly clusters: readonly Cluster[];
  readonly legs: readonly TravelLeg[];
  readonly scheme: 'light' | 'dark';
  readonly texts: MapTexts;
  readonly camera: Camera;
  readonly minZoom: number;
  readonly maxZoom: number;
}

/** The whole option: the world, the legend, the markers and the travel legs. */
export const buildMapOption = (i: MapOptionInput) => {
  const dark = i.scheme === 'dark';
  return {
    backgroundColor: 'transparent',
    // Drawn on the canvas: ECharts' HTML tooltips carry inline styles, which the CSP blocks.
    tooltip: { trigger: 'item', confine: true, renderMode: 'richText' },
    legend: {
      bottom: 0,
      textStyle: { color: dark ? '#ced4da' : '#495057' },
      data: [...ORDER.map((o) => i.texts.outcome[o]), ...(i.legs.length > 0 ? [i.texts.legs] : [])],
    },
    geo: {
      map: i.map,
      roam: true,
      zoom: i.camera.zoom,
      center: i.camera.center,
      scaleLimit: { min: i.minZoom, max: i.maxZoom },
      top: 8,
      bottom: 32,
      silent: true,
      itemStyle: { areaColor: dark ? '#2b313a' : '#e9ecef', borderColor: dark ? '#4a525e' : '#b8c0c8', borderWidth: 0.5 },
      emphasis: { disabled: true },
      select: { disabled: true },
      label: { show: false },
    },
    series: [...clusterSeries(i.clusters, i.texts), legSeries(i.legs, i.texts)],
  };
};
