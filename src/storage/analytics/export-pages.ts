/**
 * Streams every matching sign-in through the store's own keyset paging (`list`), so an export
 * holds one page in memory whatever its size, and never blocks other readers or writers for
 * longer than one page query. Pulled by the consumer: a slow writer slows the reads.
 */
import type { ExportOptions, ListPage, ListQuery } from '../../core/ports.js';
import type { FilterNode } from '../../core/query/ast.js';

export const EXPORT_PAGE_SIZE = 1000;

export async function* exportPages(
  list: (q: ListQuery) => Promise<ListPage>,
  filter: FilterNode | undefined,
  options: ExportOptions = {},
): AsyncGenerator<ListPage> {
  const top = Math.max(1, Math.min(EXPORT_PAGE_SIZE, Math.floor(options.pageSize ?? EXPORT_PAGE_SIZE)));
  let after: ListQuery['after'];
  for (;;) {
    const page = await list({ filter, top, order: 'desc', after, raw: options.raw });
    if (page.items.length > 0 || (page.texts?.length ?? 0) > 0) yield { items: page.items, texts: page.texts };
    if (!page.next) return;
    after = page.next;
  }
}
