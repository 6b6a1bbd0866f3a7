/**
 * Pseudonymised exports: user names, user ids and IP addresses are replaced by keyed hashes
 * (HMAC-SHA-256 with a per-installation secret, computed by the adapter), so a shared export
 * keeps its patterns — the same user or address is the same pseudonym everywhere in it, and in
 * every export of this installation — without naming anyone. Shapes are kept (an address stays
 * an address, an id a GUID) so the file still imports and filters the same way.
 */
import type { SignIn } from '../model/sign-in-schema.js';

/** HMAC-SHA-256 of `data` as lowercase hex (64 characters). */
export type KeyedHash = (data: string) => string;

export interface Pseudonymizer {
  user(upn: string): string;
  name(displayName: string): string;
  id(guid: string): string;
  ip(address: string): string;
}

export const createPseudonymizer = (hash: KeyedHash): Pseudonymizer => {
  const memo = new Map<string, string>();
  const h = (kind: string, value: string): string => {
    const key = `${kind}\u0000${value}`;
    let out = memo.get(key);
    if (out === undefined) {
      out = hash(key);
      // Bounded memory: a long export meets many values; recomputing is cheap.
      if (memo.size > 100_000) memo.clear();
      memo.set(key, out);
    }
    return out;
  };
  return {
    // Case-insensitive, as user names are.
    user: (upn) => `user-${h('user', upn.toLowerCase()).slice(0, 12)}@pseudonym.invalid`,
    name: (displayName) => `User ${h('name', displayName).slice(0, 8)}`,
    id: (guid) => {
      const x = h('id', guid.toLowerCase());
      return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-8${x.slice(17, 20)}-${x.slice(20, 32)}`;
    },
    ip: (address) => {
      const x = h('ip', address.toLowerCase());
      if (address.includes(':')) return `fd00:${x.slice(0, 4)}:${x.slice(4, 8)}:${x.slice(8, 12)}::${x.slice(12, 16)}`;
      const b = (i: number) => parseInt(x.slice(i, i + 2), 16);
      return `10.${b(0)}.${b(2)}.${b(4)}`;
    },
  };
};

type Fn = (v: string) => string;

const swap = (obj: Record<string, unknown>, key: string, f: Fn): void => {
  const v = obj[key];
  if (typeof v === 'string' && v !== '') obj[key] = f(v);
};

/** A copy of the sign-in with personal identifiers replaced. */
export const pseudonymizeSignIn = (s: SignIn, p: Pseudonymizer): SignIn => {
  const out = { ...s } as Record<string, unknown>;
  swap(out, 'userPrincipalName', p.user);
  swap(out, 'signInIdentifier', (v) => (v.includes('@') ? p.user(v) : p.name(v)));
  swap(out, 'userDisplayName', p.name);
  swap(out, 'userId', p.id);
  swap(out, 'ipAddress', p.ip);
  swap(out, 'ipAddressFromResourceProvider', p.ip);
  swap(out, 'globalSecureAccessIpAddress', p.ip);
  if (s.mfaDetail && typeof s.mfaDetail.authDetail === 'string' && s.mfaDetail.authDetail !== '') {
    // Often a masked phone number.
    out.mfaDetail = { ...s.mfaDetail, authDetail: p.name(s.mfaDetail.authDetail) };
  }
  return out as SignIn;
};
