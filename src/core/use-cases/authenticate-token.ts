/**
 * Authenticate a request's `Authorization` header and check a scope. Graph's codes travel in the
 * messages' callers: `Unauthenticated` → 401 InvalidAuthenticationToken, `Forbidden` → 403
 * Authorization_RequestDenied. The header the Graph JS client sends twice when a token is
 * given both to its auth provider and to PageIterator (`Bearer X, Bearer X`) gets its own
 * explanation instead of "invalid token".
 */
import { AppError } from '../errors.js';
import type { ApiToken, Clock, TokenScope, TokenStore } from '../ports.js';
import { hasScope, type TokenCrypto } from './token-crypto.js';

export interface AuthenticateDeps {
  readonly tokens: Pick<TokenStore, 'findTokenByHash'>;
  readonly crypto: Pick<TokenCrypto, 'hash'>;
  readonly clock: Clock;
}

/** The secret in `Bearer <secret>`, or a 401 saying what is wrong with the header. */
export const bearerSecret = (header: string | undefined): string => {
  if (header === undefined || header.trim() === '') {
    throw new AppError('Unauthenticated', 'Access token is empty: send Authorization: Bearer <token>');
  }
  const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(header);
  if (m) return m[1] as string;
  if ((header.match(/Bearer\s/gi) ?? []).length > 1) {
    throw new AppError(
      'Unauthenticated',
      'The Authorization header carries more than one token (e.g. "Bearer X, Bearer X"): the Graph client adds it ' +
        'through its auth provider, so do not also pass it in PageIterator or request headers',
    );
  }
  throw new AppError('Unauthenticated', 'The Authorization header must be "Bearer <token>"');
};

export const authenticateToken = async (deps: AuthenticateDeps, header: string | undefined): Promise<ApiToken> => {
  const secret = bearerSecret(header);
  if (secret.length > 512) throw new AppError('Unauthenticated', 'Invalid access token');
  const token = await deps.tokens.findTokenByHash(deps.crypto.hash(secret));
  if (!token) throw new AppError('Unauthenticated', 'Invalid access token');
  if (token.revokedAt) throw new AppError('Unauthenticated', `Access token '${token.name}' was revoked`);
  if (token.expiresAt && Date.parse(token.expiresAt) <= deps.clock.now().getTime()) {
    throw new AppError('Unauthenticated', `Access token '${token.name}' expired at ${token.expiresAt}`);
  }
  return token;
};

export const requireScope = (token: ApiToken, scope: TokenScope): void => {
  if (!hasScope(token, scope)) {
    throw new AppError(
      'Forbidden',
      `Insufficient privileges: this operation needs the '${scope}' scope; token '${token.name}' has ${token.scopes.join(', ')}`,
    );
  }
};
