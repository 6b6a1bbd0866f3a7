/**
 * What the PostgreSQL suites run when no server could be had (a developer machine without the
 * binaries): one test that says why in its name and passes only outside CI — so a developer
 * sees it loudly, and CI, which must run every engine, fails instead of skipping.
 */
import { describe, expect, inject, it } from 'vitest';

export const describePostgresUnavailable = (title: string): void => {
  describe(title, () => {
    it(`NOT RUN, PostgreSQL unavailable: ${inject('pgSkipReason')} (accepted outside CI only)`, () => {
      expect(process.env.CI ?? '', 'CI must run the PostgreSQL suites').toBe('');
    });
  });
};
