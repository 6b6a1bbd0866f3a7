/** Covers the map's ECharts option: one series per outcome, large mode only for many markers, legs as lines, tooltips in words. */
import { describe, expect, it } from 'vitest';
import type { TravelLeg } from '../../../api/entity-alerts.js';
import type { Cluster } from './cluster.js';
import { buildMapOption, clusterSeries, legSeries, type MapTexts } from './map-option.js';

const texts: MapTexts = {
  outcome: { success: 'ok', failure: 'bad', interrupted: 'paused' },
  legs: 'travel',
  tooltip: (c) => `${c.label ?? '?'}: ${c.count}`,
  leg: (l) => `${l.from.city ?? '?'} → ${l.to.city ?? '?'}`,
};

const cluster = (o: Partial<Cluster>): Cluster => ({ lat: 0, lon: 0, count: 1, success: 1, failure: 0, interrupted: 0, places: 1, label: 'here', lastSeen: '2026-11-30T00:00:00Z', ...o });

const leg: TravelLeg = {
  from: { signInId: 'a', at: '2026-11-30T10:00:00Z', lat: 35.68, lon: 139.76, city: 'Tokyo', countryOrRegion: 'JP' },
  to: { signInId: 'b', at: '2026-11-30T10:14:00Z', lat: 48.85, lon: 2.35, city: 'Paris', countryOrRegion: 'FR' },
  distanceKm: 9712,
  speedKmh: 41622,
};

describe('clusterSeries', () => {
  it('puts each cluster in the series of its main outcome, failures drawn last', () => {
    const s = clusterSeries([cluster({ label: 'A' }), cluster({ label: 'B', success: 0, failure: 3, count: 3, lon: 10, lat: 5 }), cluster({ label: 'C', success: 0, interrupted: 1 })], texts);
    expect(s.map((x) => x.id)).toEqual(['points-success', 'points-interrupted', 'points-failure']);
    expect(s[2]?.data).toEqual([{ value: [10, 5, 3], name: 'B' }]);
    expect(s[2]?.tooltip.formatter({ dataIndex: 0 })).toBe('B: 3');
    expect(s.every((x) => x.coordinateSystem === 'geo')).toBe(true);
  });

  it('switches a series to large mode only past the threshold', () => {
    const few = clusterSeries([cluster({})], texts);
    const many = clusterSeries(Array.from({ length: 5000 }, (_, i) => cluster({ lon: (i % 360) - 180, lat: (i % 170) - 85 })), texts);
    expect(few[0]?.large).toBe(false);
    expect(many[0]?.large).toBe(true);
    expect(many[0]?.data).toHaveLength(5000);
  });
});

describe('legSeries and the whole option', () => {
  it('draws each leg from its start to its end with a tooltip', () => {
    const s = legSeries([leg], texts);
    expect(s.type).toBe('lines');
    expect(s.data[0]?.coords).toEqual([
      [139.76, 35.68],
      [2.35, 48.85],
    ]);
    expect(s.tooltip.formatter({ dataIndex: 0 })).toBe('Tokyo → Paris');
  });

  it('uses the registered map, the camera, canvas tooltips and a legend naming the legs only when there are some', () => {
    const base = { map: 'w', clusters: [cluster({})], scheme: 'dark' as const, texts, camera: { zoom: 2, center: [1, 2] as [number, number] }, minZoom: 1, maxZoom: 9 };
    const withLegs = buildMapOption({ ...base, legs: [leg] });
    const without = buildMapOption({ ...base, legs: [] });
    expect(withLegs.geo).toMatchObject({ map: 'w', zoom: 2, center: [1, 2], roam: true, scaleLimit: { min: 1, max: 9 } });
    expect(withLegs.tooltip.renderMode).toBe('richText');
    expect(withLegs.legend.data).toContain('travel');
    expect(without.legend.data).not.toContain('travel');
    expect(withLegs.series).toHaveLength(4);
  });
});
