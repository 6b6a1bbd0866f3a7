/** One injected sign-in of an incident, as the traffic builder receives it. */
import type { DemoUser } from './roster.js';
import type { Place } from './places.js';

export type IncidentKind =
  | 'spray' | 'fatiguePrompt' | 'fatigueDenied' | 'fatigueApproved' | 'misconfig' | 'leaverActive' | 'leaverDisabled'
  | 'travelHome' | 'travelFar' | 'legacySuccess' | 'newCountry' | 'bruteFailure' | 'bruteSuccess' | 'lockout' | 'breakGlass';

/** Where an injected sign-in comes from, when not from the user's usual places. */
export interface IncidentWhere {
  readonly place: Place;
  readonly ip: string;
  readonly asn: number;
  /** Named trusted location (an office), or null. */
  readonly trustedNetwork: string | null;
  /** Someone else's machine: no registered device, a plain desktop browser. */
  readonly foreign: boolean;
}

export interface IncidentEvent {
  readonly time: number;
  readonly kind: IncidentKind;
  readonly user: DemoUser;
  readonly app: number;
  readonly code: number;
  readonly interactive: boolean;
  /** Step result detail for MFA denials. */
  readonly detail: string | null;
  readonly where?: IncidentWhere | undefined;
  /** A legacy protocol's client app name (IMAP4, Exchange ActiveSync). */
  readonly clientAppUsed?: string | undefined;
}

/** A span during which a user's normal traffic pauses (in transit, or around an incident far away). */
export interface QuietSpan {
  readonly user: number;
  readonly from: number;
  readonly to: number;
}
