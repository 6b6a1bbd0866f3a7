/** Time helpers: the store orders by epoch milliseconds; the wire carries UTC ISO-8601 with `Z`. */

/** Parses an ISO-8601 date-time (with `Z` or an offset) to epoch ms, or NaN. */
export const parseIsoMillis = (text: string): number => Date.parse(text);

/** Normalises to UTC with `Z`, keeping the original text when it already is UTC. */
export const toUtcIso = (text: string): string => {
  if (text.endsWith('Z')) return text;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
};

export const isoFromMillis = (ms: number): string => new Date(ms).toISOString();
