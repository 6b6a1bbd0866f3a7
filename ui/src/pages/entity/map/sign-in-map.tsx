/**
 * The entity's sign-in locations on a world map (ECharts `geo` on a canvas): points clustered at
 * the current zoom and coloured by their main outcome, and the legs of impossible-travel alerts as
 * arrows. Wheel / drag or the buttons zoom and pan; with the map focused, + − and the arrow keys do
 * the same and 0 resets. The canvas is not readable: the page lists the places in a table too.
 */
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationPoint } from '../../../api/entity.js';
import type { TravelLeg } from '../../../api/entity-alerts.js';
import { useColorScheme } from '../../../components/use-color-scheme.js';
import { useSettings } from '../../../state/settings.js';
import { cellDegreesFor, clusterPoints, dominantOutcome, type Cluster, type ClusterOutcome } from './cluster.js';
import { fitCamera, WORLD } from './fit.js';
import { buildMapOption, clusterSeries, type Camera, type MapTexts } from './map-option.js';
import { registerWorld, WORLD_MAP } from './world.js';

/** Points closer than this on screen merge into one marker. */
const CLUSTER_PX = 36;
const MIN_ZOOM = 1;
const MAX_ZOOM = 60;
/** Quiet time after the last wheel step before the points are re-clustered. */
const ROAM_SETTLE_MS = 120;

let registered = false;
const register = (): void => {
  if (registered) return;
  use([GeoComponent, ScatterChart, LinesChart, TooltipComponent, LegendComponent, CanvasRenderer]);
  registerWorld();
  registered = true;
};

const cameraOf = (c: ECharts): Camera => {
  const geo = (c.getOption() as { geo?: { zoom?: number; center?: number[] }[] }).geo?.[0];
  const center = geo?.center;
  return {
    zoom: geo?.zoom ?? WORLD.zoom,
    center: center && typeof center[0] === 'number' && typeof center[1] === 'number' ? [center[0], center[1]] : WORLD.center,
  };
};

/** Degrees per cluster cell, measured on the drawn map (0 before it is laid out). */
const measureCell = (c: ECharts): number => {
  const a = c.convertToPixel({ geoIndex: 0 }, [0, 0]) as number[] | undefined;
  const b = c.convertToPixel({ geoIndex: 0 }, [10, 0]) as number[] | undefined;
  const ax = a?.[0];
  const bx = b?.[0];
  if (ax === undefined || bx === undefined) return 0;
  const pxPerDegree = Math.abs(bx - ax) / 10;
  return pxPerDegree > 0 ? cellDegreesFor(CLUSTER_PX, 360 * pxPerDegree, 1) : 0;
};

interface SignInMapProps {
  readonly points: readonly LocationPoint[];
  readonly legs: readonly TravelLeg[];
  readonly label: string;
}

