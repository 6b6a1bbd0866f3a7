/**
 * Encodes prepared sign-ins as `COPY ... FROM STDIN` text-format lines: tab-separated, `\N` for
 * NULL, backslash escapes. Column order is COPY_COLUMNS.
 *
 * Two things PostgreSQL cannot hold are handled here, losslessly for the document:
 * - a NUL character in `text`: removed from the flat columns (they serve filters; the document
 *   is the record of truth);
 * - a NUL character or a lone surrogate in a `jsonb` string (both are rejected by jsonb input):
 *   such a document goes to `doc_raw` as UTF-8 JSON bytes instead and `doc` is NULL.
 */
import type { PreparedSignIn } from '../../core/model/sign-in-row.js';
import { ROW_KEYS, SQL_COLUMNS } from '../columns.js';

export const COPY_COLUMNS: readonly string[] = [...ROW_KEYS.map((k) => SQL_COLUMNS[k]), 'doc', 'doc_raw'];

const NULL = '\\N';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '' };

const escapeText = (s: string): string => (/[\\\t\n\r\0]/.test(s) ? s.replace(/[\\\t\n\r\0]/g, (c) => ESCAPES[c] ?? '') : s);

/** JSON.stringify escapes NUL as \u0000 and a lone surrogate as \udXXX; a valid pair stays raw. */
const JSONB_UNSAFE = /\\u(?:0000|d[89a-f][0-9a-f]{2})/i;

const field = (v: unknown): string => {
  if (v === null || v === undefined) return NULL;
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  return escapeText(String(v));
};

/** One COPY line (with its newline) for one record. */
export const copyLine = (p: PreparedSignIn): string => {
  let line = '';
  for (const k of ROW_KEYS) line += field(p.row[k]) + '\t';
  // The text that came in (or the normalised document's serialisation): see prepareSignIn.
  const json = p.text;
  if (JSONB_UNSAFE.test(json)) {
    // bytea in text COPY: `\x` + hex, with the backslash itself escaped.
    line += `${NULL}\t\\\\x${Buffer.from(json, 'utf8').toString('hex')}\n`;
  } else {
    // Incoming text may hold tabs or CRs between tokens; escape those and backslashes.
    line += `${escapeText(json)}\t${NULL}\n`;
  }
  return line;
};

/** Yields the batch as chunks of roughly `chunkBytes` characters for the COPY stream. */
export function* copyChunks(batch: readonly PreparedSignIn[], chunkBytes = 256 * 1024): Generator<string> {
  let buf = '';
  for (const p of batch) {
    buf += copyLine(p);
    if (buf.length >= chunkBytes) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** The temporary table a batch is COPYed into before it is upserted. */
export const STAGING = 'sign_ins_staging';
export const COPY_SQL = `COPY ${STAGING} (${COPY_COLUMNS.join(', ')}) FROM STDIN`;
/** Claims each id once (sign_in_ids), then stores the rows whose id was claimed. */
export const UPSERT_SQL = `
  WITH claimed AS (
    INSERT INTO sign_in_ids (id, created_at)
    SELECT id, created_at FROM ${STAGING}
    ON CONFLICT (id) DO NOTHING
    RETURNING id
  )
  INSERT INTO sign_ins (${COPY_COLUMNS.join(', ')})
  SELECT ${COPY_COLUMNS.map((c) => (c === 'doc' ? 's.doc::jsonb' : `s.${c}`)).join(', ')} FROM ${STAGING} s JOIN claimed USING (id)
  ON CONFLICT DO NOTHING
  RETURNING id`;

/** First copy of each id wins inside a batch, as across batches. */
export const uniqueById = (batch: readonly PreparedSignIn[]): PreparedSignIn[] => {
  const seen = new Set<string>();
  const out: PreparedSignIn[] = [];
  for (const p of batch) {
    if (seen.has(p.row.id)) continue;
    seen.add(p.row.id);
    out.push(p);
  }
  return out;
};
