/**
 * Shapes of the entity routes (`/api/entities/{kind}/{key}`, `/timeline`, `/locations`), copied
 * from the agreed JSON (ui/ never imports server code) and checked on arrival like every other
 * response. The alerts naming an entity: entity-alerts.ts.
 */
import { arr, DecodeError, isObject, list, num, obj, oneOf, optStr, str, type Json } from './decode.js';

export interface Fact {
  readonly value: string;
  readonly count: number;
  readonly failures: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
}

export interface AppFact extends Fact {
  readonly appId: string | null;
}

export interface UserFact extends Fact {
  readonly success: number;
  readonly failure: number;
}

export interface CodeFact extends Omit<Fact, 'value'> {
  readonly value: number;
  readonly title: { readonly en: string; readonly ja: string } | null;
  readonly category: string;
  readonly actor: string | null;
}

export const NEW_FACT_KINDS = ['country', 'ip', 'device', 'app'] as const;
export type NewFactKind = (typeof NEW_FACT_KINDS)[number];

export interface NewFact {
  readonly kind: NewFactKind;
  readonly value: string;
  readonly firstSeen: string;
}

export interface EntityTotals {
  readonly total: number;
  readonly success: number;
  readonly failure: number;
  readonly interrupted: number;
}

export interface EntitySummary {
  readonly kind: 'user' | 'ip' | 'app';
  readonly key: string;
  readonly displayName: string | null;
  readonly since: string;
  readonly until: string;
  readonly tz: string;
  readonly totals: EntityTotals;
  readonly failureRate: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly countries: readonly Fact[];
  readonly cities: readonly Fact[];
  readonly ips: readonly Fact[];
  readonly apps: readonly AppFact[];
  readonly users: readonly UserFact[];
  readonly errorCodes: readonly CodeFact[];
  readonly devices: readonly Fact[];
  readonly browsers: readonly Fact[];
  readonly clientApps: readonly Fact[];
  readonly authMethods: readonly Fact[];
  readonly conditionalAccess: readonly Fact[];
  readonly asns: readonly Fact[];
  readonly newFacts: readonly NewFact[];
}

/** An ISO-8601 timestamp; anything Date cannot read is a broken response. */
export const iso = (v: unknown, path: string): string => {
  const s = str(v, path);
  if (Number.isNaN(Date.parse(s))) throw new DecodeError(path, 'an ISO-8601 date-time');
  return s;
};

const isoOrNull = (v: unknown, path: string): string | null => (v === null || v === undefined ? null : iso(v, path));

const count = (v: unknown, path: string): number => {
  const n = num(v, path);
  if (n < 0 || !Number.isInteger(n)) throw new DecodeError(path, 'a count (a whole number, 0 or more)');
  return n;
};

const factOf = (o: Json, p: string): Omit<Fact, 'value'> => ({
  count: count(o.count, `${p}.count`),
  failures: count(o.failures ?? 0, `${p}.failures`),
  firstSeen: iso(o.firstSeen, `${p}.firstSeen`),
  lastSeen: iso(o.lastSeen, `${p}.lastSeen`),
});

const valueText = (v: unknown, p: string): string => {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return str(v, p);
};

const facts = (v: unknown, path: string): Fact[] =>
  v === undefined || v === null
    ? []
    : list(v, path, (x, p) => {
        const o = obj(x, p);
        return { value: valueText(o.value, `${p}.value`), ...factOf(o, p) };
      });

