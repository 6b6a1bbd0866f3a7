// The parallel NDJSON reader (worker threads) gives exactly what the single-threaded reader
// gives: same records in file order, same rejections with the same file:line and field path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/importers/open-sources.js';
import { checkItem } from '../../src/core/use-cases/import-sign-ins.js';
import { makeSignIn } from '../../src/storage/contract/fixtures.js';
import '../../src/importers/register-formats.js';

const collect = async (file: string, workers: number) => {
  const plan = await planImport([file], undefined, { workers, parallelAlways: workers > 0 });
  const out: string[] = [];
  for await (const item of plan.open()) {
    const c = checkItem(item);
    out.push(c.ok ? `ok ${c.prepared.row.id} ${c.prepared.row.outcome} ${c.prepared.text.length}` : `bad ${c.rejection.where} ${JSON.stringify(c.rejection.problems)}`);
  }
  return out;
};

describe('parallel NDJSON import', () => {
  it('matches the single-threaded reader record for record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signin-par-'));
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      if (i % 997 === 5) lines.push('{"id": broken');
      else if (i % 1009 === 7) lines.push(JSON.stringify({ ...makeSignIn(i), status: { errorCode: 'x' } }));
      else lines.push(JSON.stringify(makeSignIn(i, { userDisplayName: 'x'.repeat(i % 300) })));
    }
    const file = join(dir, 'big.ndjson');
    writeFileSync(file, '\uFEFF' + lines.join('\n') + '\n');
    const single = await collect(file, 0);
    const parallel = await collect(file, 2);
    expect(single).toHaveLength(3000);
    expect(single.filter((s) => s.startsWith('bad'))).toHaveLength(7);
    expect(parallel).toEqual(single);
  }, 60_000);
});
