// Runs the storage contract suite against the SQLite engine (a fresh temporary file per test).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeSignInStoreContract } from '../contract/sign-in-store.contract.js';
import { createSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-sqlite-'));
let n = 0;

describeSignInStoreContract('sqlite', {
  create: async () => {
    const store = createSqliteStore({ file: join(dir, `t${n++}.db`) });
    await store.migrate();
    return store;
  },
  teardown: async () => rmSync(dir, { recursive: true, force: true }),
});