export const decodeEntitySummary = (v: unknown): EntitySummary => {
  const o = obj(v, 'response');
  const t = obj(o.totals, 'totals');
  const rate = num(o.failureRate, 'failureRate');
  if (rate < 0 || rate > 1) throw new DecodeError('failureRate', 'a ratio between 0 and 1');
  return {
    kind: oneOf(o.kind, 'kind', ['user', 'ip', 'app'] as const),
    key: str(o.key, 'key'),
    displayName: optStr(o.displayName) ?? null,
    since: iso(o.since, 'since'),
    until: iso(o.until, 'until'),
    tz: typeof o.tz === 'string' ? o.tz : 'UTC',
    totals: {
      total: count(t.total, 'totals.total'),
      success: count(t.success, 'totals.success'),
      failure: count(t.failure, 'totals.failure'),
      interrupted: count(t.interrupted, 'totals.interrupted'),
    },
    failureRate: rate,
    firstSeen: isoOrNull(o.firstSeen, 'firstSeen'),
    lastSeen: isoOrNull(o.lastSeen, 'lastSeen'),
    countries: facts(o.countries, 'countries'),
    cities: facts(o.cities, 'cities'),
    ips: facts(o.ips, 'ips'),
    apps: list(o.apps ?? [], 'apps', (x, p) => {
      const a = obj(x, p);
      return { value: valueText(a.value, `${p}.value`), ...factOf(a, p), appId: optStr(a.appId) ?? null };
    }),
    users: list(o.users ?? [], 'users', (x, p) => {
      const u = obj(x, p);
      return {
        value: valueText(u.value, `${p}.value`),
        ...factOf(u, p),
        success: count(u.success ?? 0, `${p}.success`),
        failure: count(u.failure ?? 0, `${p}.failure`),
      };
    }),
    errorCodes: list(o.errorCodes ?? [], 'errorCodes', (x, p) => {
      const e = obj(x, p);
      const title = isObject(e.title) ? { en: str(e.title.en, `${p}.title.en`), ja: str(e.title.ja, `${p}.title.ja`) } : null;
      return {
        value: num(e.value, `${p}.value`),
        ...factOf(e, p),
        title,
        category: optStr(e.category) ?? 'other',
        actor: optStr(e.actor) ?? null,
      };
    }),
    devices: facts(o.devices, 'devices'),
    browsers: facts(o.browsers, 'browsers'),
    clientApps: facts(o.clientApps, 'clientApps'),
    authMethods: facts(o.authMethods, 'authMethods'),
    conditionalAccess: facts(o.conditionalAccess, 'conditionalAccess'),
    asns: facts(o.asns, 'asns'),
    newFacts: list(o.newFacts ?? [], 'newFacts', (x, p) => {
      const n = obj(x, p);
      return { kind: oneOf(n.kind, `${p}.kind`, NEW_FACT_KINDS), value: valueText(n.value, `${p}.value`), firstSeen: iso(n.firstSeen, `${p}.firstSeen`) };
    }),
  };
};

export interface TimelinePoint {
  readonly bucket: string;
  readonly success: number;
  readonly failure: number;
  readonly interrupted: number;
}

export interface EntityTimeline {
  readonly bucket: 'hour' | 'day';
  readonly tz: string;
  readonly series: readonly TimelinePoint[];
}

export const decodeEntityTimeline = (v: unknown): EntityTimeline => {
  const o = obj(v, 'response');
  return {
    bucket: oneOf(o.bucket, 'bucket', ['hour', 'day'] as const),
    tz: typeof o.tz === 'string' ? o.tz : 'UTC',
    series: list(o.series, 'series', (x, p) => {
      const b = obj(x, p);
      return {
        bucket: iso(b.bucket, `${p}.bucket`),
        success: count(b.success, `${p}.success`),
        failure: count(b.failure, `${p}.failure`),
        interrupted: count(b.interrupted, `${p}.interrupted`),
      };
    }),
  };
};

export interface LocationPoint {
  readonly lat: number;
  readonly lon: number;
  readonly city: string | null;
  readonly countryOrRegion: string | null;
  readonly count: number;
  readonly success: number;
  readonly failure: number;
  readonly interrupted: number;
  readonly lastSeen: string;
}

export interface EntityLocations {
  readonly points: readonly LocationPoint[];
  readonly truncated: boolean;
}

export const coordinate = (v: unknown, path: string, limit: number): number => {
  const n = num(v, path);
  if (Math.abs(n) > limit) throw new DecodeError(path, `a coordinate between -${limit} and ${limit}`);
  return n;
};

export const decodeEntityLocations = (v: unknown): EntityLocations => {
  const o = obj(v, 'response');
  // Decoded with a plain loop: up to 10,000 points arrive at once.
  const raw = arr(o.points, 'points');
  const points: LocationPoint[] = new Array<LocationPoint>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const p = `points[${i}]`;
    const x = obj(raw[i], p);
    points[i] = {
      lat: coordinate(x.lat, `${p}.lat`, 90),
      lon: coordinate(x.lon, `${p}.lon`, 180),
      city: optStr(x.city) ?? null,
      countryOrRegion: optStr(x.countryOrRegion) ?? null,
      count: count(x.count, `${p}.count`),
      success: count(x.success, `${p}.success`),
      failure: count(x.failure, `${p}.failure`),
      interrupted: count(x.interrupted, `${p}.interrupted`),
      lastSeen: iso(x.lastSeen, `${p}.lastSeen`),
    };
  }
  return { points, truncated: o.truncated === true };
};
