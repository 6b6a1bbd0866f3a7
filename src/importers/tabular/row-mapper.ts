/**
 * Maps one CSV row to a (partial) signIn object through a column table. Columns are resolved
 * by position once per file; an empty cell leaves its property out; a cell that cannot be
 * converted stops the row with the column's name, as the header spells it.
 */
import type { SourceItem } from '../../core/import-types.js';
import { CellError, cellText } from './cell-values.js';
import { normaliseHeader } from './header-names.js';
import { getPath, setPath } from './set-path.js';
import { statusWord, type StatusWord } from './display-values.js';
import { createFileDates, type FileDates } from './file-dates.js';

export interface ColumnSpec {
  readonly path: readonly string[];
  readonly convert: (text: string) => unknown;
  /**
   * Cells that need more than their text: `location` ("City, State, CC"), `status` (the outcome
   * word), `date` (read with the file's day/month order and time zone, see file-dates.ts).
   */
  readonly special?: 'location' | 'status' | 'id' | 'date' | undefined;
}

export interface MappedRow {
  readonly ok: true;
  readonly record: Record<string, unknown>;
  readonly statusWord?: StatusWord | undefined;
}

export type RowResult = MappedRow | (SourceItem & { readonly kind: 'unparseable' });

/** "Melbourne, Victoria, AU" → city, state, country; fewer parts keep the country last. */
export const parseLocation = (text: string): Record<string, string> | undefined => {
  const parts = text.split(',').map((p) => p.trim());
  const out: Record<string, string> = {};
  const put = (k: string, v: string | undefined) => {
    if (v) out[k] = v;
  };
  if (parts.length >= 3) {
    put('city', parts.slice(0, -2).filter((p) => p !== '').join(', '));
    put('state', parts[parts.length - 2]);
    put('countryOrRegion', parts[parts.length - 1]);
  } else if (parts.length === 2) {
    put('city', parts[0]);
    put('countryOrRegion', parts[1]);
  } else if (/^[A-Za-z]{2}$/.test(parts[0] ?? '')) put('countryOrRegion', parts[0]);
  else put('city', parts[0]);
  return Object.keys(out).length > 0 ? out : undefined;
};

export interface RowMapper {
  /** Original header names (trimmed), for messages. */
  readonly names: readonly string[];
  map(cells: readonly string[], where: string): RowResult;
}

/** Per column, resolved once per file: how to set its value, and whether an earlier column shares its path. */
interface Slot {
  readonly spec: ColumnSpec;
  readonly set: (record: Record<string, unknown>, value: unknown) => void;
  readonly repeated: boolean;
  /** The header says the column's times are UTC: `Date (UTC)`, `CreatedDateTime [UTC]`. */
  readonly utc: boolean;
}

const setterFor = (path: readonly string[]): Slot['set'] => {
  if (path.length === 1) {
    const k = path[0] as string;
    return (r, v) => void (r[k] = v);
  }
  if (path.length === 2) {
    const [p, k] = path as [string, string];
    return (r, v) => {
      const o = r[p];
      if (typeof o === 'object' && o !== null) (o as Record<string, unknown>)[k] = v;
      else r[p] = { [k]: v };
    };
  }
  return (r, v) => setPath(r, path, v);
};

/** Positions of the header's date columns (their cells are the evidence of the day/month order). */
export const dateColumnsOf = (header: readonly string[], columns: ReadonlyMap<string, ColumnSpec>): number[] =>
  header.flatMap((h, i) => (columns.get(normaliseHeader(h))?.special === 'date' ? [i] : []));

export const createRowMapper = (
  header: readonly string[],
  columns: ReadonlyMap<string, ColumnSpec>,
  dates: FileDates = createFileDates(),
): RowMapper => {
  const seen = new Set<string>();
  const specs: (Slot | undefined)[] = header.map((h) => {
    const spec = columns.get(normaliseHeader(h));
    if (!spec) return undefined;
    const key = spec.path.join('.');
    const repeated = seen.has(key);
    seen.add(key);
    return { spec, set: setterFor(spec.path), repeated, utc: /[([]\s*utc\s*[)\]]/i.test(h) };
  });
  const names = header.map((h) => h.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' '));
  const width = header.length;
  return {
    names,
    map: (cells, where) => {
      if (cells.length < width) {
        return { kind: 'unparseable', where, message: `the row has ${cells.length} cells but the header has ${width} (row cut short?)` };
      }
      for (let i = width; i < cells.length; i++) {
        if ((cells[i] ?? '').trim() !== '') {
          return { kind: 'unparseable', where, message: `the row has ${cells.length} cells but the header has ${width} (unquoted comma?)` };
        }
      }
      const record: Record<string, unknown> = {};
      let word: StatusWord | undefined;
      for (let i = 0; i < width; i++) {
        const slot = specs[i];
        if (!slot) continue;
        const text = cellText(cells[i]);
        if (text === undefined) continue;
        const spec = slot.spec;
        try {
          if (spec.special === 'location') {
            const loc = parseLocation(text);
            if (loc) setPath(record, spec.path, { ...(record.location as object | undefined), ...loc });
          } else if (spec.special === 'status') {
            word = statusWord(text);
            if (!word) throw new CellError(`expected Success, Failure or Interrupted, got ${JSON.stringify(text.slice(0, 40))}`);
          } else if (spec.special === 'date') {
            if (!slot.repeated || getPath(record, spec.path) === undefined) slot.set(record, dates.parse(text, slot.utc));
          } else if (!slot.repeated || getPath(record, spec.path) === undefined) {
            // A repeated column (e.g. `Incoming token type`): the first non-empty cell wins.
            slot.set(record, spec.convert(text));
          }
        } catch (e) {
          if (e instanceof CellError) return { kind: 'unparseable', where, field: names[i] ?? `column ${i + 1}`, message: e.message };
          throw e;
        }
      }
      return { ok: true, record, statusWord: word };
    },
  };
};
