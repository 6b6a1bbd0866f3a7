/** Create an API token: returns the secret once; the store keeps its hash. */
import { AppError } from '../errors.js';
import type { ApiToken, Clock, TokenScope, TokenStore } from '../ports.js';
import type { TokenCrypto } from './token-crypto.js';

export interface CreateApiTokenDeps {
  readonly tokens: Pick<TokenStore, 'createToken' | 'listTokens'>;
  readonly crypto: TokenCrypto;
  readonly clock: Clock;
}

export interface CreateApiTokenInput {
  readonly name: string;
  readonly scopes: readonly TokenScope[];
  /** Lifetime from now; absent = never expires. */
  readonly expiresInMs?: number | undefined;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const createApiToken = async (
  deps: CreateApiTokenDeps,
  input: CreateApiTokenInput,
): Promise<{ readonly token: ApiToken; readonly secret: string }> => {
  if (!NAME.test(input.name)) {
    throw new AppError('BadRequest', `token name '${input.name}': use 1-64 letters, digits, '.', '_' or '-'`);
  }
  if (input.scopes.length === 0) throw new AppError('BadRequest', 'a token needs at least one scope');
  if (input.expiresInMs !== undefined && !(input.expiresInMs > 0)) throw new AppError('BadRequest', 'token expiry must be in the future');
  const existing = await deps.tokens.listTokens();
  if (existing.some((t) => t.name === input.name)) throw new AppError('Conflict', `a token named '${input.name}' already exists`);
  const now = deps.clock.now();
  const token: ApiToken = {
    id: deps.crypto.newId(),
    name: input.name,
    scopes: [...input.scopes],
    createdAt: now.toISOString(),
    expiresAt: input.expiresInMs !== undefined ? new Date(now.getTime() + input.expiresInMs).toISOString() : undefined,
  };
  const secret = deps.crypto.newSecret();
  await deps.tokens.createToken(token, deps.crypto.hash(secret));
  return { token, secret };
};
