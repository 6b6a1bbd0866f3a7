// Load test at small scale (npm run soak runs 32 readers and 3 exports over a larger import):
// readers and exports against a running serve while another process imports into the same
// store: no request fails, and the figures (latency percentiles, peak memory) are produced.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runLoad } from '../../src/soak/load.js';

const dir = join(fileURLToPath(new URL('../../.tmp/', import.meta.url)), `soak-load-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readers and exports during an import', () => {
  it('serves every request while the import runs', async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const r = await runLoad({ dir, records: 3000, readers: 8, exports: 1 });
    expect(r.firstErrors).toEqual([]);
    expect(r).toMatchObject({ importExit: 0, errors: 0 });
    expect(r.requests).toBeGreaterThan(8);
    expect(r.p99Ms).toBeGreaterThan(0);
    expect(r.importPeakRssMb).toBeGreaterThan(0);
  }, 120_000);
});
