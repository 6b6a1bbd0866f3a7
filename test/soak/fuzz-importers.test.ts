// Fuzz soak of the importers at small scale (npm run soak runs 100,000 per format): damaged
// samples of every input format never make an importer throw anything but a typed error, and
// the import's counts always add up.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runFuzzImporters } from '../../src/soak/fuzz-importers.js';

const dir = join(fileURLToPath(new URL('../../.tmp/', import.meta.url)), `soak-fuzz-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importer fuzz soak', () => {
  it('handles damaged files of every format without crashing', async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const r = await runFuzzImporters({ dir, casesPerFormat: 60, seed: 2 });
    expect(r.failures).toEqual([]);
    expect(Object.keys(r.perFormat)).toHaveLength(8);
    for (const [label, s] of Object.entries(r.perFormat)) {
      expect(s.cases, label).toBe(60);
      expect(s.imported + s.refused, label).toBe(60);
    }
    const rejected = Object.values(r.perFormat).reduce((a, s) => a + s.recordsRejected, 0);
    expect(rejected).toBeGreaterThan(0);
  }, 120_000);
});
