import { defineConfig } from 'vitest/config';

// End-to-end: the built CLI, a real server on a free port, real Chromium. Run after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
