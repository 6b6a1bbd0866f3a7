/**
 * Alerts and detection rules as the API serves them (`/api/alerts`, `/api/alerts/stats`,
 * `/api/rules`), with their fixed vocabularies. Written from the agreed JSON, not imported from
 * the server: ui/ talks to the server only over HTTP. Every response is decoded on arrival.
 */
import { DecodeError, isObject, list, num, obj, oneOf, optStr, str, type Json } from './decode.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ALERT_STATUSES = ['new', 'acknowledged', 'resolved', 'falsePositive'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** Open = still needs someone: new or acknowledged (the badge and the dashboard count these). */
export const OPEN_STATUSES: readonly AlertStatus[] = ['new', 'acknowledged'];

export const ENTITY_KINDS = ['user', 'ip', 'app', 'servicePrincipal'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const RULE_KINDS = ['count', 'distinct', 'sequence', 'velocity', 'first-seen', 'match'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface Localized {
  readonly en: string;
  readonly ja: string;
}

export interface AlertEntity {
  readonly kind: EntityKind;
  readonly value: string;
}

export interface HistoryEntry {
  readonly at: string;
  readonly status: AlertStatus;
  readonly note?: string | undefined;
  readonly by?: string | undefined;
}

export interface Alert {
  readonly id: string;
  readonly ruleId: string;
  readonly title: Localized;
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
  readonly summary: Localized;
  /** Rule-specific figures, shown as they come (numbers, strings, lists of velocity legs). */
  readonly details: Json;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly history: readonly HistoryEntry[];
}

export interface AlertPage {
  readonly alerts: Alert[];
  readonly nextLink?: string | undefined;
}

export interface AlertStats {
  readonly byStatus: Record<AlertStatus, number>;
  readonly openBySeverity: Record<Severity, number>;
  readonly openByRule: Record<string, number>;
}

export interface Rule {
  readonly id: string;
  readonly title: Localized;
  readonly description: Localized;
  readonly severity: Severity;
  readonly technique: string;
  readonly kind: RuleKind;
  readonly enabled: boolean;
  readonly parameters: Json;
  readonly where?: string | undefined;
  readonly source: 'builtin' | 'custom';
  readonly learnedFrom?: string | undefined;
}

export interface Suppression {
  readonly ruleId: string;
  readonly entity: AlertEntity;
  readonly until: string;
}

const ALERT_ID = /^al_[0-9a-f]{24}$/;

const localized = (v: unknown, path: string): Localized => {
  const o = obj(v, path);
  return { en: str(o.en, `${path}.en`), ja: str(o.ja, `${path}.ja`) };
};

const bool = (v: unknown, path: string): boolean => {
  if (typeof v !== 'boolean') throw new DecodeError(path, 'true or false');
  return v;
};

const time = (v: unknown, path: string): string => {
  const s = str(v, path);
  if (Number.isNaN(Date.parse(s))) throw new DecodeError(path, 'an ISO 8601 date-time');
  return s;
};

const decodeEntity = (v: unknown, path: string): AlertEntity => {
  const o = obj(v, path);
  return { kind: oneOf(o.kind, `${path}.kind`, ENTITY_KINDS), value: str(o.value, `${path}.value`) };
};

const decodeHistory = (v: unknown, path: string): HistoryEntry => {
  const o = obj(v, path);
  return { at: time(o.at, `${path}.at`), status: oneOf(o.status, `${path}.status`, ALERT_STATUSES), note: optStr(o.note), by: optStr(o.by) };
};

export const decodeAlert = (v: unknown, path = 'alert'): Alert => {
  const o = obj(v, path);
  const id = str(o.id, `${path}.id`);
  if (!ALERT_ID.test(id)) throw new DecodeError(`${path}.id`, '"al_" and 24 lower-case hex digits');
  return {
    id,
    ruleId: str(o.ruleId, `${path}.ruleId`),
    title: localized(o.title, `${path}.title`),
    severity: oneOf(o.severity, `${path}.severity`, SEVERITIES),
    technique: str(o.technique, `${path}.technique`),
    status: oneOf(o.status, `${path}.status`, ALERT_STATUSES),
    entity: decodeEntity(o.entity, `${path}.entity`),
    firstSeen: time(o.firstSeen, `${path}.firstSeen`),
    lastSeen: time(o.lastSeen, `${path}.lastSeen`),
    signInCount: num(o.signInCount, `${path}.signInCount`),
    signInIds: list(o.signInIds, `${path}.signInIds`, str),
    signInIdsTruncated: o.signInIdsTruncated === true,
    filter: str(o.filter, `${path}.filter`),
    summary: localized(o.summary, `${path}.summary`),
    details: isObject(o.details) ? o.details : {},
    createdAt: time(o.createdAt, `${path}.createdAt`),
    updatedAt: time(o.updatedAt, `${path}.updatedAt`),
    history: o.history === undefined || o.history === null ? [] : list(o.history, `${path}.history`, decodeHistory),
  };
};

export const decodeAlertPage = (v: unknown): AlertPage => {
  const o = obj(v, 'response');
  const next = o['@odata.nextLink'];
  return { alerts: list(o.value, 'value', decodeAlert), nextLink: typeof next === 'string' && next !== '' ? next : undefined };
};

const counts = <K extends string>(v: unknown, path: string, keys: readonly K[]): Record<K, number> => {
  const o = obj(v, path);
  const out = {} as Record<K, number>;
  // A key the server leaves out counts as zero; a key it sends must be a number.
  for (const k of keys) out[k] = o[k] === undefined ? 0 : num(o[k], `${path}.${k}`);
  return out;
};

export const decodeAlertStats = (v: unknown): AlertStats => {
  const o = obj(v, 'stats');
  const byRule = obj(o.openByRule ?? {}, 'stats.openByRule');
  return {
    byStatus: counts(o.byStatus, 'stats.byStatus', ALERT_STATUSES),
    openBySeverity: counts(o.openBySeverity, 'stats.openBySeverity', SEVERITIES),
    openByRule: Object.fromEntries(Object.entries(byRule).map(([k, n]) => [k, num(n, `stats.openByRule.${k}`)])),
  };
};

/** Open alerts in all: what the navigation badge shows. */
export const openCount = (s: AlertStats): number => OPEN_STATUSES.reduce((n, k) => n + s.byStatus[k], 0);

const decodeRule = (v: unknown, path: string): Rule => {
  const o = obj(v, path);
  return {
    id: str(o.id, `${path}.id`),
    title: localized(o.title, `${path}.title`),
    description: localized(o.description, `${path}.description`),
    severity: oneOf(o.severity, `${path}.severity`, SEVERITIES),
    technique: str(o.technique, `${path}.technique`),
    kind: oneOf(o.kind, `${path}.kind`, RULE_KINDS),
    enabled: bool(o.enabled, `${path}.enabled`),
    parameters: isObject(o.parameters) ? o.parameters : {},
    where: optStr(o.where),
    source: oneOf(o.source, `${path}.source`, ['builtin', 'custom'] as const),
    learnedFrom: optStr(o.learnedFrom),
  };
};

export const decodeRules = (v: unknown): Rule[] => list(obj(v, 'response').value, 'value', decodeRule);

export const decodeSuppression = (v: unknown): Suppression => {
  const o = obj(v, 'suppression');
  return { ruleId: str(o.ruleId, 'suppression.ruleId'), entity: decodeEntity(o.entity, 'suppression.entity'), until: time(o.until, 'suppression.until') };
};
