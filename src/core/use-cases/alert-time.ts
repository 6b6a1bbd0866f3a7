/** Time parameters of alert queries: an ISO date-time, or a span back from now such as `30d`, `12h`. */
import { AppError } from '../errors.js';

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

export const parseRelativeOrIso = (name: string, text: string, now: Date): number => {
  const rel = /^(\d{1,5})([mhd])$/.exec(text.trim());
  if (rel) return now.getTime() - Number(rel[1]) * (UNITS[rel[2] as string] as number);
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(ms)) {
    throw new AppError('BadRequest', `${name}: expected an ISO date-time (2026-11-30T10:00:00Z) or a span such as 30d, 12h, 90m`);
  }
  return ms;
};
