/**
 * The entity pages' routes: `GET /api/entities/{kind}/{key}` (summary), `/timeline` and
 * `/locations` for a user (userPrincipalName), an IP address or an application (appId). Scope
 * `read`; `since`, `until` and `tz` as on `/api/dashboard`; Graph's error envelope (400 for a bad
 * kind, key or parameter, 404 for an entity without any stored sign-in).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { AggregateParams } from '../../core/use-cases/aggregate-sign-ins.js';
import { parseEntityRef } from '../../core/entities/entity-key.js';
import { parseEntityRange, parseLocationLimit, parseTimelineBucket } from '../../core/entities/entity-range.js';
import { getEntitySummary } from '../../core/use-cases/get-entity-summary.js';
import { getEntityTimeline } from '../../core/use-cases/get-entity-timeline.js';
import { getEntityLocations } from '../../core/use-cases/get-entity-locations.js';
import { EntityLocationsSchema, EntitySummarySchema, EntityTimelineSchema } from '../entity-schemas.js';
import type { OpenApiParameter, RoutePlugin } from '../types.js';

const Params = Type.Object({
  kind: Type.String({ maxLength: 40, description: 'user, ip or app' }),
  key: Type.String({ maxLength: 1024, description: 'userPrincipalName (any case), IP address, or appId (GUID)' }),
});

const RANGE: readonly OpenApiParameter[] = [
  { name: 'since', description: 'ISO date-time or a duration before `until` (30d, 12h); default 30 days before `until`' },
  { name: 'until', description: 'ISO date-time or a duration before now; default the next whole hour' },
  { name: 'tz', description: 'IANA time zone (default UTC)' },
];

const query = (req: FastifyRequest): AggregateParams => (req.query ?? {}) as AggregateParams;
const ref = (req: FastifyRequest) => {
  const p = req.params as { kind: string; key: string };
  return parseEntityRef(p.kind, p.key);
};

export const entityRoutes: RoutePlugin = async (app, ctx) => {
  const tags = ['Entities'];
  const now = () => ctx.clock.now().getTime();

  app.get(
    '/api/entities/:kind/:key',
    {
      schema: {
        summary: 'Everything about one user, IP address or application within a range',
        description: 'Totals by outcome, first and last seen (all time), top lists with first and last seen, error codes with catalog titles, and what is new in the 7 days before `until`.',
        tags,
        params: Params,
        response: { 200: EntitySummarySchema },
      },
      config: { scope: 'read', openapi: { query: RANGE } },
    },
    async (req) => {
      const r = ref(req);
      return getEntitySummary(ctx.store, r, parseEntityRange(query(req), now()));
    },
  );

  app.get(
    '/api/entities/:kind/:key/timeline',
    {
      schema: {
        summary: "One entity's sign-ins per local hour or day, by outcome (every bucket of the range present)",
        tags,
        params: Params,
        response: { 200: EntityTimelineSchema },
      },
      config: {
        scope: 'read',
        openapi: {
          query: [
            { name: 'bucket', description: 'hour or day (default: hour up to 2 days, day beyond)', schema: { type: 'string', enum: ['hour', 'day'] } },
            ...RANGE,
          ],
        },
      },
    },
    async (req) => {
      const r = ref(req);
      const range = parseEntityRange(query(req), now());
      return getEntityTimeline(ctx.store, r, range, parseTimelineBucket(query(req), range));
    },
  );

  app.get(
    '/api/entities/:kind/:key/locations',
    {
      schema: {
        summary: "Where one entity signed in from: its sign-ins' coordinates, grouped, with counts by outcome",
        description: 'Read from the newest 5,000 documents of the range; `truncated` says when older ones or more than `limit` points were left out.',
        tags,
        params: Params,
        response: { 200: EntityLocationsSchema },
      },
      config: {
        scope: 'read',
        openapi: {
          query: [
            { name: 'limit', description: 'Most points returned (1-10000, default 10000)', schema: { type: 'integer', minimum: 1, maximum: 10000 } },
            ...RANGE,
          ],
        },
      },
    },
    async (req) => {
      const r = ref(req);
      const range = parseEntityRange(query(req), now());
      return getEntityLocations(ctx.store, r, range, parseLocationLimit(query(req)));
    },
  );
};
