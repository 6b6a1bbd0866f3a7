/**
 * What createApp needs, what route plugins receive, and the Fastify type extensions every route
 * file relies on (`config.scope`, `request.token`).
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiToken, Clock, SignInStore, TokenScope } from '../core/ports.js';
import type { CompiledRule } from '../core/detections/compiled-rule.js';
import type { Detector } from '../core/detections/detector.js';
import type { SkipTokenCodec } from '../core/query/skip-token.js';
import type { ExportSlots, ServeLimits } from './work-limits.js';

export interface AppDeps {
  readonly store: SignInStore;
  readonly clock?: Clock;
  /** A pino logger (JSON lines); none by default. */
  readonly logger?: FastifyBaseLogger;
  /** Base of absolute links (`@odata.nextLink`, `@odata.context`), e.g. `https://reports.example.com`. Wins over the Host header. */
  readonly publicUrl?: string | undefined;
  /** Requests per minute per token (default 600). */
  readonly rateLimitPerMinute?: number;
  /** Folder of the built web UI, served at `/` without auth. */
  readonly uiDir?: string | undefined;
  /** TLS material: the server is HTTPS when given. */
  readonly https?: { readonly cert: string | Buffer; readonly key: string | Buffer } | undefined;
  /** Honour X-Forwarded-Proto/-Host/-For (only behind a proxy you control). Default false. */
  readonly trustProxy?: boolean;
  /** Key of the skip-token MAC; keep it stable (serve stores it in the database). Default: random per app. */
  readonly skipTokenKey?: string | undefined;
  /** Cap of `$count=true` (default 10,000). */
  readonly countCap?: number;
  /** How long a looked-up token is trusted before the store is asked again (default 5,000 ms). */
  readonly authCacheMs?: number;
  /** Export concurrency and the query time budget (defaults: DEFAULT_LIMITS). */
  readonly limits?: Partial<ServeLimits> | undefined;
  /** Detection rules (GET /api/rules) and the detector pushed batches go through (none: no detection on push). */
  readonly detections?: DetectionDeps | undefined;
}

export interface DetectionDeps {
  readonly rules: readonly CompiledRule[];
  /** Builds the detector; `onAlert` feeds the per-rule Prometheus counter. */
  readonly createDetector?: ((onAlert: (ruleId: string, change: 'created' | 'grown') => void) => Detector | undefined) | undefined;
}

/** What every route plugin receives besides its Fastify scope. */
export interface RouteContext {
  readonly store: SignInStore;
  readonly clock: Clock;
  readonly skipTokens: SkipTokenCodec;
  readonly countCap: number;
  /** Concurrent exports per token and overall. */
  readonly exportSlots: ExportSlots;
  readonly limits: ServeLimits;
  /** The loaded detection rules, and the detector of pushed batches (absent: detections off). */
  readonly rules: readonly CompiledRule[];
  readonly detector?: Detector | undefined;
  /** Absolute base URL of this server for the request (no trailing slash). */
  baseUrl(req: FastifyRequest): string;
}

/**
 * A route file: registers its routes on the (encapsulated, authenticated, rate-limited) API
 * scope. Every route needs a bearer token with scope `read` unless its options say
 * `config: { scope: 'ingest' | 'admin' | 'public' }`.
 */
export type RoutePlugin = (app: FastifyInstance, ctx: RouteContext) => Promise<void>;

/** A query-string parameter documented in /openapi.json (query strings are parsed by the core, not by Fastify). */
export interface OpenApiParameter {
  readonly name: string;
  readonly description: string;
  readonly schema?: Record<string, unknown>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Scope a bearer token needs; `public` = no token. Default `read` on API routes. */
    scope?: TokenScope | 'public';
    /** Extra documentation for /openapi.json. */
    openapi?: { readonly query?: readonly OpenApiParameter[] };
  }
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: readonly string[];
    /** Leave the route out of /openapi.json. */
    hide?: boolean;
  }
  interface FastifyRequest {
    /** The authenticated token (API routes). */
    token?: ApiToken;
  }
}
