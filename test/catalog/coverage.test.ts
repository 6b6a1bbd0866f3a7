// Catalog coverage: every code of the seed page and of reference/aadsts-codes.tsv is explained,
// and every interrupt code of the TSV is an interrupt in the catalog.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findErrorCode } from '../../src/core/catalog/index.js';

const shared = join(import.meta.dirname, '..', '..', '..', 'shared');

const seedCodes = (): number[] => {
  const dir = join(shared, 'seed');
  const text = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  // Table rows of the seed start with the code: `|50126|...`.
  const codes = [...text.matchAll(/^\|\s*(\d{4,8})\s*\|/gm)].map((m) => Number(m[1]));
  return [...new Set(codes)];
};

const tsvRows = (): { code: number; outcome: string }[] =>
  readFileSync(join(shared, 'reference', 'aadsts-codes.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map((c) => ({ code: Number(c[0]), outcome: c[3] ?? '' }));

describe('catalog coverage', () => {
  it('covers all 127 codes of the seed page', () => {
    const codes = seedCodes();
    expect(codes).toHaveLength(127);
    expect(codes.filter((c) => !findErrorCode(c))).toEqual([]);
  });

  it('covers every code of aadsts-codes.tsv', () => {
    const rows = tsvRows();
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(rows.filter((r) => !findErrorCode(r.code)).map((r) => r.code)).toEqual([]);
  });

  it('keeps every TSV interrupt as interrupted', () => {
    const interrupts = tsvRows().filter((r) => r.outcome === 'interrupt');
    expect(interrupts.length).toBeGreaterThan(20);
    expect(interrupts.filter((r) => findErrorCode(r.code)?.outcome !== 'interrupted').map((r) => r.code)).toEqual([]);
  });
});
