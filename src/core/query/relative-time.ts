/** `30d`, `12h`, `15m`, `2w` or an ISO date/date-time → epoch ms (relative to `now`). */
import { AppError } from '../errors.js';

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export const parseDurationMs = (text: string): number | undefined => {
  const m = /^(\d+)\s*([smhdw])$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * (UNIT_MS[m[2] as string] ?? 0);
};

export const parseTimeArg = (text: string, now: number, flag: string): number => {
  const d = parseDurationMs(text);
  if (d !== undefined) return now - d;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(ms)) throw new AppError('BadRequest', `${flag}: expected a duration like 30d/12h or an ISO date, got '${text}'`);
  return ms;
};
