// docs/api.md and the field registry cannot drift: the properties × operators table in the document is exactly the
// one rendered from src/core/query/fields.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderFilterTable } from '../../src/core/query/odata-docs.js';

describe('docs/api.md', () => {
  it('holds the properties × operators table of the registry', () => {
    const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
    const m = /<!-- filter-properties:begin[^>]*-->\n([\s\S]*?)\n<!-- filter-properties:end -->/.exec(doc);
    expect(m, 'markers present').not.toBeNull();
    expect(m?.[1]).toBe(renderFilterTable());
  });
});
