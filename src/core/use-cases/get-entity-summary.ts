/**
 * `GET /api/entities/{kind}/{key}` and `signin-report user|ip|app`: everything about one user,
 * IP address or application within a range — totals by outcome, first and last seen over all
 * time, what it signed in from and to, its error codes with catalog titles, and what is new in
 * the last 7 days. NotFound when the entity has no stored sign-in at all.
 *
 * Totals come from `aggregate` (the rollups where they can answer, an index walk otherwise);
 * the lists from the store's count of the entity's rows (at most ROW_CAP, newest first); the
 * authentication methods (user) and autonomous systems (IP) from its newest documents (at most
 * DOC_CAP decoded: a block per document is the cost).
 */
import type { SignInStore } from '../ports.js';
import { AppError } from '../errors.js';
import { isoFromMillis } from '../model/time.js';
import { classifyErrorCode } from '../catalog/classify.js';
import { entityFilter } from '../entities/entity-filter.js';
import type { EntityRef, FactCount } from '../entities/entity-types.js';
import type { EntityRange } from '../entities/entity-range.js';
import { compareFacts, LIST_LIMIT } from '../entities/count-entity-rows.js';
import { readEntityDocuments } from '../entities/read-entity-documents.js';
import { toAppFact, toErrorCodeFact, toFact, toUserFact, type EntitySummaryResponse } from '../entities/entity-response.js';

/** Rows counted into the lists: every user or address in practice; the newest of a busy app's. */
export const ROW_CAP = 100_000;
/** Documents decoded for authentication methods and autonomous systems (about a block each: ~0.3 ms). */
export const DOC_CAP = 100;

type Store = Pick<SignInStore, 'aggregate' | 'entityFacts' | 'entitySpan' | 'list'>;

export const entityNotFound = (ref: EntityRef): AppError =>
  new AppError('NotFound', `No sign-in of ${ref.kind} '${ref.key.slice(0, 100)}' is stored`);

/** Counts per value over the documents read (one per sign-in, whatever the document repeats). */
const createTally = () => {
  const map = new Map<string | number, { value: string | number; count: number; success: number; failures: number; firstSeen: number; lastSeen: number }>();
  return {
    add: (values: Iterable<string | number>, at: number, outcome: string) => {
      for (const value of new Set(values)) {
        let t = map.get(value);
        if (!t) map.set(value, (t = { value, count: 0, success: 0, failures: 0, firstSeen: at, lastSeen: at }));
        t.count++;
        if (outcome === 'success') t.success++;
        if (outcome === 'failure') t.failures++;
        t.firstSeen = Math.min(t.firstSeen, at);
        t.lastSeen = Math.max(t.lastSeen, at);
      }
    },
    list: (): FactCount[] => [...map.values()].sort(compareFacts).slice(0, LIST_LIMIT),
  };
};

const readDocumentFacts = async (store: Store, ref: EntityRef, range: EntityRange) => {
  const methods = createTally();
  const asns = createTally();
  if (ref.kind === 'app') return { authMethods: [], asns: [] };
  await readEntityDocuments(store, ref, range, DOC_CAP, (doc) => {
    const at = Date.parse(doc.createdDateTime);
    const outcome = classifyErrorCode(doc.status?.errorCode ?? 0).outcome;
    if (ref.kind === 'user') {
      const used = (doc.authenticationDetails ?? []).map((d) => d.authenticationMethod).filter((m): m is string => typeof m === 'string' && m !== '');
      methods.add(used, at, outcome);
    } else if (typeof doc.autonomousSystemNumber === 'number') asns.add([doc.autonomousSystemNumber], at, outcome);
  });
  return { authMethods: methods.list(), asns: asns.list() };
};

export const getEntitySummary = async (store: Store, ref: EntityRef, range: EntityRange): Promise<EntitySummaryResponse> => {
  const span = await store.entitySpan(ref);
  if (!span) throw entityNotFound(ref);
  const [facts, byOutcome, docs] = await Promise.all([
    store.entityFacts({ ...ref, since: range.since, until: range.until, rowCap: ROW_CAP }),
    store.aggregate({ filter: entityFilter(ref, range), groupBy: ['outcome'], top: 3, withOther: false }),
    readDocumentFacts(store, ref, range),
  ]);
  const totals = { total: 0, success: 0, failure: 0, interrupted: 0 };
  for (const r of byOutcome.rows) {
    const outcome = r.keys[0] as 'success' | 'failure' | 'interrupted';
    totals[outcome] += r.count;
    totals.total += r.count;
  }
  const l = facts.lists;
  return {
    kind: ref.kind,
    key: ref.key,
    displayName: span.displayName,
    since: isoFromMillis(range.since),
    until: isoFromMillis(range.until),
    tz: range.tz,
    totals,
    failureRate: totals.total === 0 ? 0 : totals.failure / totals.total,
    firstSeen: isoFromMillis(span.firstSeen),
    lastSeen: isoFromMillis(span.lastSeen),
    countries: l.countries.map(toFact),
    cities: l.cities.map(toFact),
    ips: l.ips.map(toFact),
    apps: l.apps.map(toAppFact),
    users: l.users.map(toUserFact),
    errorCodes: l.errorCodes.map(toErrorCodeFact),
    devices: l.devices.map(toFact),
    browsers: l.browsers.map(toFact),
    clientApps: l.clientApps.map(toFact),
    authMethods: docs.authMethods.map(toFact),
    conditionalAccess: l.conditionalAccess.map(toFact),
    asns: docs.asns.map(toFact),
    newFacts: facts.newFacts.map((f) => ({ kind: f.kind, value: f.value, firstSeen: isoFromMillis(f.firstSeen) })),
  };
};
