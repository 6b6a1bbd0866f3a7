/**
 * Between logical rows (`SignInRow`) and `sign_in_facts` rows: the insert parameters of the write
 * path (and of the v1 → v2 upgrade), and the logical values a reader needs back to rebuild a
 * stored document (the columns the document codec left out of it).
 */
import type Database from 'better-sqlite3';
import type { SignInRow } from '../../core/model/sign-in-row.js';
import { UNPACK_COLUMNS } from '../doc-codec.js';
import { packGuid, packGuidOrNull, unpackGuid } from '../guid.js';
import { createDimensionKeys, type DimensionValues } from './dimensions.js';
import { DIMENSIONS, FACT_COLUMNS, enumCode, type Dimension } from './fact-schema.js';

export interface FactWriter {
  /** Inserts the row unless its id is stored; true when inserted. `rk` keeps a given row key. */
  insert(row: SignInRow, docRef: number, rk?: number): boolean;
  /** Call after a rolled-back transaction. */
  reset(): void;
}

export const createFactWriter = (db: Database.Database): FactWriter => {
  const keys = createDimensionKeys(db);
  const cols = FACT_COLUMNS.join(', ');
  const marks = FACT_COLUMNS.map(() => '?').join(', ');
  const insert = db.prepare(`INSERT INTO sign_in_facts (${cols}) VALUES (${marks}) ON CONFLICT (id) DO NOTHING`);
  const insertAt = db.prepare(`INSERT INTO sign_in_facts (rk, ${cols}) VALUES (?, ${marks}) ON CONFLICT (id) DO NOTHING`);
  // One parameter array, refilled per row: a batch allocates no arrays for binding.
  const params: unknown[] = new Array(FACT_COLUMNS.length);
  const at: unknown[] = new Array(FACT_COLUMNS.length + 1);
  const fill = (out: unknown[], offset: number, r: SignInRow, docRef: number): unknown[] => {
    out[offset] = packGuid(r.id);
    out[offset + 1] = packGuidOrNull(r.correlationId);
    out[offset + 2] = packGuidOrNull(r.originalRequestId);
    out[offset + 3] = r.createdAt;
    out[offset + 4] = r.errorCode;
    out[offset + 5] = r.isInteractive === null ? null : r.isInteractive ? 1 : 0;
    out[offset + 6] = enumCode('outcome', r.outcome);
    out[offset + 7] = enumCode('errorCategory', r.errorCategory);
    out[offset + 8] = enumCode('signInType', r.signInType);
    keys.keysInto(r, out, offset + 9);
    out[offset + 9 + DIMENSIONS.length] = docRef;
    return out;
  };
  return {
    insert: (row, docRef, rk) => {
      if (rk === undefined) return insert.run(fill(params, 0, row, docRef)).changes > 0;
      at[0] = rk;
      return insertAt.run(fill(at, 1, row, docRef)).changes > 0;
    },
    reset: keys.reset,
  };
};

/** Fact columns a reader selects to rebuild documents: the ref, the GUIDs, the dimension keys. */
const UNPACK_DIMENSIONS: readonly Dimension[] = DIMENSIONS.filter((d) => d.columns.some((c) => UNPACK_COLUMNS.includes(c)));
export const UNPACK_FACT_COLUMNS: readonly string[] = [
  'doc_ref', 'id', 'correlation_id', 'original_request_id', ...UNPACK_DIMENSIONS.map((d) => d.fk),
];

/** The logical values of UNPACK_COLUMNS for one selected fact row. */
export const unpackView = (fact: Record<string, unknown>, values: DimensionValues): Partial<Record<keyof SignInRow, unknown>> => {
  const out: Partial<Record<keyof SignInRow, unknown>> = {
    id: unpackGuid(fact.id),
    correlationId: unpackGuid(fact.correlation_id),
    originalRequestId: unpackGuid(fact.original_request_id),
  };
  for (const d of UNPACK_DIMENSIONS) {
    const vals = values.valuesOf(d, Number(fact[d.fk]));
    d.columns.forEach((c, i) => {
      out[c] = vals[i];
    });
  }
  return out;
};
