/**
 * Re-derivation: which stored classifications differ from what the current catalog says. The
 * distinct (code, outcome, category) triples come from the daily base rollup, which holds every
 * stored combination in a few thousand rows; each engine then updates rows and rollups by code.
 */
import { classifyErrorCode } from '../../core/catalog/classify.js';

export interface StoredClassification {
  readonly code: number;
  readonly outcome: string;
  readonly category: string;
}

export interface Reclassification {
  readonly code: number;
  readonly outcome: string;
  readonly category: string;
}

export const DISTINCT_CLASSIFICATIONS_SQL = 'SELECT DISTINCT error_code AS code, outcome, error_category AS category FROM rollup_day_base';

export const reclassifications = (stored: readonly StoredClassification[]): Reclassification[] => {
  const out = new Map<number, Reclassification>();
  for (const s of stored) {
    const c = classifyErrorCode(Number(s.code));
    if (c.outcome !== s.outcome || c.category !== s.category) out.set(Number(s.code), { code: Number(s.code), outcome: c.outcome, category: c.category });
  }
  return [...out.values()].sort((a, b) => a.code - b.code);
};
