// Both engines' migration lists share one numbering: same ids, same names, same order.
import { describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from './sqlite/migrations.js';
import { POSTGRES_MIGRATIONS } from './postgres/migrations.js';

describe('migration lists', () => {
  it('number and name every change the same way on SQLite and PostgreSQL', () => {
    const list = (ms: readonly { id: number; name: string }[]) => ms.map((m) => `${m.id} ${m.name}`);
    expect(list(POSTGRES_MIGRATIONS)).toEqual(list(SQLITE_MIGRATIONS));
  });

  it('are numbered 1..n without gaps, with names that start with the zero-padded number', () => {
    for (const ms of [SQLITE_MIGRATIONS, POSTGRES_MIGRATIONS]) {
      ms.forEach((m, i) => {
        expect(m.id).toBe(i + 1);
        expect(m.name.startsWith(`${String(m.id).padStart(4, '0')}-`)).toBe(true);
      });
    }
  });
});
