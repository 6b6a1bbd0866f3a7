// API-token use-cases with an in-memory token store: create, authenticate (every 401 case), scopes (403),
// revoke, and the first-start admin token.
import { describe, expect, it } from 'vitest';
import type { ApiToken, TokenStore } from '../ports.js';
import { createApiToken } from './create-api-token.js';
import { authenticateToken, bearerSecret, requireScope } from './authenticate-token.js';
import { ensureAdminToken } from './ensure-admin-token.js';
import { revokeApiToken } from './revoke-api-token.js';
import { hasScope, parseScopes, type TokenCrypto } from './token-crypto.js';

const memoryTokens = (): TokenStore => {
  const rows: { token: ApiToken; hash: string }[] = [];
  return {
    createToken: async (token, hash) => void rows.push({ token, hash }),
    findTokenByHash: async (hash) => rows.find((r) => r.hash === hash)?.token,
    listTokens: async () => rows.map((r) => r.token),
    revokeToken: async (idOrName, at) => {
      const r = rows.find((x) => (x.token.id === idOrName || x.token.name === idOrName) && !x.token.revokedAt);
      if (!r) return false;
      r.token = { ...r.token, revokedAt: at };
      return true;
    },
    touchToken: async () => undefined,
    countActiveTokens: async () => rows.filter((r) => !r.token.revokedAt).length,
  };
};

let n = 0;
const crypto: TokenCrypto = { newSecret: () => `secret-${++n}`, newId: () => `id${++n}`, hash: (s) => `h(${s})` };
const at = (iso: string) => ({ now: () => new Date(iso) });
const clock = at('2025-01-01T00:00:00Z');

const code = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    return `${(e as { code: string }).code}: ${(e as Error).message}`;
  }
  throw new Error('expected an error');
};

describe('createApiToken', () => {
  it('stores only the hash and returns the secret once', async () => {
    const tokens = memoryTokens();
    const { token, secret } = await createApiToken({ tokens, crypto, clock }, { name: 'grafana', scopes: ['read'], expiresInMs: 86_400_000 });
    expect(token).toMatchObject({ name: 'grafana', scopes: ['read'], createdAt: '2025-01-01T00:00:00.000Z', expiresAt: '2025-01-02T00:00:00.000Z' });
    expect(await tokens.findTokenByHash(crypto.hash(secret))).toEqual(token);
    expect(await tokens.findTokenByHash(secret)).toBeUndefined();
  });

  it('refuses bad names, duplicate names, no scopes and past expiry', async () => {
    const tokens = memoryTokens();
    await createApiToken({ tokens, crypto, clock }, { name: 'a', scopes: ['read'] });
    expect(await code(createApiToken({ tokens, crypto, clock }, { name: 'a', scopes: ['read'] }))).toMatch(/^Conflict: /);
    expect(await code(createApiToken({ tokens, crypto, clock }, { name: 'has space', scopes: ['read'] }))).toMatch(/^BadRequest: /);
    expect(await code(createApiToken({ tokens, crypto, clock }, { name: 'b', scopes: [] }))).toMatch(/^BadRequest: /);
    expect(await code(createApiToken({ tokens, crypto, clock }, { name: 'c', scopes: ['read'], expiresInMs: 0 }))).toMatch(/^BadRequest: /);
  });
});

