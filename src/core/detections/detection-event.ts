/** What the detector keeps of a selected sign-in: the state a window needs, nothing more. */

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
  readonly city: string | null;
  readonly country: string | null;
}

export interface DetectionEvent {
  /** Key of the event within its group: the sign-in id, or `v:<value>` / `` for first-seen minima. */
  readonly key: string;
  /** Epoch ms of createdDateTime. */
  readonly at: number;
  readonly signInId: string;
  /** 0: the rule's selection; 1: its second selection (compare / then). */
  readonly side: 0 | 1;
  /** The counted or first-seen value (distinct, first-seen). */
  readonly value?: string | undefined;
  readonly geo?: GeoPoint | undefined;
  /** The entity value when it is not the group's (first-seen over the whole tenant). */
  readonly entity?: string | undefined;
}

/** A finding before it becomes an alert: evidence oldest first, plus rule-specific figures. */
export interface Incident {
  readonly start: number;
  readonly end: number;
  readonly evidence: readonly DetectionEvent[];
  readonly details: Readonly<Record<string, unknown>>;
}

/** Oldest first; ties (whole-second timestamps are common) by sign-in id, so order never depends on arrival. */
export const byTime = (a: DetectionEvent, b: DetectionEvent): number =>
  a.at - b.at || (a.signInId < b.signInId ? -1 : a.signInId > b.signInId ? 1 : a.side - b.side);
