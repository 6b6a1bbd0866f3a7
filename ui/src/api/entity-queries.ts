/**
 * TanStack Query hooks of the entity pages. The summary, the timeline and the locations of one
 * entity are three requests so the header can show before the map's points have arrived.
 */
import { useQuery } from '@tanstack/react-query';
import { getJson, isNotFound } from './client.js';
import { decodeEntityLocations, decodeEntitySummary, decodeEntityTimeline } from './entity.js';
import { decodeAlertList, type EntityAlert } from './entity-alerts.js';
import type { EntityBucket, EntityKind } from '../state/entity-view.js';

const base = (kind: EntityKind, key: string) => `api/entities/${kind}/${encodeURIComponent(key)}`;

export interface EntityQuery {
  readonly kind: EntityKind;
  readonly key: string;
  readonly since: string;
  readonly until: string;
  readonly tz: string;
}

export const useEntitySummary = (q: EntityQuery) =>
  useQuery({
    queryKey: ['entity', q.kind, q.key, q.since, q.until, q.tz],
    queryFn: ({ signal }) => getJson(`${base(q.kind, q.key)}?${new URLSearchParams({ since: q.since, until: q.until, tz: q.tz }).toString()}`, decodeEntitySummary, signal),
    // Retries follow the client's default: a 4xx (404 is "never seen") is not asked again.
    staleTime: 60_000,
  });

export const useEntityTimeline = (q: EntityQuery, bucket: EntityBucket) =>
  useQuery({
    queryKey: ['entityTimeline', q.kind, q.key, q.since, q.until, q.tz, bucket],
    queryFn: ({ signal }) =>
      getJson(`${base(q.kind, q.key)}/timeline?${new URLSearchParams({ bucket, since: q.since, until: q.until, tz: q.tz }).toString()}`, decodeEntityTimeline, signal),
    staleTime: 60_000,
  });

export const useEntityLocations = (q: EntityQuery) =>
  useQuery({
    queryKey: ['entityLocations', q.kind, q.key, q.since, q.until],
    queryFn: ({ signal }) =>
      getJson(`${base(q.kind, q.key)}/locations?${new URLSearchParams({ since: q.since, until: q.until, limit: '10000' }).toString()}`, decodeEntityLocations, signal),
    staleTime: 60_000,
  });

/**
 * Alerts naming the entity. A server without detections answers 404 for the route: that is "no
 * alerts to show", not an error, so it resolves to `null` (TanStack Query refuses `undefined`) and the page stays quiet.
 */
export const useEntityAlerts = (kind: EntityKind, key: string) =>
  useQuery({
    queryKey: ['entityAlerts', kind, key],
    queryFn: async ({ signal }): Promise<readonly EntityAlert[] | null> => {
      try {
        const r = await getJson(`api/alerts?${new URLSearchParams({ entityKind: kind, entityValue: key, top: '50' }).toString()}`, decodeAlertList, signal);
        return r.value;
      } catch (e) {
        if (isNotFound(e)) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
