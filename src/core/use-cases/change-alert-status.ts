/**
 * Triage: moves an alert through its lifecycle (new → acknowledged → resolved | falsePositive,
 * or reopened) with an optional note; the history records when, what and which token did it.
 */
import { AppError } from '../errors.js';
import type { AlertStore, Clock } from '../ports.js';
import { ALERT_STATUSES, type Alert, type AlertStatus } from '../detections/alert.js';
import { getAlert } from './get-alert.js';

export const MAX_NOTE_LENGTH = 2000;

/** Which status may follow which; closing an alert and reopening it are both explicit. */
const NEXT: Readonly<Record<AlertStatus, readonly AlertStatus[]>> = {
  new: ['acknowledged', 'resolved', 'falsePositive'],
  acknowledged: ['new', 'resolved', 'falsePositive'],
  resolved: ['new', 'acknowledged'],
  falsePositive: ['new', 'acknowledged'],
};

export interface StatusChange {
  readonly status: unknown;
  readonly note?: unknown;
}

export const checkNote = (note: unknown): string | undefined => {
  if (note === undefined || note === null) return undefined;
  if (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH) throw new AppError('BadRequest', `note: expected text of at most ${MAX_NOTE_LENGTH} characters`);
  return note;
};

export const changeAlertStatus = async (
  deps: { readonly store: Pick<AlertStore, 'getAlerts' | 'saveAlert'>; readonly clock: Clock },
  id: string, change: StatusChange, by: string,
): Promise<Alert> => {
  const status = change.status;
  if (typeof status !== 'string' || !(ALERT_STATUSES as readonly string[]).includes(status)) {
    throw new AppError('BadRequest', `status: expected one of ${ALERT_STATUSES.join(', ')}`);
  }
  const note = checkNote(change.note);
  const alert = await getAlert(deps.store, id);
  const to = status as AlertStatus;
  if (to !== alert.status && !NEXT[alert.status].includes(to)) {
    throw new AppError('Conflict', `An alert that is ${alert.status} cannot become ${to}`, { from: alert.status, to });
  }
  const at = deps.clock.now().toISOString();
  const updated: Alert = {
    ...alert, status: to, updatedAt: at,
    history: [...alert.history, { at, status: to, ...(note !== undefined ? { note } : {}), by }],
  };
  if (!(await deps.store.saveAlert(updated))) throw new AppError('NotFound', `No alert with id ${id}`);
  return updated;
};
