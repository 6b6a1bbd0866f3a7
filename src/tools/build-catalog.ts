/** `npm run build:catalog` (part of `npm run build`): YAML catalog data → generated TypeScript modules. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_GENERATED_DIR, compileCatalog } from './compile-catalog.js';

const modules = compileCatalog();
mkdirSync(CATALOG_GENERATED_DIR, { recursive: true });
// Modules of data files that were removed or renamed must not linger.
for (const f of readdirSync(CATALOG_GENERATED_DIR)) if (!modules.has(f)) rmSync(join(CATALOG_GENERATED_DIR, f));
for (const [name, text] of modules) writeFileSync(join(CATALOG_GENERATED_DIR, name), text);
process.stdout.write(`compiled ${modules.size - 1} catalog data files into ${CATALOG_GENERATED_DIR}\n`);
