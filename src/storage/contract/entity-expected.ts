/**
 * The entity contract's oracle: what a page must show, computed by a plain scan of the records
 * the test stored (no store, no SQL), in the agreed JSON.
 */
import type { SignIn } from '../../core/model/sign-in-schema.js';
import { classifyErrorCode } from '../../core/catalog/classify.js';
import { findErrorCode } from '../../core/catalog/index.js';
import { createBucketClock } from '../../core/analytics/time-zone.js';
import type { EntityCase } from './entity-arbitraries.js';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (s: SignIn) => Date.parse(s.createdDateTime);
const outcome = (s: SignIn) => classifyErrorCode(s.status?.errorCode ?? 0).outcome;
const DAY = 86_400_000;

export const matches = (c: Pick<EntityCase, 'kind' | 'key'>, s: SignIn): boolean => {
  if (c.kind === 'user') return !!s.userPrincipalName && s.userPrincipalName.toLowerCase() === c.key.toLowerCase();
  if (c.kind === 'ip') return !!s.ipAddress && s.ipAddress === c.key;
  return !!s.appId && s.appId === c.key.toLowerCase();
};

interface Group { value: string | number; appId?: string | null; count: number; success: number; failures: number; first: number; last: number }

const byCountThenValue = (a: Group, b: Group) =>
  b.count - a.count ||
  (typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : a.value === b.value ? 0 : String(a.value) < String(b.value) ? -1 : 1) ||
  ((a.appId ?? '') < (b.appId ?? '') ? -1 : (a.appId ?? '') > (b.appId ?? '') ? 1 : 0);

const group = (rows: readonly SignIn[], pick: (s: SignIn) => readonly (string | number)[], withAppId = false) => {
  const m = new Map<string, Group>();
  for (const s of rows) {
    for (const v of new Set(pick(s))) {
      const k = withAppId ? `${s.appId}|${v}` : String(v);
      const g = m.get(k) ?? { value: v, ...(withAppId ? { appId: s.appId ?? null } : {}), count: 0, success: 0, failures: 0, first: at(s), last: at(s) };
      g.count++;
      if (outcome(s) === 'success') g.success++;
      if (outcome(s) === 'failure') g.failures++;
      g.first = Math.min(g.first, at(s));
      g.last = Math.max(g.last, at(s));
      m.set(k, g);
    }
  }
  return [...m.values()].sort(byCountThenValue).slice(0, 50);
};

const fact = (g: Group) => ({ value: g.value, count: g.count, failures: g.failures, firstSeen: iso(g.first), lastSeen: iso(g.last) });
const one = <T>(v: T | null | undefined | ''): T[] => (v === null || v === undefined || v === '' ? [] : [v]);
const appName = (s: SignIn) => one(s.appDisplayName || s.appId);

