/**
 * API-token secrets and scopes. The secret is shown once and stored only as a hash; hashing and
 * randomness are injected (node:crypto in the adapters) so the core stays free of node:*.
 */
import { AppError } from '../errors.js';
import type { ApiToken, TokenScope } from '../ports.js';

export interface TokenCrypto {
  /** A new random secret, URL-safe, e.g. `sr_` + 43 base64url characters (256 bits). */
  newSecret(): string;
  /** A new short random token id. */
  newId(): string;
  /** Hex SHA-256 of a secret: what the store keeps and looks up. */
  hash(secret: string): string;
}

export const TOKEN_SCOPES: readonly TokenScope[] = ['read', 'ingest', 'admin', 'triage'];

/** `admin` includes every other scope; `read` and `ingest` are independent. */
export const hasScope = (token: Pick<ApiToken, 'scopes'>, needed: TokenScope): boolean =>
  token.scopes.includes('admin') || token.scopes.includes(needed);

export const parseScopes = (text: string): TokenScope[] => {
  const parts = text.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  if (parts.length === 0) throw new AppError('BadRequest', `--scope: expected one or more of ${TOKEN_SCOPES.join(', ')}`);
  for (const p of parts) {
    if (!(TOKEN_SCOPES as readonly string[]).includes(p)) {
      throw new AppError('BadRequest', `--scope: unknown scope '${p}' (expected ${TOKEN_SCOPES.join(', ')})`);
    }
  }
  return [...new Set(parts)] as TokenScope[];
};
