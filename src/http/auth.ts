/**
 * Bearer-token authentication for API routes. The route's `config.scope` says what it needs
 * (default `read`). Looked-up tokens are cached briefly (default 5 s: a revocation takes
 * effect within that time) and `lastUsedAt` is written at most once a minute per token, so the
 * hot path costs one SHA-256 and a map lookup.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.js';
import type { ApiToken, Clock, TokenStore } from '../core/ports.js';
import { authenticateToken, bearerSecret, requireScope } from '../core/use-cases/authenticate-token.js';
import { nodeTokenCrypto } from '../node/node-crypto.js';

const MAX_CACHED = 1000;
const TOUCH_EVERY_MS = 60_000;

export const createAuthHook = (tokens: TokenStore, clock: Clock, cacheMs: number) => {
  const cache = new Map<string, { token: ApiToken; until: number }>();
  const touched = new Map<string, number>();

  const lookup = async (header: string | undefined): Promise<ApiToken> => {
    const secret = bearerSecret(header);
    const now = clock.now().getTime();
    const hit = cache.get(secret);
    if (hit && hit.until > now) {
      if (hit.token.expiresAt && Date.parse(hit.token.expiresAt) <= now) cache.delete(secret);
      else return hit.token;
    }
    const token = await authenticateToken({ tokens, crypto: nodeTokenCrypto, clock }, header);
    if (cacheMs > 0) {
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(secret, { token, until: now + cacheMs });
    }
    if ((touched.get(token.id) ?? 0) + TOUCH_EVERY_MS <= now) {
      touched.set(token.id, now);
      tokens.touchToken(token.id, new Date(now).toISOString()).catch(() => undefined);
    }
    return token;
  };

  return async (req: FastifyRequest): Promise<void> => {
    const scope = req.routeOptions.config.scope ?? 'read';
    if (scope === 'public') return;
    const header = req.headers.authorization;
    if (Array.isArray(header)) throw new AppError('Unauthenticated', 'More than one Authorization header');
    const token = await lookup(header);
    requireScope(token, scope);
    req.token = token;
  };
};
