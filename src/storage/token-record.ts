/** The stored shape of an API token, shared by every engine (only the secret's hash is kept). */
import type { ApiToken, TokenScope } from '../core/ports.js';

export interface TokenRecord {
  id: string;
  name: string;
  scopes: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export const toToken = (r: TokenRecord): ApiToken => ({
  id: r.id,
  name: r.name,
  scopes: r.scopes.split(',') as TokenScope[],
  createdAt: r.created_at,
  expiresAt: r.expires_at ?? undefined,
  revokedAt: r.revoked_at ?? undefined,
  lastUsedAt: r.last_used_at ?? undefined,
});
