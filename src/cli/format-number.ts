/** Number and duration formatting for terminal output. */
export const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
export const fmtRate = (n: number, seconds: number): string => (seconds > 0 ? fmtInt(n / seconds) : '-');
export const fmtBytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
