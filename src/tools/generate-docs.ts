/** `npm run docs`: writes docs/error-codes.md and docs/error-codes.ja.md from the catalog. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCatalogDocs } from '../core/catalog/render-docs.js';

const docs = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'docs');
mkdirSync(docs, { recursive: true });
writeFileSync(join(docs, 'error-codes.md'), renderCatalogDocs('en'));
writeFileSync(join(docs, 'error-codes.ja.md'), renderCatalogDocs('ja'));
process.stdout.write(`wrote ${join(docs, 'error-codes.md')} and error-codes.ja.md\n`);
