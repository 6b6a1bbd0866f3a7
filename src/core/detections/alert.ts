/** The alert as the API, the CLI and the UI see it (the JSON agreed for issue #12). */
import type { EntityKind } from './compiled-rule.js';
import type { Severity } from './rule-schema.js';

export const ALERT_STATUSES = ['new', 'acknowledged', 'resolved', 'falsePositive'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export const OPEN_STATUSES: readonly AlertStatus[] = ['new', 'acknowledged'];

export interface LocalText {
  readonly en: string;
  readonly ja: string;
}

export interface AlertEntity {
  readonly kind: EntityKind;
  readonly value: string;
}

export interface AlertHistoryEntry {
  readonly at: string;
  readonly status: AlertStatus;
  readonly note?: string | undefined;
  readonly by: string;
}

export interface Alert {
  readonly id: string;
  readonly ruleId: string;
  readonly title: LocalText;
  readonly severity: Severity;
  readonly technique: string;
  readonly status: AlertStatus;
  readonly entity: AlertEntity;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly signInCount: number;
  readonly signInIds: readonly string[];
  readonly signInIdsTruncated: boolean;
  readonly filter: string;
  readonly summary: LocalText;
  readonly details: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly history: readonly AlertHistoryEntry[];
}

export const MAX_EVIDENCE_IDS = 1000;

export interface Suppression {
  readonly ruleId: string;
  readonly entity: AlertEntity;
  readonly until: string;
  readonly note?: string | undefined;
  readonly by: string;
  readonly createdAt: string;
}