export const expectedSummary = (c: EntityCase, all: readonly SignIn[]) => {
  const mine = all.filter((s) => matches(c, s));
  const inRange = mine.filter((s) => at(s) >= c.since && at(s) < c.until);
  const totals = { total: inRange.length, success: 0, failure: 0, interrupted: 0 };
  for (const s of inRange) totals[outcome(s)]++;
  const last = Math.max(...mine.map(at));
  const names = mine.filter((s) => at(s) === last).map((s) => (c.kind === 'user' ? s.userDisplayName : c.kind === 'app' ? s.appDisplayName : null)).filter((x): x is string => !!x).sort();
  const newFacts: { kind: string; value: string; firstSeen: string }[] = [];
  const newStart = c.until - 7 * DAY;
  const picks: [string, (s: SignIn) => string[]][] = [
    ['country', (s) => one(s.location?.countryOrRegion)],
    ['ip', (s) => one(s.ipAddress)],
    ['device', (s) => one(s.deviceDetail?.operatingSystem)],
    ['app', appName],
  ];
  for (const [kind, pick] of picks) {
    const prior = new Set(mine.filter((s) => at(s) >= newStart - 30 * DAY && at(s) < newStart).flatMap(pick));
    const recent = new Map<string, number>();
    for (const s of mine.filter((x) => at(x) >= newStart && at(x) < c.until)) for (const v of pick(s)) recent.set(v, Math.min(recent.get(v) ?? Infinity, at(s)));
    const list = [...recent.entries()].filter(([v]) => !prior.has(v)).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    for (const [value, first] of list) newFacts.push({ kind, value, firstSeen: iso(first) });
  }
  const docs = (pick: (s: SignIn) => (string | number)[]) => group(inRange, pick).map(fact);
  return {
    kind: c.kind,
    key: c.key.toLowerCase(),
    displayName: c.kind === 'ip' ? null : (names[0] ?? null),
    since: iso(c.since),
    until: iso(c.until),
    tz: c.tz,
    totals,
    failureRate: totals.total === 0 ? 0 : totals.failure / totals.total,
    firstSeen: iso(Math.min(...mine.map(at))),
    lastSeen: iso(last),
    countries: docs((s) => one(s.location?.countryOrRegion)),
    cities: docs((s) => one(s.location?.city)),
    ips: docs((s) => one(s.ipAddress)),
    apps: group(inRange, appName, true).map((g) => ({ ...fact(g), appId: g.appId ?? null })),
    users: c.kind === 'user' ? [] : group(inRange, (s) => one(s.userPrincipalName?.toLowerCase())).map((g) => ({ ...fact(g), success: g.success, failure: g.failures })),
    errorCodes: group(inRange, (s) => (s.status?.errorCode ? [s.status.errorCode] : [])).map((g) => {
      const e = findErrorCode(Number(g.value));
      return { ...fact(g), title: e ? { en: e.en.title, ja: e.ja.title } : null, category: e ? e.category : 'other', actor: e ? e.actor : null };
    }),
    devices: docs((s) => one(s.deviceDetail?.operatingSystem)),
    browsers: docs((s) => one(s.deviceDetail?.browser)),
    clientApps: docs((s) => one(s.clientAppUsed)),
    authMethods: c.kind === 'user' ? docs((s) => (s.authenticationDetails ?? []).flatMap((d) => one(d.authenticationMethod))) : [],
    conditionalAccess: docs((s) => one(s.conditionalAccessStatus)),
    asns: c.kind === 'ip' ? docs((s) => one(s.autonomousSystemNumber)) : [],
    newFacts,
  };
};

export const expectedTimeline = (c: EntityCase, all: readonly SignIn[]) => {
  const clock = createBucketClock(c.bucket, c.tz, c.since, c.until);
  const series = clock.range(c.since, c.until).map((n) => ({ bucket: iso(clock.startOf(n)), n, success: 0, failure: 0, interrupted: 0 }));
  for (const s of all) {
    if (!matches(c, s) || at(s) < c.since || at(s) >= c.until) continue;
    const b = series.find((x) => x.n === clock.numberOf(at(s)));
    if (b) b[outcome(s)]++;
  }
  return { bucket: c.bucket, tz: c.tz, series: series.map(({ n: _n, ...rest }) => rest) };
};

/** Ids order ties of an instant: the store lists newest first, then by id descending. */
export const expectedLocations = (c: EntityCase, all: readonly SignIn[]) => {
  const rows = all.filter((s) => matches(c, s) && at(s) >= c.since && at(s) < c.until).sort((a, b) => at(b) - at(a) || (a.id < b.id ? 1 : -1));
  const points = new Map<string, { lat: number; lon: number; city: string | null; countryOrRegion: string | null; count: number; success: number; failure: number; interrupted: number; last: number }>();
  for (const s of rows) {
    const g = s.location?.geoCoordinates;
    if (typeof g?.latitude !== 'number' || typeof g.longitude !== 'number') continue;
    const k = `${g.latitude},${g.longitude}`;
    const p = points.get(k) ?? { lat: g.latitude, lon: g.longitude, city: s.location?.city || null, countryOrRegion: s.location?.countryOrRegion || null, count: 0, success: 0, failure: 0, interrupted: 0, last: at(s) };
    p.count++;
    p[outcome(s)]++;
    points.set(k, p);
  }
  return {
    points: [...points.values()]
      .sort((a, b) => b.count - a.count || b.last - a.last || a.lat - b.lat || a.lon - b.lon)
      .map(({ last, ...p }) => ({ ...p, lastSeen: iso(last) })),
    truncated: false,
  };
};
