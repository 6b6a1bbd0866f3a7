/**
 * `GET /api/alerts` and `signin-report alerts`: alerts newest lastSeen first, filtered by rule,
 * severity, status, entity and time, in keyset pages continued by a signed skip token.
 */
import { AppError } from '../errors.js';
import type { AlertQuery, AlertStore } from '../ports.js';
import { ALERT_STATUSES, type Alert, type AlertStatus } from '../detections/alert.js';
import { SEVERITIES, type Severity } from '../detections/rule-schema.js';
import type { EntityKind } from '../detections/compiled-rule.js';
import type { SkipTokenCodec } from '../query/skip-token.js';
import { parseRelativeOrIso } from './alert-time.js';

const ENTITY_KINDS: readonly EntityKind[] = ['user', 'ip', 'app', 'servicePrincipal'];
export const MAX_ALERTS_TOP = 500;

export interface AlertListParams {
  readonly ruleId?: string | undefined;
  readonly severity?: string | undefined;
  readonly status?: string | undefined;
  readonly entityKind?: string | undefined;
  readonly entityValue?: string | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly top?: string | number | undefined;
  readonly skiptoken?: string | undefined;
}

const oneOf = <T extends string>(name: string, v: string | undefined, allowed: readonly T[]): T | undefined => {
  if (v === undefined || v === '') return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new AppError('BadRequest', `${name}: expected one of ${allowed.join(', ')}, got '${v.slice(0, 40)}'`);
  return v as T;
};

const topOf = (v: string | number | undefined): number => {
  if (v === undefined || v === '') return 50;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > MAX_ALERTS_TOP) throw new AppError('BadRequest', `top: expected a whole number from 1 to ${MAX_ALERTS_TOP}`);
  return n;
};

/** Parses and checks the parameters (a clear BadRequest for each bad one). */
export const parseAlertQuery = (p: AlertListParams, now: Date): Omit<AlertQuery, 'after'> => ({
  ruleId: p.ruleId === '' ? undefined : p.ruleId,
  severity: oneOf<Severity>('severity', p.severity, SEVERITIES),
  status: oneOf<AlertStatus>('status', p.status, ALERT_STATUSES),
  entityKind: oneOf<EntityKind>('entityKind', p.entityKind, ENTITY_KINDS),
  entityValue: p.entityValue === '' ? undefined : p.entityValue,
  since: p.since ? parseRelativeOrIso('since', p.since, now) : undefined,
  until: p.until ? parseRelativeOrIso('until', p.until, now) : undefined,
  top: topOf(p.top),
});

export interface AlertListResult {
  readonly value: readonly Alert[];
  /** Skip token of the next page, when there is one. */
  readonly next?: string | undefined;
}

export const listAlerts = async (
  deps: { readonly store: Pick<AlertStore, 'listAlerts'>; readonly skipTokens: SkipTokenCodec; readonly now: Date },
  params: AlertListParams,
): Promise<AlertListResult> => {
  const q = parseAlertQuery(params, deps.now);
  const key = JSON.stringify({ ...q, top: undefined });
  const after = params.skiptoken ? deps.skipTokens.decode(params.skiptoken, 'desc', key) : undefined;
  const page = await deps.store.listAlerts({ ...q, after: after ? { lastSeen: after.createdAt, id: after.id } : undefined });
  return {
    value: page.items,
    next: page.next ? deps.skipTokens.encode({ createdAt: page.next.lastSeen, id: page.next.id }, 'desc', key) : undefined,
  };
};
