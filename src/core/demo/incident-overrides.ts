/**
 * How an injected incident's sign-in differs from the user's normal traffic: an attacker's
 * network and tooling for sprays and MFA fatigue, a far-away or foreign place, a legacy protocol
 * the block policy missed. Applied to the scratch input traffic.ts has filled for the user.
 */
import { SPRAY_USER_AGENT } from './devices.js';
import type { IncidentEvent } from './incidents.js';
import { ATTACKER_PLACES } from './places.js';
import type { UserSignInInput } from './user-sign-in.js';

export const NATIVE_CLIENT = 'Mobile Apps and Desktop clients';
export const LEGACY_USER_AGENTS: Readonly<Record<string, string>> = {
  'Exchange ActiveSync': 'Apple-iPhone15C2/2104.91',
};
const FOREIGN_BROWSER_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

export const applyIncident = (input: UserSignInInput, event: IncidentEvent): void => {
  if (event.kind === 'spray' || event.kind.startsWith('fatigue')) {
    const attacker = event.kind === 'spray' ? ATTACKER_PLACES.spray : ATTACKER_PLACES.fatigue;
    input.device = null;
    input.place = attacker.place;
    input.ipAddress = attacker.ip;
    input.asn = attacker.asn;
    input.trustedNetwork = null;
    input.legacy = false;
    input.riskLevel = event.kind === 'spray' ? 'medium' : 'high';
    input.riskEvent = event.kind === 'spray' ? 'passwordSpray' : 'unfamiliarFeatures';
    if (event.kind === 'spray') {
      input.clientAppUsed = NATIVE_CLIENT;
      input.userAgent = SPRAY_USER_AGENT;
      input.browser = 'Python Requests 2.31';
      input.operatingSystem = '';
      input.protocol = 'ropc';
    } else {
      input.clientAppUsed = 'Browser';
      input.userAgent = FOREIGN_BROWSER_UA;
      input.browser = 'Chrome 124.0.0';
      input.operatingSystem = 'Windows10';
      input.mfaMethod = 'Mobile app notification';
      input.mfaDeniedDetail = event.detail;
    }
  }
  const where = event.where;
  if (where) {
    input.place = where.place;
    input.ipAddress = where.ip;
    input.asn = where.asn;
    input.trustedNetwork = where.trustedNetwork;
    input.legacy = false;
    input.riskLevel = null;
    input.riskEvent = null;
    if (where.foreign) {
      input.device = null;
      input.clientAppUsed = 'Browser';
      input.userAgent = FOREIGN_BROWSER_UA;
      input.browser = 'Chrome 124.0.0';
      input.operatingSystem = 'Windows10';
      input.protocol = 'none';
    }
  }
  if (event.clientAppUsed) {
    // A legacy protocol that the block policy did not stop (the account is excluded from it).
    input.clientAppUsed = event.clientAppUsed;
    input.userAgent = LEGACY_USER_AGENTS[event.clientAppUsed] ?? '';
    input.browser = '';
  }
};
