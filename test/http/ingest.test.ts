// POST /api/ingest in-process: NDJSON and JSON bodies, gzip/deflate, each outcome (stored,
// duplicate, rejected with line or index and field), strict mode, 413 over the limits, 415,
// 400 on unreadable bodies, and the ingest scope.
import { Readable } from 'node:stream';
import { gzipSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST_BODY_LIMIT, INGEST_DECOMPRESSED_LIMIT } from '../../src/http/routes/ingest.js';
import { makeToken, record, setup } from './helpers.js';

type Ctx = Awaited<ReturnType<typeof setup>>;
let t: Ctx;
let ingest: string;
beforeAll(async () => {
  t = await setup([]);
  ingest = await makeToken(t.store, 'shipper', ['ingest']);
});
afterAll(async () => {
  await t.app.close();
  await t.store.close();
});

const post = (payload: string | Buffer, headers: Record<string, string> = {}, url = '/api/ingest') =>
  t.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${ingest}`, 'content-type': 'application/x-ndjson', ...headers } });
const ndjson = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join('\n') + '\n';
const body = (r: { body: string }) => JSON.parse(r.body) as Record<string, unknown>;
const errorOf = (r: { body: string }) => (body(r).error as { code: string; message: string });

describe('POST /api/ingest', () => {
  it('stores NDJSON and reports counts', async () => {
    const r = await post(ndjson([record(1), record(2), record(3)]));
    expect(r.statusCode).toBe(200);
    expect(body(r)).toEqual({ received: 3, stored: 3, duplicates: 0, rejected: 0, rejections: [], rejectionsTruncated: false });
    expect(await t.store.get(record(2).id)).toEqual(record(2));
  });

  it('is idempotent: the same batch again is all duplicates', async () => {
    const r = await post(ndjson([record(1), record(2), record(3)]));
    expect(body(r)).toMatchObject({ received: 3, stored: 0, duplicates: 3, rejected: 0 });
  });

  it('rejects bad lines with line and field, stores the rest', async () => {
    const bad = { ...record(11), status: { errorCode: 'oops' } };
    const payload = `${JSON.stringify(record(10))}\n${JSON.stringify(bad)}\n\n{"id": nope}\r\n${JSON.stringify({ id: 'x' })}\n${JSON.stringify(record(12))}`;
    const r = await post(payload);
    expect(r.statusCode).toBe(200);
    expect(body(r)).toEqual({
      received: 5,
      stored: 2,
      duplicates: 0,
      rejected: 3,
      rejectionsTruncated: false,
      rejections: [
        { where: 'line 2', line: 2, problems: [{ field: 'status.errorCode', message: 'expected integer or null, got "oops"' }] },
        { where: 'line 4', line: 4, problems: [{ field: '(record)', message: expect.stringContaining('invalid JSON') }] },
        { where: 'line 5', line: 5, problems: [{ field: 'createdDateTime', message: 'required' }] },
      ],
    });
    expect(await t.store.get(record(12).id)).toBeDefined();
    expect(await t.store.get(record(11).id)).toBeUndefined();
  });

  it('accepts a JSON array and a Graph page, naming the index of a bad element', async () => {
    const arr = await post(JSON.stringify([record(20), { ...record(21), createdDateTime: 'soon' }]), { 'content-type': 'application/json' });
    expect(body(arr)).toMatchObject({
      received: 2,
      stored: 1,
      rejected: 1,
      rejections: [{ where: '[1]', index: 1, problems: [{ field: 'createdDateTime', message: expect.stringContaining('"soon"') }] }],
    });
    const page = await post(JSON.stringify({ '@odata.context': 'x', value: [record(22), record(23)] }), { 'content-type': 'application/json; charset=utf-8' });
    expect(body(page)).toMatchObject({ received: 2, stored: 2 });
    const one = await post(JSON.stringify(record(24)), { 'content-type': 'application/json' });
    expect(body(one)).toMatchObject({ received: 1, stored: 1 });
  });

  it('reads NDJSON sent as application/json (as some shippers do)', async () => {
    const r = await post(ndjson([record(30), record(31)]), { 'content-type': 'application/json' });
    expect(body(r)).toMatchObject({ received: 2, stored: 2 });
  });

  it('accepts gzip and deflate bodies', async () => {
    const gz = await post(gzipSync(ndjson([record(40), record(41)])), { 'content-encoding': 'gzip' });
    expect(gz.statusCode).toBe(200);
    expect(body(gz)).toMatchObject({ received: 2, stored: 2 });
    const df = await post(deflateSync(ndjson([record(42)])), { 'content-encoding': 'deflate' });
    expect(body(df)).toMatchObject({ received: 1, stored: 1 });
  });

  it('strict=true stores nothing when a record is bad', async () => {
    const r = await post(ndjson([record(50), { ...record(51), id: '' }]), {}, '/api/ingest?strict=true');
    expect(r.statusCode).toBe(400);
    expect(errorOf(r).message).toMatch(/line 2: id: .*strict mode: nothing was stored/);
    expect(await t.store.get(record(50).id)).toBeUndefined();
  });

  it('answers 413 with the limit for a body over the wire limit', async () => {
    const r = await post(Buffer.alloc(INGEST_BODY_LIMIT + 1, 0x20));
    expect(r.statusCode).toBe(413);
    expect(errorOf(r)).toMatchObject({ code: 'RequestEntityTooLarge', message: expect.stringContaining('16 MiB') });
  });

  it('counts a streamed body without Content-Length and stops it at the wire limit', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: Readable.from(Array.from({ length: 17 }, () => chunk)),
      headers: { authorization: `Bearer ${ingest}`, 'content-type': 'application/x-ndjson' },
    });
    expect(r.statusCode).toBe(413);
    expect(errorOf(r).message).toContain('larger than 16 MiB');
  });

  it('answers 413 for a gzip body that unpacks past the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(INGEST_DECOMPRESSED_LIMIT + 1024, 0x0a));
    expect(bomb.length).toBeLessThan(INGEST_BODY_LIMIT);
    const r = await post(bomb, { 'content-encoding': 'gzip' });
    expect(r.statusCode).toBe(413);
    expect(errorOf(r).message).toContain('unpacks to more than 64 MiB');
  });

  it('refuses what it cannot read: 415 for media type or encoding, 400 for broken bodies', async () => {
    expect((await post('a,b\n', { 'content-type': 'text/csv' })).statusCode).toBe(415);
    const enc = await post('x', { 'content-encoding': 'compress' });
    expect(enc.statusCode).toBe(415);
    expect(errorOf(enc).message).toContain('Content-Encoding compress');
    const gz = await post(Buffer.from('not gzip'), { 'content-encoding': 'gzip' });
    expect(gz.statusCode).toBe(400);
    const br = await post(Buffer.from('not brotli at all'), { 'content-encoding': 'br' });
    expect(br.statusCode).toBe(400);
    expect(errorOf(br).message).toContain('not valid br data');
    expect((await post('')).statusCode).toBe(400);
    const broken = await post('[{"id": 1', { 'content-type': 'application/json' });
    expect(broken.statusCode).toBe(400);
    expect(errorOf(broken).message).toMatch(/not valid JSON/);
  });

  it('needs a token with the ingest scope', async () => {
    const reader = await makeToken(t.store, 'only-reader', ['read']);
    const r = await post(ndjson([record(60)]), { authorization: `Bearer ${reader}` });
    expect(r.statusCode).toBe(403);
    const none = await t.app.inject({ method: 'POST', url: '/api/ingest', payload: ndjson([record(60)]), headers: { 'content-type': 'application/x-ndjson' } });
    expect(none.statusCode).toBe(401);
    const admin = await makeToken(t.store, 'admin', ['admin']);
    expect((await post(ndjson([record(61)]), { authorization: `Bearer ${admin}` })).statusCode).toBe(200);
    expect(await t.store.get(record(60).id)).toBeUndefined();
  });

  it('still serves the Graph routes with their JSON parsing untouched', async () => {
    const r = await t.get(`/beta/auditLogs/signIns/${record(1).id}`);
    expect(r.statusCode).toBe(200);
  });
});
