// Covers demo id formatting: GUID shape and version bits, token identifiers as base64url GUID bytes, counter-based uniqueness.
import { describe, expect, it } from 'vitest';
import { createIdSource, formatGuid, stableGuid, tokenIdentifierFor } from './ids.js';
import { createRandom } from './random.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** .NET Guid.ToByteArray order: the first three groups little-endian. */
const guidBytes = (guid: string): number[] => {
  const hex = guid.replace(/-/g, '');
  const bytes = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
  return [bytes[3], bytes[2], bytes[1], bytes[0], bytes[5], bytes[4], bytes[7], bytes[6], ...bytes.slice(8)] as number[];
};

const fromBase64Url = (text: string): number[] =>
  [...atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==')].map((c) => c.charCodeAt(0));

describe('formatGuid', () => {
  it.each([
    [0, 0, 0, 0],
    [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff],
    [0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321],
  ])('formats %# as a version-4 GUID', (a, b, c, d) => {
    expect(formatGuid(a, b, c, d)).toMatch(GUID);
  });

  it('keeps the words in order', () => {
    expect(formatGuid(0x12345678, 0x9abc0ef0, 0x0fedcba9, 0x87654321)).toBe('12345678-9abc-4ef0-8fed-cba987654321');
  });
});

describe('tokenIdentifierFor', () => {
  it('is the GUID bytes in .NET order as 22 base64url characters', () => {
    const words = [0xef1e1fcc, 0x80bd489b, 0x82c516ad, 0x80770e00] as const;
    const token = tokenIdentifierFor(...words);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(fromBase64Url(token)).toEqual(guidBytes(formatGuid(...words)));
  });
});

describe('createIdSource', () => {
  it('never repeats an id even when the random words do', () => {
    const zeros = { u32: () => 0, float: () => 0, int: () => 0, chance: () => false };
    const source = createIdSource(zeros, 1);
    const ids = new Set(Array.from({ length: 10_000 }, () => source.next()));
    expect(ids.size).toBe(10_000);
  });

  it('ends request ids in a counter byte and 00, like Entra', () => {
    const source = createIdSource(createRandom(3), 2);
    for (let i = 0; i < 100; i++) {
      const { id, token } = source.nextRequest();
      expect(id).toMatch(GUID);
      expect(id.slice(-2)).toBe('00');
      expect(fromBase64Url(token)).toEqual(guidBytes(id));
    }
  });
});

describe('stableGuid', () => {
  it('is stable per name and distinct across names', () => {
    expect(stableGuid('user:a')).toBe(stableGuid('user:a'));
    expect(stableGuid('user:a')).not.toBe(stableGuid('user:b'));
    expect(stableGuid('user:a')).toMatch(GUID);
  });
});
