/**
 * The Alert JSON agreed between the detection engine and notifications (issue #12). Webhooks
 * carry it unchanged; the outbox stores it as it was when the notice was enqueued.
 * If the detection engine defines the same shape elsewhere in core, one of the two becomes an
 * alias of the other when the branches are merged.
 */
export type AlertSeverity = 'low' | 'medium' | 'high' | 'critical';
export const ALERT_SEVERITIES: readonly AlertSeverity[] = ['low', 'medium', 'high', 'critical'];
export type AlertStatus = 'new' | 'acknowledged' | 'resolved' | 'falsePositive';
export type AlertEntityKind = 'user' | 'ip' | 'app' | 'servicePrincipal';

export interface LocalizedText {
  readonly en: string;
  readonly ja: string;
}

export interface AlertHistoryEntry {
  readonly at: string;
  readonly status: AlertStatus;
  readonly note?: string;
  readonly by: string;
}

export interface Alert {
  /** `al_` + 24 lower-case hex digits, deterministic per rule, entity and incident start. */
  readonly id: string;
  readonly ruleId: string;
  readonly title: LocalizedText;
  readonly severity: AlertSeverity;
  /** MITRE ATT&CK technique id, e.g. T1110.003. */
  readonly technique: string;
  readonly status: AlertStatus;
  readonly entity: { readonly kind: AlertEntityKind; readonly value: string };
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly signInCount: number;
  /** Evidence, oldest first, at most 1000. */
  readonly signInIds: readonly string[];
  readonly signInIdsTruncated: boolean;
  /** OData $filter listing the evidence sign-ins. */
  readonly filter: string;
  readonly summary: LocalizedText;
  readonly details: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly history: readonly AlertHistoryEntry[];
}

export type AlertEvent = 'alert.created' | 'alert.updated';

/** What the detection engine hands the outbox after storing an alert. */
export interface AlertNotice {
  readonly alert: Alert;
  readonly event: AlertEvent;
}
