// Risk properties are enums: values match case-insensitively (Graph tolerates 'AtRisk'), and a
// value the enum does not have is a 400 that lists the allowed ones.
import { describe, expect, it } from 'vitest';
import { record, setup } from './helpers.js';

const records = Array.from({ length: 12 }, (_, n) => record(n * 4, { riskState: n % 3 === 0 ? 'atRisk' : 'none', riskLevelDuringSignIn: n % 2 ? 'high' : 'low' }));

describe('risk enums in $filter', () => {
  it("finds 'atRisk' rows whatever the case of the value", async () => {
    const { get } = await setup(records);
    for (const v of ['atRisk', 'AtRisk', 'ATRISK']) {
      const res = await get(`/beta/auditLogs/signIns?$filter=${encodeURIComponent(`riskState eq '${v}'`)}`);
      expect(res.statusCode).toBe(200);
      expect((res.json() as { value: unknown[] }).value).toHaveLength(4);
    }
    const high = await get(`/beta/auditLogs/signIns?$filter=${encodeURIComponent("riskLevelDuringSignIn eq 'High'")}`);
    expect((high.json() as { value: unknown[] }).value).toHaveLength(6);
  });

  it('refuses a value the enum does not have', async () => {
    const { get } = await setup(records);
    const res = await get(`/beta/auditLogs/signIns?$filter=${encodeURIComponent("riskState eq 'scary'")}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { message: expect.stringContaining("'riskState' has no value 'scary'") } });
  });
});
