/**
 * First-seen: a value (a country, say) new for its group. The state per group is its earliest
 * sign-in (key ``) and the earliest sign-in of each value (key `v:<value>`): minima, so the
 * result never depends on arrival order. A value is new when it first appears at least
 * `baselineDays` after the group was first seen (before that the group is still learning).
 */
import type { DetectionEvent, Incident } from './detection-event.js';

export const GROUP_MARK = '';
export const valueKey = (value: string): string => `v:${value}`;

export const firstSeenIncidents = (events: readonly DetectionEvent[], baselineMs: number): Incident[] => {
  const mark = events.find((e) => e.key === GROUP_MARK);
  if (!mark) return [];
  const out: Incident[] = [];
  for (const e of events) {
    if (e.key === GROUP_MARK || e.at < mark.at + baselineMs) continue;
    out.push({
      start: e.at, end: e.at, evidence: [e],
      details: { value: e.value ?? null, groupFirstSeen: new Date(mark.at).toISOString(), baselineDays: baselineMs / 86_400_000 },
    });
  }
  return out.sort((a, b) => a.start - b.start);
};
