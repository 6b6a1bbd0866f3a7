/**
 * `GET /api/aggregate`: counts of sign-ins grouped by up to two dimensions and optionally by a
 * local time bucket, restricted by the Graph routes' `$filter` (all sign-in types unless the
 * filter says otherwise), top N with an "other" row, distinct users on request.
 */
import type { SignInStore } from '../ports.js';
import type { AggregateQuery, AggregateResult, GroupKey } from '../analytics/store-types.js';
import { GROUP_DIMENSIONS, MAX_GROUP_DIMENSIONS, isGroupDimension, type GroupDimension } from '../analytics/dimensions.js';
import { BUCKET_UNITS, checkTimeZone, type BucketUnit } from '../analytics/time-zone.js';
import { andAll, type FilterNode } from '../query/ast.js';
import { parseODataFilter } from '../query/odata-filter.js';
import { parseTimeArg } from '../query/relative-time.js';
import { isoFromMillis } from '../model/time.js';
import { AppError } from '../errors.js';

export type AggregateParams = Readonly<Record<string, string | readonly string[] | undefined>>;

export const MAX_TOP = 1000;
export const DEFAULT_TOP = 10;

const KNOWN = ['groupby', 'bucket', 'tz', 'top', 'distinctusers', 'filter', '$filter', 'since', 'until', 'source'] as const;

const bad = (message: string) => new AppError('BadRequest', message);

/** One value per parameter, names case-insensitive; unknown `$options` are refused as on the Graph routes. */
export const singleParams = (raw: AggregateParams, known: readonly string[]): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    if (!known.includes(key)) {
      if (name.startsWith('$')) throw bad(`Query option '${name}' is not supported here`);
      continue;
    }
    const canonical = key === 'filter' ? '$filter' : key;
    if (typeof value !== 'string' || out[canonical] !== undefined) throw bad(`'${name}' was given more than once`);
    out[canonical] = value;
  }
  return out;
};

export const parseBool = (text: string | undefined, label: string): boolean => {
  if (text === undefined) return false;
  const t = text.trim().toLowerCase();
  if (t === 'true' || t === '1') return true;
  if (t === 'false' || t === '0' || t === '') return false;
  throw bad(`${label}: expected true or false`);
};

const timeCondition = (op: 'ge' | 'lt', millis: number): FilterNode => ({
  kind: 'compare',
  op,
  field: 'createdDateTime',
  value: { kind: 'datetime', value: isoFromMillis(millis), millis },
});

/** `since`/`until` (ISO or 30d/12h relative to now) as `createdDateTime ge since and lt until`. */
export const timeRangeFilter = (since: string | undefined, until: string | undefined, now: number): FilterNode[] => {
  const out: FilterNode[] = [];
  if (since) out.push(timeCondition('ge', parseTimeArg(since, now, 'since')));
  if (until) out.push(timeCondition('lt', parseTimeArg(until, now, 'until')));
  return out;
};

export const parseAggregateParams = (raw: AggregateParams, now: number): AggregateQuery => {
  const p = singleParams(raw, KNOWN);
  const groupBy: GroupDimension[] = [];
  for (const name of (p.groupby ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '')) {
    if (!isGroupDimension(name)) throw bad(`groupBy: unknown dimension '${name.slice(0, 40)}' (one of ${GROUP_DIMENSIONS.join(', ')})`);
    if (groupBy.includes(name)) throw bad(`groupBy: '${name}' is given twice`);
    groupBy.push(name);
  }
  if (groupBy.length > MAX_GROUP_DIMENSIONS) throw bad(`groupBy: at most ${MAX_GROUP_DIMENSIONS} dimensions`);
  let bucket: AggregateQuery['bucket'];
  if (p.bucket !== undefined && p.bucket !== '') {
    if (!(BUCKET_UNITS as readonly string[]).includes(p.bucket)) throw bad(`bucket: expected one of ${BUCKET_UNITS.join(', ')}`);
    bucket = { unit: p.bucket as BucketUnit, timeZone: checkTimeZone(p.tz ?? 'UTC') };
  } else if (p.tz !== undefined) checkTimeZone(p.tz);
  const top = p.top === undefined ? DEFAULT_TOP : /^\d{1,4}$/.test(p.top.trim()) ? Number(p.top) : NaN;
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw bad(`top: expected a whole number from 1 to ${MAX_TOP}`);
  if (p.source !== undefined && p.source !== 'auto' && p.source !== 'scan') throw bad('source: expected auto or scan');
  const filter = andAll([
    ...(p.$filter !== undefined && p.$filter.trim() !== '' ? [parseODataFilter(p.$filter, 'beta')] : []),
    ...timeRangeFilter(p.since, p.until, now),
  ]);
  return { filter, groupBy, bucket, top, distinctUsers: parseBool(p.distinctusers, 'distinctUsers'), source: p.source === 'scan' ? 'scan' : 'auto' };
};

export interface AggregateResponse {
  readonly source: 'rollup' | 'scan';
  readonly groupBy: readonly GroupDimension[];
  readonly bucket: BucketUnit | null;
  readonly tz: string | null;
  readonly total: number;
  readonly distinctUsers?: number;
  readonly rows: readonly {
    readonly bucket?: string;
    readonly key: Readonly<Record<string, GroupKey>> | null;
    readonly other?: true;
    readonly count: number;
    readonly distinctUsers?: number;
  }[];
}

export const toAggregateResponse = (q: AggregateQuery, r: AggregateResult): AggregateResponse => ({
  source: r.source,
  groupBy: q.groupBy,
  bucket: q.bucket?.unit ?? null,
  tz: q.bucket?.timeZone ?? null,
  total: r.total,
  ...(r.distinctUsers !== undefined ? { distinctUsers: r.distinctUsers } : {}),
  rows: r.rows.map((row) => ({
    ...(row.bucket !== undefined ? { bucket: isoFromMillis(row.bucket) } : {}),
    key: row.other ? null : Object.fromEntries(q.groupBy.map((d, i) => [d, row.keys[i] ?? null])),
    ...(row.other ? { other: true as const } : {}),
    count: row.count,
    ...(row.distinctUsers !== undefined ? { distinctUsers: row.distinctUsers } : {}),
  })),
});

export const aggregateSignIns = async (
  store: Pick<SignInStore, 'aggregate'>,
  raw: AggregateParams,
  now: number,
): Promise<AggregateResponse> => {
  const q = parseAggregateParams(raw, now);
  return toAggregateResponse(q, await store.aggregate(q));
};
