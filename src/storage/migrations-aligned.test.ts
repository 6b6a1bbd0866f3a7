// Both engines' migration lists share one numbering: same ids, same names, same order.
import { describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from './sqlite/migrations.js';
import { POSTGRES_MIGRATIONS } from './postgres/migrations.js';

describe('migration lists', () => {
  it('number and name every change the same way on SQLite and PostgreSQL', () => {
    const list = (ms: readonly { id: number; name: string }[]) => ms.map((m) => `${m.id} ${m.name}`);
    expect(list(POSTGRES_MIGRATIONS)).toEqual(list(SQLITE_MIGRATIONS));
  });

  // Numbers are handed out to changes made in parallel (issue #12: 10 and 11), so a branch may
  // hold 11 without 10; stores apply whatever is not yet recorded, in list order.
  it('are numbered in increasing order from 1 with names that start with the zero-padded number', () => {
    for (const ms of [SQLITE_MIGRATIONS, POSTGRES_MIGRATIONS]) {
      expect(ms[0]?.id).toBe(1);
      ms.forEach((m, i) => {
        if (i > 0) expect(m.id).toBeGreaterThan(ms[i - 1]!.id);
        expect(m.name.startsWith(`${String(m.id).padStart(4, '0')}-`)).toBe(true);
      });
    }
  });
});
