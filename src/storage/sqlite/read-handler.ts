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
import { formatPage } from '../../node/format-page.js';
import { utf8, type TaskHandler, type TaskResult } from '../../node/pool-protocol.js';
import { createSqliteStore } from './sqlite-store.js';

export interface ReadHandlerData {
  readonly file: string;
}

export interface ExportPageArgs {
  readonly filter?: FilterNode | undefined;
  readonly after?: KeysetPosition | undefined;
  readonly top: number;
  readonly format: 'csv' | 'json' | 'ndjson';
  readonly key?: string | undefined;
  readonly first: boolean;
}

const plain = (value: unknown): TaskResult => ({ value });

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
        const page = await store.list(q.shaped ? { ...q, raw: true } : q);
        if (!page.texts) return plain({ items: page.items, next: page.next });
        const texts = q.shaped ? page.texts.map((t) => shapeText(t, q.shaped as NonNullable<ListQuery['shaped']>)) : page.texts;
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
      case 'exportPage': {
        const e = args as ExportPageArgs;
        const page = await store.list({ filter: e.filter, top: e.top, order: 'desc', after: e.after, raw: true });
        const texts = page.texts ?? page.items.map((x) => JSON.stringify(x));
        const formatted = formatPage({ texts, format: e.format, key: e.key, first: e.first });
        return { value: { bytes: formatted.value, rows: texts.length, next: page.next }, transfer: formatted.transfer };
      }
      default:
        throw new Error(`unknown read op '${op}'`);
    }
  };
};

export const SQLITE_READ_HANDLER_URL = import.meta.url;
