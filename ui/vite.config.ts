/**
 * Builds the browser app into ui/dist (hosted by `signin-report serve` at `/`). Prints the gzipped
 * size of all JavaScript after each build (goal: ≤ 400 KB). `npm run dev:ui` proxies the API to
 * SIGNIN_REPORT_API (a running `signin-report serve`); with SIGNIN_REPORT_MOCK_API=1 our own
 * `/api/*` routes come from dev/mock-api.ts instead (for work before the server has them).
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { mockApi } from './dev/mock-api.js';

const GOAL_KB = 400;

const reportGzipSize = (): Plugin => ({
  name: 'signin-report:gzip-size',
  apply: 'build',
  generateBundle(_options, bundle) {
    let raw = 0;
    let gz = 0;
    let entryGz = 0;
    for (const item of Object.values(bundle)) {
      if (item.type !== 'chunk') continue;
      const size = gzipSync(item.code, { level: 9 }).length;
      raw += Buffer.byteLength(item.code);
      gz += size;
      if (item.isEntry) entryGz += size;
    }
    const kb = (n: number) => (n / 1024).toFixed(1);
    const verdict = gz > GOAL_KB * 1024 ? 'OVER the goal' : 'within the goal';
    process.stdout.write(
      `\nui: JS ${kb(raw)} KB, gzipped ${kb(gz)} KB in all (goal ≤ ${GOAL_KB} KB: ${verdict}); ` +
        `${kb(entryGz)} KB gzipped load first, the dashboard's charts on demand\n`,
    );
  },
});

const api = process.env.SIGNIN_REPORT_API ?? 'http://127.0.0.1:8787';
const mock = process.env.SIGNIN_REPORT_MOCK_API === '1';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), reportGzipSize(), ...(mock ? [mockApi(api)] : [])],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Vite inlines small assets as data: URLs by default; a strict CSP may not allow them.
    assetsInlineLimit: 0,
  },
  server: { proxy: { '/beta': api, '/v1.0': api, ...(mock ? {} : { '/api': api }) } },
});
