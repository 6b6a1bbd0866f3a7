// The generated error-code docs: the committed pages equal what the catalog renders (both
// directions: nothing missing, nothing stale). Regenerate with `npm run docs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCatalogDocs } from '../../src/core/catalog/render-docs.js';
import { catalogEntries } from '../../src/core/catalog/index.js';

const docs = join(import.meta.dirname, '..', '..', 'docs');

describe.each([
  ['en', 'error-codes.md'],
  ['ja', 'error-codes.ja.md'],
] as const)('docs/%s', (lang, file) => {
  const committed = readFileSync(join(docs, file), 'utf8');
  it('equals the rendered catalog (run `npm run docs` after changing the catalog)', () => {
    expect(committed).toBe(renderCatalogDocs(lang));
  });
  it('has an anchor for every code and no anchor for a code not in the catalog', () => {
    const anchors = [...committed.matchAll(/<a id="aadsts(\d+)"><\/a>/g)].map((m) => Number(m[1]));
    expect(new Set(anchors)).toEqual(new Set(catalogEntries.map((e) => e.code)));
  });
});
