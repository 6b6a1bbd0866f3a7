/** Suppresses an alert's rule for its entity for 1..365 days: new incidents of the pair raise no alert meanwhile. */
import { AppError } from '../errors.js';
import type { AlertStore, Clock } from '../ports.js';
import type { Suppression } from '../detections/alert.js';
import { getAlert } from './get-alert.js';
import { checkNote } from './change-alert-status.js';

export const suppressAlert = async (
  deps: { readonly store: Pick<AlertStore, 'getAlerts' | 'addSuppression'>; readonly clock: Clock },
  id: string, body: { readonly days?: unknown; readonly note?: unknown }, by: string,
): Promise<Pick<Suppression, 'ruleId' | 'entity' | 'until'>> => {
  const days = body.days;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 365) {
    throw new AppError('BadRequest', 'days: expected a whole number from 1 to 365');
  }
  const note = checkNote(body.note);
  const alert = await getAlert(deps.store, id);
  const now = deps.clock.now();
  const until = new Date(now.getTime() + days * 86_400_000).toISOString();
  await deps.store.addSuppression({ ruleId: alert.ruleId, entity: alert.entity, until, by, createdAt: now.toISOString(), ...(note ? { note } : {}) });
  return { ruleId: alert.ruleId, entity: alert.entity, until };
};
