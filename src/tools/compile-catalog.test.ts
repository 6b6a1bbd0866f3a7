// The catalog's YAML data: schema validation, the committed generated modules, and equality with the catalog before the move to YAML.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CATALOG_DATA_DIR, CATALOG_GENERATED_DIR, CatalogDataError, compileCatalog, listCatalogDataFiles, parseCatalogFile,
} from './compile-catalog.js';
import { catalogEntries } from '../core/catalog/index.js';

const snapshot = JSON.parse(
  readFileSync(new URL('../../test/fixtures/catalog/catalog-before-yaml.json', import.meta.url), 'utf8'),
) as unknown[];

const entryYaml = (overrides: string) => `- code: 50126
  identifier: InvalidUserNameOrPassword
  outcome: failure
  category: credentials
  actor: user
  en: { title: Wrong password, explanation: The password typed did not match the account., action: [Type it again] }
  ja: { title: パスワードが違う, explanation: 入力されたパスワードがアカウントと一致しませんでした。確認してください。, action: [もう一度入力します] }
${overrides}`;

const tmp = mkdtempSync(join(tmpdir(), 'signin-catalog-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('catalog data compiled from YAML', () => {
  it('yields exactly the catalog that existed before the move, entry by entry', () => {
    expect(catalogEntries.length).toBe(snapshot.length);
    catalogEntries.forEach((entry, i) => expect(entry, `entry ${i}`).toStrictEqual(snapshot[i]));
  });

  it('has committed generated modules equal to a fresh compilation, and nothing else', () => {
    const fresh = compileCatalog();
    expect(readdirSync(CATALOG_GENERATED_DIR).sort()).toEqual([...fresh.keys()].sort());
    for (const [name, text] of fresh) {
      expect(readFileSync(join(CATALOG_GENERATED_DIR, name), 'utf8'), `${name} is stale: run npm run build:catalog`).toBe(text);
    }
  });

  it('accepts a well-formed entry', () => {
    expect(parseCatalogFile('ok.yaml', entryYaml(''))[0]?.code).toBe(50126);
  });

  it.each([
    ['an unknown category', entryYaml('').replace('category: credentials', 'category: passwords'), '/0/category'],
    ['a missing Japanese text', entryYaml('').replace(/ {2}ja: .*\n/, ''), '/0/ja'],
    ['an unknown field', entryYaml('  severity: high\n'), '/0/severity'],
    ['a title ending with a period', entryYaml('').replace('Wrong password', 'Wrong password.'), '/0/en/title'],
    ['an empty action list', entryYaml('').replace('[Type it again]', '[]'), '/0/en/action'],
    ['a code that is not a number', entryYaml('').replace('50126', 'abc'), '/0/code'],
  ])('rejects %s, naming the file and the path', (_what, text, path) => {
    expect(() => parseCatalogFile('bad.yaml', text)).toThrowError(CatalogDataError);
    expect(() => parseCatalogFile('bad.yaml', text)).toThrowError(`bad.yaml: ${path}`);
  });

  it('rejects text that is not YAML', () => {
    expect(() => parseCatalogFile('bad.yaml', '- code: [1, 2\n')).toThrowError(/bad\.yaml: not valid YAML/);
  });

  it('rejects a code written in two files', () => {
    const dir = mkdtempSync(join(tmp, 'dup-'));
    writeFileSync(join(dir, 'codes-50126-50126.yaml'), entryYaml(''));
    writeFileSync(join(dir, 'codes-50127-50127.yaml'), entryYaml(''));
    expect(() => compileCatalog(dir)).toThrowError(/codes-50127-50127\.yaml: code 50126 is already written in codes-50126-50126\.yaml/);
  });

  it('orders data files by their first code, not by name', () => {
    const dir = mkdtempSync(join(tmp, 'order-'));
    for (const f of ['codes-100007-120005.yaml', 'codes-16000-28003.yaml', 'codes-50003-50014.yaml']) {
      copyFileSync(join(CATALOG_DATA_DIR, f), join(dir, f));
    }
    expect(listCatalogDataFiles(dir)).toEqual(['codes-16000-28003.yaml', 'codes-50003-50014.yaml', 'codes-100007-120005.yaml']);
  });
});
