/**
 * @vitest-environment jsdom
 * Covers the error-code reference search: both languages at once, code and identifier, width folding, filters.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../api/catalog.js';
import { matchCatalog } from './error-codes-page.js';

const entry = (code: number, over: Partial<CatalogEntry>): CatalogEntry => ({
  code,
  identifier: '',
  outcome: 'failure',
  category: 'other',
  actor: 'user',
  en: { title: '', explanation: '', action: [] },
  ja: { title: '', explanation: '', action: [] },
  ...over,
});

const CATALOG = [
  entry(50126, {
    identifier: 'InvalidUserNameOrPassword',
    category: 'credentials',
    en: { title: 'Invalid user name or password', explanation: 'The password was wrong.', action: ['Reset the password.'] },
    ja: { title: 'ユーザー名またはパスワードが正しくない', explanation: 'パスワードが違います。', action: ['パスワードをリセットします。'] },
  }),
  entry(50074, {
    identifier: 'UserStrongAuthClientAuthNRequiredInterrupt',
    outcome: 'interrupted',
    category: 'mfa',
    en: { title: 'MFA required', explanation: 'A second factor was asked for.', action: [] },
    ja: { title: '多要素認証 (MFA) が必要', explanation: '2 つ目の要素が求められました。', action: [] },
  }),
  entry(700016, {
    category: 'application-config',
    actor: 'app-developer',
    en: { title: 'Application not found in the directory', explanation: '', action: [] },
    ja: { title: 'アプリケーションがディレクトリに見つからない', explanation: '', action: [] },
  }),
];

const codes = (q: Parameters<typeof matchCatalog>[1]) => matchCatalog(CATALOG, q).map((e) => e.code);

describe('error-code search', () => {
  it.each([
    ['password', [50126]],
    ['パスワード', [50126]],
    ['ＭＦＡ', [50074]],
    ['mfa 要素', [50074]],
    ['50126', [50126]],
    ['AADSTS700016', [700016]],
    ['invalidusername', [50126]],
    ['nothing-like-this', []],
    ['', [50126, 50074, 700016]],
  ])('finds %s', (q, expected) => {
    expect(codes({ q })).toEqual(expected);
  });

  it('filters by category, outcome and actor', () => {
    expect(codes({ category: 'mfa' })).toEqual([50074]);
    expect(codes({ outcome: 'interrupted' })).toEqual([50074]);
    expect(codes({ actor: 'app-developer' })).toEqual([700016]);
    expect(codes({ actor: 'user', q: 'password' })).toEqual([50126]);
  });
});
