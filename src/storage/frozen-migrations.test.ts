// Migrations are frozen literal SQL: each one's text is pinned by its hash, and still equals what
// the rollup definitions generated when it was frozen (so a rollup change must be a new migration).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from './sqlite/migrations.js';
import { POSTGRES_MIGRATIONS } from './postgres/migrations.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const pinned = (ms: readonly { id: number; name: string; sql: string }[]) => Object.fromEntries(ms.map((m) => [m.name, sha(m.sql)]));

describe('frozen migrations', () => {
  it('keep the exact SQL text every database has applied (SQLite)', () => {
    expect(pinned(SQLITE_MIGRATIONS)).toMatchInlineSnapshot(`
      {
        "0001-create-sign-ins": "bbe2a35071d87443",
        "0002-create-tokens-and-checkpoints": "5683aed1e3f3e72c",
        "0003-create-rollups": "4874be47a9a04783",
        "0004-add-narrow-rollups": "63f349d2f22d3bd7",
        "0005-add-weekly-rollups": "d8c386169a4e4e57",
        "0006-drop-outcome-index": "d641bf04e40a29b5",
        "0007-create-star-schema": "aa391d5cd086a614",
        "0008-copy-rows-to-star-schema": "e3b0c44298fc1c14",
        "0009-replace-sign-ins-with-view": "55ffcc1397516940",
        "0010-create-alerts": "6ec26b086a93b78f",
      }
    `);
  });
  it('keep the exact SQL text every database has applied (PostgreSQL)', () => {
    expect(pinned(POSTGRES_MIGRATIONS)).toMatchInlineSnapshot(`
      {
        "0001-create-sign-ins": "c79aebbe8901eff7",
        "0002-create-tokens-and-checkpoints": "182aac5a6efee818",
        "0003-create-rollups": "8d8b7e29f9db3c07",
        "0004-add-narrow-rollups": "b9509184bffda0a8",
        "0005-add-weekly-rollups": "1f4e13e1c68e1b00",
        "0006-drop-outcome-index": "d641bf04e40a29b5",
        "0007-create-star-schema": "e3b0c44298fc1c14",
        "0008-copy-rows-to-star-schema": "e3b0c44298fc1c14",
        "0009-replace-sign-ins-with-view": "e3b0c44298fc1c14",
        "0010-create-alerts": "b2953841eb91913c",
      }
    `);
  });
});
