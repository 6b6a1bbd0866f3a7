/**
 * The per-record step of detection: which rules select a sign-in, and the event each keeps.
 * Cheap by design (it runs on every imported record): one predicate call per enabled rule and
 * a few property reads; no parsing, no allocation for records no rule selects.
 */
import type { PreparedSignIn, SignInRow } from '../model/sign-in-row.js';
import type { CompiledRule } from './compiled-rule.js';
import type { DetectionEvent } from './detection-event.js';
import { GROUP_MARK, valueKey } from './first-seen.js';

/** The one group of a tenant-wide first-seen rule. */
export const TENANT_GROUP = '*';

export interface SelectedEvent {
  readonly rule: CompiledRule;
  readonly group: string;
  readonly event: DetectionEvent;
  /** Keep the stored copy unless this one is earlier (first-seen minima, bucketed comparisons). */
  readonly min: boolean;
}

const cell = (row: SignInRow, column: keyof SignInRow): string | null => {
  const v = row[column];
  return v === null || v === undefined || v === '' ? null : String(v);
};

/** True when the state already holds a copy of this key that is as early (min events): nothing to add. */
export type Covered = (ruleId: string, group: string, key: string, at: number) => boolean;

export const selectEvents = (rules: readonly CompiledRule[], p: PreparedSignIn, out: SelectedEvent[], covered: Covered = () => false): void => {
  const row = p.row;
  for (const rule of rules) {
    const main = rule.matches(row);
    const second = !main && rule.matchesSecond !== undefined && rule.matchesSecond(row);
    if (!main && !second) continue;
    const entity = cell(row, rule.correlation.groupBy);
    if (entity === null) continue;
    const c = rule.correlation;
    const tenant = c.kind === 'first-seen' && c.scope === 'tenant';
    const group = tenant ? TENANT_GROUP : entity;
    const value = rule.valueColumn ? cell(row, rule.valueColumn) : null;
    const base = { at: row.createdAt, signInId: row.id };
    switch (c.kind) {
      case 'first-seen':
        // Nearly every selected sign-in repeats a known group and value: skip before allocating.
        if (!covered(rule.id, group, GROUP_MARK, row.createdAt)) out.push({ rule, group, min: true, event: { ...base, key: GROUP_MARK, side: 0 } });
        if (value !== null && !covered(rule.id, group, valueKey(value), row.createdAt)) {
          out.push({ rule, group, min: true, event: { ...base, key: valueKey(value), side: 0, value, ...(tenant ? { entity } : {}) } });
        }
        break;
      case 'distinct':
        if (value === null) break;
        if (main) out.push({ rule, group, min: false, event: { ...base, key: row.id, side: 0, value } });
        // The comparison only needs who was seen in each window-sized bucket: one event per
        // value and bucket (the earliest) keeps its state small whatever the traffic.
        else out.push({ rule, group, min: true, event: { ...base, key: `b:${value}:${Math.floor(row.createdAt / rule.spanMs)}`, side: 1, value } });
        break;
      case 'velocity':
        if (!main || !p.geo) break;
        out.push({
          rule, group, min: false,
          event: { ...base, key: row.id, side: 0, geo: { lat: p.geo[0], lon: p.geo[1], city: row.city, country: row.country } },
        });
        break;
      default:
        out.push({ rule, group, min: false, event: { ...base, key: row.id, side: main ? 0 : 1 } });
    }
  }
};
