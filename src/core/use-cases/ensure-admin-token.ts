/**
 * First start: when no active token exists, create an admin token so the operator can get in.
 * Returns the secret (to print once) or undefined when an active token exists. Active means
 * neither revoked nor expired at the clock's time: with only expired tokens left, nobody could
 * sign in, so a new admin token is made (recovery without a server: `token create --scope admin`
 * on the store, docs/api.md).
 */
import type { ApiToken, Clock, TokenStore } from '../ports.js';
import { createApiToken } from './create-api-token.js';
import type { TokenCrypto } from './token-crypto.js';

export const isActiveToken = (t: ApiToken, nowMs: number): boolean =>
  !t.revokedAt && !(t.expiresAt !== undefined && Date.parse(t.expiresAt) <= nowMs);

export const ensureAdminToken = async (deps: {
  readonly tokens: Pick<TokenStore, 'createToken' | 'listTokens'>;
  readonly crypto: TokenCrypto;
  readonly clock: Clock;
}): Promise<{ readonly name: string; readonly secret: string } | undefined> => {
  const all = await deps.tokens.listTokens();
  const now = deps.clock.now().getTime();
  if (all.some((t) => isActiveToken(t, now))) return undefined;
  const taken = new Set(all.map((t) => t.name));
  let name = 'admin';
  for (let n = 2; taken.has(name); n++) name = `admin-${n}`;
  const { secret } = await createApiToken(deps, { name, scopes: ['admin'] });
  return { name, secret };
};
