/**
 * Response schemas of our analytics routes (aggregate, dashboard, diagnosis), in TypeBox: the
 * OpenAPI document is generated from them and the tests validate responses against them. The
 * UI codes against these shapes.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { GROUP_DIMENSIONS } from '../core/analytics/dimensions.js';
import { ACTORS, CATEGORIES, OUTCOMES } from '../core/catalog/types.js';

const union = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));
const nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Iso = Type.String({ description: 'UTC ISO-8601 instant' });
const Key = nullable(Type.Union([Type.String(), Type.Integer()]));
const Source = union(['rollup', 'scan']);
const SignInOutcome = union(['success', 'failure', 'interrupted']);

export const AggregateResponseSchema = Type.Object(
  {
    source: Source,
    groupBy: Type.Array(union(GROUP_DIMENSIONS)),
    bucket: nullable(union(['hour', 'day', 'week'])),
    tz: nullable(Type.String()),
    total: Type.Integer({ minimum: 0 }),
    distinctUsers: Type.Optional(Type.Integer({ minimum: 0 })),
    rows: Type.Array(
      Type.Object(
        {
          bucket: Type.Optional(Iso),
          key: nullable(Type.Record(Type.String(), Key)),
          other: Type.Optional(Type.Literal(true)),
          count: Type.Integer({ minimum: 0 }),
          distinctUsers: Type.Optional(Type.Integer({ minimum: 0 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const TopList = Type.Array(Type.Object({ key: Key, count: Type.Integer({ minimum: 0 }) }, { additionalProperties: false }));

export const DashboardResponseSchema = Type.Object(
  {
    since: Iso,
    until: Iso,
    tz: Type.String(),
    bucket: union(['hour', 'day']),
    source: Source,
    totals: Type.Object({ total: Type.Integer(), success: Type.Integer(), failure: Type.Integer(), interrupted: Type.Integer() }, { additionalProperties: false }),
    failuresOverTime: Type.Array(
      Type.Object(
        {
          bucket: Iso,
          success: Type.Integer(),
          failure: Type.Integer(),
          interrupted: Type.Integer(),
          byCategory: Type.Record(Type.String(), Type.Integer()),
        },
        { additionalProperties: false },
      ),
    ),
    topErrorCodes: Type.Array(
      Type.Object(
        {
          errorCode: Type.Integer(),
          count: Type.Integer(),
          distinctUsers: Type.Integer(),
          category: Type.String(),
          outcome: Type.String(),
          title: Type.Object({ en: Type.String(), ja: Type.String() }),
        },
        { additionalProperties: false },
      ),
    ),
    topFailingUsers: TopList,
    topFailingApps: TopList,
    topFailingIps: TopList,
    topFailingCountries: TopList,
    categoryByOutcome: Type.Array(Type.Object({ category: Type.String(), outcome: Type.String(), count: Type.Integer() }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

const Localized = Type.Object({ title: Type.String(), explanation: Type.String(), action: Type.Array(Type.String()) });
/** A catalog entry as the API serves it (also the base of /api/error-codes entries). */
export const CatalogEntrySchema = Type.Object({
  code: Type.Integer(),
  identifier: Type.String(),
  outcome: union(OUTCOMES),
  category: union(CATEGORIES),
  actor: union(ACTORS),
  en: Localized,
  ja: Localized,
  links: Type.Optional(Type.Array(Type.String())),
});

export const DiagnosisSchema = Type.Object(
  {
    entry: nullable(CatalogEntrySchema),
    user: Type.Object({
      recent: Type.Array(
        Type.Object({ id: Type.String(), createdDateTime: Iso, appDisplayName: nullable(Type.String()), errorCode: Type.Integer(), outcome: SignInOutcome }),
      ),
      failures24h: Type.Integer(),
      failures7d: Type.Integer(),
    }),
    appCode: nullable(Type.Object({ firstSeen: Iso, lastSeen: Iso, count: Type.Integer(), distinctUsers: Type.Integer() })),
    ip: nullable(Type.Object({ failures: Type.Integer(), distinctUsersFailing: Type.Integer(), spraySuspected: Type.Boolean() })),
    failedPolicies: Type.Array(
      Type.Object({ id: nullable(Type.String()), displayName: nullable(Type.String()), result: nullable(Type.String()), enforcedGrantControls: Type.Array(Type.String()) }),
    ),
  },
  { additionalProperties: false },
);
