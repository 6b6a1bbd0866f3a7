/**
 * The detector: fed every stored batch (import, pull, push, `detect`), it keeps the state the
 * rules' windows need (in memory, written through to the store so a restart or the next batch
 * continues from it), re-evaluates only the groups a batch touched, and writes the alerts that
 * appeared or grew. Results depend only on the set of sign-ins seen, not on batch boundaries or
 * arrival order, as long as a sign-in arrives within `latenessMs` of the newest one seen (older
 * state is dropped).
 */
import type { PreparedSignIn } from '../model/sign-in-row.js';
import type { AlertOutbox, AlertStore, Clock, DetectionStateRow, DetectionWrite } from '../ports.js';
import type { AlertNotice } from '../notify/alert.js';
import type { Alert, Suppression } from './alert.js';
import { buildAlert, hasGrown } from './build-alert.js';
import { ENTITY_OF_GROUP, type CompiledRule } from './compiled-rule.js';
import type { DetectionEvent, Incident } from './detection-event.js';
import { firstSeenIncidents } from './first-seen.js';
import { selectEvents, TENANT_GROUP, type SelectedEvent } from './select-events.js';
import { decodeEvent, encodeEvent } from './state-codec.js';
import { velocityIncidents } from './velocity.js';
import { countIncidents, distinctIncidents, matchIncidents, sequenceIncidents } from './window-correlations.js';

export interface DetectorDeps {
  readonly rules: readonly CompiledRule[];
  readonly store: AlertStore;
  readonly clock: Clock;
  /** How late (behind the newest sign-in seen) a sign-in may arrive and still count. */
  readonly latenessMs: number;
  readonly onAlert?: ((ruleId: string, change: 'created' | 'grown') => void) | undefined;
  /**
   * Told of every alert written (created or grown) after the write commits, for the configured
   * webhooks. A crash between the two loses the notice, never the alert.
   */
  readonly outbox?: AlertOutbox | undefined;
  /** Start from empty state instead of the stored one (`detect` re-reads history in time order). */
  readonly freshState?: boolean | undefined;
}

export interface DetectorStep {
  readonly selected: number;
  readonly created: number;
  readonly grown: number;
}

export interface Detector {
  observe(batch: readonly PreparedSignIn[]): Promise<DetectorStep>;
}

const DAY = 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;

export const incidentsOf = (rule: CompiledRule, events: readonly DetectionEvent[]): Incident[] => {
  const c = rule.correlation;
  switch (c.kind) {
    case 'count':
      return countIncidents(events, c.threshold, rule.spanMs);
    case 'distinct':
      return distinctIncidents(events, c.threshold, rule.spanMs, c.compareWhere !== undefined);
    case 'sequence':
      return sequenceIncidents(events, c.threshold, rule.spanMs);
    case 'velocity':
      return velocityIncidents(events, { speedKmh: c.speedKmh, minDistanceKm: c.minDistanceKm, windowMs: rule.spanMs, requireReturn: c.requireReturn });
    case 'first-seen':
      return firstSeenIncidents(events, c.baselineDays * DAY);
    case 'match':
      return matchIncidents(events, rule.spanMs);
  }
};

type Groups = Map<string, Map<string, DetectionEvent>>;

