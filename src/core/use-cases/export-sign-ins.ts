/**
 * Export: every sign-in matching a filter, as CSV (the portal's download layout, which our
 * importer reads back), JSON (one top-level array, like the portal's JSON download) or NDJSON.
 * Streamed: text chunks are produced page by page as the consumer pulls them, so memory stays
 * flat and a slow client slows the reads instead of filling memory; there is no row cap.
 * With a pseudonymizer, each sign-in is rebuilt from the allowlist of pseudonymize-policy.ts.
 */
import type { ListPage, SignInStore } from '../ports.js';
import type { FilterNode } from '../query/ast.js';
import type { SignIn } from '../model/sign-in-schema.js';
import { classifyErrorCode } from '../catalog/classify.js';
import { AppError, isAppError } from '../errors.js';
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

/**
 * Formats one page of stored JSON texts. `first`: no row was written before (JSON separators).
 * Pure, so an adapter can run it in worker threads (see `ExportRequest.formatter`).
 */
export const formatExportPage = (texts: readonly string[], format: ExportFormat, pseudonymizer: Pseudonymizer | undefined, first: boolean): string => {
  let out = '';
  let i = 0;
  for (const t of texts) {
    if (format === 'ndjson' && !pseudonymizer) {
      // A stored text is one line; re-serialise defensively if one ever is not.
      out += `${t.includes('\n') ? JSON.stringify(JSON.parse(t)) : t}\n`;
    } else if (format === 'json' && !pseudonymizer) {
      out += `${first && i === 0 ? '\n' : ',\n'}${t}`;
    } else {
      out += formatDoc(JSON.parse(t) as SignIn, format, pseudonymizer, first && i === 0);
    }
    i++;
  }
  return out;
};

const formatDoc = (parsed: SignIn, format: ExportFormat, pseudonymizer: Pseudonymizer | undefined, first: boolean): string => {
  const s = pseudonymizer ? pseudonymizeSignIn(parsed, pseudonymizer) : parsed;
  if (format === 'csv') return portalCsvRow(s, outcomeOf(s));
  if (format === 'ndjson') return `${JSON.stringify(s)}\n`;
  return `${first ? '\n' : ',\n'}${JSON.stringify(s)}`;
};

/** formatExportPage for documents parsed already (an engine that parses its stored lines itself). */
export const formatParsedPage = (docs: readonly SignIn[], format: ExportFormat, pseudonymizer: Pseudonymizer | undefined, first: boolean): string => {
  let out = '';
  docs.forEach((d, i) => {
    out += formatDoc(d, format, pseudonymizer, first && i === 0);
  });
  return out;
};

/** Formats a page off the calling thread (worker pool); resolves to the page's text. */
export type PageFormatter = (texts: readonly string[], first: boolean) => Promise<string>;

export interface ExportRequest {
  readonly filter?: FilterNode | undefined;
  readonly format: ExportFormat;
  readonly pseudonymizer?: Pseudonymizer | undefined;
  /** Rows per store page (default 1000). */
  readonly pageSize?: number;
  /** Formats pages elsewhere (worker threads); default: here, with `formatExportPage`. */
  readonly formatter?: PageFormatter | undefined;
  /** Pages formatted ahead while the consumer writes (default 1; more with a worker pool). */
  readonly prefetch?: number;
  /**
   * Pseudonymisation key, for stores that format pages themselves (`exportFormatted`, used
   * whenever the store has it; `formatter` and `pseudonymizer` are then not used).
   */
  readonly pseudonymKey?: string | undefined;
  /** Stops the reads when it fires (the client went away). */
  readonly signal?: AbortSignal | undefined;
}

export interface ExportStream {
  readonly chunks: AsyncIterable<string | Uint8Array>;
  /** Rows written so far. */
  rows(): number;
}

/**
 * The error that ends an export whose page could not be read or formatted (a store failure, a
 * worker that died): it names the page and the rows already written, and never carries a stack
 * from another thread.
 */
export const exportFailed = (page: number, rowsBefore: number, cause: unknown): AppError =>
  isAppError(cause) && cause.details?.exportPage !== undefined
    ? cause
    : new AppError('Internal', `Export stopped at page ${page + 1} (after ${rowsBefore} rows): ${(cause as Error)?.message ?? String(cause)}`, {
        exportPage: page,
      });

const outcomeOf = (s: SignIn) => classifyErrorCode(s.status?.errorCode ?? 0).outcome;

export const exportSignIns = (store: Pick<SignInStore, 'exportRows' | 'exportFormatted'>, req: ExportRequest): ExportStream => {
  let rows = 0;
  if (store.exportFormatted !== undefined) {
    const formatted = store.exportFormatted.bind(store);
    async function* bytes(): AsyncGenerator<string | Uint8Array> {
      if (req.format === 'csv') yield portalCsvHeader();
      if (req.format === 'json') yield '[';
      const pages = formatted(req.filter, { format: req.format, pseudonymKey: req.pseudonymKey, pageSize: req.pageSize, signal: req.signal });
      for await (const page of pages) {
        rows += page.rows;
        yield page.bytes;
      }
      if (req.format === 'json') yield rows === 0 ? ']\n' : '\n]\n';
    }
    return { chunks: bytes(), rows: () => rows };
  }
  const format = req.formatter ?? (async (texts: readonly string[], first: boolean) => formatExportPage(texts, req.format, req.pseudonymizer, first));
  const depth = Math.max(1, req.prefetch ?? 1);
  async function* chunks(): AsyncGenerator<string> {
    if (req.format === 'csv') yield portalCsvHeader();
    if (req.format === 'json') yield '[';
    const pages = store.exportRows(req.filter, { pageSize: req.pageSize, raw: true })[Symbol.asyncIterator]();
    const ahead: Promise<string>[] = [];
    let first = true;
    let done = false;
    let pageNo = 0;
    const pull = async (): Promise<void> => {
      let next: IteratorResult<ListPage>;
      try {
        next = await pages.next();
      } catch (e) {
        throw exportFailed(pageNo, rows, e);
      }
      if (next.done) {
        done = true;
        return;
      }
      // An engine that ignores `raw` returns parsed items: serialise them for the formatter.
      const texts = next.value.texts ?? next.value.items.map((x) => JSON.stringify(x));
      const page = pageNo++;
      const before = rows;
      const formatted = format(texts, first).catch((e: unknown) => {
        throw exportFailed(page, before, e);
      });
      // Pages formatted ahead may fail while an earlier one is awaited: mark them handled now
      // (the failure is raised when their turn comes), so Node never sees an unhandled rejection.
      formatted.catch(() => undefined);
      ahead.push(formatted);
      if (texts.length > 0) first = false;
      rows += texts.length;
    };
    try {
      while (!done && ahead.length < depth) await pull();
      while (ahead.length > 0) {
        const text = await (ahead.shift() as Promise<string>);
        if (!done) await pull();
        yield text;
      }
    } finally {
      await pages.return?.();
      // Settle what was formatted ahead, so no rejection goes unhandled after an early stop.
      await Promise.allSettled(ahead);
    }
    if (req.format === 'json') yield rows === 0 ? ']\n' : '\n]\n';
  }
  return { chunks: chunks(), rows: () => rows };
};
