/**
 * Fast `YYYY-MM-DDTHH:MM:SSZ` formatting for ascending timestamps: the date part is cached per
 * UTC day, so most calls are a few string concatenations instead of a `Date` allocation.
 * Whole seconds, like Graph beta's `createdDateTime`.
 */

const TWO: readonly string[] = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const DAY = 86_400_000;

export interface IsoFormatter {
  /** Formats `ms` (truncated to the second). */
  format(ms: number): string;
}

export const createIsoFormatter = (): IsoFormatter => {
  let dayStart = Number.NaN;
  let prefix = '';
  return {
    format(ms: number): string {
      const second = Math.floor(ms / 1000) * 1000;
      const day = Math.floor(second / DAY) * DAY;
      if (day !== dayStart) {
        dayStart = day;
        prefix = new Date(day).toISOString().slice(0, 11);
      }
      const s = (second - day) / 1000;
      const h = Math.floor(s / 3600);
      const m = Math.floor((s % 3600) / 60);
      return prefix + TWO[h] + ':' + TWO[m] + ':' + TWO[s % 60] + 'Z';
    },
  };
};
