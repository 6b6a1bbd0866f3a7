/**
 * Read-ahead for clients that page through a list with large pages (a SIEM pulling `$top=1000`
 * to the end): when such a page has a next one, that page is read at once on the bulk lane (so
 * interactive requests still go first) and kept until the client asks for it. The client's
 * parsing and the transfer then overlap with the next read instead of following it.
 *
 * Bounds: pages of at least `minTop` rows only (the web report's 50-row pages are not read
 * ahead: most are never followed), at most `maxPages` kept (least recently read dropped), each
 * for at most `ttlMs`; any write through this process forgets them all (`clear`), so a page read
 * ahead never hides a sign-in this process stored before the client asked for it. A page read
 * ahead that failed is not an answer: the client's request then reads it again.
 */
import type { ListPage, ListQuery } from '../core/ports.js';

export interface ReadAheadOptions {
  readonly minTop?: number;
  readonly maxPages?: number;
  readonly ttlMs?: number;
  readonly now?: () => number;
}

export interface ReadAhead {
  list(q: ListQuery): Promise<ListPage>;
  clear(): void;
  /** Pages kept now (for tests and diagnostics). */
  size(): number;
}

/** The same page of the same query, whichever code built the query object. */
const keyOf = (q: ListQuery): string =>
  JSON.stringify([q.filter ?? null, q.top, q.order, q.after?.createdAt ?? null, q.after?.id ?? null, q.raw ?? false, q.shaped?.api ?? null, q.shaped?.select ?? null]);

export const createReadAhead = (
  read: (q: ListQuery) => Promise<ListPage>,
  readAhead: (q: ListQuery) => Promise<ListPage>,
  o: ReadAheadOptions = {},
): ReadAhead => {
  const minTop = o.minTop ?? 500;
  const maxPages = o.maxPages ?? 16;
  const ttlMs = o.ttlMs ?? 30_000;
  const now = o.now ?? Date.now;
  const kept = new Map<string, { readonly page: Promise<ListPage>; readonly at: number }>();

  const ahead = (q: ListQuery, page: ListPage) => {
    if (q.top < minTop || !page.next) return;
    const next = { ...q, after: page.next };
    const p = readAhead(next);
    // Kept as an answer only if it succeeds; a failure is left to the client's own request.
    p.catch(() => undefined);
    kept.set(keyOf(next), { page: p, at: now() });
    while (kept.size > maxPages) kept.delete(kept.keys().next().value as string);
  };

  const list = async (q: ListQuery): Promise<ListPage> => {
    const key = keyOf(q);
    const hit = kept.get(key);
    kept.delete(key);
    let page: ListPage | undefined;
    if (hit && now() - hit.at <= ttlMs) page = await hit.page.catch(() => undefined);
    page ??= await read(q);
    ahead(q, page);
    return page;
  };

  return {
    list,
    clear: () => kept.clear(),
    size: () => kept.size,
  };
};