export const createDetector = (deps: DetectorDeps): Detector => {
  const rules = deps.rules.filter((r) => r.enabled);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const state = new Map<string, Groups>(rules.map((r) => [r.id, new Map()]));
  let loaded: Promise<void> | undefined;
  let newest = Number.NEGATIVE_INFINITY;
  let prunedTo = Number.NEGATIVE_INFINITY;
  const windowed = rules.filter((r) => r.reachMs > 0);
  /** State older than this behind the newest sign-in can no longer change a window of the rule. */
  const keepMs = (r: CompiledRule) => deps.latenessMs + 2 * r.reachMs;

  /** Keeps the event; false when it changes nothing, else what it replaced (null: nothing). */
  const put = (ruleId: string, group: string, e: DetectionEvent, min: boolean): DetectionEvent | null | false => {
    const groups = state.get(ruleId);
    if (!groups) return false;
    let events = groups.get(group);
    if (!events) groups.set(group, (events = new Map()));
    const had = events.get(e.key);
    if (had && (!min || had.at < e.at || (had.at === e.at && had.signInId <= e.signInId))) return false;
    events.set(e.key, e);
    return had ?? null;
  };

  // Strictly earlier only: a tie goes through put(), which breaks it by sign-in id.
  const covered = (ruleId: string, group: string, key: string, at: number): boolean => {
    const had = state.get(ruleId)?.get(group)?.get(key);
    return had !== undefined && had.at < at;
  };

  const load = async () => {
    let after: { lastSeen: number; id: string } | undefined;
    do {
      const page = await deps.store.listAlerts({ top: 500, after });
      for (const a of page.items) hasAlerts.add(groupKey(a.ruleId, a.entity.value));
      after = page.next;
    } while (after);
    for (const row of deps.freshState ? [] : await deps.store.loadDetectionState()) {
      put(row.ruleId, row.groupKey, decodeEvent(row.key, row.at, row.data), true);
      if (row.at > newest) newest = row.at;
    }
  };

  /** Drops state no window can use any more, at most once per PRUNE_EVERY_MS of sign-in time. */
  const prune = (): DetectionWrite['prune'] => {
    if (windowed.length === 0 || newest - prunedTo < PRUNE_EVERY_MS) return [];
    prunedTo = newest;
    return windowed.map((r) => {
      const before = newest - keepMs(r);
      const groups = state.get(r.id) as Groups;
      for (const [g, events] of groups) {
        for (const [k, e] of events) if (e.at < before) events.delete(k);
        if (events.size === 0) groups.delete(g);
      }
      return { before, ruleIds: [r.id] };
    });
  };

  const suppressedBy = (list: readonly Suppression[], alert: Alert): boolean =>
    list.some((s) => s.ruleId === alert.ruleId && s.entity.kind === alert.entity.kind && s.entity.value === alert.entity.value && s.until > alert.firstSeen);

  /** Rule and entity pairs that have alerts: only those are looked up in the store when re-evaluated. */
  const hasAlerts = new Set<string>();
  const groupKey = (ruleId: string, entity: string) => `${ruleId}\u0000${entity}`;

  /**
   * Makes the stored alerts of one group agree with its incidents over [from, to]. An alert
   * with evidence outside the range (older state, pruned or not re-read) grows; one wholly
   * inside is replaced by what the incidents say now (its lifecycle carried over), or removed
   * when no incident supports it any more and nobody has triaged it.
   */
  const reconcile = async (
    rule: CompiledRule, group: string, incidents: readonly Incident[], touchedEntities: ReadonlySet<string>, inRange: ReadonlySet<string>,
    from: number, to: number, nowIso: string,
  ): Promise<{ write: { alert: Alert; created: boolean }[]; remove: string[] }> => {
    const write: { alert: Alert; created: boolean }[] = [];
    const remove = new Set<string>();
    const entityOf = (i: Incident) => ({ kind: rule.entityKind, value: i.evidence[0]?.entity ?? group });
    // Tenant-wide first-seen names the entity of each incident, not the group: look up by incident.
    const entities = new Set([...incidents.map((i) => entityOf(i).value), ...touchedEntities]);
    if (rule.entityKind === ENTITY_OF_GROUP[rule.correlation.groupBy] && group !== TENANT_GROUP) entities.add(group);
    const existing: Alert[] = [];
    for (const value of entities) {
      if (!hasAlerts.has(groupKey(rule.id, value))) continue;
      existing.push(...(await deps.store.findAlerts(rule.id, { kind: rule.entityKind, value }, from, to)));
    }
    // First-seen re-reads the whole group (its state is minima: a replaced one is not in range).
    const complete = !Number.isFinite(to);
    const whollyInside = (a: Alert) => complete || (!a.signInIdsTruncated && a.signInIds.every((id) => inRange.has(id)));
    const used = new Set<string>();
    for (const incident of incidents) {
      const entity = entityOf(incident);
      const draft = buildAlert(rule, entity, incident, undefined, nowIso);
      const overlapping = existing
        .filter((a) => a.entity.value === entity.value && Date.parse(a.firstSeen) <= incident.end && Date.parse(a.lastSeen) >= incident.start)
        .sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.id.localeCompare(b.id));
      const same = overlapping.find((a) => a.id === draft.id);
      const outer = overlapping.find((a) => !whollyInside(a) && a.firstSeen <= draft.firstSeen);
      const base = same ?? outer;
      const carry = base ?? overlapping[0];
      for (const a of overlapping) if (a !== base) remove.add(a.id);
      for (const a of overlapping) used.add(a.id);
      // Evidence the range did not re-read stays; what it re-read is replaced by the incident's.
      const stored = carry ? { ...carry, id: base?.id ?? draft.id, signInIds: carry.signInIds.filter((id) => !inRange.has(id)) } : undefined;
      const alert = buildAlert(rule, entity, incident, stored, nowIso);
      if (base && !hasGrown(alert, base)) continue;
      write.push({ alert, created: carry === undefined });
    }
    for (const a of existing) {
      if (!used.has(a.id) && whollyInside(a) && a.status === 'new') remove.add(a.id);
    }
    for (const w of write) remove.delete(w.alert.id);
    return { write, remove: [...remove] };
  };

  return {
    async observe(batch) {
      loaded ??= load();
      await loaded;
      const selected: SelectedEvent[] = [];
      // Lateness is judged against what earlier batches brought: inside a batch order is unknown.
      const seenBefore = newest;
      for (const p of batch) {
        if (p.row.createdAt > newest) newest = p.row.createdAt;
        if (rules.length > 0) selectEvents(rules, p, selected, covered);
      }
      const kept: SelectedEvent[] = [];
      /** Per rule and group, the time span the batch changed. */
      const touched = new Map<string, Map<string, { from: number; to: number; entities: Set<string> }>>();
      for (const s of selected) {
        // Too late: its window's state is gone, and counting it would make results depend on order.
        if (s.rule.reachMs > 0 && s.event.at < seenBefore - deps.latenessMs - s.rule.reachMs) continue;
        const replaced = put(s.rule.id, s.group, s.event, s.min);
        if (replaced === false) continue;
        kept.push(s);
        let groups = touched.get(s.rule.id);
        if (!groups) touched.set(s.rule.id, (groups = new Map()));
        const span = groups.get(s.group);
        // A replaced minimum may have raised an alert about another entity: it is re-checked too.
        const entities = [s.event.entity, replaced?.entity].filter((x): x is string => x !== undefined);
        if (!span) groups.set(s.group, { from: s.event.at, to: s.event.at, entities: new Set(entities) });
        else {
          for (const x of entities) span.entities.add(x);
          if (s.event.at < span.from) span.from = s.event.at;
          if (s.event.at > span.to) span.to = s.event.at;
        }
      }
      const nowIso = deps.clock.now().toISOString();
      const alerts: Alert[] = [];
      const notices: AlertNotice[] = [];
      const deleteAlerts: string[] = [];
      let created = 0;
      let grown = 0;
      let suppressions: readonly Suppression[] | undefined;
      for (const [ruleId, groups] of touched) {
        const rule = byId.get(ruleId) as CompiledRule;
        // Only windows that can contain a changed event are re-evaluated (first-seen: all of the group).
        const reach = rule.reachMs > 0 ? 2 * rule.reachMs : Number.POSITIVE_INFINITY;
        for (const [g, span] of groups) {
          const from = span.from - reach;
          const to = span.to + reach;
          const events: DetectionEvent[] = [];
          for (const e of state.get(ruleId)?.get(g)?.values() ?? []) if (e.at >= from && e.at <= to) events.push(e);
          const incidents = incidentsOf(rule, events);
          const inRange = new Set(events.map((e) => e.signInId));
          const changes = await reconcile(rule, g, incidents, span.entities, inRange, from, to, nowIso);
          for (const c of changes.write) {
            if (c.created) {
              suppressions ??= await deps.store.listSuppressions(nowIso);
              if (suppressedBy(suppressions, c.alert)) continue;
              created++;
            } else grown++;
            alerts.push(c.alert);
            notices.push({ alert: c.alert, event: c.created ? 'alert.created' : 'alert.updated' });
            hasAlerts.add(groupKey(rule.id, c.alert.entity.value));
            deps.onAlert?.(rule.id, c.created ? 'created' : 'grown');
          }
          deleteAlerts.push(...changes.remove);
        }
      }
      const pruned = prune();
      // State a window already let go of (a bulk batch spans more than the horizon) is not
      // worth writing: only what is still held goes to the store.
      const stateRows: DetectionStateRow[] = [];
      for (const s of kept) {
        if (state.get(s.rule.id)?.get(s.group)?.get(s.event.key) !== s.event) continue;
        stateRows.push({ ruleId: s.rule.id, groupKey: s.group, key: s.event.key, at: s.event.at, data: encodeEvent(s.event) });
      }
      if (stateRows.length > 0 || alerts.length > 0 || deleteAlerts.length > 0 || pruned.length > 0) {
        await deps.store.writeDetections({ state: stateRows, prune: pruned, alerts, deleteAlerts });
      }
      if (notices.length > 0) await deps.outbox?.enqueue(notices);
      return { selected: selected.length, created, grown };
    },
  };
};
