/** Time windows of a pull: [start, end) cut into pieces of at most `sizeMs`, oldest first. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

export const planWindows = (start: number, end: number, sizeMs: number): TimeWindow[] => {
  const out: TimeWindow[] = [];
  for (let s = start; s < end; s += sizeMs) out.push({ start: s, end: Math.min(end, s + sizeMs) });
  return out;
};

/** Graph's datetime literal: UTC, whole seconds, unquoted in `$filter`. */
export const odataTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** `30d`, `12h`, `15m`, `90s` → milliseconds. */
export const parseDuration = (text: string): number | undefined => {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = (m[2] ?? 's').toLowerCase();
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 }[unit] ?? 1000;
  const ms = Number(m[1]) * factor;
  return ms > 0 ? ms : undefined;
};
