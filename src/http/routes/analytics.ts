/**
 * Our analytics routes: `GET /api/aggregate`, `GET /api/dashboard`,
 * `GET /api/sign-ins/{id}/diagnosis` and the streamed `GET /api/export` (docs/analytics.md).
 */
import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { GROUP_DIMENSIONS } from '../../core/analytics/dimensions.js';
import { aggregateSignIns, parseBool, singleParams, type AggregateParams } from '../../core/use-cases/aggregate-sign-ins.js';
import { getDashboard, parseDashboardParams } from '../../core/use-cases/get-dashboard.js';
import { diagnoseSignIn } from '../../core/use-cases/diagnose-sign-in.js';
import { EXPORT_CONTENT_TYPES, exportFileName, exportSignIns, parseExportFormat } from '../../core/use-cases/export-sign-ins.js';
import { pseudonymizationKey } from '../../core/use-cases/pseudonymization-key.js';
import { parseODataFilter } from '../../core/query/odata-filter.js';
import { AggregateResponseSchema, DashboardResponseSchema, DiagnosisSchema } from '../analytics-schemas.js';
import { newRandomKey } from '../../node/node-crypto.js';
import { createExportPool } from '../../node/export-pool.js';
import type { OpenApiParameter, RoutePlugin } from '../types.js';
import { disconnectSignal } from '../work-limits.js';

const params = (req: FastifyRequest): AggregateParams => (req.query ?? {}) as AggregateParams;

const FILTER: OpenApiParameter = {
  name: '$filter',
  description: "The Graph routes' OData filter (beta properties plus outcome, errorCategory, signInType); all sign-in types unless it says otherwise",
};

const AGGREGATE_QUERY: readonly OpenApiParameter[] = [
  { name: 'groupBy', description: `Up to two of ${GROUP_DIMENSIONS.join(', ')}, comma-separated` },
  { name: 'bucket', description: 'Also count per local hour, day or week (Monday)', schema: { type: 'string', enum: ['hour', 'day', 'week'] } },
  { name: 'tz', description: 'IANA time zone of the buckets (default UTC); a Tokyo day starts at 15:00 UTC' },
  { name: 'top', description: 'Keep the N largest groups, the rest in one "other" row (1-1000, default 10)', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
  { name: 'distinctUsers', description: 'true: also count distinct users (userPrincipalName)', schema: { type: 'boolean' } },
  FILTER,
  { name: 'since', description: 'Shorthand for createdDateTime ge: ISO date-time or 30d/12h before now' },
  { name: 'until', description: 'Shorthand for createdDateTime lt' },
  { name: 'source', description: 'scan: skip the rollups (for comparison)', schema: { type: 'string', enum: ['auto', 'scan'] } },
];

export const analyticsRoutes: RoutePlugin = async (app, ctx) => {
  const tags = ['Analytics'];
  const now = () => ctx.clock.now().getTime();

  app.get(
    '/api/aggregate',
    {
      schema: {
        summary: 'Count sign-ins by up to two dimensions and optionally by local time bucket',
        description: 'Top N groups plus an "other" row; `source` says whether the rollups or a scan of the rows answered.',
        tags,
        response: { 200: AggregateResponseSchema },
      },
      config: { scope: 'read', openapi: { query: AGGREGATE_QUERY } },
    },
    async (req) => aggregateSignIns(ctx.store, params(req), now()),
  );

  app.get(
    '/api/dashboard',
    {
      schema: {
        summary: 'Everything the failure dashboard shows, in one call',
        description: 'Defaults: the 30 days up to the next whole hour, UTC. Hourly buckets up to 2 days, daily beyond.',
        tags,
        response: { 200: DashboardResponseSchema },
      },
      config: {
        scope: 'read',
        openapi: {
          query: [
            { name: 'since', description: 'ISO date-time or a duration before `until` (30d, 12h)' },
            { name: 'until', description: 'ISO date-time or a duration before now; default the next whole hour' },
            { name: 'tz', description: 'IANA time zone of the buckets (default UTC)' },
          ],
        },
      },
    },
    async (req) => getDashboard(ctx.store, parseDashboardParams(params(req), now())),
  );

  app.get(
    '/api/sign-ins/:id/diagnosis',
    {
      schema: {
        summary: 'Diagnose one sign-in: what its code means and what the store knows around it',
        tags,
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 256 }) }),
        response: { 200: DiagnosisSchema },
      },
      config: { scope: 'read' },
    },
    async (req) => diagnoseSignIn(ctx.store, (req.params as { id: string }).id),
  );

  app.get(
    '/api/export',
    {
      schema: {
        summary: 'Export every matching sign-in (CSV in the portal layout, JSON or NDJSON), streamed, no row cap',
        description: 'Content-Disposition names the file as the portal does (InteractiveSignIns_<from>_<to>.csv, ...).',
        tags,
        produces: ['text/csv', 'application/json', 'application/x-ndjson'],
      },
      config: {
        scope: 'read',
        work: 'export',
        openapi: {
          query: [
            { name: 'format', description: 'csv (default), json or ndjson', schema: { type: 'string', enum: ['csv', 'json', 'ndjson'] } },
            FILTER,
            { name: 'pseudonymize', description: 'true: allowlist pseudonymisation: identifiers of people, devices, sessions and networks become keyed pseudonyms, city, coordinates, user agent and unknown properties are left out', schema: { type: 'boolean' } },
          ],
        },
      },
    },
    async (req, reply) => {
      const p = singleParams(params(req), ['format', '$filter', 'filter', 'pseudonymize']);
      const format = parseExportFormat(p.format);
      const filter = p.$filter !== undefined && p.$filter.trim() !== '' ? parseODataFilter(p.$filter, 'beta') : undefined;
      const pseudonymize = parseBool(p.pseudonymize, 'pseudonymize');
      const key = pseudonymize ? await pseudonymizationKey(ctx.store, newRandomKey) : undefined;
      // Beyond the limits: 429 with Retry-After. The slot is freed when the response ends or
      // the client goes away, whichever comes first (even before the stream was ever read).
      const release = ctx.exportSlots.acquire(req.token?.id ?? req.ip);
      reply.raw.once('close', release);
      const signal = disconnectSignal(reply);
      // Parsing documents is the cost of CSV and pseudonymised exports: a store that formats
      // its own pages does it in the shared pool; otherwise, export workers of this request.
      const ownPool = ctx.store.exportFormatted === undefined && (format === 'csv' || key !== undefined);
      const pool = ownPool ? createExportPool(format, key) : undefined;
      const out = exportSignIns(ctx.store, { filter, format, formatter: pool?.formatter, prefetch: pool?.prefetch, pseudonymKey: key, signal });
      const name = exportFileName(filter, format, now(), pseudonymize);
      async function* chunks(): AsyncGenerator<string | Uint8Array> {
        try {
          yield* out.chunks;
        } catch (e) {
          // Headers are sent: the client sees the response cut short; the log says why.
          req.log.error({ rows: out.rows(), reason: (e as Error).message }, 'export failed');
          throw e;
        } finally {
          release();
          await pool?.close();
        }
      }
      // Readable.from pulls the next page only when the socket drains: back-pressure end to end;
      // a client that goes away ends the generator (and the workers).
      return reply
        .type(EXPORT_CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(chunks(), { objectMode: false }));
    },
  );
};
