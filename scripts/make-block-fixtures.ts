/**
 * Writes the golden document blocks of test/fixtures/doc-blocks/: one block per codec version we
 * write, from a few demo sign-ins and odd texts. Run once per new codec version (never to
 * rewrite an existing version's file: those pin what databases hold).
 * Usage: npx tsx scripts/make-block-fixtures.ts
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoGenerator } from '../src/core/demo/generator.js';
import { VERSION, encodeBlock, encodeDeflateBlock } from '../src/storage/doc-codec.js';

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'doc-blocks');
const docs = [...createDemoGenerator({ seed: 3, count: 40, days: 1, end: new Date('2026-11-01T00:00:00Z') })].map((s) => JSON.stringify(s));
const lines = [...docs, '', '{"id":"x","note":"日本語 \\u0000 ok"}', '3\t{"a":1}'];
writeFileSync(join(dir, 'lines.json'), `${JSON.stringify(lines, null, 1)}\n`);
for (const [version, encode] of [[3, encodeDeflateBlock], [VERSION, encodeBlock]] as const) {
  const file = join(dir, `v${version}.bin`);
  if (!existsSync(file)) writeFileSync(file, encode(lines));
}
