/** Covers cutting polygons at the 180° meridian: untouched when inside, two parts within ±180 when crossing, either direction. */
import { describe, expect, it } from 'vitest';
import { cutAtAntimeridian, unwrapRing } from './antimeridian.js';

const within = (parts: number[][][][]) => parts.every((p) => p.every((r) => r.every(([lon]) => (lon ?? 0) >= -180 && (lon ?? 0) <= 180)));

describe('unwrapRing', () => {
  it('makes longitudes continuous across the meridian', () => {
    expect(unwrapRing([[170, 0], [-170, 0], [-170, 10]])).toEqual([[170, 0], [190, 0], [190, 10]]);
    expect(unwrapRing([[-170, 0], [170, 0]])).toEqual([[-170, 0], [-190, 0]]);
  });
});

describe('cutAtAntimeridian', () => {
  it('leaves a polygon that does not cross alone', () => {
    const square = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]];
    expect(cutAtAntimeridian(square)).toEqual([square]);
  });

  it('cuts a polygon from 170°E to 170°W into an eastern and a western part', () => {
    const crossing = [[[170, 0], [-170, 0], [-170, 10], [170, 10], [170, 0]]];
    const parts = cutAtAntimeridian(crossing);
    expect(parts).toHaveLength(2);
    expect(within(parts)).toBe(true);
    const lons = parts.map((p) => (p[0] ?? []).map(([lon]) => lon ?? 0));
    expect(Math.min(...(lons[0] ?? []))).toBe(170);
    expect(Math.max(...(lons[0] ?? []))).toBe(180);
    expect(Math.min(...(lons[1] ?? []))).toBe(-180);
    expect(Math.max(...(lons[1] ?? []))).toBe(-170);
    // Each part is a closed ring.
    for (const p of parts) expect(p[0]?.[0]).toEqual(p[0]?.[(p[0]?.length ?? 1) - 1]);
  });

  it('cuts a ring that starts on the western side too', () => {
    const crossing = [[[-170, 0], [-170, 10], [170, 10], [170, 0], [-170, 0]]];
    const parts = cutAtAntimeridian(crossing);
    expect(parts).toHaveLength(2);
    expect(within(parts)).toBe(true);
  });

  it('puts the crossing point on the meridian at the right latitude', () => {
    const parts = cutAtAntimeridian([[[170, 0], [-170, 20], [170, 20], [170, 0]]]);
    const east = parts[0]?.[0] ?? [];
    expect(east).toContainEqual([180, 10]);
  });
});
