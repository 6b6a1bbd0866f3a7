// NDJSON line-length limit: an over-long line is rejected with its line number and a clear
// message, the lines after it are read with true numbers, and memory never holds the whole
// line — on the serial reader, on the parallel chunker + reader, and on POST /api/ingest.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readNdjson } from '../../src/importers/ndjson-lines.js';
import { chunkNdjson } from '../../src/importers/ndjson-chunk.js';
import { ingestSignIns } from '../../src/core/use-cases/ingest-sign-ins.js';
import type { SourceItem } from '../../src/core/import-types.js';
import { MAX_NDJSON_LINE_BYTES } from '../../src/core/ndjson-limit.js';
import { makeToken, record, setup } from '../http/helpers.js';

const LIMIT = 64;
/** The text cut into pieces of `size` bytes, as a file stream delivers it. */
const streamOf = (text: string, size: number) => {
  const buf = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += size) parts.push(buf.subarray(i, i + size));
  return Readable.from(parts);
};
const collect = async (items: AsyncIterable<SourceItem>) => {
  const out: { where: string; ok: boolean; message?: string }[] = [];
  for await (const i of items) out.push(i.kind === 'record' ? { where: i.where, ok: true } : { where: (i as { where: string }).where, ok: false, message: (i as { message: string }).message });
  return out;
};

const longLine = `{"id":"${'x'.repeat(200)}"}`;
const text = `{"a":1}\n${longLine}\n{"b":2}\n${'y'.repeat(500)}\n\n{"c":3}`;
const expected = [
  { where: 'f:1', ok: true },
  { where: 'f:2', ok: false, message: expect.stringMatching(/the line is (more than )?\d+ bytes long; NDJSON lines are limited to 64 bytes/) },
  { where: 'f:3', ok: true },
  { where: 'f:4', ok: false, message: expect.stringContaining('limited to 64 bytes') },
  { where: 'f:6', ok: true },
];

describe('NDJSON line limit', () => {
  for (const size of [7, 50, 1000]) {
    it(`serial reader, chunks of ${size} bytes`, async () => {
      expect(await collect(readNdjson(streamOf(text, size), 'f', 1, 0, LIMIT))).toEqual(expected);
    });

    it(`parallel chunker + reader, chunks of ${size} bytes`, async () => {
      const items: SourceItem[] = [];
      for await (const c of chunkNdjson(streamOf(text, size), 16, LIMIT)) {
        expect(c.buf.length).toBeLessThanOrEqual(LIMIT + 16 + size);
        for await (const i of readNdjson(Readable.from([c.buf]), 'f', c.startLine, c.offset, LIMIT)) items.push(i);
      }
      expect(await collect(Readable.from(items))).toEqual(expected);
    });
  }

  it('an endless line is never held whole', async () => {
    let served = 0;
    const endless = Readable.from(
      (function* () {
        for (let i = 0; i < 2000; i++) {
          served += 1024;
          yield Buffer.alloc(1024, 0x61);
        }
        yield Buffer.from('\n{"after":1}\n');
      })(),
    );
    const seen: string[] = [];
    for await (const c of chunkNdjson(endless, 1024, 4096)) {
      expect(c.buf.length).toBeLessThanOrEqual(4096 + 2048);
      for await (const i of readNdjson(Readable.from([c.buf]), 'g', c.startLine, c.offset, 4096)) seen.push(`${i.kind} ${(i as { where: string }).where}`);
    }
    expect(served).toBe(2000 * 1024);
    expect(seen).toEqual(['unparseable g:1', 'record g:2']);
  });

  it('ingest (use-case): an over-long line is one rejection, the rest is stored', async () => {
    const t = await setup([]);
    const body = `${JSON.stringify(record(1))}\n{"id":"${'z'.repeat(3000)}"}\n${JSON.stringify(record(2))}\n`;
    const r = await ingestSignIns({ store: t.store }, { body, kind: 'ndjson', maxLineBytes: 2000 });
    expect(r).toMatchObject({ received: 3, stored: 2, rejected: 1 });
    expect(r.rejections[0]).toMatchObject({ line: 2, problems: [{ field: '(record)', message: expect.stringContaining('limited to 2000 bytes') }] });
    await t.store.close();
  });

  it('POST /api/ingest: a line over the default limit gets a clear rejection', async () => {
    const t = await setup([]);
    const shipper = await makeToken(t.store, 'shipper', ['ingest']);
    const huge = `{"id":"${'q'.repeat(MAX_NDJSON_LINE_BYTES)}"}`;
    const payload = `${JSON.stringify(record(3))}\n${huge}\n`;
    const r = await t.app.inject({ method: 'POST', url: '/api/ingest', payload, headers: { authorization: `Bearer ${shipper}`, 'content-type': 'application/x-ndjson' } });
    expect(r.statusCode).toBe(200);
    const out = JSON.parse(r.body) as { stored: number; rejected: number; rejections: { line: number; problems: { message: string }[] }[] };
    expect(out).toMatchObject({ stored: 1, rejected: 1 });
    expect(out.rejections[0]?.line).toBe(2);
    expect(out.rejections[0]?.problems[0]?.message).toContain('limited to 4 MiB');
    await t.app.close();
    await t.store.close();
  });
});
