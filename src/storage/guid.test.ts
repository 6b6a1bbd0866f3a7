// GUID packing: canonical lower-case GUIDs become 16 bytes and come back as the same text, in the same order; anything else stays text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packGuid, unpackGuid } from './guid.js';

describe('GUID packing', () => {
  it('property: any canonical GUID round-trips through 16 bytes, and bytes sort as the texts do', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (a, b) => {
        const pa = packGuid(a) as Buffer;
        const pb = packGuid(b) as Buffer;
        expect(pa).toHaveLength(16);
        expect(unpackGuid(pa)).toBe(a);
        expect(Math.sign(Buffer.compare(pa, pb))).toBe(Math.sign(a < b ? -1 : a > b ? 1 : 0));
      }),
    );
  });

  it.each([
    'ABCDEF01-2345-6789-ABCD-EF0123456789',
    '{0396591d-39ae-4582-919a-4fd43ae21e00}',
    '0396591d-39ae-4582-919a-4fd43ae21e0g',
    '0396591d39ae4582919a4fd43ae21e00xxxx',
    'not-a-guid',
    '',
  ])('keeps %j as text', (text) => {
    expect(packGuid(text)).toBe(text);
    expect(unpackGuid(text)).toBe(text);
  });

  it('reads null as null', () => {
    expect(unpackGuid(null)).toBeNull();
  });
});
