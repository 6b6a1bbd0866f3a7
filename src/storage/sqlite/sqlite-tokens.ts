/** API tokens on SQLite: only the hash of a secret is stored. */
import type Database from 'better-sqlite3';
import type { TokenStore } from '../../core/ports.js';
import { toToken, type TokenRecord } from '../token-record.js';


export const createSqliteTokenStore = (db: Database.Database): TokenStore => ({
  createToken: async (t, secretHash) => {
    db.prepare(
      'INSERT INTO api_tokens (id, name, scopes, secret_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(t.id, t.name, t.scopes.join(','), secretHash, t.createdAt, t.expiresAt ?? null);
  },
  findTokenByHash: async (secretHash) => {
    const r = db.prepare('SELECT * FROM api_tokens WHERE secret_hash = ?').get(secretHash) as TokenRecord | undefined;
    return r ? toToken(r) : undefined;
  },
  listTokens: async () => (db.prepare('SELECT * FROM api_tokens ORDER BY created_at').all() as TokenRecord[]).map(toToken),
  revokeToken: async (idOrName, at) =>
    db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE (id = ? OR name = ?) AND revoked_at IS NULL').run(at, idOrName, idOrName)
      .changes > 0,
  touchToken: async (id, at) => {
    db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, id);
  },
  countActiveTokens: async () =>
    (db.prepare('SELECT count(*) AS n FROM api_tokens WHERE revoked_at IS NULL').get() as { n: number }).n,
});
