/**
 * Deterministic alert ids: `al_` + 24 hex digits of a hash of rule, entity and incident start,
 * so evaluating the same sign-ins again never creates a second alert. Pure TypeScript (core
 * imports no node:crypto): two 53-bit cyrb53 hashes with different seeds, 48 bits of each.
 */
import type { AlertEntity } from './alert.js';

const cyrb53 = (text: string, seed: number): number => {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
};

const hex48 = (n: number): string => (n % 2 ** 48).toString(16).padStart(12, '0');

export const alertId = (ruleId: string, entity: AlertEntity, start: number): string => {
  const key = `${ruleId}\u0000${entity.kind}\u0000${entity.value}\u0000${start}`;
  return `al_${hex48(cyrb53(key, 1))}${hex48(cyrb53(key, 2))}`;
};

export const isAlertId = (text: string): boolean => /^al_[0-9a-f]{24}$/.test(text);
