/** Group keys of aggregation result rows: reading them from SQL rows, and their SQL order. */
import type { GroupKey } from '../../core/analytics/store-types.js';

export const num = (v: unknown): number => Number(v ?? 0);

export const keyOf = (r: Record<string, unknown>, n: number): GroupKey[] =>
  Array.from({ length: n }, (_, i) => {
    const v = r[`k${i}`];
    return v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'string' ? v : String(v);
  });

export const sameKeys = (a: readonly GroupKey[], b: readonly GroupKey[]): boolean => a.every((v, i) => v === b[i]);

/** The SQL order of keys: NULL first, numbers numerically, text by code unit (both engines' binary order for ASCII). */
export const compareKeys = (a: readonly GroupKey[], b: readonly GroupKey[]): number => {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
};
