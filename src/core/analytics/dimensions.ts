/**
 * What sign-ins can be grouped by in aggregations: the dimension names of the API
 * (`groupBy=errorCode,appDisplayName`) and the logical column each one reads. `actor` is not a
 * column: it is the catalog's "who should act" for the row's error code, computed by the engine
 * from the catalog (see `actorOfCode`), so it follows the catalog without re-deriving rows.
 */
import { catalogEntries, findErrorCode } from '../catalog/index.js';
import type { Actor } from '../catalog/types.js';
import type { SignInRow } from '../model/sign-in-row.js';

export const GROUP_DIMENSIONS = [
  'outcome',
  'errorCode',
  'errorCategory',
  'actor',
  'signInType',
  'appDisplayName',
  'resourceDisplayName',
  'userPrincipalName',
  'ipAddress',
  'country',
  'city',
  'clientAppUsed',
  'conditionalAccessStatus',
  'operatingSystem',
  'browser',
] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

/** At most this many dimensions in one aggregation (besides the time bucket). */
export const MAX_GROUP_DIMENSIONS = 2;

/** The logical column behind each dimension; `actor` reads the error code. */
export const DIMENSION_COLUMN: Readonly<Record<GroupDimension, keyof SignInRow>> = {
  outcome: 'outcome',
  errorCode: 'errorCode',
  errorCategory: 'errorCategory',
  actor: 'errorCode',
  signInType: 'signInType',
  appDisplayName: 'appDisplayName',
  resourceDisplayName: 'resourceDisplayName',
  userPrincipalName: 'userPrincipalName',
  ipAddress: 'ipAddress',
  country: 'country',
  city: 'city',
  clientAppUsed: 'clientAppUsed',
  conditionalAccessStatus: 'conditionalAccessStatus',
  operatingSystem: 'operatingSystem',
  browser: 'browser',
};

export const isGroupDimension = (s: string): s is GroupDimension => (GROUP_DIMENSIONS as readonly string[]).includes(s);

/** `unknown` for a code missing from the catalog. */
export type ActorKey = Actor | 'unknown';

/** Who acts on a code: null for success (code 0), `unknown` for a code not in the catalog. */
export const actorOfCode = (code: number): ActorKey | null => (code === 0 ? null : (findErrorCode(code)?.actor ?? 'unknown'));

/** The catalog's codes per actor, for engines that compute `actor` in SQL (codes ascending). */
export const codesByActor = (): ReadonlyMap<Actor, readonly number[]> => {
  const out = new Map<Actor, number[]>();
  for (const e of catalogEntries) {
    const list = out.get(e.actor) ?? [];
    list.push(e.code);
    out.set(e.actor, list);
  }
  return out;
};
