/**
 * Shapes of our own analytics routes: `/api/dashboard` and `/api/sign-ins/{id}/diagnosis`.
 * Copied from the API description (ui/ never imports server code) and checked on arrival.
 */
import { decodeCatalogEntry, type CatalogEntry } from './catalog.js';
import { isObject, list, num, obj, optNum, optStr, str, type Json } from './decode.js';

export interface Totals {
  readonly total: number;
  readonly success: number;
  readonly failure: number;
  readonly interrupted: number;
}

export interface TimeBucket {
  readonly bucket: string;
  readonly success: number;
  readonly failure: number;
  readonly interrupted: number;
  readonly byCategory: Readonly<Record<string, number>>;
}

export interface TopErrorCode {
  readonly errorCode: number;
  readonly count: number;
  readonly distinctUsers?: number | undefined;
  readonly category?: string | undefined;
  readonly outcome?: string | undefined;
  readonly title?: { readonly en?: string | undefined; readonly ja?: string | undefined } | undefined;
}

export interface KeyCount {
  readonly key: string;
  readonly count: number;
}

export interface Dashboard {
  readonly since: string;
  readonly until: string;
  readonly tz: string;
  readonly bucket: 'hour' | 'day';
  readonly source?: string | undefined;
  readonly totals: Totals;
  readonly failuresOverTime: readonly TimeBucket[];
  readonly topErrorCodes: readonly TopErrorCode[];
  readonly topFailingUsers: readonly KeyCount[];
  readonly topFailingApps: readonly KeyCount[];
  readonly topFailingIps: readonly KeyCount[];
  readonly topFailingCountries: readonly KeyCount[];
  readonly categoryByOutcome: readonly { category: string; outcome: string; count: number }[];
}

const counts = (o: Json, path: string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(obj(o, path))) if (typeof v === 'number') out[k] = v;
  return out;
};

const keyCounts = (v: unknown, path: string): KeyCount[] =>
  v === undefined || v === null
    ? []
    : list(v, path, (x, p) => {
        const o = obj(x, p);
        return { key: o.key === null ? '' : String(o.key), count: num(o.count, `${p}.count`) };
      });

export const decodeDashboard = (v: unknown): Dashboard => {
  const o = obj(v, 'response');
  const t = obj(o.totals, 'totals');
  return {
    since: str(o.since, 'since'),
    until: str(o.until, 'until'),
    tz: typeof o.tz === 'string' ? o.tz : 'UTC',
    bucket: o.bucket === 'hour' ? 'hour' : 'day',
    source: optStr(o.source),
    totals: {
      total: num(t.total, 'totals.total'),
      success: num(t.success, 'totals.success'),
      failure: num(t.failure, 'totals.failure'),
      interrupted: num(t.interrupted, 'totals.interrupted'),
    },
    failuresOverTime: list(o.failuresOverTime ?? [], 'failuresOverTime', (x, p) => {
      const b = obj(x, p);
      return {
        bucket: str(b.bucket, `${p}.bucket`),
        success: optNum(b.success) ?? 0,
        failure: optNum(b.failure) ?? 0,
        interrupted: optNum(b.interrupted) ?? 0,
        byCategory: isObject(b.byCategory) ? counts(b.byCategory, `${p}.byCategory`) : {},
      };
    }),
    topErrorCodes: list(o.topErrorCodes ?? [], 'topErrorCodes', (x, p) => {
      const e = obj(x, p);
      const title = isObject(e.title) ? { en: optStr(e.title.en), ja: optStr(e.title.ja) } : undefined;
      return {
        errorCode: num(e.errorCode, `${p}.errorCode`),
        count: num(e.count, `${p}.count`),
        distinctUsers: optNum(e.distinctUsers),
        category: optStr(e.category),
        outcome: optStr(e.outcome),
        title,
      };
    }),
    topFailingUsers: keyCounts(o.topFailingUsers, 'topFailingUsers'),
    topFailingApps: keyCounts(o.topFailingApps, 'topFailingApps'),
    topFailingIps: keyCounts(o.topFailingIps, 'topFailingIps'),
    topFailingCountries: keyCounts(o.topFailingCountries, 'topFailingCountries'),
    categoryByOutcome: list(o.categoryByOutcome ?? [], 'categoryByOutcome', (x, p) => {
      const c = obj(x, p);
      return {
        category: typeof c.category === 'string' ? c.category : 'other',
        outcome: str(c.outcome, `${p}.outcome`),
        count: num(c.count, `${p}.count`),
      };
    }),
  };
};

export interface RecentSignIn {
  readonly id: string;
  readonly createdDateTime: string;
  readonly appDisplayName?: string | undefined;
  readonly errorCode: number;
  readonly outcome?: string | undefined;
}

export interface Diagnosis {
  readonly entry: CatalogEntry | null;
  readonly user: { readonly recent: readonly RecentSignIn[]; readonly failures24h: number; readonly failures7d: number } | null;
  readonly appCode: { readonly firstSeen: string; readonly lastSeen: string; readonly count: number; readonly distinctUsers: number } | null;
  readonly ip: { readonly failures: number; readonly distinctUsersFailing: number; readonly spraySuspected: boolean } | null;
  readonly failedPolicies: readonly { id: string; displayName: string; result: string; enforcedGrantControls: string[] }[];
}

export const decodeDiagnosis = (v: unknown): Diagnosis => {
  const o = obj(v, 'response');
  const u = isObject(o.user) ? o.user : undefined;
  const a = isObject(o.appCode) ? o.appCode : undefined;
  const ip = isObject(o.ip) ? o.ip : undefined;
  return {
    entry: isObject(o.entry) ? decodeCatalogEntry(o.entry, 'entry') : null,
    user: u
      ? {
          recent: list(u.recent ?? [], 'user.recent', (x, p) => {
            const r = obj(x, p);
            return {
              id: str(r.id, `${p}.id`),
              createdDateTime: str(r.createdDateTime, `${p}.createdDateTime`),
              appDisplayName: optStr(r.appDisplayName),
              errorCode: optNum(r.errorCode) ?? 0,
              outcome: optStr(r.outcome),
            };
          }),
          failures24h: optNum(u.failures24h) ?? 0,
          failures7d: optNum(u.failures7d) ?? 0,
        }
      : null,
    appCode: a
      ? {
          firstSeen: str(a.firstSeen, 'appCode.firstSeen'),
          lastSeen: str(a.lastSeen, 'appCode.lastSeen'),
          count: num(a.count, 'appCode.count'),
          distinctUsers: optNum(a.distinctUsers) ?? 0,
        }
      : null,
    ip: ip
      ? {
          failures: optNum(ip.failures) ?? 0,
          distinctUsersFailing: optNum(ip.distinctUsersFailing) ?? 0,
          spraySuspected: ip.spraySuspected === true,
        }
      : null,
    failedPolicies: list(o.failedPolicies ?? [], 'failedPolicies', (x, p) => {
      const f = obj(x, p);
      return {
        id: typeof f.id === 'string' ? f.id : '',
        displayName: typeof f.displayName === 'string' ? f.displayName : '',
        result: typeof f.result === 'string' ? f.result : '',
        enforcedGrantControls: Array.isArray(f.enforcedGrantControls)
          ? f.enforcedGrantControls.filter((g): g is string => typeof g === 'string')
          : [],
      };
    }),
  };
};
