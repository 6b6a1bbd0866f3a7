// Runs the entity storage contract (user, IP and app pages against a scan) on SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEntityContract } from '../contract/entity.contract.js';
import { createSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-sqlite-entities-'));
let n = 0;

describeEntityContract('sqlite', {
  create: async () => {
    const store = createSqliteStore({ file: join(dir, `t${n++}.db`) });
    await store.migrate();
    return store;
  },
  teardown: async () => rmSync(dir, { recursive: true, force: true }),
});
