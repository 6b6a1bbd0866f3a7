/**
 * The diagnosis of one sign-in (`GET /api/sign-ins/{id}/diagnosis`, `signin-report diagnose`):
 * the catalog entry for its code, the user's recent sign-ins and failures (24 h and 7 days up
 * to this sign-in), how the same code fares on the same application across users, whether its
 * IP address looks like a password-spray source, and the conditional-access policies that
 * failed (from the record itself).
 *
 * Spray rule (PRODUCT.md, detections): one IP, at least 5 distinct users failing with 50126,
 * 50053 or 50055 within 20 minutes — here, within some 20-minute window that contains this
 * sign-in.
 */
import type { SignInStore } from '../ports.js';
import type { ErrorCodeEntry } from '../catalog/types.js';
import type { SignInOutcome } from '../catalog/classify.js';
import { findErrorCode } from '../catalog/index.js';
import { toSignInRow } from '../model/sign-in-row.js';
import { isoFromMillis } from '../model/time.js';
import { AppError } from '../errors.js';

export const SPRAY_CODES: readonly number[] = [50126, 50053, 50055];
export const SPRAY_WINDOW_MS = 20 * 60_000;
export const SPRAY_MIN_USERS = 5;
const RECENT = 10;

export interface Diagnosis {
  readonly entry: ErrorCodeEntry | null;
  readonly user: {
    readonly recent: readonly {
      readonly id: string;
      readonly createdDateTime: string;
      readonly appDisplayName: string | null;
      readonly errorCode: number;
      readonly outcome: SignInOutcome;
    }[];
    readonly failures24h: number;
    readonly failures7d: number;
  };
  readonly appCode: { readonly firstSeen: string; readonly lastSeen: string; readonly count: number; readonly distinctUsers: number } | null;
  readonly ip: { readonly failures: number; readonly distinctUsersFailing: number; readonly spraySuspected: boolean } | null;
  readonly failedPolicies: readonly {
    readonly id: string | null;
    readonly displayName: string | null;
    readonly result: string | null;
    readonly enforcedGrantControls: readonly string[];
  }[];
}

/** Whether some window of `windowMs` containing `at` holds failures of `minUsers` distinct users. */
export const isSpray = (
  failures: readonly { readonly user: string | null; readonly at: number }[],
  at: number,
  windowMs = SPRAY_WINDOW_MS,
  minUsers = SPRAY_MIN_USERS,
): boolean => {
  const events = [...failures].sort((a, b) => a.at - b.at);
  // The best windows start at a failure (or at `at` itself) no earlier than at − window.
  const starts = [...events.map((e) => e.at).filter((t) => t >= at - windowMs && t <= at), at];
  return starts.some((w) => {
    const users = new Set(events.filter((e) => e.at >= w && e.at <= w + windowMs && e.user !== null).map((e) => e.user));
    return users.size >= minUsers;
  });
};

export const diagnoseSignIn = async (store: Pick<SignInStore, 'get' | 'diagnosisContext'>, id: string): Promise<Diagnosis> => {
  const doc = await store.get(id);
  if (!doc) throw new AppError('NotFound', `No sign-in with id '${id.slice(0, 100)}'`);
  const row = toSignInRow(doc);
  const ctx = await store.diagnosisContext({
    id: row.id,
    at: row.createdAt,
    userPrincipalName: row.userPrincipalName,
    appId: row.appId,
    appDisplayName: row.appDisplayName,
    errorCode: row.errorCode,
    ipAddress: row.ipAddress,
    recentLimit: RECENT,
    sprayCodes: SPRAY_CODES,
    sprayWindowMs: SPRAY_WINDOW_MS,
  });
  return {
    entry: row.errorCode === 0 ? null : (findErrorCode(row.errorCode) ?? null),
    user: {
      recent: (ctx.user?.recent ?? []).map((r) => ({
        id: r.id,
        createdDateTime: isoFromMillis(r.createdAt),
        appDisplayName: r.appDisplayName,
        errorCode: r.errorCode,
        outcome: r.outcome,
      })),
      failures24h: ctx.user?.failures24h ?? 0,
      failures7d: ctx.user?.failures7d ?? 0,
    },
    appCode: ctx.appCode
      ? {
          firstSeen: isoFromMillis(ctx.appCode.firstSeen),
          lastSeen: isoFromMillis(ctx.appCode.lastSeen),
          count: ctx.appCode.count,
          distinctUsers: ctx.appCode.distinctUsers,
        }
      : null,
    ip: ctx.ip
      ? { failures: ctx.ip.failures, distinctUsersFailing: ctx.ip.distinctUsersFailing, spraySuspected: isSpray(ctx.ip.sprayFailures, row.createdAt) }
      : null,
    failedPolicies: (doc.appliedConditionalAccessPolicies ?? [])
      .filter((p) => p.result === 'failure')
      .map((p) => ({
        id: p.id ?? null,
        displayName: p.displayName ?? null,
        result: p.result ?? null,
        enforcedGrantControls: p.enforcedGrantControls ?? [],
      })),
  };
};
