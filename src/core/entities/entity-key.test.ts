// Entity kinds and keys from request text: normalised keys, and a BadRequest for each kind of bad input.
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { parseEntityRef } from './entity-key.js';
import { parseLocationLimit, parseTimelineBucket } from './entity-range.js';

const code = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return isAppError(e) ? e.code : 'not an AppError';
  }
};

describe('parseEntityRef', () => {
  it.each([
    ['user', ' Adele@Contoso.COM ', 'adele@contoso.com'],
    ['app', 'DE8BC8B5-D9F9-48B1-A8AD-B748DA725064', 'de8bc8b5-d9f9-48b1-a8ad-b748da725064'],
    ['ip', '203.0.113.5', '203.0.113.5'],
    ['ip', '2001:db8::1', '2001:db8::1'],
    ['ip', '::ffff:192.0.2.1', '::ffff:192.0.2.1'],
    ['ip', 'fe80:0:0:0:200:f8ff:fe21:67cf', 'fe80:0:0:0:200:f8ff:fe21:67cf'],
  ])('%s %s → %s', (kind, key, want) => {
    expect(parseEntityRef(kind, key)).toEqual({ kind, key: want });
  });

  it.each([
    ['device', 'x'],
    ['User', 'a@b.c'],
    ['user', '   '],
    ['user', 'a\u0000b'],
    ['user', 'x'.repeat(257)],
    ['app', 'teams'],
    ['app', 'de8bc8b5d9f948b1a8adb748da725064'],
    ['ip', '256.1.1.1'],
    ['ip', '1.2.3'],
    ['ip', '01.2.3.4'],
    ['ip', '2001:db8::1::2'],
    ['ip', '1:2:3:4:5:6:7:8:9'],
    ['ip', 'hello'],
  ])('refuses %s %j', (kind, key) => {
    expect(code(() => parseEntityRef(kind, key))).toBe('BadRequest');
  });
});

describe('timeline bucket and map limit', () => {
  const day = { since: 0, until: 86_400_000, tz: 'UTC' };
  const month = { since: 0, until: 30 * 86_400_000, tz: 'UTC' };
  it('defaults to hours up to two days and days beyond, and refuses other units', () => {
    expect(parseTimelineBucket({}, day)).toBe('hour');
    expect(parseTimelineBucket({}, month)).toBe('day');
    expect(parseTimelineBucket({ bucket: 'hour' }, month)).toBe('hour');
    expect(code(() => parseTimelineBucket({ bucket: 'week' }, month))).toBe('BadRequest');
    expect(code(() => parseTimelineBucket({ bucket: ['day', 'hour'] }, month))).toBe('BadRequest');
  });
  it('takes a limit from 1 to 10,000 (default 10,000)', () => {
    expect(parseLocationLimit({})).toBe(10_000);
    expect(parseLocationLimit({ limit: '250' })).toBe(250);
    for (const limit of ['0', '10001', '-1', '2.5', 'ten']) expect(code(() => parseLocationLimit({ limit }))).toBe('BadRequest');
  });
});
