// The parallel NDJSON reader (worker threads) gives exactly what the single-threaded reader
// gives — same records in file order, same rejections with file:line and field path — and a
// store fed packed blocks answers GET and list exactly like one fed texts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/importers/open-sources.js';
import { checkItem, importSignIns } from '../../src/core/use-cases/import-sign-ins.js';
import { makeSignIn } from '../../src/storage/contract/fixtures.js';
import { createParallelNdjsonReader } from '../../src/pipeline/parallel-ndjson.js';
import { DOCUMENT_PACKER_URL } from '../../src/storage/sqlite/document-packer.js';
import { createSqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import type { SignIn } from '../../src/core/model/sign-in-schema.js';
import type { KeysetPosition } from '../../src/core/ports.js';
import '../../src/importers/register-formats.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-par-'));
const lines: string[] = [];
for (let i = 0; i < 3000; i++) {
  if (i % 997 === 5) lines.push('{"id": broken');
  else if (i % 1009 === 7) lines.push(JSON.stringify({ ...makeSignIn(i), status: { errorCode: 'x' } }));
  else lines.push(JSON.stringify(makeSignIn(i % 2900, { userDisplayName: 'x'.repeat(i % 300) })));
}
const file = join(dir, 'big.ndjson');
writeFileSync(file, '\uFEFF' + lines.join('\n') + '\n');

const plan = (workers: number, pack = false) =>
  planImport([file], undefined, workers > 0 ? { parallelNdjson: createParallelNdjsonReader({ workers, packer: pack ? DOCUMENT_PACKER_URL : undefined }), parallelAlways: true } : {});

const collect = async (workers: number) => {
  const out: string[] = [];
  for await (const item of (await plan(workers)).open()) {
    const c = checkItem(item);
    out.push(c.ok ? `ok ${c.prepared.row.id} ${c.prepared.row.outcome} ${c.prepared.text.length}` : `bad ${c.rejection.where} ${JSON.stringify(c.rejection.problems)}`);
  }
  return out;
};

const importInto = async (workers: number, pack: boolean) => {
  const store = createSqliteStore({ file: join(dir, `w${workers}-${pack}.db`) });
  await store.migrate();
  const p = await plan(workers, pack);
  const summary = await importSignIns({ open: () => p.open(), store, batchSize: 700 });
  const all: SignIn[] = [];
  let after: KeysetPosition | undefined;
  for (;;) {
    const page = await store.list({ top: 1000, order: 'desc', after });
    all.push(...page.items);
    if (!page.next) break;
    after = page.next;
  }
  const one = await store.get(makeSignIn(1234).id);
  await store.close();
  return { summary: { ...summary, seconds: 0, bytes: 0 }, all, one };
};

describe('parallel NDJSON import', () => {
  it('matches the single-threaded reader record for record', async () => {
    const single = await collect(0);
    const parallel = await collect(2);
    expect(single).toHaveLength(3000);
    expect(single.filter((s) => s.startsWith('bad'))).toHaveLength(7);
    expect(parallel).toEqual(single);
  }, 60_000);

  it('stores the same documents whether blocks are packed in workers or by the store', async () => {
    const plain = await importInto(0, false);
    const packed = await importInto(2, true);
    expect(plain.summary.stored).toBe(2896); // 2,900 ids, 4 of them only on bad lines
    expect(packed.summary).toEqual(plain.summary);
    expect(packed.all).toEqual(plain.all);
    expect(packed.one).toEqual(JSON.parse(lines[1234] as string));
  }, 60_000);
});
