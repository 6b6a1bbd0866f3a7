/**
 * An in-memory AlertStore with the same observable behaviour as the engines' (alert-store.ts):
 * for rule tests and the property test, where a database would only add time.
 */
import type { AlertChange, AlertStore, DetectionStateRow } from '../ports.js';
import { ALERT_STATUSES, OPEN_STATUSES, type Alert, type Suppression } from './alert.js';
import { SEVERITIES } from './rule-schema.js';

export interface MemoryAlertStore extends AlertStore {
  /** Every stored alert, by id. */
  readonly alerts: ReadonlyMap<string, Alert>;
}

export const createMemoryAlertStore = (): MemoryAlertStore => {
  const state = new Map<string, DetectionStateRow>();
  const alerts = new Map<string, { alert: Alert; seq: number }>();
  const suppressions = new Map<string, Suppression>();
  let seq = 0;
  const put = (a: Alert) => alerts.set(a.id, { alert: a, seq: ++seq });
  const view = new Map<string, Alert>();
  const sync = () => {
    view.clear();
    for (const [id, v] of alerts) view.set(id, v.alert);
  };
  const newestFirst = (a: Alert, b: Alert) => Date.parse(b.lastSeen) - Date.parse(a.lastSeen) || (a.id < b.id ? 1 : -1);
  return {
    alerts: view,
    loadDetectionState: async () => [...state.values()],
    writeDetections: async (w) => {
      for (const r of w.state) {
        const k = `${r.ruleId}\u0000${r.groupKey}\u0000${r.key}`;
        const had = state.get(k);
        if (!had || r.at < had.at || (r.at === had.at && r.data < had.data)) state.set(k, r);
      }
      for (const p of w.prune) {
        for (const [k, r] of state) if (p.ruleIds.includes(r.ruleId) && r.at < p.before) state.delete(k);
      }
      for (const id of w.deleteAlerts) alerts.delete(id);
      for (const a of w.alerts) put(a);
      sync();
    },
    getAlerts: async (ids) => ids.flatMap((id) => (alerts.has(id) ? [alerts.get(id)!.alert] : [])),
    findAlerts: async (ruleId, entity, from, to) =>
      [...alerts.values()].map((v) => v.alert).filter(
        (a) => a.ruleId === ruleId && a.entity.kind === entity.kind && a.entity.value === entity.value &&
          Date.parse(a.firstSeen) <= to && Date.parse(a.lastSeen) >= from,
      ),
    listAlerts: async (q) => {
      const all = [...alerts.values()].map((v) => v.alert).filter((a) =>
        (q.ruleId === undefined || a.ruleId === q.ruleId) && (q.severity === undefined || a.severity === q.severity) &&
        (q.status === undefined || a.status === q.status) && (q.entityKind === undefined || a.entity.kind === q.entityKind) &&
        (q.entityValue === undefined || a.entity.value === q.entityValue) && (q.since === undefined || Date.parse(a.lastSeen) >= q.since) &&
        (q.until === undefined || Date.parse(a.firstSeen) <= q.until) &&
        (!q.after || Date.parse(a.lastSeen) < q.after.lastSeen || (Date.parse(a.lastSeen) === q.after.lastSeen && a.id < q.after.id)),
      ).sort(newestFirst);
      const items = all.slice(0, q.top);
      const last = items[items.length - 1];
      return { items, next: all.length > q.top && last ? { lastSeen: Date.parse(last.lastSeen), id: last.id } : undefined };
    },
    alertStats: async () => {
      const byStatus = Object.fromEntries(ALERT_STATUSES.map((s) => [s, 0])) as Record<string, number>;
      const openBySeverity = Object.fromEntries([...SEVERITIES].reverse().map((s) => [s, 0])) as Record<string, number>;
      const openByRule: Record<string, number> = {};
      for (const { alert: a } of alerts.values()) {
        byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
        if (!OPEN_STATUSES.includes(a.status)) continue;
        openBySeverity[a.severity] = (openBySeverity[a.severity] ?? 0) + 1;
        openByRule[a.ruleId] = (openByRule[a.ruleId] ?? 0) + 1;
      }
      return { byStatus, openBySeverity, openByRule } as never;
    },
    saveAlert: async (a) => {
      if (!alerts.has(a.id)) return false;
      put(a);
      sync();
      return true;
    },
    addSuppression: async (s) => {
      suppressions.set(`${s.ruleId}\u0000${s.entity.kind}\u0000${s.entity.value}`, s);
    },
    listSuppressions: async (at) => [...suppressions.values()].filter((s) => s.until > at),
    listAlertChanges: async (afterSeq, limit): Promise<AlertChange[]> =>
      [...alerts.values()].filter((v) => v.seq > afterSeq).sort((a, b) => a.seq - b.seq).slice(0, limit).map((v) => ({ seq: v.seq, alert: v.alert })),
  };
};
