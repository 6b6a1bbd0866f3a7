/**
 * What the analytics methods of `SignInStore` take and return (see ports.ts): aggregations,
 * the context of one sign-in for its diagnosis, retention and re-derivation.
 */
import type { FilterNode } from '../query/ast.js';
import type { SignInOutcome } from '../catalog/classify.js';
import type { GroupDimension } from './dimensions.js';
import type { BucketUnit } from './time-zone.js';

export interface AggregateQuery {
  readonly filter?: FilterNode | undefined;
  /** 0..2 dimensions. */
  readonly groupBy: readonly GroupDimension[];
  /** Count per local hour/day/week of this IANA zone as well. */
  readonly bucket?: { readonly unit: BucketUnit; readonly timeZone: string } | undefined;
  /** Keep the `top` largest groups (over the whole range) and fold the rest into one "other" row. */
  readonly top: number;
  /** Also count distinct users (userPrincipalName) per row, and overall unless `withOther` is false. */
  readonly distinctUsers?: boolean | undefined;
  /** Compute the "other" row (default true); the dashboard's top lists do without. */
  readonly withOther?: boolean | undefined;
  /** `scan` forces an exact scan of the rows (tests, benchmarks); default `auto`. */
  readonly source?: 'auto' | 'scan' | undefined;
}

/** A group key: a string, an error code, or null (the row has no value). */
export type GroupKey = string | number | null;

export interface AggregateRow {
  /** Bucket start (epoch ms) when the query has a bucket. */
  readonly bucket?: number | undefined;
  /** One value per `groupBy` dimension; all null for the "other" row. */
  readonly keys: readonly GroupKey[];
  /** The row of every group outside the top N. */
  readonly other?: boolean | undefined;
  readonly count: number;
  readonly distinctUsers?: number | undefined;
}

export interface AggregateResult {
  /** `rollup`: answered from the pre-aggregated tables (partial hours at the edges of the range are read from rows); `scan`: from the rows. */
  readonly source: 'rollup' | 'scan';
  readonly total: number;
  readonly distinctUsers?: number | undefined;
  /** Groups in rank order (count descending, then keys); with a bucket, by bucket first. */
  readonly rows: readonly AggregateRow[];
}

export interface DiagnosisQuery {
  readonly id: string;
  /** The sign-in's createdDateTime (epoch ms): windows end here. */
  readonly at: number;
  readonly userPrincipalName: string | null;
  readonly appId: string | null;
  readonly appDisplayName: string | null;
  readonly errorCode: number;
  readonly ipAddress: string | null;
  /** How many recent sign-ins of the user. */
  readonly recentLimit: number;
  /** Codes that count towards a password spray, and the window either side of the sign-in. */
  readonly sprayCodes: readonly number[];
  readonly sprayWindowMs: number;
}

export interface RecentSignIn {
  readonly id: string;
  readonly createdAt: number;
  readonly appDisplayName: string | null;
  readonly errorCode: number;
  readonly outcome: SignInOutcome;
}

export interface DiagnosisContext {
  /** Null when the sign-in has no user. */
  readonly user: {
    /** The user's latest sign-ins at or before this one, newest first. */
    readonly recent: readonly RecentSignIn[];
    /** Failures of the user in the 24 hours / 7 days up to this sign-in. */
    readonly failures24h: number;
    readonly failures7d: number;
  } | null;
  /** The same code on the same application, all users, all time; null for success. */
  readonly appCode: { readonly firstSeen: number; readonly lastSeen: number; readonly count: number; readonly distinctUsers: number } | null;
  /** Failures from the sign-in's IP address; null when it has none. */
  readonly ip: {
    /** Failures from the IP in the 24 hours up to this sign-in. */
    readonly failures: number;
    readonly distinctUsersFailing: number;
    /** Failures with a spray code from the IP within the spray window either side (at most 10,000, oldest first). */
    readonly sprayFailures: readonly { readonly user: string | null; readonly at: number }[];
  } | null;
}

export interface PruneResult {
  /** Sign-ins removed. */
  readonly deleted: number;
}

export interface RederiveResult {
  /** Stored sign-ins whose outcome or category changed. */
  readonly updated: number;
  /** Distinct error codes whose classification changed. */
  readonly codes: readonly number[];
}
