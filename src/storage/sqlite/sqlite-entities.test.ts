// Runs the entity storage contract (user, IP and app pages against a scan) on SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEntityContract } from '../contract/entity.contract.js';
import { createSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-sqlite-entities-'));
let n = 0;

const create = async () => {
  const store = createSqliteStore({ file: join(dir, `t${n++}.db`) });
  await store.migrate();
  return store;
};

describe('SQLite entity harness', () => {
  it('opens a migrated store in which no entity has a sign-in yet', async () => {
    const store = await create();
    expect(await store.entitySpan({ kind: 'user', key: 'nobody@contoso.com' })).toBeNull();
    await store.close();
  });
});

describeEntityContract('sqlite', {
  create,
  teardown: async () => rmSync(dir, { recursive: true, force: true }),
});
