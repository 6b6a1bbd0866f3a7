/**
 * Graph's reporting routes: `GET /{v1.0|beta}/auditLogs/signIns` and `.../signIns/{id}`
 * (paths are case-insensitive, so `signins` works as in Graph's own nextLinks).
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { listSignIns } from '../../core/use-cases/list-sign-ins.js';
import { getSignIn } from '../../core/use-cases/get-sign-in.js';
import type { ApiVersion } from '../../core/query/odata-validate.js';
import type { RawQuery } from '../../core/query/odata-options.js';
import { SignInCollectionSchema, SignInEntitySchema } from '../schemas.js';
import type { OpenApiParameter, RoutePlugin } from '../types.js';

const LIST_QUERY: readonly OpenApiParameter[] = [
  { name: '$filter', description: 'OData filter; see docs/api.md for properties and operators' },
  { name: '$top', description: 'Page size, 1-1000 (default 1000)', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
  { name: '$skiptoken', description: 'Continuation from @odata.nextLink (opaque)' },
  { name: '$orderby', description: "'createdDateTime desc' (default) or 'createdDateTime asc'" },
  { name: '$select', description: 'Comma-separated top-level properties' },
  { name: '$count', description: 'true: add @odata.count (capped; see @signinReport.countCapped)', schema: { type: 'boolean' } },
];

const contextUrl = (base: string, api: ApiVersion, select: readonly string[] | undefined, entity: boolean) =>
  `${base}/${api}/$metadata#auditLogs/signIns${select ? `(${select.join(',')})` : ''}${entity ? '/$entity' : ''}`;

const nextLink = (base: string, api: ApiVersion, params: readonly (readonly [string, string])[]) =>
  `${base}/${api}/auditLogs/signIns?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;

const query = (req: FastifyRequest): RawQuery => (req.query ?? {}) as RawQuery;

export const signInRoutes: RoutePlugin = async (app, ctx) => {
  for (const api of ['v1.0', 'beta'] as const) {
    const tags = [`Graph ${api}`];
    app.get(
      `/${api}/auditLogs/signIns`,
      {
        schema: {
          summary: `List sign-ins (Graph ${api})`,
          description:
            api === 'v1.0'
              ? 'Interactive user sign-ins with the v1.0 properties, newest first.'
              : 'Every property; interactive user sign-ins unless the filter uses signInEventTypes/any(...).',
          tags,
          response: { 200: SignInCollectionSchema },
        },
        config: { scope: 'read', openapi: { query: LIST_QUERY } },
      },
      async (req, reply) => {
        const r = await listSignIns(
          { store: ctx.store, skipTokens: ctx.skipTokens, countCap: ctx.countCap },
          { api, query: query(req) },
        );
        const base = ctx.baseUrl(req);
        const body: Record<string, unknown> = { '@odata.context': contextUrl(base, api, r.select, false) };
        if (r.count) {
          body['@odata.count'] = r.count.count;
          if (r.count.capped) body['@signinReport.countCapped'] = true;
        }
        if (r.next) body['@odata.nextLink'] = nextLink(base, api, r.next);
        reply.type('application/json; odata.metadata=minimal; charset=utf-8');
        if (r.valueBytes) {
          // Built as bytes in a pool worker: only the head and the tail are added here.
          const head = JSON.stringify(body);
          const open = Buffer.from(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"value":[`);
          return reply.send(Buffer.concat([open, r.valueBytes, Buffer.from(']}')]));
        }
        if (r.valueTexts) {
          // Stored documents are valid JSON objects already: splice them in without a parse and
          // a re-serialisation per row (the largest cost of a list call).
          const head = JSON.stringify(body);
          return reply.send(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"value":[${r.valueTexts.join(',')}]}`);
        }
        body.value = r.value;
        return reply.send(body);
      },
    );
    app.get(
      `/${api}/auditLogs/signIns/:id`,
      {
        schema: {
          summary: `Get one sign-in (Graph ${api})`,
          tags,
          params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 256 }) }),
          response: { 200: SignInEntitySchema },
        },
        config: { scope: 'read', openapi: { query: [LIST_QUERY[4] as OpenApiParameter] } },
      },
      async (req, reply) => {
        const { id } = req.params as { id: string };
        const r = await getSignIn({ store: ctx.store }, { api, id, query: query(req) });
        const body = { '@odata.context': contextUrl(ctx.baseUrl(req), api, r.select, true), ...r.value };
        return reply.type('application/json; odata.metadata=minimal; charset=utf-8').send(body);
      },
    );
  }
};
