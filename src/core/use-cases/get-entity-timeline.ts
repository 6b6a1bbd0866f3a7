/**
 * `GET /api/entities/{kind}/{key}/timeline`: one entity's sign-ins per local hour or day of the
 * zone, by outcome, every bucket of the range present (zeros included). Counted by `aggregate`:
 * from the rollups where they can answer, else by a walk of the entity's index.
 */
import type { SignInStore } from '../ports.js';
import { createBucketClock } from '../analytics/time-zone.js';
import { isoFromMillis } from '../model/time.js';
import { entityFilter } from '../entities/entity-filter.js';
import type { EntityRef } from '../entities/entity-types.js';
import type { EntityRange, TimelineBucket } from '../entities/entity-range.js';
import { entityNotFound } from './get-entity-summary.js';

export interface EntityTimelineResponse {
  readonly bucket: TimelineBucket;
  readonly tz: string;
  readonly series: readonly { readonly bucket: string; readonly success: number; readonly failure: number; readonly interrupted: number }[];
}

export const getEntityTimeline = async (
  store: Pick<SignInStore, 'aggregate' | 'entitySpan'>,
  ref: EntityRef,
  range: EntityRange,
  bucket: TimelineBucket,
): Promise<EntityTimelineResponse> => {
  if (!(await store.entitySpan(ref))) throw entityNotFound(ref);
  const { since, until, tz } = range;
  const r = await store.aggregate({
    filter: entityFilter(ref, range),
    groupBy: ['outcome'],
    top: 3,
    withOther: false,
    bucket: { unit: bucket, timeZone: tz },
  });
  const clock = createBucketClock(bucket, tz, since, until);
  const byStart = new Map<number, { success: number; failure: number; interrupted: number }>();
  for (const n of clock.range(since, until)) byStart.set(clock.startOf(n), { success: 0, failure: 0, interrupted: 0 });
  for (const row of r.rows) {
    const b = byStart.get(row.bucket ?? since);
    if (b) b[row.keys[0] as 'success' | 'failure' | 'interrupted'] += row.count;
  }
  return {
    bucket,
    tz,
    series: [...byStart.entries()].sort((a, b) => a[0] - b[0]).map(([start, v]) => ({ bucket: isoFromMillis(start), ...v })),
  };
};
