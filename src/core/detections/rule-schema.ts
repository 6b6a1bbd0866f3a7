/**
 * The shape of a detection rule file (`rules/*.yaml`, and the user's folder of extra or
 * overriding rules). One TypeBox schema: the type derives from it, the loader validates every
 * file against it, and `rules/rule.schema.json` is generated from it (a test keeps them equal).
 */
import { Type, type Static } from '@sinclair/typebox';

const Text = Type.Object({ en: Type.String({ minLength: 1 }), ja: Type.String({ minLength: 1 }) }, { additionalProperties: false });

/** Fields a rule may group by; each names the kind of entity an alert is about. */
export const GROUP_FIELDS = ['userPrincipalName', 'ipAddress', 'appId', 'servicePrincipalId'] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];

const GroupBy = Type.Union(GROUP_FIELDS.map((f) => Type.Literal(f)));
const Minutes = Type.Integer({ minimum: 1, maximum: 60 * 24 * 30 });
const Threshold = Type.Integer({ minimum: 1, maximum: 100_000 });
const Filter = Type.String({ minLength: 1, maxLength: 4000 });

export const CountCorrelation = Type.Object({
  kind: Type.Literal('count'), groupBy: GroupBy, threshold: Threshold, windowMinutes: Minutes,
}, { additionalProperties: false });

export const DistinctCorrelation = Type.Object({
  kind: Type.Literal('distinct'), groupBy: GroupBy,
  /** The field whose distinct values are counted (a filter-registry name). */
  field: Type.String({ minLength: 1 }),
  threshold: Threshold, windowMinutes: Minutes,
  /** A second selection: the window counts only when `field` values of `where` outnumber those of this one. */
  compareWhere: Type.Optional(Filter),
}, { additionalProperties: false });

export const SequenceCorrelation = Type.Object({
  kind: Type.Literal('sequence'), groupBy: GroupBy,
  /** At least `threshold` sign-ins matching the rule's `where`, then one matching `thenWhere`. */
  thenWhere: Filter,
  threshold: Threshold, windowMinutes: Minutes,
}, { additionalProperties: false });

export const VelocityCorrelation = Type.Object({
  kind: Type.Literal('velocity'), groupBy: GroupBy,
  speedKmh: Type.Number({ minimum: 1, maximum: 100_000 }),
  minDistanceKm: Type.Number({ minimum: 0, maximum: 40_000 }),
  /** Legs closer than this in time are one incident. */
  windowMinutes: Minutes,
  /**
   * Count a leg only when the next one is impossible too and comes back near the start: the
   * real user went on signing in from home while someone else signed in far away. A one-way
   * jump (a flight with no sign-ins on board, a VPN switched on) is then not an alert.
   */
  requireReturn: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

export const FirstSeenCorrelation = Type.Object({
  kind: Type.Literal('first-seen'), groupBy: GroupBy,
  field: Type.String({ minLength: 1 }),
  /** The group must have been seen this many days before a value counts as new (the learning baseline). */
  baselineDays: Type.Integer({ minimum: 1, maximum: 365 }),
  /**
   * `group` (default): new for the entity itself. `tenant`: new for the whole tenant (the alert
   * names the entity of the first sign-in with the value).
   */
  scope: Type.Optional(Type.Union([Type.Literal('group'), Type.Literal('tenant')])),
}, { additionalProperties: false });

export const MatchCorrelation = Type.Object({
  kind: Type.Literal('match'), groupBy: GroupBy,
  /** Matches of one group closer than this in time are one incident. */
  windowMinutes: Minutes,
}, { additionalProperties: false });

export const CorrelationSchema = Type.Union([
  CountCorrelation, DistinctCorrelation, SequenceCorrelation, VelocityCorrelation, FirstSeenCorrelation, MatchCorrelation,
]);
export type Correlation = Static<typeof CorrelationSchema>;
export type CorrelationKind = Correlation['kind'];
export const CORRELATION_KINDS: readonly CorrelationKind[] = ['count', 'distinct', 'sequence', 'velocity', 'first-seen', 'match'];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RuleSchema = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' }),
  title: Text,
  description: Text,
  /** The public rule this one learned from, by name (no text copied). */
  learnedFrom: Type.String({ minLength: 3 }),
  severity: Type.Union(SEVERITIES.map((s) => Type.Literal(s))),
  technique: Type.String({ pattern: '^T\\d{4}(\\.\\d{3})?$' }),
  /**
   * The selection, in the API's OData `$filter` language (beta field set). `@breakGlassAccounts`
   * expands to the configured accounts as a quoted list.
   */
  where: Filter,
  enabled: Type.Optional(Type.Boolean()),
  correlation: CorrelationSchema,
}, { additionalProperties: false, $id: 'https://signin-report.dev/schemas/rule.json', title: 'signin-report detection rule' });
export type RuleDefinition = Static<typeof RuleSchema>;
