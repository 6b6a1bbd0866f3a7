/**
 * The map's first view: the box around the entity's places (and travel legs), centred, zoomed in
 * no further than a region, so a user who only signs in from one country starts on that country
 * rather than on a dot in a world of empty land. "Show the whole world" returns to zoom 1.
 */
export interface Camera {
  readonly zoom: number;
  readonly center: [number, number];
}

export const WORLD: Camera = { zoom: 1, center: [10, 20] };

/** Extent of the drawn land at zoom 1 (Antarctica is left out): 360° by about 140°. */
const WORLD_WIDTH = 360;
const WORLD_HEIGHT = 140;
/** Closest first view: about a large country. */
export const MAX_FIT_ZOOM = 4;
/** Room around the places, as a share of the box. */
const PADDING = 0.6;

export const fitCamera = (places: readonly { readonly lat: number; readonly lon: number }[]): Camera => {
  if (places.length === 0) return WORLD;
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLon = Infinity;
  let maxLon = -Infinity;
  for (const p of places) {
    minLat = Math.min(minLat, p.lat);
    maxLat = Math.max(maxLat, p.lat);
    minLon = Math.min(minLon, p.lon);
    maxLon = Math.max(maxLon, p.lon);
  }
  const width = (maxLon - minLon) * (1 + PADDING);
  const height = (maxLat - minLat) * (1 + PADDING);
  const zoom = Math.min(MAX_FIT_ZOOM, WORLD_WIDTH / Math.max(width, 1e-9), WORLD_HEIGHT / Math.max(height, 1e-9));
  if (zoom <= 1.2) return WORLD;
  return { zoom, center: [(minLon + maxLon) / 2, (minLat + maxLat) / 2] };
};
