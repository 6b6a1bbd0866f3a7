/**
 * Migration 0008: copies the rows of a v0.1 `sign_ins` table into the star schema, in chunks of
 * CHUNK rows in row-key order, one transaction each, recording how far it got in
 * `upgrade_progress`: a killed upgrade resumes at the first chunk it had not committed, and no row
 * is copied twice (the fact row keeps its row key and its id is unique). Documents stay in their
 * v0.1 blocks; only their references are renumbered for the larger v2 blocks.
 */
import type Database from 'better-sqlite3';
import type { SignInRow } from '../../core/model/sign-in-row.js';
import { ROW_KEYS, SQL_COLUMNS } from '../columns.js';
import { docRef } from '../doc-codec.js';
import { createFactWriter } from './fact-rows.js';

const CHUNK = 20_000;
const STEP = '0008-copy-rows-to-star-schema';
/** Documents per block in v0.1 stores. */
const V1_BLOCK_SIZE = 32;

export interface UpgradeProgress {
  readonly done: number;
  readonly total: number;
}

const logicalRow = (r: Record<string, unknown>): SignInRow => {
  const out: Record<string, unknown> = {};
  for (const k of ROW_KEYS) out[k] = r[SQL_COLUMNS[k]] ?? null;
  out.isInteractive = r.is_interactive === null || r.is_interactive === undefined ? null : Number(r.is_interactive) === 1;
  return out as unknown as SignInRow;
};

/** Copies what is left to copy; calls `onProgress` after every committed chunk. */
export const copyV1Rows = (db: Database.Database, onProgress?: (p: UpgradeProgress) => void, chunkSize = CHUNK): number => {
  const writer = createFactWriter(db);
  const position = () => (db.prepare('SELECT position FROM upgrade_progress WHERE step = ?').pluck().get(STEP) as number | undefined) ?? 0;
  const total = db.prepare('SELECT count(*) FROM sign_ins').pluck().get() as number;
  let done = db.prepare('SELECT count(*) FROM sign_ins WHERE rk <= ?').pluck().get(position()) as number;
  const read = db.prepare('SELECT * FROM sign_ins WHERE rk > ? ORDER BY rk LIMIT ?');
  const save = db.prepare('INSERT INTO upgrade_progress (step, position) VALUES (?, ?) ON CONFLICT (step) DO UPDATE SET position = excluded.position');
  const chunk = db.transaction((after: number): number => {
    const rows = read.all(after, chunkSize) as Record<string, unknown>[];
    for (const r of rows) {
      const ref = Number(r.doc_ref);
      writer.insert(logicalRow(r), docRef(Math.floor(ref / V1_BLOCK_SIZE), ref % V1_BLOCK_SIZE), Number(r.rk));
    }
    const last = rows[rows.length - 1];
    if (last) save.run(STEP, Number(last.rk));
    return rows.length;
  });
  onProgress?.({ done, total });
  for (;;) {
    let n: number;
    try {
      n = chunk.immediate(position());
    } catch (e) {
      writer.reset();
      throw e;
    }
    if (n === 0) break;
    done += n;
    onProgress?.({ done, total });
  }
  return done;
};
