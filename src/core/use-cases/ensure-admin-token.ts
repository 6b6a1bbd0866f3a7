/**
 * First start: when no active token exists, create an admin token so the operator can get in.
 * Returns the secret (to print once) or undefined when tokens already exist.
 */
import type { Clock, TokenStore } from '../ports.js';
import { createApiToken } from './create-api-token.js';
import type { TokenCrypto } from './token-crypto.js';

export const ensureAdminToken = async (deps: {
  readonly tokens: Pick<TokenStore, 'createToken' | 'listTokens' | 'countActiveTokens'>;
  readonly crypto: TokenCrypto;
  readonly clock: Clock;
}): Promise<{ readonly name: string; readonly secret: string } | undefined> => {
  if ((await deps.tokens.countActiveTokens()) > 0) return undefined;
  const taken = new Set((await deps.tokens.listTokens()).map((t) => t.name));
  let name = 'admin';
  for (let n = 2; taken.has(name); n++) name = `admin-${n}`;
  const { secret } = await createApiToken(deps, { name, scopes: ['admin'] });
  return { name, secret };
};
