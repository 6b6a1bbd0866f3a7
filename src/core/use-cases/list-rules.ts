/** `GET /api/rules` and `signin-report rules`: every loaded rule with its effective settings. */
import { ruleParameters, type CompiledRule } from '../detections/compiled-rule.js';
import type { LocalText } from '../detections/alert.js';
import type { CorrelationKind, Severity } from '../detections/rule-schema.js';

export interface RuleView {
  readonly id: string;
  readonly title: LocalText;
  readonly description: LocalText;
  readonly severity: Severity;
  readonly technique: string;
  readonly kind: CorrelationKind;
  readonly enabled: boolean;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly where: string;
  readonly source: 'builtin' | 'custom';
  readonly learnedFrom: string;
}

export const describeRule = (r: CompiledRule): RuleView => ({
  id: r.id,
  title: r.definition.title,
  description: r.definition.description,
  severity: r.definition.severity,
  technique: r.definition.technique,
  kind: r.correlation.kind,
  enabled: r.enabled,
  parameters: ruleParameters(r),
  where: r.where,
  source: r.source,
  learnedFrom: r.definition.learnedFrom,
});

export const listRules = (rules: readonly CompiledRule[]): RuleView[] => rules.map(describeRule).sort((a, b) => a.id.localeCompare(b.id));
