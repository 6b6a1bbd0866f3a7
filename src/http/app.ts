/**
 * `createApp(deps)`: the Fastify application, never listening (tests use `inject`, `serve`
 * calls `listen`). Layout:
 * - root: request ids, security headers, URL limit, Graph error envelope for every non-2xx
 *   (404 and 405 included), metrics, OpenAPI collection, the optional static UI;
 * - API scope: bearer-token auth (route `config.scope`, default `read`), per-token rate
 *   limit, and every `RoutePlugin` of `routes/index.ts`.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { AppError } from '../core/errors.js';
import type { Clock } from '../core/ports.js';
import { DEFAULT_COUNT_CAP } from '../core/use-cases/list-sign-ins.js';
import { createSkipTokenCodec } from '../core/query/skip-token.js';
import { createAuthHook } from './auth.js';
import { createBaseUrl } from './base-url.js';
import { clientRequestId, renderError, sendError } from './error-envelope.js';
import { createMetrics } from './metrics.js';
import { createHmacSigner, newRandomKey } from '../node/node-crypto.js';
import { createOpenApi } from './openapi.js';
import { installRequestLog } from './request-log.js';
import { ROUTES } from './routes/index.js';
import type { AppDeps, RouteContext } from './types.js';
import { createExportSlots, DEFAULT_LIMITS, installWorkLimits } from './work-limits.js';

export type { AppDeps, RouteContext, RoutePlugin } from './types.js';

export const APP_VERSION = '0.1.0';
/** Longest request target (path + query) accepted; longer gets 414. */
export const MAX_URL_LENGTH = 16 * 1024;
/** Largest request body; routes that ingest may raise it with their own `bodyLimit`. */
export const BODY_LIMIT = 1024 * 1024;

const systemClock: Clock = { now: () => new Date() };

/** Patterns of registered routes, to tell 405 (path exists, method does not) from 404. */
const createMethodIndex = () => {
  const routes: { re: RegExp; methods: Set<string> }[] = [];
  const add = (url: string, method: string) => {
    const source = `^${url
      .split('/')
      .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg === '*' ? '.*' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')}/?$`;
    let r = routes.find((x) => x.re.source === source);
    if (!r) routes.push((r = { re: new RegExp(source, 'i'), methods: new Set() }));
    r.methods.add(method);
  };
  const allowed = (path: string): string[] => {
    const out = new Set<string>();
    for (const r of routes) if (r.re.test(path)) r.methods.forEach((m) => out.add(m));
    return [...out];
  };
  return { add, allowed };
};

export const createApp = (deps: AppDeps): FastifyInstance => {
  const clock = deps.clock ?? systemClock;
  // Bad percent-encoding or an over-long path segment: rejected before routing and hooks.
  const frameworkError = (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    reply.header('request-id', req.id);
    reply.header('client-request-id', clientRequestId(req));
    return sendError(req, reply, 400, 'BadRequest', err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path segment is too long' : 'Malformed URL');
  };
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    ...(deps.https ? { https: { cert: deps.https.cert, key: deps.https.key } } : {}),
    genReqId: () => randomUUID(),
    // Fastify's request lines carry the URL (filter values, user names): ours do not (request-log.ts).
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    trustProxy: deps.trustProxy === true,
    bodyLimit: BODY_LIMIT,
    return503OnClosing: true,
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, maxParamLength: 512 },
    frameworkErrors: frameworkError,
  });

  // Responses are plain JSON: a stored document goes out exactly as it came in. Schemas are
  // for documentation and tests, not for serialising.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  const methodIndex = createMethodIndex();
  const metrics = createMetrics();
  const openapi = createOpenApi({ title: 'signin-report API', version: APP_VERSION });
  app.addHook('onRoute', (route) => {
    for (const m of Array.isArray(route.method) ? route.method : [route.method]) methodIndex.add(route.url, m);
  });
  openapi.collect(app);
  metrics.install(app);
  metrics.declareRules((deps.detections?.rules ?? []).filter((r) => r.enabled).map((r) => r.id));

  app.addHook('onRequest', async (req, reply) => {
    reply.header('request-id', req.id);
    reply.header('client-request-id', clientRequestId(req));
    if (req.url.length > MAX_URL_LENGTH) {
      return sendError(req, reply, 414, 'RequestUriTooLong', `The request URL is longer than ${MAX_URL_LENGTH} characters`);
    }
    return undefined;
  });

  app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // HSTS only when we are the TLS endpoint; on plain loopback HTTP it would mislead.
    strictTransportSecurity: deps.https ? { maxAge: 15552000, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
  });

  app.setErrorHandler((err, req, reply) => renderError(err, req, reply));
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    const allowed = methodIndex.allowed(path);
    // A route for this method exists (e.g. the UI's static wildcard) but found nothing: 404.
    if (allowed.length > 0 && !allowed.includes(req.method)) {
      reply.header('allow', allowed.join(', '));
      return sendError(req, reply, 405, 'MethodNotAllowed', `Method ${req.method} is not allowed on ${path.slice(0, 200)}; use ${allowed.join(', ')}`);
    }
    return sendError(req, reply, 404, 'NotFound', `No resource at ${path.slice(0, 200)}`);
  });

  const installKey = deps.skipTokenKey ?? newRandomKey();
  const skipTokens = createSkipTokenCodec(createHmacSigner(installKey));
  installRequestLog(app, installKey);
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const ctx: RouteContext = {
    store: deps.store,
    exportSlots: createExportSlots(limits),
    limits,
    clock,
    skipTokens,
    countCap: deps.countCap ?? DEFAULT_COUNT_CAP,
    baseUrl: createBaseUrl(deps.publicUrl),
    rules: deps.detections?.rules ?? [],
    detector: deps.detections?.createDetector?.(metrics.countAlert),
  };
  const authHook = createAuthHook(deps.store, clock, deps.authCacheMs ?? 5_000);

  app.register(async (api) => {
    api.addHook('onRequest', authHook);
    await api.register(rateLimit, {
      global: true,
      hook: 'preHandler',
      max: deps.rateLimitPerMinute ?? 600,
      timeWindow: 60_000,
      // Per token; public routes (no token) are not limited here.
      keyGenerator: (req) => req.token?.id ?? req.ip,
      allowList: (req) => req.token === undefined,
      errorResponseBuilder: (_req, c) =>
        new AppError('TooManyRequests', `This request is throttled: more than ${c.max} requests a minute for this token. Retry after ${c.after}.`),
    });
    installWorkLimits(api, limits);
    for (const plugin of ROUTES) await api.register(async (scope) => plugin(scope, ctx));
    api.get(
      '/metrics',
      { schema: { summary: 'Prometheus metrics', tags: ['Operations'] }, config: { scope: 'read' } },
      async (_req, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
    );
  });

  app.get('/openapi.json', { schema: { summary: 'This OpenAPI document', tags: ['Operations'] }, config: { scope: 'public' } }, async () =>
    openapi.document(),
  );

  if (deps.uiDir) {
    app.register(fastifyStatic, { root: deps.uiDir, prefix: '/', index: 'index.html', wildcard: true });
  }
  return app;
};
