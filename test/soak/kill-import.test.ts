// Fault test at small scale (npm run soak runs it larger): an import killed with SIGKILL at random
// moments, then run to the end, stores exactly the source's records once each, and the SQLite
// file passes its integrity check after every kill.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runKillImport } from '../../src/soak/kill-import.js';

const dir = join(fileURLToPath(new URL('../../.tmp/', import.meta.url)), `soak-import-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import killed with SIGKILL', () => {
  it('loses and duplicates nothing after 3 random kills and a re-run', async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const lines: string[] = [];
    const r = await runKillImport({ dir, db: join(dir, 'store.db'), records: 5000, kills: 3, seed: 5, batchSize: 100, workers: 0, log: (l) => lines.push(l) });
    expect(r, lines.join('\n')).toMatchObject({ records: 5000, kills: 3, stored: 5000, duplicates: 0, lost: 0, integrity: 'ok' });
    expect(lines).toHaveLength(3);
    // Every kill landed while batches were being written.
    expect(r.killedMidWrite, lines.join('\n')).toBe(3);
  }, 120_000);
});
