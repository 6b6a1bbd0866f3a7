// Catalog coverage: every code of the seed page and of the reference code list is explained,
// and every interrupt of the reference list is an interrupt in the catalog. The lists are
// copies kept in test/fixtures/catalog (scripts/copy-catalog-fixtures.sh), so a clone without
// ../shared runs this test too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findErrorCode } from '../../src/core/catalog/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'catalog');

const lines = (file: string): string[] => readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim() !== '');

const seedCodes = (): number[] => lines('seed-codes.txt').map(Number);

const referenceRows = (): { code: number; outcome: string }[] => {
  const [header, ...rows] = lines('aadsts-codes.tsv').map((l) => l.split('\t'));
  expect(header).toEqual(['code', 'outcome']);
  return rows.map((c) => ({ code: Number(c[0]), outcome: c[1] ?? '' }));
};

describe('catalog coverage', () => {
  it('covers all 127 codes of the seed page', () => {
    const codes = seedCodes();
    expect(codes).toHaveLength(127);
    expect(new Set(codes).size).toBe(127);
    expect(codes.every((c) => Number.isInteger(c) && c > 0)).toBe(true);
    expect(codes.filter((c) => !findErrorCode(c))).toEqual([]);
  });

  it('covers every code of the reference list', () => {
    const rows = referenceRows();
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(rows.every((r) => Number.isInteger(r.code) && r.code > 0)).toBe(true);
    expect(rows.filter((r) => !findErrorCode(r.code)).map((r) => r.code)).toEqual([]);
  });

  it('keeps every interrupt of the reference list as interrupted', () => {
    const interrupts = referenceRows().filter((r) => r.outcome === 'interrupt');
    expect(interrupts.length).toBeGreaterThan(20);
    expect(interrupts.filter((r) => findErrorCode(r.code)?.outcome !== 'interrupted').map((r) => r.code)).toEqual([]);
  });
});
