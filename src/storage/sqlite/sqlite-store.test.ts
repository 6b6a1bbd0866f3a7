// Runs the storage contract suite against the SQLite engine (a fresh temporary file per test).
import { mkdtempSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeSignInStoreContract } from '../contract/sign-in-store.contract.js';
import { describeRoundTripContract } from '../contract/round-trip.contract.js';
import { describeOutboxContract } from '../contract/outbox.contract.js';
import { createSqliteStore } from './sqlite-store.js';
import { describeAlertStoreContract } from '../contract/alert-store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-sqlite-'));
let n = 0;

const harness = {
  create: async () => {
    const store = createSqliteStore({ file: join(dir, `t${n++}.db`) });
    await store.migrate();
    return store;
  },
  teardown: async () => rmSync(dir, { recursive: true, force: true }),
};

describe('SQLite harness', () => {
  it('opens a migrated, empty SQLite store', async () => {
    const store = await harness.create();
    expect(store.engine).toBe('sqlite');
    expect((await store.summarize()).total).toBe(0);
    await store.close();
  });
});

// Before the sign-in contracts: their teardown removes the folder this harness writes to.
describeAlertStoreContract('sqlite', { create: harness.create });
describeRoundTripContract('sqlite', harness);
describeSignInStoreContract('sqlite', harness);
describeOutboxContract('sqlite', {
  create: async () => {
    const file = join(dir, `t${n++}.db`);
    const open = async () => {
      const store = createSqliteStore({ file });
      await store.migrate();
      return store;
    };
    return { store: await open(), reopen: open };
  },
});
