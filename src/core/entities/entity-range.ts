/**
 * The query parameters of the entity routes and commands: `since`, `until` and `tz` follow the
 * dashboard's rules (defaults: the 30 days up to the next whole hour, UTC; at most 400 days);
 * the timeline's `bucket` and the map's `limit` are checked here.
 */
import { AppError } from '../errors.js';
import { parseDashboardParams, type DashboardRange } from '../use-cases/get-dashboard.js';
import { singleParams, type AggregateParams } from '../use-cases/aggregate-sign-ins.js';

export type EntityRange = DashboardRange;
export type TimelineBucket = 'hour' | 'day';

/** Hourly buckets up to this range when `bucket` is not given, daily beyond (as the dashboard). */
const HOURLY_UP_TO = 2 * 86_400_000;
export const MAX_LOCATION_POINTS = 10_000;

export const parseEntityRange = (raw: AggregateParams, now: number): EntityRange => {
  // Unknown `$options` are refused as elsewhere; the others are each route's own.
  singleParams(raw, ['since', 'until', 'tz', 'bucket', 'limit']);
  return parseDashboardParams(raw, now);
};

export const parseTimelineBucket = (raw: AggregateParams, range: EntityRange): TimelineBucket => {
  const b = singleParams(raw, ['bucket']).bucket;
  if (b === undefined || b === '') return range.until - range.since <= HOURLY_UP_TO ? 'hour' : 'day';
  if (b !== 'hour' && b !== 'day') throw new AppError('BadRequest', "bucket: expected 'hour' or 'day'");
  return b;
};

export const parseLocationLimit = (raw: AggregateParams): number => {
  const l = singleParams(raw, ['limit']).limit;
  if (l === undefined || l === '') return MAX_LOCATION_POINTS;
  const n = /^\d{1,5}$/.test(l.trim()) ? Number(l) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_LOCATION_POINTS) throw new AppError('BadRequest', `limit: expected a whole number from 1 to ${MAX_LOCATION_POINTS}`);
  return n;
};