describe('authenticateToken', () => {
  const setup = async () => {
    const tokens = memoryTokens();
    const made = await createApiToken({ tokens, crypto, clock }, { name: 'short', scopes: ['ingest'], expiresInMs: 60_000 });
    return { tokens, ...made };
  };

  it('accepts Bearer <secret> in any case of the scheme', async () => {
    const { tokens, token, secret } = await setup();
    expect(await authenticateToken({ tokens, crypto, clock }, `bearer ${secret}`)).toEqual(token);
    expect(await authenticateToken({ tokens, crypto, clock }, `Bearer   ${secret} `)).toEqual(token);
  });

  it.each([
    [undefined, 'Access token is empty'],
    ['', 'Access token is empty'],
    ['Basic dXNlcjpwdw==', 'must be "Bearer <token>"'],
    ['Bearer', 'must be "Bearer <token>"'],
    ['Bearer a b', 'must be "Bearer <token>"'],
    ['Bearer X, Bearer X', 'more than one token'],
    ['Bearer X,Bearer X', 'more than one token'],
  ])('401 for header %j', (header, message) => {
    expect(() => bearerSecret(header)).toThrow(expect.objectContaining({ code: 'Unauthenticated', message: expect.stringContaining(message) }));
  });

  it('401 for unknown, revoked and expired tokens', async () => {
    const { tokens, secret, token } = await setup();
    expect(await code(authenticateToken({ tokens, crypto, clock }, 'Bearer nope'))).toBe('Unauthenticated: Invalid access token');
    expect(await code(authenticateToken({ tokens, crypto, clock: at('2025-01-01T00:01:00Z') }, `Bearer ${secret}`))).toBe(
      `Unauthenticated: Access token 'short' expired at ${token.expiresAt}`,
    );
    await revokeApiToken({ tokens, clock }, 'short');
    expect(await code(authenticateToken({ tokens, crypto, clock }, `Bearer ${secret}`))).toBe("Unauthenticated: Access token 'short' was revoked");
    expect(await code(revokeApiToken({ tokens, clock }, 'short'))).toMatch(/^NotFound: /);
  });
});

describe('scopes', () => {
  const token = (scopes: ApiToken['scopes']): ApiToken => ({ id: 'i', name: 'n', scopes, createdAt: '' });
  it('admin includes every scope; read and ingest are independent', () => {
    expect(hasScope(token(['admin']), 'read')).toBe(true);
    expect(hasScope(token(['admin']), 'ingest')).toBe(true);
    expect(hasScope(token(['read']), 'ingest')).toBe(false);
    expect(hasScope(token(['ingest']), 'read')).toBe(false);
    expect(() => requireScope(token(['ingest']), 'read')).toThrow(
      expect.objectContaining({ code: 'Forbidden', message: "Insufficient privileges: this operation needs the 'read' scope; token 'n' has ingest" }),
    );
  });
  it('parses --scope lists', () => {
    expect(parseScopes('read, INGEST,read')).toEqual(['read', 'ingest']);
    expect(() => parseScopes('write')).toThrow("unknown scope 'write'");
    expect(() => parseScopes(' , ')).toThrow('expected one or more');
  });
});

describe('ensureAdminToken', () => {
  it('creates an admin token only when no active token exists, avoiding taken names', async () => {
    const tokens = memoryTokens();
    const first = await ensureAdminToken({ tokens, crypto, clock });
    expect(first?.name).toBe('admin');
    expect(await ensureAdminToken({ tokens, crypto, clock })).toBeUndefined();
    await revokeApiToken({ tokens, clock }, 'admin');
    const second = await ensureAdminToken({ tokens, crypto, clock });
    expect(second?.name).toBe('admin-2');
    const found = await authenticateToken({ tokens, crypto, clock }, `Bearer ${second?.secret}`);
    expect(found.scopes).toEqual(['admin']);
  });

  it('counts expired tokens as inactive: a new admin token once every token has expired', async () => {
    const tokens = memoryTokens();
    await createApiToken({ tokens, crypto, clock }, { name: 'admin', scopes: ['admin'], expiresInMs: 60_000 });
    expect(await ensureAdminToken({ tokens, crypto, clock: at('2025-01-01T00:00:59Z') })).toBeUndefined();
    const later = at('2025-01-01T00:01:00Z');
    const made = await ensureAdminToken({ tokens, crypto, clock: later });
    expect(made?.name).toBe('admin-2');
    expect((await authenticateToken({ tokens, crypto, clock: later }, `Bearer ${made?.secret}`)).name).toBe('admin-2');
  });
});
