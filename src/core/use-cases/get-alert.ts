/** One alert by id, or NotFound. */
import { AppError } from '../errors.js';
import type { AlertStore } from '../ports.js';
import type { Alert } from '../detections/alert.js';
import { isAlertId } from '../detections/alert-id.js';

export const getAlert = async (store: Pick<AlertStore, 'getAlerts'>, id: string): Promise<Alert> => {
  if (!isAlertId(id)) throw new AppError('BadRequest', `'${id.slice(0, 40)}' is not an alert id (al_ and 24 hex digits)`);
  const [alert] = await store.getAlerts([id]);
  if (!alert) throw new AppError('NotFound', `No alert with id ${id}`);
  return alert;
};
