// Read-ahead of large list pages: which pages are read ahead, when a kept page answers, and
// what makes it forget them. The reads are counted stand-ins for the pool (the store-level
// behaviour is pinned in pooled-store.test.ts against SQLite).
import { describe, expect, it } from 'vitest';
import type { ListPage, ListQuery } from '../core/ports.js';
import { createReadAhead } from './read-ahead.js';

/** A store of `total` rows numbered from 0 (newest first); pages say which rows they hold. */
const fakeStore = (total: number) => {
  const calls: { q: ListQuery; ahead: boolean }[] = [];
  let fail = false;
  const page = (q: ListQuery): ListPage => {
    const from = q.after ? Number(q.after.id) + 1 : 0;
    const to = Math.min(total, from + q.top);
    const texts = Array.from({ length: to - from }, (_, i) => String(from + i));
    return { items: [], texts, next: to < total ? { createdAt: 0, id: String(to - 1) } : undefined };
  };
  const read = (ahead: boolean) => async (q: ListQuery) => {
    calls.push({ q, ahead });
    if (ahead && fail) throw new Error('worker stopped');
    return page(q);
  };
  return { calls, read, failAhead: () => (fail = true) };
};

describe('read-ahead', () => {
  it('reads the next large page ahead and answers the client with it', async () => {
    const s = fakeStore(2500);
    const ra = createReadAhead(s.read(false), s.read(true));
    const first = await ra.list({ top: 1000, order: 'desc' });
    expect(s.calls.map((c) => c.ahead)).toEqual([false, true]);
    const second = await ra.list({ top: 1000, order: 'desc', after: first.next });
    expect(second.texts?.[0]).toBe('1000');
    // Answered from the page read ahead; the third page is read ahead in its turn.
    expect(s.calls.map((c) => c.ahead)).toEqual([false, true, true]);
    const third = await ra.list({ top: 1000, order: 'desc', after: second.next });
    expect(third.texts).toHaveLength(500);
    expect(third.next).toBeUndefined();
    expect(s.calls).toHaveLength(3);
    expect(ra.size()).toBe(0);
  });

  it('does not read small pages ahead, and matches a page only for the same query', async () => {
    const s = fakeStore(2500);
    const ra = createReadAhead(s.read(false), s.read(true));
    await ra.list({ top: 50, order: 'desc' });
    expect(s.calls).toHaveLength(1);
    const first = await ra.list({ top: 1000, order: 'desc' });
    // Another $top (or filter, or order) is another query: read, not taken from what was kept.
    await ra.list({ top: 999, order: 'desc', after: first.next });
    expect(s.calls.filter((c) => !c.ahead)).toHaveLength(3);
  });

  it('forgets pages on clear (a write) and after their time to live', async () => {
    let t = 0;
    const s = fakeStore(5000);
    const ra = createReadAhead(s.read(false), s.read(true), { ttlMs: 1000, now: () => t });
    const first = await ra.list({ top: 1000, order: 'desc' });
    ra.clear();
    await ra.list({ top: 1000, order: 'desc', after: first.next });
    expect(s.calls.filter((c) => !c.ahead)).toHaveLength(2);
    const again = await ra.list({ top: 1000, order: 'desc' });
    t = 5000;
    await ra.list({ top: 1000, order: 'desc', after: again.next });
    expect(s.calls.filter((c) => !c.ahead)).toHaveLength(4);
  });

  it('reads the page itself when reading it ahead failed, and keeps a bounded number of pages', async () => {
    const s = fakeStore(100_000);
    const ra = createReadAhead(s.read(false), s.read(true), { maxPages: 3 });
    s.failAhead();
    const first = await ra.list({ top: 1000, order: 'desc' });
    const second = await ra.list({ top: 1000, order: 'desc', after: first.next });
    expect(second.texts?.[0]).toBe('1000');
    expect(s.calls.filter((c) => !c.ahead)).toHaveLength(2);
    for (let i = 0; i < 6; i++) await ra.list({ top: 1000 + i, order: 'desc' });
    expect(ra.size()).toBe(3);
  });
});
