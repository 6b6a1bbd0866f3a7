// Golden fixtures: every sample export under test/fixtures/<format>/ is detected as <format> and
// imports to exactly the records in its `*.expected.json` (UPDATE_GOLDEN=1 rewrites them).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSignIn } from '../../src/core/model/validate-sign-in.js';
import { collect } from './collect.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const FORMATS = ['entra-csv', 'entra-json', 'log-analytics-csv', 'log-analytics-json'];
const update = process.env.UPDATE_GOLDEN === '1';

const sourceOf = (where: string): string => where.replace(/(:row \d+.*|:\d+|\[\d+\]| value\[\d+\]| tables\[0\].*)$/, '');

describe.each(FORMATS)('%s fixtures', (format) => {
  const dir = join(FIXTURES, format);
  const files = readdirSync(dir).filter((f) => !f.endsWith('.expected.json')).sort();
  // The sample files only (a folder import would also read the expected files as Graph JSON).
  const inputs = files.map((f) => join(dir, f));

  it('detects every file as this format and imports without problems', async () => {
    const result = await collect(inputs);
    expect(result.problems).toEqual([]);
    expect(new Set(result.formats)).toEqual(new Set([format]));
    for (const r of result.records) {
      const v = validateSignIn(r.value);
      expect(v.ok ? [] : v.problems, r.where).toEqual([]);
    }
  });

  it.each(files.filter((f) => !/_AuthDetails_/i.test(f)))('%s → %s.expected.json', async (file) => {
    const result = await collect(inputs);
    const path = join(dir, file);
    const records = result.records.filter((r) => sourceOf(r.where) === path).map((r) => r.value);
    const expectedFile = `${path}.expected.json`;
    if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(records, null, 2)}\n`);
    expect(records.length, basename(file)).toBeGreaterThan(0);
    expect(records).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
