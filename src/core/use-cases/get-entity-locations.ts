/**
 * `GET /api/entities/{kind}/{key}/locations`: where one entity signed in from, for the map —
 * its documents' `location.geoCoordinates` within the range, grouped by coordinates, with
 * counts by outcome and the last time seen. Coordinates live only in the documents: the newest
 * LOCATION_DOC_CAP documents are decoded (`truncated` says when older ones were left out, or
 * when there were more than `limit` points; points are kept by count, then recency).
 */
import type { SignInStore } from '../ports.js';
import { classifyErrorCode } from '../catalog/classify.js';
import { isoFromMillis } from '../model/time.js';
import type { EntityRef } from '../entities/entity-types.js';
import type { EntityRange } from '../entities/entity-range.js';
import { readEntityDocuments } from '../entities/read-entity-documents.js';
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

interface Acc {
  lat: number;
  lon: number;
  city: string | null;
  countryOrRegion: string | null;
  count: number;
  success: number;
  failure: number;
  interrupted: number;
  lastSeen: number;
}

const isCoordinate = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= max;

export const getEntityLocations = async (
  store: Pick<SignInStore, 'entitySpan' | 'list'>,
  ref: EntityRef,
  range: Pick<EntityRange, 'since' | 'until'>,
  limit: number,
): Promise<EntityLocationsResponse> => {
  if (!(await store.entitySpan(ref))) throw entityNotFound(ref);
  const points = new Map<string, Acc>();
  const read = await readEntityDocuments(store, ref, range, LOCATION_DOC_CAP, (doc) => {
    const g = doc.location?.geoCoordinates;
    const lat = g?.latitude;
    const lon = g?.longitude;
    if (!isCoordinate(lat, 90) || !isCoordinate(lon, 180)) return;
    const at = Date.parse(doc.createdDateTime);
    const key = `${lat},${lon}`;
    let p = points.get(key);
    if (!p) {
      // Names from the newest sign-in at the point: documents arrive newest first.
      const city = doc.location?.city || null;
      const countryOrRegion = doc.location?.countryOrRegion || null;
      p = { lat, lon, city, countryOrRegion, count: 0, success: 0, failure: 0, interrupted: 0, lastSeen: at };
      points.set(key, p);
    }
    p.count++;
    p[classifyErrorCode(doc.status?.errorCode ?? 0).outcome]++;
    p.lastSeen = Math.max(p.lastSeen, at);
  });
  const sorted = [...points.values()].sort((a, b) => b.count - a.count || b.lastSeen - a.lastSeen || a.lat - b.lat || a.lon - b.lon);
  return {
    points: sorted.slice(0, limit).map((p) => ({ ...p, lastSeen: isoFromMillis(p.lastSeen) })),
    truncated: read.truncated || sorted.length > limit,
  };
};
