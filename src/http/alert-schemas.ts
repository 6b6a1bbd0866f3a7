/** Response shapes of the alert and rule routes (documentation in /openapi.json and the route tests). */
import { Type } from '@sinclair/typebox';

const Text = Type.Object({ en: Type.String(), ja: Type.String() });
const Entity = Type.Object({
  kind: Type.Union([Type.Literal('user'), Type.Literal('ip'), Type.Literal('app'), Type.Literal('servicePrincipal')]),
  value: Type.String(),
});
const Status = Type.Union([Type.Literal('new'), Type.Literal('acknowledged'), Type.Literal('resolved'), Type.Literal('falsePositive')]);
const Severity = Type.Union([Type.Literal('low'), Type.Literal('medium'), Type.Literal('high'), Type.Literal('critical')]);

export const AlertSchema = Type.Object({
  id: Type.String({ pattern: '^al_[0-9a-f]{24}$' }),
  ruleId: Type.String(),
  title: Text,
  severity: Severity,
  technique: Type.String(),
  status: Status,
  entity: Entity,
  firstSeen: Type.String({ format: 'date-time' }),
  lastSeen: Type.String({ format: 'date-time' }),
  signInCount: Type.Integer({ minimum: 1 }),
  signInIds: Type.Array(Type.String(), { maxItems: 1000 }),
  signInIdsTruncated: Type.Boolean(),
  filter: Type.String(),
  summary: Text,
  details: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  history: Type.Array(Type.Object({ at: Type.String(), status: Status, note: Type.Optional(Type.String()), by: Type.String() })),
});

export const AlertListSchema = Type.Object({ value: Type.Array(AlertSchema), '@odata.nextLink': Type.Optional(Type.String()) });

const counts = (keys: readonly string[]) => Type.Object(Object.fromEntries(keys.map((k) => [k, Type.Integer({ minimum: 0 })])));
export const AlertStatsSchema = Type.Object({
  byStatus: counts(['new', 'acknowledged', 'resolved', 'falsePositive']),
  openBySeverity: counts(['critical', 'high', 'medium', 'low']),
  openByRule: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
});

export const SuppressionSchema = Type.Object({ ruleId: Type.String(), entity: Entity, until: Type.String({ format: 'date-time' }) });

export const RuleViewSchema = Type.Object({
  id: Type.String(),
  title: Text,
  description: Text,
  severity: Severity,
  technique: Type.String(),
  kind: Type.Union(['count', 'distinct', 'sequence', 'velocity', 'first-seen', 'match'].map((k) => Type.Literal(k))),
  enabled: Type.Boolean(),
  parameters: Type.Record(Type.String(), Type.Unknown()),
  where: Type.String(),
  source: Type.Union([Type.Literal('builtin'), Type.Literal('custom')]),
  learnedFrom: Type.String(),
});
export const RuleListSchema = Type.Object({ value: Type.Array(RuleViewSchema) });
