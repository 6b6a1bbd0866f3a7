// The error-code catalog itself: every entry valid, unique, bilingual and actionable.
import { describe, expect, it } from 'vitest';
import { catalogEntries, findErrorCode } from './index.js';
import { allEntryFiles } from './generated/index.js';
import { ACTORS, CATEGORIES, OUTCOMES } from './types.js';
import { classifyErrorCode } from './classify.js';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('error-code catalog', () => {
  it('has many entries and no code written twice in the entry files', () => {
    // The source entries, not `catalogEntries`: that list comes from a Map keyed by code, so a
    // second entry for a code would silently replace the first there.
    const written = allEntryFiles.flat().map((e) => e.code);
    expect(written.length).toBeGreaterThanOrEqual(400);
    expect(written.filter((c, i) => written.indexOf(c) !== i)).toEqual([]);
    expect(catalogEntries.length).toBe(written.length);
  });

  it.each(catalogEntries.map((e) => [e.code, e] as const))('entry %i is well formed', (_code, e) => {
    expect(Number.isInteger(e.code) && e.code > 0).toBe(true);
    expect(e.identifier).toMatch(/^([A-Z][A-Za-z0-9_]*)?$/);
    expect(OUTCOMES).toContain(e.outcome);
    expect(CATEGORIES).toContain(e.category);
    expect(ACTORS).toContain(e.actor);
    for (const lang of ['en', 'ja'] as const) {
      const t = e[lang];
      expect(t.title.trim().length).toBeGreaterThan(3);
      expect(t.title.endsWith('.')).toBe(false);
      expect(t.explanation.trim().length).toBeGreaterThan(20);
      expect(t.action.length).toBeGreaterThan(0);
      for (const a of t.action) expect(a.trim().length).toBeGreaterThan(5);
    }
    for (const s of [e.en.title, e.en.explanation, ...e.en.action]) expect(s).not.toMatch(JAPANESE);
    for (const s of [e.ja.title, e.ja.explanation, ...e.ja.action]) expect(s).toMatch(JAPANESE);
  });

  it('classifies success, known codes and unknown codes', () => {
    expect(classifyErrorCode(0)).toEqual({ outcome: 'success', category: 'none' });
    expect(classifyErrorCode(50126)).toEqual({ outcome: 'failure', category: 'credentials' });
    expect(classifyErrorCode(50074).outcome).toBe('interrupted');
    expect(classifyErrorCode(123456789)).toEqual({ outcome: 'failure', category: 'other' });
    expect(findErrorCode(123456789)).toBeUndefined();
  });
});
