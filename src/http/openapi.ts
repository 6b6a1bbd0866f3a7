/**
 * /openapi.json, generated from the routes as registered: their TypeBox response and params
 * schemas (the same objects the tests validate responses with), `config.scope` for security
 * and `config.openapi.query` for the query options (which the core parses, not Fastify).
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import { ErrorEnvelopeSchema, SignInSchema } from './schemas.js';

interface Collected {
  readonly method: string;
  readonly url: string;
  readonly route: RouteOptions;
}

const SHARED: readonly (readonly [string, object])[] = [
  ['SignIn', SignInSchema],
  ['ErrorEnvelope', ErrorEnvelopeSchema],
];

/** Replaces shared schema objects by `$ref`s (by identity) and drops TypeBox's symbol keys. */
const toJson = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => {
      const shared = SHARED.find(([, s]) => s === v);
      return shared ? { $ref: `#/components/schemas/${shared[0]}` } : v;
    }),
  );

export const createOpenApi = (info: { title: string; version: string }) => {
  const routes: Collected[] = [];
  const collect = (app: FastifyInstance) => {
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        if (method === 'HEAD' || (route.schema as { hide?: boolean } | undefined)?.hide) continue;
        routes.push({ method: method.toLowerCase(), url: route.url, route });
      }
    });
  };

  const document = (): unknown => {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const { method, url, route } of routes) {
      const path = url.replace(/:(\w+)/g, '{$1}');
      const schema = (route.schema ?? {}) as {
        summary?: string;
        description?: string;
        tags?: string[];
        params?: { properties?: Record<string, unknown> };
        response?: Record<string, unknown>;
      };
      const scope = route.config?.scope ?? 'read';
      const parameters = [
        ...Object.entries(schema.params?.properties ?? {}).map(([name, s]) => ({ name, in: 'path', required: true, schema: s })),
        ...(route.config?.openapi?.query ?? []).map((p) => ({
          name: p.name,
          in: 'query',
          required: false,
          description: p.description,
          schema: p.schema ?? { type: 'string' },
        })),
      ];
      const responses: Record<string, unknown> = {};
      for (const [code, s] of Object.entries(schema.response ?? {})) {
        responses[code] = { description: code === 'default' ? 'Error (Graph error envelope)' : 'Success', content: { 'application/json': { schema: s } } };
      }
      if (!responses.default) {
        responses.default = { description: 'Error (Graph error envelope)', content: { 'application/json': { schema: ErrorEnvelopeSchema } } };
      }
      (paths[path] ??= {})[method] = {
        summary: schema.summary,
        description: [schema.description, scope === 'public' ? undefined : `Needs a bearer token with the '${scope}' scope (admin includes all).`]
          .filter(Boolean)
          .join('\n\n'),
        tags: schema.tags,
        security: scope === 'public' ? [] : [{ bearer: [] }],
        parameters: parameters.length > 0 ? parameters : undefined,
        responses,
      };
    }
    return {
      openapi: '3.1.0',
      info: { title: info.title, version: info.version },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token from `signin-report token create`' } },
        // Plain copies here: toJson would turn the shared schemas into references to themselves.
        schemas: Object.fromEntries(SHARED.map(([name, s]) => [name, JSON.parse(JSON.stringify(s)) as unknown])),
      },
      paths: toJson(paths),
    };
  };
  return { collect, document };
};
