// The byte-level JSON array scanner: element boundaries with strings, escapes (also across
// chunk boundaries), nesting and primitives; structure errors and truncation; equivalence with
// JSON.parse on random JSON cut into random chunks.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJsonArray, type ScannedElement } from '../../src/importers/tabular/json-array-scanner.js';

const scan = async (text: string | Buffer, chunkSizes: number[] = [1 << 20]): Promise<ScannedElement[]> => {
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const chunks: Buffer[] = [];
  let at = 0;
  for (let k = 0; at < buf.length; k++) {
    const size = Math.max(1, chunkSizes[k % chunkSizes.length] as number);
    chunks.push(buf.subarray(at, at + size));
    at += size;
  }
  const out: ScannedElement[] = [];
  for await (const e of scanJsonArray(Readable.from(chunks))) out.push(e);
  return out;
};
const texts = (els: ScannedElement[]) => els.map((e) => (e.kind === 'element' ? e.text : `ERR ${e.message}`));

describe('scanJsonArray', () => {
  it('splits elements of every kind', async () => {
    const src = '\uFEFF[ {"a":"x,}]\\"y","b":[1,{"c":2}]}, "s\\\\", 12.5e3 ,true,null,[[]],{} ]\n';
    expect(texts(await scan(src))).toEqual(['{"a":"x,}]\\"y","b":[1,{"c":2}]}', '"s\\\\"', '12.5e3', 'true', 'null', '[[]]', '{}']);
    expect(texts(await scan(src, [1]))).toEqual(texts(await scan(src)));
    expect(texts(await scan('[]'))).toEqual([]);
    expect(texts(await scan('[1]'))).toEqual(['1']);
  });

  it('reports structure errors and truncation with the element index', async () => {
    expect(texts(await scan('{"a":1}'))).toEqual(['ERR expected a JSON array ([ ... ])']);
    expect(texts(await scan('[{"a":1} {"b":2}]'))).toEqual(['{"a":1}', 'ERR expected , or ] after element 0, found "{"']);
    expect(texts(await scan('[{"a":1},{"b":"cut'))).toEqual(['{"a":1}', 'ERR the file ends inside element 1 (cut short?)']);
    expect(texts(await scan('[{"a":1},'))).toEqual(['{"a":1}', 'ERR the file ends before the closing ] (cut short?)']);
    expect(texts(await scan('[1,]'))).toEqual(['1', 'ERR expected an element after ,']);
    expect(texts(await scan('[1] x'))).toEqual(['1', 'ERR text after the closing ]']);
    expect(texts(await scan(''))).toEqual(['ERR the file is empty']);
  });

  it('agrees with JSON.parse on any array, cut into any chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), fc.boolean(), async (values, sizes, pretty) => {
        const text = pretty ? JSON.stringify(values, null, 2) : JSON.stringify(values);
        const els = await scan(text, sizes);
        expect(els.every((e) => e.kind === 'element')).toBe(true);
        expect(els.map((e) => (e.kind === 'element' ? JSON.parse(e.text) : undefined))).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});
