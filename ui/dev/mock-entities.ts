/**
 * Development only: stand-ins for `/api/entities/{kind}/{key}` (+ `/timeline`, `/locations`) and an
 * empty `/api/alerts`, computed in memory from the sign-ins the real server lists. Used by
 * mock-api.ts while the server lacks the routes; never part of the build.
 */
type Doc = {
  id: string;
  createdDateTime: string;
  userPrincipalName?: string | null;
  userDisplayName?: string | null;
  appId?: string | null;
  appDisplayName?: string | null;
  ipAddress?: string | null;
  clientAppUsed?: string | null;
  conditionalAccessStatus?: string | null;
  autonomousSystemNumber?: number | null;
  location?: { city?: string | null; countryOrRegion?: string | null; geoCoordinates?: { latitude?: number | null; longitude?: number | null } | null } | null;
  deviceDetail?: { operatingSystem?: string | null; browser?: string | null } | null;
  authenticationDetails?: { authenticationMethod?: string | null }[] | null;
  status?: { errorCode?: number | null } | null;
};

type Outcome = 'success' | 'failure' | 'interrupted';
export interface MockCatalog {
  outcomeOf(code: number): Outcome;
  describe(code: number): { title: { en: string; ja: string } | null; category: string; actor: string | null };
}

const DAY = 86_400_000;
type Kind = 'user' | 'ip' | 'app';

const keyOf = (kind: Kind, d: Doc): string | undefined =>
  kind === 'user' ? d.userPrincipalName?.toLowerCase() : kind === 'ip' ? (d.ipAddress ?? undefined) : (d.appId?.toLowerCase() ?? undefined);

const facts = (docs: readonly Doc[], value: (d: Doc) => string | number | null | undefined, failed: (d: Doc) => boolean) => {
  const m = new Map<string | number, { value: string | number; count: number; failures: number; firstSeen: string; lastSeen: string }>();
  for (const d of docs) {
    const v = value(d);
    if (v === null || v === undefined || v === '') continue;
    const f = m.get(v) ?? { value: v, count: 0, failures: 0, firstSeen: d.createdDateTime, lastSeen: d.createdDateTime };
    f.count += 1;
    if (failed(d)) f.failures += 1;
    if (d.createdDateTime < f.firstSeen) f.firstSeen = d.createdDateTime;
    if (d.createdDateTime > f.lastSeen) f.lastSeen = d.createdDateTime;
    m.set(v, f);
  }
  return [...m.values()].sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value))).slice(0, 50);
};

const json = (status: number, body: unknown) => ({ status, body });
const notFound = (message: string) => json(404, { error: { code: 'NotFound', message } });

