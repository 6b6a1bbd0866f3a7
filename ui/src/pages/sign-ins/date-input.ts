/**
 * `<input type="datetime-local">` speaks wall-clock time without a zone. These convert between
 * it and UTC ISO strings, reading the wall clock as local time or as UTC per the viewer's choice.
 */
import type { TimeMode } from '../../format/format.js';

const pad = (n: number): string => String(n).padStart(2, '0');

export const toLocalInput = (iso: string | undefined, mode: TimeMode): string => {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return mode === 'utc'
    ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
    : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export const fromLocalInput = (value: string, mode: TimeMode): string | undefined => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const ms = mode === 'utc' ? Date.parse(`${value.slice(0, 16)}:00Z`) : new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};
