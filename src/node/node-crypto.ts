/** The Node implementations of the core's crypto ports: token secrets and the skip-token MAC. */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { TokenCrypto } from '../core/use-cases/token-crypto.js';
import type { Signer } from '../core/query/skip-token.js';

export const nodeTokenCrypto: TokenCrypto = {
  newSecret: () => `sr_${randomBytes(32).toString('base64url')}`,
  newId: () => randomBytes(6).toString('hex'),
  hash: (secret) => createHash('sha256').update(secret, 'utf8').digest('hex'),
};

/** HMAC-SHA-256, truncated to 128 bits, base64url. */
export const createHmacSigner = (key: string): Signer => (data) =>
  createHmac('sha256', key).update(data, 'utf8').digest('base64url').slice(0, 22);

export const newRandomKey = (): string => randomBytes(32).toString('base64url');
