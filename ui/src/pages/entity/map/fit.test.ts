/** Covers the map's first view: the world for nothing or spread places, a region around close places, never closer than a country. */
import { describe, expect, it } from 'vitest';
import { fitCamera, MAX_FIT_ZOOM, WORLD } from './fit.js';

describe('fitCamera', () => {
  it('shows the world when there is nothing to show', () => {
    expect(fitCamera([])).toEqual(WORLD);
  });

  it('shows the world for places on several continents', () => {
    expect(fitCamera([{ lat: 35.68, lon: 139.76 }, { lat: 48.85, lon: 2.35 }, { lat: 40.7, lon: -74 }])).toEqual(WORLD);
  });

  it('centres on one place at the closest first zoom', () => {
    expect(fitCamera([{ lat: 35.68, lon: 139.76 }])).toEqual({ zoom: MAX_FIT_ZOOM, center: [139.76, 35.68] });
  });

  it('frames places within one region with room around them', () => {
    const c = fitCamera([{ lat: 31.6, lon: 130.6 }, { lat: 43.06, lon: 141.35 }]);
    expect(c.center).toEqual([(130.6 + 141.35) / 2, (31.6 + 43.06) / 2]);
    expect(c.zoom).toBeGreaterThan(1.2);
    expect(c.zoom).toBeLessThanOrEqual(MAX_FIT_ZOOM);
    // The box (with its padding) still fits in the view at that zoom.
    expect((141.35 - 130.6) * 1.6 * c.zoom).toBeLessThanOrEqual(360);
    expect((43.06 - 31.6) * 1.6 * c.zoom).toBeLessThanOrEqual(140 + 1e-9);
  });
});
