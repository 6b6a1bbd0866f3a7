/** Revoke an API token by id or name; revoking twice, or an unknown token, is NotFound. */
import { AppError } from '../errors.js';
import type { Clock, TokenStore } from '../ports.js';

export const revokeApiToken = async (
  deps: { readonly tokens: Pick<TokenStore, 'revokeToken'>; readonly clock: Clock },
  idOrName: string,
): Promise<void> => {
  const done = await deps.tokens.revokeToken(idOrName, deps.clock.now().toISOString());
  if (!done) throw new AppError('NotFound', `no active token with id or name '${idOrName}'`);
};
