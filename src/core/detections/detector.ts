/**
 * The detector: fed every stored batch (import, pull, push, `detect`), it keeps the state the
 * rules' windows need (in memory, written through to the store so a restart or the next batch
 * continues from it), re-evaluates only the groups a batch touched, and writes the alerts that
 * appeared or grew. Results depend only on the set of sign-ins seen, not on batch boundaries or
 * arrival order, as long as a sign-in arrives within `latenessMs` of the newest one seen (older
 * state is dropped).
 */
import type { PreparedSignIn } from '../model/sign-in-row.js';
import type { AlertStore, Clock, DetectionStateRow, DetectionWrite } from '../ports.js';
import type { Alert, Suppression } from './alert.js';
import { buildAlert, hasGrown } from './build-alert.js';
import type { CompiledRule } from './compiled-rule.js';
import type { DetectionEvent, Incident } from './detection-event.js';
import { firstSeenIncidents } from './first-seen.js';
import { selectEvents, type SelectedEvent } from './select-events.js';
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
  /** Alerts this detector wrote or read, by id: growth is judged without reading the store. */
  const known = new Map<string, Alert>();
  let loaded: Promise<void> | undefined;
  let newest = Number.NEGATIVE_INFINITY;
  let prunedTo = Number.NEGATIVE_INFINITY;
  const windowed = rules.filter((r) => r.spanMs > 0);
  /** State older than this behind the newest sign-in can no longer change a window of the rule. */
  const keepMs = (r: CompiledRule) => deps.latenessMs + 2 * r.spanMs;

  const put = (ruleId: string, group: string, e: DetectionEvent, min: boolean): boolean => {
    const groups = state.get(ruleId);
    if (!groups) return false;
    let events = groups.get(group);
    if (!events) groups.set(group, (events = new Map()));
    const had = events.get(e.key);
    if (had && (!min || had.at < e.at || (had.at === e.at && had.signInId <= e.signInId))) return false;
    events.set(e.key, e);
    return true;
  };

  const load = async () => {
    for (const row of await deps.store.loadDetectionState()) {
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

  return {
    async observe(batch) {
      loaded ??= load();
      await loaded;
      const selected: SelectedEvent[] = [];
      // Lateness is judged against what earlier batches brought: inside a batch order is unknown.
      const seenBefore = newest;
      for (const p of batch) {
        if (p.row.createdAt > newest) newest = p.row.createdAt;
        if (rules.length > 0) selectEvents(rules, p, selected);
      }
      const stateRows: DetectionStateRow[] = [];
      /** Per rule and group, the time span the batch changed. */
      const touched = new Map<string, Map<string, { from: number; to: number }>>();
      for (const s of selected) {
        // Too late: its window's state is gone, and counting it would make results depend on order.
        if (s.rule.spanMs > 0 && s.event.at < seenBefore - deps.latenessMs - s.rule.spanMs) continue;
        if (!put(s.rule.id, s.group, s.event, s.min)) continue;
        stateRows.push({ ruleId: s.rule.id, groupKey: s.group, key: s.event.key, at: s.event.at, data: encodeEvent(s.event) });
        let groups = touched.get(s.rule.id);
        if (!groups) touched.set(s.rule.id, (groups = new Map()));
        const span = groups.get(s.group);
        if (!span) groups.set(s.group, { from: s.event.at, to: s.event.at });
        else {
          if (s.event.at < span.from) span.from = s.event.at;
          if (s.event.at > span.to) span.to = s.event.at;
        }
      }
      const candidates: { rule: CompiledRule; group: string; incident: Incident }[] = [];
      for (const [ruleId, groups] of touched) {
        const rule = byId.get(ruleId) as CompiledRule;
        // Only windows that can contain a changed event are re-evaluated (first-seen: all of the group).
        const reach = rule.spanMs > 0 ? 2 * rule.spanMs : Number.POSITIVE_INFINITY;
        for (const [g, span] of groups) {
          const events: DetectionEvent[] = [];
          for (const e of state.get(ruleId)?.get(g)?.values() ?? []) if (e.at >= span.from - reach && e.at <= span.to + reach) events.push(e);
          for (const incident of incidentsOf(rule, events)) {
            // Incidents wholly before the changed span were written before.
            if (incident.end >= span.from) candidates.push({ rule, group: g, incident });
          }
        }
      }
      const nowIso = deps.clock.now().toISOString();
      const alerts: Alert[] = [];
      const deleteAlerts: string[] = [];
      let created = 0;
      let grown = 0;
      if (candidates.length > 0) {
        const drafts = candidates.map((c) => {
          const entity = { kind: c.rule.entityKind, value: c.incident.evidence[0]?.entity ?? c.group };
          return { ...c, draft: buildAlert(c.rule, entity, c.incident, undefined, nowIso) };
        });
        const unknown = drafts.map((d) => d.draft.id).filter((id) => !known.has(id));
        if (unknown.length > 0) for (const a of await deps.store.getAlerts(unknown)) known.set(a.id, a);
        let suppressions: readonly Suppression[] | undefined;
        for (const { rule, group, incident, draft } of drafts) {
          let stored = known.get(draft.id);
          if (!stored) {
            // A new incident may be an old one seen again with an earlier start (a late sign-in)
            // or two that a late sign-in joined: grow the earliest alert, drop the later ones.
            const overlapping = await deps.store.findAlerts(rule.id, draft.entity, incident.start, incident.end);
            const sorted = [...overlapping].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen));
            const earliest = sorted[0];
            if (earliest && earliest.firstSeen <= draft.firstSeen) stored = earliest;
            const carry = earliest && !stored ? earliest : undefined;
            for (const a of sorted) if (a !== stored) {
              deleteAlerts.push(a.id);
              known.delete(a.id);
            }
            if (carry) stored = { ...carry, id: draft.id };
          }
          const alert = buildAlert(rule, draft.entity, incident, stored, nowIso);
          if (!hasGrown(alert, known.get(alert.id))) continue;
          if (!known.has(alert.id)) {
            suppressions ??= await deps.store.listSuppressions(nowIso);
            if (suppressedBy(suppressions, alert)) continue;
          }
          const isNew = !known.has(alert.id) && stored === undefined;
          known.set(alert.id, alert);
          // The incident's own id now leads to the alert it grew (no store lookup next batch).
          if (draft.id !== alert.id) known.set(draft.id, alert);
          alerts.push(alert);
          if (isNew) created++;
          else grown++;
          deps.onAlert?.(rule.id, isNew ? 'created' : 'grown');
        }
      }
      const pruned = prune();
      if (stateRows.length > 0 || alerts.length > 0 || deleteAlerts.length > 0 || pruned.length > 0) {
        await deps.store.writeDetections({ state: stateRows, prune: pruned, alerts, deleteAlerts });
      }
      return { selected: selected.length, created, grown };
    },
  };
};
