/**
 * Parses an entity's kind and key from request text into an `EntityRef`, or a BadRequest that
 * says what is wrong. User names compare case-insensitively (the store holds them lower case);
 * app ids are GUIDs, compared in lower case as Graph writes them; IP addresses are matched as
 * Graph writes them (IPv4 dotted, IPv6 text), after a shape check.
 */
import { AppError } from '../errors.js';
import { ENTITY_KINDS, type EntityKind, type EntityRef } from './entity-types.js';

const MAX_KEY = 256;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** Hex groups and colons, optionally ending in a dotted IPv4 part; at most one `::`. */
const IPV6 = /^[0-9a-f:]{2,39}(:(\d{1,3}\.){3}\d{1,3})?$/i;
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

const bad = (message: string) => new AppError('BadRequest', message);

export const isEntityKind = (text: string): text is EntityKind => (ENTITY_KINDS as readonly string[]).includes(text);

const isIpv6 = (t: string): boolean => {
  if (!t.includes(':') || !IPV6.test(t) || t.split('::').length > 2) return false;
  const groups = t.split(':');
  return groups.length <= 8 && groups.every((g) => g.length <= 4 || g.includes('.'));
};

export const parseEntityRef = (kind: string, key: string): EntityRef => {
  if (!isEntityKind(kind)) throw bad(`kind: expected one of ${ENTITY_KINDS.join(', ')}, got '${kind.slice(0, 40)}'`);
  const k = key.trim();
  if (k === '') throw bad('key: must not be empty');
  if (k.length > MAX_KEY || CONTROL.test(k)) throw bad(`key: not a valid ${kind} key`);
  switch (kind) {
    case 'user':
      return { kind, key: k.toLowerCase() };
    case 'app':
      if (!GUID.test(k)) throw bad(`key: an app is named by its appId, a GUID such as 00000003-0000-0000-c000-000000000000; got '${k.slice(0, 60)}'`);
      return { kind, key: k.toLowerCase() };
    case 'ip':
      if (!IPV4.test(k) && !isIpv6(k)) throw bad(`key: '${k.slice(0, 60)}' is not an IPv4 or IPv6 address`);
      return { kind, key: k };
  }
};