export const SignInMap = ({ points, legs, label }: SignInMapProps) => {
  const { t } = useTranslation();
  const { fmt } = useSettings();
  const scheme = useColorScheme();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | undefined>(undefined);
  /** Cluster cell in degrees at zoom 1 (measured on the drawn map) and the current zoom: cell = base / zoom. */
  const [baseCell, setBaseCell] = useState(0);
  // The first view frames the places and the legs' ends; it is kept while the data stays the same.
  const home = useMemo(() => fitCamera([...points, ...legs.flatMap((l) => [l.from, l.to])]), [points, legs]);
  const [zoom, setZoom] = useState(home.zoom);

  const texts: MapTexts = useMemo(
    () => ({
      outcome: { success: t('entity.map.mostlySuccess'), failure: t('entity.map.mostlyFailure'), interrupted: t('entity.map.mostlyInterrupted') },
      legs: t('entity.map.legs'),
      tooltip: (c: Cluster) =>
        [
          c.places > 1 ? t('entity.map.placeAndMore', { place: c.label ?? t('entity.map.unknownPlace'), n: fmt.number(c.places - 1) }) : (c.label ?? t('entity.map.unknownPlace')),
          t('entity.map.tooltipCounts', { total: fmt.number(c.count), success: fmt.number(c.success), failure: fmt.number(c.failure), interrupted: fmt.number(c.interrupted) }),
          t('entity.lastSeenAt', { when: fmt.dateTime(c.lastSeen) }),
        ].join('\n'),
      leg: (l: TravelLeg) =>
        t('entity.map.legTooltip', {
          from: l.from.city ?? l.from.countryOrRegion ?? '?',
          to: l.to.city ?? l.to.countryOrRegion ?? '?',
          km: fmt.number(Math.round(l.distanceKm)),
          kmh: fmt.number(Math.round(l.speedKmh)),
        }),
    }),
    [t, fmt],
  );

  const clusters = useMemo(() => clusterPoints(points, baseCell > 0 ? baseCell / zoom : 0), [points, baseCell, zoom]);
  const latest = useRef({ clusters, texts });
  latest.current = { clusters, texts };

  // The chart, the world and the legs: rebuilt when the colour scheme, language or legs change.
  useEffect(() => {
    const node = el.current;
    if (!node) return undefined;
    register();
    const c = init(node, scheme === 'dark' ? 'dark' : undefined, { renderer: 'canvas' });
    chart.current = c;
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    c.setOption({
      ...buildMapOption({ map: WORLD_MAP, clusters: latest.current.clusters, legs, scheme, texts, camera: home, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM }),
      animation: !still,
    });
    const remeasure = () => setBaseCell(measureCell(c) * cameraOf(c).zoom);
    remeasure();
    setZoom(home.zoom);
    // Re-cluster only when the zoom changed (a pan keeps the cell size), and once the wheel rests:
    // a wheel gesture fires many roam events, re-clustering 10,000 points for each would stutter.
    let last = home.zoom;
    let timer: ReturnType<typeof setTimeout> | undefined;
    c.on('georoam', () => {
      const z = cameraOf(c).zoom;
      if (z === last) return;
      last = z;
      clearTimeout(timer);
      timer = setTimeout(() => setZoom(z), ROAM_SETTLE_MS);
    });
    const ro = new ResizeObserver(() => {
      c.resize();
      remeasure();
    });
    ro.observe(node);
    return () => {
      clearTimeout(timer);
      ro.disconnect();
      c.dispose();
      chart.current = undefined;
    };
  }, [scheme, texts, legs, home]);

  // New clusters replace the marker series only: the world keeps its zoom and centre. Lazy, so a
  // zoom step and its re-clustering are drawn in one frame.
  useEffect(() => {
    chart.current?.setOption({ series: clusterSeries(clusters, texts) }, { lazyUpdate: true });
  }, [clusters, texts]);

  const move = (next: (cam: Camera) => Camera) => {
    const c = chart.current;
    if (!c) return;
    const cam = next(cameraOf(c));
    const z = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, cam.zoom));
    c.setOption({ geo: { zoom: z, center: cam.center } }, { lazyUpdate: true });
    setZoom(z);
  };
  const zoomBy = (f: number) => move((cam) => ({ ...cam, zoom: cam.zoom * f }));
  const pan = (dx: number, dy: number) =>
    move((cam) => {
      const step = 30 / cam.zoom;
      return { ...cam, center: [Math.max(-180, Math.min(180, cam.center[0] + dx * step)), Math.max(-85, Math.min(85, cam.center[1] + dy * step))] };
    });
  const reset = () => move(() => WORLD);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      '+': () => zoomBy(1.5),
      '=': () => zoomBy(1.5),
      '-': () => zoomBy(1 / 1.5),
      '0': reset,
      ArrowLeft: () => pan(-1, 0),
      ArrowRight: () => pan(1, 0),
      ArrowUp: () => pan(0, 1),
      ArrowDown: () => pan(0, -1),
    };
    const f = keys[e.key];
    if (!f) return;
    e.preventDefault();
    f();
  };

  const byOutcome = useMemo(() => {
    const n: Record<ClusterOutcome, number> = { success: 0, failure: 0, interrupted: 0 };
    for (const c of clusters) n[dominantOutcome(c)] += 1;
    return n;
  }, [clusters]);

  return (
    <div className="entity-map">
      <div className="map-tools" role="group" aria-label={t('entity.map.controls')}>
        <button type="button" className="btn" onClick={() => zoomBy(1.5)} aria-label={t('entity.map.zoomIn')}>
          +
        </button>
        <button type="button" className="btn" onClick={() => zoomBy(1 / 1.5)} aria-label={t('entity.map.zoomOut')}>
          −
        </button>
        <button type="button" className="btn btn-quiet" onClick={reset}>
          {t('entity.map.reset')}
        </button>
        <span className="muted small map-count" aria-live="polite">
          {t('entity.map.markers', { n: fmt.number(clusters.length), places: fmt.number(points.length) })}
        </span>
      </div>
      <div
        className="map-canvas chart"
        role="img"
        tabIndex={0}
        aria-label={`${label} ${t('entity.map.keys')}`}
        aria-describedby="map-summary"
        onKeyDown={onKeyDown}
        data-markers={clusters.length}
      >
        <div ref={el} className="map-surface" />
      </div>
      <p id="map-summary" className="visually-hidden">
        {t('entity.map.summary', { failure: byOutcome.failure, success: byOutcome.success, interrupted: byOutcome.interrupted, legs: legs.length })}
      </p>
    </div>
  );
};
