/**
 * Export: every sign-in matching a filter, as CSV (the portal's download layout, which our
 * importer reads back), JSON (one top-level array, like the portal's JSON download) or NDJSON.
 * Streamed: text chunks are produced page by page as the consumer pulls them, so memory stays
 * flat and a slow client slows the reads instead of filling memory; there is no row cap.
 * With a pseudonymizer, user names, ids and IP addresses are replaced (pseudonymize.ts).
 */
import type { ListQuery, SignInStore } from '../ports.js';
import type { FilterNode } from '../query/ast.js';
import type { SignIn } from '../model/sign-in-schema.js';
import { classifyErrorCode } from '../catalog/classify.js';
import { AppError } from '../errors.js';
import { portalCsvHeader, portalCsvRow } from '../export/portal-csv.js';
import { pseudonymizeSignIn, type Pseudonymizer } from '../export/pseudonymize.js';
import type { SignInType } from '../model/sign-in-type.js';

export const EXPORT_FORMATS = ['csv', 'json', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

export const parseExportFormat = (text: string | undefined, label = 'format'): ExportFormat => {
  const f = (text ?? 'csv').trim().toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new AppError('BadRequest', `${label}: expected one of ${EXPORT_FORMATS.join(', ')}, got '${(text ?? '').slice(0, 20)}'`);
  return f as ExportFormat;
};

/** The portal's file name prefix per sign-in type (the importer reads the type from it). */
const KIND_PREFIX: Readonly<Record<SignInType, string>> = {
  interactiveUser: 'InteractiveSignIns',
  nonInteractiveUser: 'NonInteractiveSignIns',
  servicePrincipal: 'ApplicationSignIns',
  managedIdentity: 'MSISignIns',
};

const conjuncts = (n: FilterNode | undefined): FilterNode[] => (!n ? [] : n.kind === 'and' ? [...conjuncts(n.left), ...conjuncts(n.right)] : [n]);

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * `<Kind>_<from>_<to>.<ext>` as the portal names its downloads: the kind when the filter
 * selects one sign-in type, the dates of its time range (else of today).
 */
export const exportFileName = (filter: FilterNode | undefined, format: ExportFormat, now: number, pseudonymized = false): string => {
  let kind = 'SignIns';
  let lo: number | undefined;
  let hi: number | undefined;
  for (const c of conjuncts(filter)) {
    if (c.kind === 'compare' && c.op === 'eq' && c.field === 'signInType' && c.value.kind === 'string') {
      kind = KIND_PREFIX[c.value.value as SignInType] ?? kind;
    } else if (c.kind === 'any' && c.field === 'signInEventTypes' && c.body.kind === 'compare' && c.body.op === 'eq' && c.body.value.kind === 'string') {
      kind = KIND_PREFIX[c.body.value.value as SignInType] ?? kind;
    } else if (c.kind === 'compare' && c.field === 'createdDateTime' && c.value.kind === 'datetime') {
      if (c.op === 'ge' || c.op === 'gt') lo = c.value.millis;
      if (c.op === 'le') hi = c.value.millis;
      if (c.op === 'lt') hi = c.value.millis - 1;
    }
  }
  const from = lo !== undefined ? day(lo) : 'start';
  const to = day(hi ?? now);
  return `${kind}_${from}_${to}${pseudonymized ? '_pseudonymized' : ''}.${format}`;
};

export interface ExportRequest {
  readonly filter?: FilterNode | undefined;
  readonly format: ExportFormat;
  readonly pseudonymizer?: Pseudonymizer | undefined;
  /** Rows per store page (default the store's). */
  readonly pageSize?: number;
}

export interface ExportStream {
  readonly chunks: AsyncIterable<string>;
  /** Rows written so far. */
  rows(): number;
}

const outcomeOf = (s: SignIn) => classifyErrorCode(s.status?.errorCode ?? 0).outcome;

const RAW_PAGE = 1000;

/**
 * The stored JSON text of each matching document, page by page (keyset paging through `list`
 * with `raw`): JSON and NDJSON exports without pseudonyms need no parse and re-serialise. An
 * engine that ignores `raw` yields parsed items, serialised here.
 */
async function* rawTexts(list: SignInStore['list'], filter: FilterNode | undefined): AsyncGenerator<readonly string[]> {
  let after: ListQuery['after'];
  for (;;) {
    const page = await list({ filter, top: RAW_PAGE, order: 'desc', after, raw: true });
    const texts = page.texts ?? page.items.map((s) => JSON.stringify(s));
    if (texts.length > 0) yield texts;
    if (!page.next) return;
    after = page.next;
  }
}

export const exportSignIns = (store: Pick<SignInStore, 'exportRows' | 'list'>, req: ExportRequest): ExportStream => {
  let rows = 0;
  const p = req.pseudonymizer;
  async function* verbatim(): AsyncGenerator<string> {
    if (req.format === 'json') yield '[';
    for await (const texts of rawTexts(store.list, req.filter)) {
      let out = '';
      // A stored text is one line; re-serialise defensively if one ever is not.
      if (req.format === 'ndjson') for (const t of texts) out += `${t.includes('\n') ? JSON.stringify(JSON.parse(t)) : t}\n`;
      else for (const t of texts) out += `${rows++ === 0 ? '\n' : ',\n'}${t}`;
      if (req.format === 'ndjson') rows += texts.length;
      yield out;
    }
    if (req.format === 'json') yield rows === 0 ? ']\n' : '\n]\n';
  }
  async function* chunks(): AsyncGenerator<string> {
    if (req.format === 'csv') yield portalCsvHeader();
    if (req.format === 'json') yield '[';
    for await (const page of store.exportRows(req.filter, req.pageSize)) {
      let out = '';
      for (const original of page) {
        const s = p ? pseudonymizeSignIn(original, p) : original;
        if (req.format === 'csv') out += portalCsvRow(s, outcomeOf(s));
        else if (req.format === 'ndjson') out += `${JSON.stringify(s)}\n`;
        else out += `${rows === 0 ? '\n' : ',\n'}${JSON.stringify(s)}`;
        rows++;
      }
      yield out;
    }
    if (req.format === 'json') yield rows === 0 ? ']\n' : '\n]\n';
  }
  return { chunks: req.format !== 'csv' && !p ? verbatim() : chunks(), rows: () => rows };
};
