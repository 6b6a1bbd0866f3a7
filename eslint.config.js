// Lint rules, including the architecture's dependency rule (see docs/architecture.md):
// core imports nothing from Node, drivers or frameworks; adapters never import each other
// except through core; nothing in src imports ui/ and ui/ imports nothing from src.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'http',
  'http2', 'https', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'tls',
  'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];
const drivers = ['better-sqlite3', 'kysely', 'pg', 'pg-copy-streams', 'fastify', '@fastify/*',
  'pino', 'commander', 'stream-json', 'stream-json/*', 'csv-parse', 'csv-parse/*', 'csv-stringify',
  'csv-stringify/*', 'cli-progress', '@azure/identity', 'prom-client', 'react', 'react-dom'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['.tmp/**', 'dist/**', 'ui/dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': ['error', { maxDepth: 4 }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict(
      ['node:*', ...nodeBuiltins, ...drivers, '**/storage/**', '**/http/**', '**/cli/**',
        '**/importers/**', '**/compose*', '**/config*', '**/ui/**'],
      'src/core is pure: no Node built-ins, drivers, frameworks or adapters (see docs/architecture.md).',
    ),
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: restrict(['**/http/**', '**/cli/**', '**/importers/**', '**/ui/**'],
      'storage depends on core only.'),
  },
  {
    files: ['src/importers/**/*.ts'],
    rules: restrict(['**/http/**', '**/cli/**', '**/storage/**', '**/ui/**'],
      'importers depend on core only; the store arrives through ports.'),
  },
  {
    // Bulk pipelines wire importers to an engine's codec (like compose.ts, but for one task).
    files: ['src/pipeline/**/*.ts'],
    rules: restrict(['**/http/**', '**/cli/**', '**/ui/**'], 'pipelines depend on core, importers and storage only.'),
  },
  {
    // Node helpers shared by the server and the CLI (worker pools, crypto): core only; an
    // engine's worker code is loaded by URL, never imported.
    files: ['src/node/**/*.ts'],
    rules: restrict(['**/http/**', '**/cli/**', '**/storage/**', '**/importers/**', '**/pipeline/**', '**/ui/**'],
      'src/node holds Node helpers that depend on core only.'),
  },
  {
    files: ['src/http/**/*.ts'],
    rules: restrict(['**/cli/**', '**/storage/**', '**/ui/**'],
      'http depends on core only; compose.ts hands it the adapters.'),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict(['**/ui/**'], 'The CLI never imports the browser app.'),
  },
  {
    files: ['ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(['**/src/**', 'node:*'], 'ui/ talks to the server only through the public HTTP API.'),
  },
  {
    // The UI's build and dev tooling runs in Node, not in the browser; it still never imports src/.
    files: ['ui/vite.config.ts', 'ui/dev/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(['**/src/**'], 'ui/ tooling talks to the server only through the public HTTP API.'),
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'src/bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
