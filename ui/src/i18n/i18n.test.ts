/**
 * @vitest-environment jsdom
 * Covers i18n completeness: English and Japanese have the same keys, every Japanese value is
 * written in Japanese, and both sides use the same interpolation placeholders.
 */
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { createI18n } from './i18n.js';
import { ja } from './ja.js';

type Tree = { readonly [k: string]: string | Tree };

const flatten = (t: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
};

/** Hiragana, katakana or kanji. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;
const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

const enFlat = flatten(en);
const jaFlat = flatten(ja as unknown as Tree);

describe('messages', () => {
  it('has the same keys in English and Japanese', () => {
    expect([...jaFlat.keys()].sort()).toEqual([...enFlat.keys()].sort());
    expect(enFlat.size).toBeGreaterThan(250);
  });

  it.each([...enFlat.keys()])('%s has a Japanese value written in Japanese', (key) => {
    const v = jaFlat.get(key);
    expect(v, `ja.${key} is missing`).toBeTypeOf('string');
    expect(v, `ja.${key} = "${v}" has no Japanese in it`).toMatch(JAPANESE);
  });

  it.each([...jaFlat.keys()])('%s has a non-empty English value without Japanese', (key) => {
    const v = enFlat.get(key);
    expect(v, `en.${key} is missing`).toBeTypeOf('string');
    expect(v?.trim()).not.toBe('');
    expect(v).not.toMatch(JAPANESE);
  });

  it.each([...enFlat.keys()])('%s uses the same placeholders in both languages', (key) => {
    expect(placeholders(jaFlat.get(key) ?? '')).toEqual(placeholders(enFlat.get(key) ?? ''));
  });

  it('resolves plurals and interpolation at runtime in both languages', () => {
    const i18n = createI18n('en');
    expect(i18n.t('signIns.count', { count: 1, n: '1' })).toBe('1 sign-in');
    expect(i18n.t('signIns.count', { count: 2, n: '2' })).toBe('2 sign-ins');
    void i18n.changeLanguage('ja');
    expect(i18n.t('signIns.count', { count: 1, n: '1' })).toBe('1 件のサインイン');
    expect(i18n.t('detail.title', { who: 'Alex', app: 'Teams' })).toBe('Alex → Teams へのサインイン');
  });
});
