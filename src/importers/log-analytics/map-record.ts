/**
 * One Log Analytics row (from CSV cells or a JSON object) → a signIn. Column names are looked
 * up once each (cached); a value that cannot be converted rejects the row naming the column.
 * The outcome comes from `Status`, else from `ResultType`/`ResultDescription`; the sign-in type
 * from the row's `Type`/`Category`, else the file name.
 */
import type { SourceItem } from '../../core/import-types.js';
import type { SignInType } from '../../core/model/sign-in-type.js';
import { CellError } from '../tabular/cell-values.js';
import { toInt, toText } from '../tabular/coerce.js';
import { normaliseHeader } from '../tabular/header-names.js';
import { applySignInType } from '../tabular/apply-sign-in-type.js';
import { ENVELOPE_COLUMNS, LA_COLUMNS, type LaColumn } from './columns.js';
import { kindFromTable } from './tables.js';
import type { FileDates } from '../tabular/file-dates.js';

export const normaliseLaName = (name: string): string => normaliseHeader(name).replace(/_(dynamic|string)$/, '');

interface Resolved {
  readonly norm: string;
  readonly spec: LaColumn | undefined;
  readonly label: string;
  /** The header says UTC (`CreatedDateTime [UTC]`). */
  readonly utc: boolean;
}

/** Positions of a CSV header's date columns (the evidence of the file's day/month order). */
export const laDateColumns = (header: readonly string[]): number[] =>
  header.flatMap((h, i) => (LA_COLUMNS.get(normaliseLaName(h))?.isDate ? [i] : []));

export type LaMapper = (entries: Iterable<readonly [string, unknown]>, where: string) => SourceItem;

/**
 * `dates`: a CSV file's day/month order and time zone (CSV cells are text as a spreadsheet
 * shows it); without it (JSON), each date is read on its own.
 */
export const createLaMapper = (fileKind: SignInType | undefined, dates?: FileDates): LaMapper => {
  const cache = new Map<string, Resolved>();
  const resolve = (name: string): Resolved => {
    let r = cache.get(name);
    if (!r) {
      const norm = normaliseLaName(name);
      r = { norm, spec: LA_COLUMNS.get(norm), label: name.replace(/^\uFEFF/, '').trim(), utc: /\[\s*utc\s*\]/i.test(name) };
      if (cache.size < 10_000) cache.set(name, r);
    }
    return r;
  };
  const convert = (c: Resolved, spec: LaColumn, raw: unknown): unknown =>
    dates && spec.isDate && typeof raw === 'string' ? dates.parse(raw, c.utc) : spec.convert(raw);
  return (entries, where) => {
    const record: Record<string, unknown> = {};
    let table: string | undefined;
    let resultType: unknown;
    let resultDescription: string | undefined;
    let country: string | undefined;
    let fallbacks: [Resolved, unknown][] | undefined;
    let at: Resolved | undefined;
    try {
      for (const [name, raw] of entries) {
        if (raw === undefined || raw === null || raw === '') continue;
        const c = resolve(name);
        at = c;
        const spec = c.spec;
        if (spec) {
          if (spec.fallback) (fallbacks ??= []).push([c, raw]);
          else if (record[spec.prop] === undefined) {
            const v = convert(c, spec, raw);
            if (v !== undefined) record[spec.prop] = v;
          }
        } else if (ENVELOPE_COLUMNS.has(c.norm)) {
          if (c.norm === 'type' || c.norm === 'category') table ??= toText(raw);
          else if (c.norm === 'resulttype') resultType = raw;
          else if (c.norm === 'resultdescription') resultDescription = toText(raw);
          else if (c.norm === 'location') country = toText(raw);
        }
      }
      for (const [c, raw] of fallbacks ?? []) {
        at = c;
        if (c.spec && record[c.spec.prop] === undefined) {
          const v = convert(c, c.spec, raw);
          if (v !== undefined) record[c.spec.prop] = v;
        }
      }
      const status = record.status as Record<string, unknown> | undefined;
      if (status?.errorCode === undefined || status.errorCode === null) {
        at = resolve('ResultType');
        const code = toInt(resultType);
        if (code !== undefined) record.status = { ...status, errorCode: code };
        else if (status) record.status = { ...status, errorCode: 0 };
      }
      if (resultDescription && record.status && (record.status as Record<string, unknown>).failureReason === undefined) {
        (record.status as Record<string, unknown>).failureReason = resultDescription;
      }
    } catch (e) {
      if (e instanceof CellError) return { kind: 'unparseable', where, field: at?.label ?? '(record)', message: e.message };
      throw e;
    }
    if (record.location === undefined && country) record.location = { countryOrRegion: country };
    if (typeof record.id !== 'string') return { kind: 'unparseable', where, field: 'Id', message: 'empty: every sign-in needs its Id' };
    if (typeof record.createdDateTime !== 'string') {
      return { kind: 'unparseable', where, field: 'CreatedDateTime', message: 'empty (and no TimeGenerated): every sign-in needs its time' };
    }
    const kind = (table ? kindFromTable(table) : undefined) ?? fileKind;
    if (kind) applySignInType(record, kind);
    return { kind: 'record', value: record, where };
  };
};
