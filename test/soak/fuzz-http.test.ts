// Fuzz soak at small scale (npm run soak runs 100,000 of each): malformed query parameters for
// every route and every documented parameter, malformed path values and malformed ingest bodies
// never get a 500, and every error answer is Graph's envelope with a message.
import { describe, expect, it } from 'vitest';
import { runFuzzHttp } from '../../src/soak/fuzz-http.js';

describe('HTTP fuzz soak', () => {
  it('answers every malformed request below 500 with a clear error', async () => {
    const r = await runFuzzHttp({ routeCases: 600, ingestCases: 300, seed: 9 });
    expect(r.failures).toEqual([]);
    expect(r.routes).toBeGreaterThanOrEqual(10);
    expect(r.parameters).toBeGreaterThanOrEqual(15);
    const total = Object.values(r.byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBe(900);
    // The damage is real: most requests are refused, some still succeed.
    expect(r.byStatus['400'] ?? 0).toBeGreaterThan(100);
    expect(r.byStatus['200'] ?? 0).toBeGreaterThan(10);
  }, 120_000);
});
