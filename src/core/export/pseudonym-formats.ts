/**
 * The shapes of pseudonyms. Each is a keyed hash (HMAC-SHA-256 with the installation's secret,
 * computed by the adapter) of the kind and the value, so equal values of one kind get equal
 * pseudonyms within a key and nothing links across kinds or keys. Widths: text pseudonyms carry
 * the whole 256-bit hash; a GUID keeps the GUID shape and so its 122 free bits; an IP address
 * becomes an IPv6 unique-local address carrying 112 bits — IPv4 included, because 32 bits
 * (let alone the 24 bits of a `10.x.y.z` pseudonym) collide by the birthday bound after a few
 * thousand addresses, while 112 bits reach a 1-in-a-billion chance of any collision only past
 * about 10^12 distinct addresses.
 */

/** HMAC-SHA-256 of `data` as lowercase hex (64 characters). */
export type KeyedHash = (data: string) => string;

export interface Pseudonymizer {
  /** A user name or e-mail address (case-insensitive): `user-<hash>@pseudonym.invalid`. */
  user(value: string): string;
  /** An identifier: a GUID stays a GUID (case-insensitive); anything else `id-<hash>`. */
  id(value: string): string;
  /** An IPv4 or IPv6 address: `fd04:…` (was IPv4) or `fd06:…` (was IPv6 or unreadable). */
  ip(value: string): string;
  /** Free text that names something (a person, a device, a network): `<label>-<hash>`. */
  text(label: string, value: string): string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** 112 bits of hash as the seven low groups of an address in fd04::/16 or fd06::/16. */
const ula = (prefix: string, x: string): string => {
  const groups: string[] = [];
  for (let i = 0; i < 28; i += 4) groups.push(x.slice(i, i + 4));
  return `${prefix}:${groups.join(':')}`;
};

export const createPseudonymizer = (hash: KeyedHash): Pseudonymizer => {
  const memo = new Map<string, string>();
  const h = (kind: string, value: string): string => {
    // NUL cannot occur in a kind: kind and value never run into each other.
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
    user: (value) => `user-${h('user', value.trim().toLowerCase())}@pseudonym.invalid`,
    id: (value) => {
      if (!GUID.test(value)) return `id-${h('id', value)}`;
      const x = h('guid', value.toLowerCase());
      // Version 4, variant 10xx: 122 bits of the hash survive.
      const variant = ((parseInt(x.charAt(16), 16) & 0x3) | 0x8).toString(16);
      return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-${variant}${x.slice(17, 20)}-${x.slice(20, 32)}`;
    },
    ip: (value) => {
      const v = value.trim().toLowerCase();
      return IPV4.test(v) ? ula('fd04', h('ipv4', v)) : ula('fd06', h('ip', v));
    },
    text: (label, value) => `${label}-${h(`text:${label}`, value)}`,
  };
};
