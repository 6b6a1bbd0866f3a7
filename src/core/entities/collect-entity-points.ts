/**
 * One entity's sign-in coordinates (`location.geoCoordinates`), grouped by point with counts by
 * outcome: what the map shows. Coordinates live only in the stored documents, so the newest
 * `docCap` documents of the range are decoded. Engines run this where the documents are (a
 * SQLite read worker), so only the grouped points cross a thread, not the documents.
 */
import type { SignInStore } from '../ports.js';
import { classifyErrorCode } from '../catalog/classify.js';
import type { EntityRef } from './entity-types.js';
import { readEntityDocuments } from './read-entity-documents.js';

export interface EntityPoint {
  lat: number;
  lon: number;
  city: string | null;
  countryOrRegion: string | null;
  count: number;
  success: number;
  failure: number;
  interrupted: number;
  /** Epoch ms. */
  lastSeen: number;
}

export interface EntityPointsQuery extends EntityRef {
  readonly since: number;
  readonly until: number;
  /** Documents decoded at most (newest first). */
  readonly docCap: number;
}

export interface EntityPoints {
  readonly points: readonly EntityPoint[];
  /** True when the range held more than `docCap` documents. */
  readonly truncated: boolean;
}

const isCoordinate = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= max;

export const collectEntityPoints = async (store: Pick<SignInStore, 'list'>, q: EntityPointsQuery): Promise<EntityPoints> => {
  const points = new Map<string, EntityPoint>();
  const read = await readEntityDocuments(store, q, q, q.docCap, (doc) => {
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
  return { points: [...points.values()], truncated: read.truncated };
};
