// Export ranges on SQLite: where pages end, and a range read whole once rows were written into it.
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSignIn } from '../contract/fixtures.js';
import { prepareSignIn } from '../../core/model/sign-in-row.js';
import { parseODataFilter } from '../../core/query/odata-filter.js';
import { createSqliteStore } from './sqlite-store.js';

const dir = fileURLToPath(new URL(`../../../.tmp/fact-pages-${process.pid}/`, import.meta.url));
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const idsOf = (bytes: Uint8Array) => (JSON.parse(`[${Buffer.from(bytes).toString('utf8')}]`) as { id: string }[]).map((d) => d.id);

describe('export ranges (SQLite)', () => {
  it('ends pages where keyset paging does, and reads a range whole with the rows written into it since', async () => {
    const store = createSqliteStore({ file: `${dir}ranges.db` });
    await store.migrate();
    await store.upsert(Array.from({ length: 100 }, (_, i) => prepareSignIn(makeSignIn(i * 2))));
    const filter = parseODataFilter('status/errorCode eq 0', 'beta');
    const { ends, more } = store.pageEnds(filter, undefined, 10, 3);
    expect(ends).toHaveLength(3);
    expect(more).toBe(true);
    // The same ends as the `next` of plain keyset pages.
    const first = await store.list({ filter, top: 10, order: 'desc', raw: true });
    const second = await store.list({ filter, top: 10, order: 'desc', after: first.next, raw: true });
    expect([first.next, second.next]).toEqual(ends.slice(0, 2));

    // Rows written inside the second range after it was planned (odd minutes sit between the even ones).
    const inside = [second.texts?.[3], second.texts?.[7]].map((t) => JSON.parse(t as string) as { createdDateTime: string });
    const added = inside.map((d, i) =>
      makeSignIn(1001 + i * 2, { createdDateTime: new Date(Date.parse(d.createdDateTime) - 30_000).toISOString(), status: { errorCode: 0, failureReason: null, additionalDetails: null } }),
    );
    await store.upsert(added.map((s) => prepareSignIn(s)));
    const range = store.listBytes({ filter, top: 10, order: 'desc', after: ends[0], until: ends[1], raw: true }, { separator: ',' });
    expect(range.count).toBe(12);
    expect(range.next).toBeUndefined();
    expect(idsOf(range.bytes)).toEqual(expect.arrayContaining(added.map((s) => s.id)));
    // Nothing of the neighbouring ranges.
    expect(idsOf(range.bytes)).not.toContain(JSON.parse(first.texts?.[9] as string).id);

    // Past the last row: no ends, nothing more.
    expect(store.pageEnds(filter, ends[2], 1000, 3)).toMatchObject({ more: false });
    expect(store.pageEnds(parseODataFilter('status/errorCode eq 1', 'beta'), undefined, 10, 3)).toEqual({ ends: [], more: false });
    await store.close();
  });
});
