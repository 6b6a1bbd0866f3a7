/**
 * The SQLite engine's reads inside a pool worker (loaded by URL, see src/node/pool-protocol.ts):
 * each worker opens its own read-only connection (WAL lets readers run beside each other and
 * beside the writer). Pages come back as bytes: the stored JSON texts joined by commas, or an
 * export page already formatted, moved to the main thread without a copy.
 */
import type { AggregateQuery, DiagnosisQuery } from '../../core/analytics/store-types.js';
import type { KeysetPosition, ListQuery } from '../../core/ports.js';
import type { EntityFactsQuery, EntityRef } from '../../core/entities/entity-types.js';
import type { EntityPointsQuery } from '../../core/entities/collect-entity-points.js';
import type { FilterNode } from '../../core/query/ast.js';
import type { SignIn } from '../../core/model/sign-in-schema.js';
import { shapeSignIn } from '../../core/query/odata-shape.js';
import { formatParsed } from '../../node/format-page.js';
import { utf8, type TaskHandler, type TaskResult } from '../../node/pool-protocol.js';
import { createSqliteStore } from './sqlite-store.js';
import type { ByteLayout } from './doc-reader.js';

export interface ReadHandlerData {
  readonly file: string;
}

export interface ExportPageArgs {
  readonly filter?: FilterNode | undefined;
  readonly after?: KeysetPosition | undefined;
  /** The page is the range from `after` to here (inclusive), read whole; see fact-pages.ts. */
  readonly until?: KeysetPosition | undefined;
  readonly top: number;
  readonly format: 'csv' | 'json' | 'ndjson';
  readonly key?: string | undefined;
  readonly first: boolean;
}

const plain = (value: unknown): TaskResult => ({ value });

/** Export formats that are the stored documents joined (formatExportPage's layout of them). */
const BYTE_LAYOUTS: Partial<Record<ExportPageArgs['format'], (first: boolean) => ByteLayout>> = {
  ndjson: () => ({ suffix: '\n' }),
  json: (first) => ({ prefix: first ? '\n' : ',\n', separator: ',\n' }),
};

/** A stored document's text as the API version and `$select` present it (parsed and re-serialised here, off the event loop). */
const shapeText = (text: string, shape: NonNullable<ListQuery['shaped']>): string =>
  JSON.stringify(shapeSignIn(JSON.parse(text) as SignIn, shape.api, shape.select));

export const createTaskHandler = (data: unknown): TaskHandler => {
  const store = createSqliteStore({ file: (data as ReadHandlerData).file, readonly: true });
  return async (op, args) => {
    const a = args as Record<string, unknown>;
    switch (op) {
      case 'list': {
        const q = args as ListQuery;
        if (!q.raw && !q.shaped) return plain(await store.list(q));
        if (!q.shaped) {
          // Stored bytes spliced as they are: no document is decoded to a string.
          const page = store.listBytes(q, { separator: ',' });
          const value = { items: [], joined: { bytes: page.bytes, count: page.count }, next: page.next };
          return { value, transfer: [page.bytes.buffer as ArrayBuffer] };
        }
        const page = await store.list({ ...q, raw: true });
        const texts = (page.texts ?? []).map((t) => shapeText(t, q.shaped as NonNullable<ListQuery['shaped']>));
        const bytes = utf8(texts.join(','));
        return { value: { items: [], joined: { bytes, count: texts.length }, next: page.next }, transfer: [bytes.buffer as ArrayBuffer] };
      }
      case 'listTexts':
        return plain(await store.list(args as ListQuery));
      case 'get':
        return plain((await store.get(a.id as string)) ?? null);
      case 'count':
        return plain(await store.count(a.filter as FilterNode | undefined, a.cap as number));
      case 'summarize':
        return plain(await store.summarize(a.filter as FilterNode | undefined, a.options as { topCodes?: number } | undefined));
      case 'aggregate':
        return plain(await store.aggregate(args as AggregateQuery));
      case 'diagnosisContext':
        return plain(await store.diagnosisContext(args as DiagnosisQuery));
      case 'entityFacts':
        return plain(await store.entityFacts(args as EntityFactsQuery));
      case 'entityPoints':
        return plain(await store.entityPoints(args as EntityPointsQuery));
      case 'entitySpan':
        return plain(await store.entitySpan(args as EntityRef));
      case 'pageEnds':
        return plain(store.pageEnds(a.filter as FilterNode | undefined, a.after as KeysetPosition | undefined, a.top as number, a.pages as number));
      case 'exportPage': {
        const e = args as ExportPageArgs;
        const q = { filter: e.filter, top: e.top, order: 'desc', after: e.after, until: e.until, raw: true } as const;
        const layout = e.key === undefined ? BYTE_LAYOUTS[e.format]?.(e.first) : undefined;
        if (layout) {
          // NDJSON and JSON without pseudonyms are the stored documents as they are.
          const page = store.listBytes(q, layout);
          return { value: { bytes: page.bytes, rows: page.count, next: page.next }, transfer: [page.bytes.buffer as ArrayBuffer] };
        }
        // CSV and pseudonymised pages need the documents parsed: parsed from the stored bodies.
        const page = await store.list({ ...q, raw: false });
        const formatted = formatParsed(page.items, { format: e.format, key: e.key, first: e.first });
        return { value: { bytes: formatted.value, rows: page.items.length, next: page.next }, transfer: formatted.transfer };
      }
      default:
        throw new Error(`unknown read op '${op}'`);
    }
  };
};

export const SQLITE_READ_HANDLER_URL = import.meta.url;
