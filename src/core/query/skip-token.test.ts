// Skip tokens: encode/decode round trip, refusal of tampered, foreign and reused tokens, and the pure helpers
// (base64url, FNV-1a 64) they are built from.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64UrlDecode, base64UrlEncode, createSkipTokenCodec, fnv1a64, type Signer } from './skip-token.js';

// A deterministic stand-in for the HMAC the HTTP layer injects: any keyed function of the data will do here.
const signerFor = (key: string): Signer => (data) => fnv1a64(`${key}|${data}`);
const codec = createSkipTokenCodec(signerFor('k1'));
const key = 'beta\nuserId eq \'a\'\n50\ndesc';

const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toMatchObject({ code: 'InvalidSkipToken' });
    return (e as Error).message;
  }
  throw new Error('expected InvalidSkipToken');
};

describe('skip tokens', () => {
  it('round-trips any keyset position', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.string({ minLength: 1, maxLength: 256, unit: 'grapheme' }), fc.constantFrom('asc' as const, 'desc' as const), (createdAt, id, order) => {
        const token = codec.encode({ createdAt, id }, order, key);
        expect(token).toMatch(/^[A-Za-z0-9_-]+\.[0-9a-f]+$/);
        expect(codec.decode(token, order, key)).toEqual({ createdAt, id });
      }),
    );
  });

  it('refuses a token used with another query or order', () => {
    const token = codec.encode({ createdAt: 1, id: 'a' }, 'desc', key);
    expect(errorOf(() => codec.decode(token, 'desc', key.replace('50', '51')))).toContain('belongs to a different query');
    expect(errorOf(() => codec.decode(token, 'asc', key))).toContain('belongs to a different query');
  });

  it('refuses an altered position and a token signed with another key', () => {
    const token = codec.encode({ createdAt: 1000, id: 'a' }, 'desc', key);
    const [payload, mac] = token.split('.') as [string, string];
    const json = JSON.parse(base64UrlDecode(payload) as string) as unknown[];
    json[1] = 999;
    const forged = `${base64UrlEncode(JSON.stringify(json))}.${mac}`;
    expect(errorOf(() => codec.decode(forged, 'desc', key))).toContain('was altered');
    const other = createSkipTokenCodec(signerFor('k2')).encode({ createdAt: 1000, id: 'a' }, 'desc', key);
    expect(errorOf(() => codec.decode(other, 'desc', key))).toContain('was altered or was issued by another server');
  });

  it.each(['', 'abc', '.', 'x.y', '!!!.x', `${base64UrlEncode('[1,2]')}.x`, `${base64UrlEncode('{"a":1}')}.x`, `${base64UrlEncode('[2,1,"a","d","0"]')}.x`, `${base64UrlEncode('[1,1.5,"a","d","0"]')}.x`, 'a'.repeat(3000)])(
    'refuses garbage %j with InvalidSkipToken',
    (token) => {
      expect(errorOf(() => codec.decode(token, 'desc', key))).toMatch(/^\$skiptoken: /);
    },
  );

  it('never throws anything but InvalidSkipToken for random input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (token) => {
        try {
          codec.decode(token, 'desc', key);
        } catch (e) {
          expect(e).toMatchObject({ code: 'InvalidSkipToken' });
        }
      }),
    );
  });
});

describe('helpers', () => {
  it('base64url round-trips UTF-8 text and refuses bad input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(base64UrlDecode(base64UrlEncode(s))).toBe(s);
      }),
    );
    expect(base64UrlEncode('hello?')).toBe('aGVsbG8_');
    expect(base64UrlDecode('a')).toBeUndefined();
    expect(base64UrlDecode('//8')).toBeUndefined();
  });

  it('FNV-1a 64 matches published vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
});
