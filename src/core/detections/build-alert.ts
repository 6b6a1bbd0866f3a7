/**
 * Turns an incident into the alert it raises, or grows the stored alert it belongs to: the
 * evidence is the union (oldest first, at most MAX_EVIDENCE_IDS ids), first/last seen widen,
 * lifecycle (status, history, createdAt) is kept.
 */
import { printLiteral } from '../query/odata-printer.js';
import { alertId } from './alert-id.js';
import { summarizeIncident } from './alert-text.js';
import { MAX_EVIDENCE_IDS, type Alert, type AlertEntity } from './alert.js';
import type { CompiledRule } from './compiled-rule.js';
import type { Incident } from './detection-event.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

/** Up to this many ids the filter lists them; beyond, it names the entity, the time span and the selection. */
const MAX_IDS_IN_FILTER = 100;

const evidenceFilter = (rule: CompiledRule, entity: AlertEntity, ids: readonly string[], truncated: boolean, from: number, to: number): string => {
  if (!truncated && ids.length <= MAX_IDS_IN_FILTER) {
    return `id in (${ids.map((id) => printLiteral({ kind: 'string', value: id })).join(', ')})`;
  }
  const group = `${rule.correlation.groupBy} eq ${printLiteral({ kind: 'string', value: entity.value })}`;
  return `${group} and createdDateTime ge ${iso(from)} and createdDateTime le ${iso(to)} and (${rule.where})`;
};

export const buildAlert = (rule: CompiledRule, entity: AlertEntity, incident: Incident, existing: Alert | undefined, nowIso: string): Alert => {
  const fresh = incident.evidence.map((e) => e.signInId);
  const ids: string[] = [];
  const seen = new Set<string>();
  // The stored span still counts only while some of its evidence is kept.
  const older = existing !== undefined && (existing.signInIds.length > 0 || existing.signInIdsTruncated);
  const start = Math.min(incident.start, older ? Date.parse(existing.firstSeen) : incident.start);
  const end = Math.max(incident.end, older ? Date.parse(existing.lastSeen) : incident.end);
  // Stored ids older than the incident's window (pruned from state) come first: oldest first.
  const before = existing ? existing.signInIds.filter((id) => !fresh.includes(id)) : [];
  for (const id of [...before, ...fresh]) {
    if (seen.has(id)) continue;
    seen.add(id);
    ids.push(id);
  }
  const truncated = ids.length > MAX_EVIDENCE_IDS || existing?.signInIdsTruncated === true;
  const count = truncated ? Math.max(ids.length, existing?.signInCount ?? 0) : ids.length;
  const kept = ids.slice(0, MAX_EVIDENCE_IDS);
  const def = rule.definition;
  return {
    id: existing?.id ?? alertId(rule.id, entity, incident.start),
    ruleId: rule.id,
    title: def.title,
    severity: def.severity,
    technique: def.technique,
    status: existing?.status ?? 'new',
    entity,
    firstSeen: iso(start),
    lastSeen: iso(end),
    signInCount: count,
    signInIds: kept,
    signInIdsTruncated: truncated,
    filter: evidenceFilter(rule, entity, kept, truncated, start, end),
    summary: summarizeIncident(rule.correlation, entity, count, incident.details),
    details: { ...incident.details },
    createdAt: existing?.createdAt ?? nowIso,
    updatedAt: nowIso,
    history: existing?.history ?? [],
  };
};

/** True when the built alert says something the stored one does not (other evidence or span). */
export const hasGrown = (built: Alert, stored: Alert | undefined): boolean =>
  !stored ||
  built.signInCount !== stored.signInCount ||
  built.firstSeen !== stored.firstSeen ||
  built.lastSeen !== stored.lastSeen ||
  built.signInIds.length !== stored.signInIds.length ||
  built.signInIds.some((id, i) => stored.signInIds[i] !== id);
