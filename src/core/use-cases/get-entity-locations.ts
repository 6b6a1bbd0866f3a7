/**
 * `GET /api/entities/{kind}/{key}/locations`: where one entity signed in from, for the map —
 * its documents' `location.geoCoordinates` within the range, grouped by coordinates, with
 * counts by outcome and the last time seen (`entityPoints`, collect-entity-points.ts).
 * Coordinates live only in the documents: the newest LOCATION_DOC_CAP documents are decoded
 * (`truncated` says when older ones were left out, or when there were more than `limit`
 * points; points are kept by count, then recency).
 */
import type { SignInStore } from '../ports.js';
import { isoFromMillis } from '../model/time.js';
import type { EntityRef } from '../entities/entity-types.js';
import type { EntityRange } from '../entities/entity-range.js';
import { entityNotFound } from './get-entity-summary.js';

export const LOCATION_DOC_CAP = 5_000;

export interface LocationPoint {
  readonly lat: number;
  readonly lon: number;
  readonly city: string | null;
  readonly countryOrRegion: string | null;
  readonly count: number;
  readonly success: number;
  readonly failure: number;
  readonly interrupted: number;
  readonly lastSeen: string;
}

export interface EntityLocationsResponse {
  readonly points: readonly LocationPoint[];
  readonly truncated: boolean;
}

export const getEntityLocations = async (
  store: Pick<SignInStore, 'entitySpan' | 'entityPoints'>,
  ref: EntityRef,
  range: Pick<EntityRange, 'since' | 'until'>,
  limit: number,
): Promise<EntityLocationsResponse> => {
  if (!(await store.entitySpan(ref))) throw entityNotFound(ref);
  const read = await store.entityPoints({ ...ref, since: range.since, until: range.until, docCap: LOCATION_DOC_CAP });
  const sorted = [...read.points].sort((a, b) => b.count - a.count || b.lastSeen - a.lastSeen || a.lat - b.lat || a.lon - b.lon);
  return {
    points: sorted.slice(0, limit).map((p) => ({ ...p, lastSeen: isoFromMillis(p.lastSeen) })),
    truncated: read.truncated || sorted.length > limit,
  };
};
