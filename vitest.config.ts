import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // ui/ tests run in jsdom: each file says so with a `@vitest-environment jsdom` docblock.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'ui/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    pool: 'forks',
    // Starts a throwaway PostgreSQL for the PostgreSQL engine's suites (see the file).
    globalSetup: ['test/setup/postgres.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
