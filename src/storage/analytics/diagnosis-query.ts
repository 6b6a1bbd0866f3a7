/**
 * The store side of a sign-in's diagnosis, in engine-neutral Kysely: each part is one indexed
 * query (user × time, error code × time, IP × time).
 */
import { sql } from 'kysely';
import type { DiagnosisContext, DiagnosisQuery, RecentSignIn } from '../../core/analytics/store-types.js';
import type { SignInOutcome } from '../../core/catalog/classify.js';
import type { AnalyticsEnv } from './aggregate-query.js';

const DAY = 86_400_000;
const MAX_SPRAY_ROWS = 10_000;

const num = (v: unknown): number => Number(v ?? 0);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export const runDiagnosisQueries = async (env: AnalyticsEnv, q: DiagnosisQuery): Promise<DiagnosisContext> => {
  const { db } = env;
  const failuresOf = (col: string, value: string, from: number) =>
    db
      .selectFrom('sign_ins')
      .select([sql<number>`count(*)`.as('c'), sql<number>`count(DISTINCT user_principal_name)`.as('d')])
      .where(col, '=', value)
      .where('outcome', '=', 'failure')
      .where('created_at', '>', from)
      .where('created_at', '<=', q.at)
      .executeTakeFirst() as Promise<{ c: unknown; d: unknown } | undefined>;

  const user = async (): Promise<DiagnosisContext['user']> => {
    const upn = q.userPrincipalName;
    if (!upn) return null;
    const recent = (await db
      .selectFrom('sign_ins')
      .select(['id', 'created_at', 'app_display_name', 'error_code', 'outcome'])
      .where('user_principal_name', '=', upn)
      .where('created_at', '<=', q.at)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(q.recentLimit)
      .execute()) as Record<string, unknown>[];
    const [d1, d7] = await Promise.all([failuresOf('user_principal_name', upn, q.at - DAY), failuresOf('user_principal_name', upn, q.at - 7 * DAY)]);
    return {
      recent: recent.map(
        (r): RecentSignIn => ({
          id: String(r.id),
          createdAt: num(r.created_at),
          appDisplayName: str(r.app_display_name),
          errorCode: num(r.error_code),
          outcome: String(r.outcome) as SignInOutcome,
        }),
      ),
      failures24h: num(d1?.c),
      failures7d: num(d7?.c),
    };
  };

  const appCode = async (): Promise<DiagnosisContext['appCode']> => {
    if (q.errorCode === 0) return null;
    let query = db
      .selectFrom('sign_ins')
      .select([
        sql<number>`min(created_at)`.as('lo'),
        sql<number>`max(created_at)`.as('hi'),
        sql<number>`count(*)`.as('c'),
        sql<number>`count(DISTINCT user_principal_name)`.as('d'),
      ])
      .where('error_code', '=', q.errorCode);
    // The app id names the application; the display name is the fallback for records without one.
    if (q.appId) query = query.where('app_id', '=', q.appId);
    else if (q.appDisplayName) query = query.where('app_display_name', '=', q.appDisplayName);
    else query = query.where('app_id', 'is', null).where('app_display_name', 'is', null);
    const r = (await query.executeTakeFirst()) as Record<string, unknown> | undefined;
    if (!r || num(r.c) === 0) return null;
    return { firstSeen: num(r.lo), lastSeen: num(r.hi), count: num(r.c), distinctUsers: num(r.d) };
  };

  const ip = async (): Promise<DiagnosisContext['ip']> => {
    if (!q.ipAddress) return null;
    const [f, spray] = await Promise.all([
      failuresOf('ip_address', q.ipAddress, q.at - DAY),
      q.sprayCodes.length === 0
        ? Promise.resolve([])
        : (db
            .selectFrom('sign_ins')
            .select(['user_principal_name', 'created_at'])
            .where('ip_address', '=', q.ipAddress)
            .where('created_at', '>=', q.at - q.sprayWindowMs)
            .where('created_at', '<=', q.at + q.sprayWindowMs)
            .where('outcome', '=', 'failure')
            .where('error_code', 'in', [...q.sprayCodes])
            .orderBy('created_at', 'asc')
            .limit(MAX_SPRAY_ROWS)
            .execute() as Promise<Record<string, unknown>[]>),
    ]);
    return {
      failures: num(f?.c),
      distinctUsersFailing: num(f?.d),
      sprayFailures: spray.map((r) => ({ user: str(r.user_principal_name), at: num(r.created_at) })),
    };
  };

  const [u, a, i] = await Promise.all([user(), appCode(), ip()]);
  return { user: u, appCode: a, ip: i };
};
