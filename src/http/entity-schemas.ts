/**
 * Response schemas of the entity routes (user, IP address, application pages), in TypeBox: the
 * OpenAPI document is generated from them and the tests validate responses against them. The
 * shape was agreed with the UI (docs/api.md, "Entities").
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { ACTORS, CATEGORIES } from '../core/catalog/types.js';
import { ENTITY_KINDS, NEW_FACT_KINDS } from '../core/entities/entity-types.js';

const union = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));
const nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Iso = Type.String({ description: 'UTC ISO-8601 instant' });
const Count = Type.Integer({ minimum: 0 });
const closed = { additionalProperties: false } as const;

const factProps = {
  value: Type.Union([Type.String(), Type.Integer()]),
  count: Count,
  failures: Count,
  firstSeen: Iso,
  lastSeen: Iso,
};
const Fact = Type.Object(factProps, closed);
const Facts = Type.Array(Fact, { maxItems: 50 });

export const EntitySummarySchema = Type.Object(
  {
    kind: union(ENTITY_KINDS),
    key: Type.String(),
    displayName: nullable(Type.String()),
    since: Iso,
    until: Iso,
    tz: Type.String(),
    totals: Type.Object({ total: Count, success: Count, failure: Count, interrupted: Count }, closed),
    failureRate: Type.Number({ minimum: 0, maximum: 1 }),
    firstSeen: nullable(Iso),
    lastSeen: nullable(Iso),
    countries: Facts,
    cities: Facts,
    ips: Facts,
    apps: Type.Array(Type.Object({ ...factProps, appId: nullable(Type.String()) }, closed), { maxItems: 50 }),
    users: Type.Array(Type.Object({ ...factProps, success: Count, failure: Count }, closed), { maxItems: 50 }),
    errorCodes: Type.Array(
      Type.Object(
        {
          ...factProps,
          value: Type.Integer(),
          title: nullable(Type.Object({ en: Type.String(), ja: Type.String() }, closed)),
          category: union([...CATEGORIES, 'none']),
          actor: nullable(union(ACTORS)),
        },
        closed,
      ),
      { maxItems: 50 },
    ),
    devices: Facts,
    browsers: Facts,
    clientApps: Facts,
    authMethods: Facts,
    conditionalAccess: Facts,
    asns: Facts,
    newFacts: Type.Array(Type.Object({ kind: union(NEW_FACT_KINDS), value: Type.String(), firstSeen: Iso }, closed)),
  },
  closed,
);

export const EntityTimelineSchema = Type.Object(
  {
    bucket: union(['hour', 'day']),
    tz: Type.String(),
    series: Type.Array(Type.Object({ bucket: Iso, success: Count, failure: Count, interrupted: Count }, closed)),
  },
  closed,
);

export const EntityLocationsSchema = Type.Object(
  {
    points: Type.Array(
      Type.Object(
        {
          lat: Type.Number({ minimum: -90, maximum: 90 }),
          lon: Type.Number({ minimum: -180, maximum: 180 }),
          city: nullable(Type.String()),
          countryOrRegion: nullable(Type.String()),
          count: Count,
          success: Count,
          failure: Count,
          interrupted: Count,
          lastSeen: Iso,
        },
        closed,
      ),
      { maxItems: 10_000 },
    ),
    truncated: Type.Boolean(),
  },
  closed,
);