/** Answers an entity or alerts route, or undefined when the path is none of them. */
export const entityRoute = (url: URL, all: readonly Doc[], catalog: MockCatalog): { status: number; body: unknown } | undefined => {
  if (url.pathname === '/api/alerts') return json(200, { value: [] });
  const m = /^\/api\/entities\/(user|ip|app)\/([^/]+)(\/timeline|\/locations)?$/.exec(url.pathname);
  if (!m) return undefined;
  const kind = m[1] as Kind;
  const key = decodeURIComponent(m[2] ?? '');
  const wanted = kind === 'ip' ? key : key.toLowerCase();
  const mine = all.filter((d) => keyOf(kind, d) === wanted);
  if (mine.length === 0) return notFound(`No sign-in of ${kind} ${key}`);
  const until = Date.parse(url.searchParams.get('until') ?? '') || Date.now();
  const since = Date.parse(url.searchParams.get('since') ?? '') || until - 30 * DAY;
  const docs = mine.filter((d) => {
    const t = Date.parse(d.createdDateTime);
    return t >= since && t <= until;
  });
  const outcome = (d: Doc) => catalog.outcomeOf(d.status?.errorCode ?? 0);
  const failed = (d: Doc) => outcome(d) === 'failure';
  if (m[3] === '/timeline') {
    const bucket = url.searchParams.get('bucket') === 'hour' ? 'hour' : 'day';
    const size = bucket === 'hour' ? 3_600_000 : DAY;
    const series = new Map<number, Record<Outcome, number>>();
    for (let t = Math.floor(since / size) * size; t <= until; t += size) series.set(t, { success: 0, failure: 0, interrupted: 0 });
    for (const d of docs) {
      const b = series.get(Math.floor(Date.parse(d.createdDateTime) / size) * size);
      if (b) b[outcome(d)] += 1;
    }
    return json(200, { bucket, tz: 'UTC', series: [...series].map(([t, v]) => ({ bucket: new Date(t).toISOString(), ...v })) });
  }
  if (m[3] === '/locations') {
    const places = new Map<string, { lat: number; lon: number; city: string | null; countryOrRegion: string | null; count: number; lastSeen: string } & Record<Outcome, number>>();
    for (const d of docs) {
      const g = d.location?.geoCoordinates;
      if (typeof g?.latitude !== 'number' || typeof g.longitude !== 'number') continue;
      const k = `${g.latitude},${g.longitude}`;
      const p = places.get(k) ?? { lat: g.latitude, lon: g.longitude, city: d.location?.city ?? null, countryOrRegion: d.location?.countryOrRegion ?? null, count: 0, success: 0, failure: 0, interrupted: 0, lastSeen: d.createdDateTime };
      p.count += 1;
      p[outcome(d)] += 1;
      if (d.createdDateTime > p.lastSeen) p.lastSeen = d.createdDateTime;
      places.set(k, p);
    }
    const points = [...places.values()].sort((a, b) => b.count - a.count);
    return json(200, { points: points.slice(0, 10_000), truncated: points.length > 10_000 });
  }
  const totals = { total: docs.length, success: 0, failure: 0, interrupted: 0 };
  for (const d of docs) totals[outcome(d)] += 1;
  const times = mine.map((d) => d.createdDateTime).sort();
  // "New": first seen in the 7 days before `until`, not seen in the 30 days before those 7 days.
  const newFacts: { kind: string; value: string; firstSeen: string }[] = [];
  const recentStart = until - 7 * DAY;
  const dims: [string, (d: Doc) => string | null | undefined][] = [
    ['country', (d) => d.location?.countryOrRegion],
    ['ip', (d) => d.ipAddress],
    ['device', (d) => d.deviceDetail?.operatingSystem],
    ['app', (d) => d.appDisplayName],
  ];
  for (const [k, v] of dims) {
    const seen = new Map<string, number>();
    for (const d of mine) {
      const x = v(d);
      const t = Date.parse(d.createdDateTime);
      if (!x || t > until || t < recentStart - 30 * DAY) continue;
      seen.set(x, Math.min(seen.get(x) ?? Infinity, t));
    }
    for (const [x, first] of seen) if (first >= recentStart) newFacts.push({ kind: k, value: x, firstSeen: new Date(first).toISOString() });
  }
  const display = kind === 'user' ? (mine[0]?.userDisplayName ?? null) : kind === 'app' ? (mine[0]?.appDisplayName ?? null) : null;
  return json(200, {
    kind,
    key: wanted,
    displayName: display,
    since: new Date(since).toISOString(),
    until: new Date(until).toISOString(),
    tz: url.searchParams.get('tz') ?? 'UTC',
    totals,
    failureRate: totals.total ? totals.failure / totals.total : 0,
    firstSeen: times[0] ?? null,
    lastSeen: times[times.length - 1] ?? null,
    countries: facts(docs, (d) => d.location?.countryOrRegion, failed),
    cities: facts(docs, (d) => d.location?.city, failed),
    ips: facts(docs, (d) => d.ipAddress, failed),
    apps: facts(docs, (d) => d.appDisplayName, failed).map((f) => ({ ...f, appId: docs.find((d) => d.appDisplayName === f.value)?.appId ?? null })),
    users:
      kind === 'user'
        ? []
        : facts(docs, (d) => d.userPrincipalName?.toLowerCase(), failed).map((f) => {
            const theirs = docs.filter((d) => d.userPrincipalName?.toLowerCase() === f.value);
            return { ...f, success: theirs.filter((d) => outcome(d) === 'success').length, failure: theirs.filter(failed).length };
          }),
    errorCodes: facts(docs.filter((d) => (d.status?.errorCode ?? 0) !== 0), (d) => d.status?.errorCode ?? 0, failed).map((f) => ({ ...f, ...catalog.describe(Number(f.value)) })),
    devices: facts(docs, (d) => d.deviceDetail?.operatingSystem, failed),
    browsers: facts(docs, (d) => d.deviceDetail?.browser, failed),
    clientApps: facts(docs, (d) => d.clientAppUsed, failed),
    authMethods: kind === 'user' ? facts(docs.flatMap((d) => (d.authenticationDetails ?? []).map((a) => ({ ...d, clientAppUsed: a.authenticationMethod }))), (d) => d.clientAppUsed, failed) : [],
    conditionalAccess: kind === 'user' ? facts(docs, (d) => d.conditionalAccessStatus, failed) : [],
    asns: kind === 'ip' ? facts(docs, (d) => d.autonomousSystemNumber, failed) : [],
    newFacts,
  });
};
