/**
 * Compiles the error-code catalog's YAML data files (src/core/catalog/data/*.yaml) into
 * TypeScript modules under src/core/catalog/generated/, so that core stays free of file reading
 * and YAML parsing at run time. Every file is validated against `CatalogFileSchema`; a code
 * written twice (in one file or across files) is an error. The output is a pure function of the
 * input, so a test can compare the committed modules with a fresh compilation.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Value } from '@sinclair/typebox/value';
import { CatalogFileSchema, type CatalogFileEntry } from '../core/catalog/entry-schema.js';

const catalogDir = fileURLToPath(new URL('../core/catalog/', import.meta.url));
export const CATALOG_DATA_DIR = join(catalogDir, 'data');
export const CATALOG_GENERATED_DIR = join(catalogDir, 'generated');

export class CatalogDataError extends Error {
  override readonly name = 'CatalogDataError';
}

/** Data files in code order (by the first number in the name), the order of `allEntryFiles`. */
export const listCatalogDataFiles = (dir = CATALOG_DATA_DIR): string[] =>
  readdirSync(dir)
    .filter((f) => /^codes-\d+-\d+\.yaml$/.test(f))
    .sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]));

export const parseCatalogFile = (name: string, text: string): CatalogFileEntry[] => {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new CatalogDataError(`${name}: not valid YAML: ${(e as Error).message}`);
  }
  const first = Value.Errors(CatalogFileSchema, data).First();
  if (first) throw new CatalogDataError(`${name}: ${first.path || '/'}: ${first.message}`);
  return data as CatalogFileEntry[];
};

const HEADER = (source: string) =>
  `// GENERATED from src/core/catalog/data/${source} by src/tools/compile-catalog.ts (npm run build).\n` +
  '// Do not edit: change the YAML file instead (see docs/translating-the-catalog.md).\n';

/** Module file name → TypeScript text, for every data file plus the `index.ts` that lists them. */
export const compileCatalog = (dir = CATALOG_DATA_DIR): Map<string, string> => {
  const out = new Map<string, string>();
  const seen = new Map<number, string>();
  const files = listCatalogDataFiles(dir);
  if (files.length === 0) throw new CatalogDataError(`no codes-*.yaml files in ${dir}`);
  for (const file of files) {
    const entries = parseCatalogFile(file, readFileSync(join(dir, file), 'utf8'));
    for (const e of entries) {
      const before = seen.get(e.code);
      if (before) throw new CatalogDataError(`${file}: code ${e.code} is already written in ${before}`);
      seen.set(e.code, file);
    }
    out.set(
      file.replace(/\.yaml$/, '.ts'),
      `${HEADER(file)}import type { ErrorCodeEntry } from '../types.js';\n\n` +
        `export const entries: readonly ErrorCodeEntry[] = ${JSON.stringify(entries, null, 2)};\n`,
    );
  }
  const modules = files.map((f) => f.replace(/\.yaml$/, ''));
  out.set(
    'index.ts',
    `${HEADER('*.yaml')}import type { ErrorCodeEntry } from '../types.js';\n` +
      modules.map((m, i) => `import { entries as e${i} } from './${m}.js';\n`).join('') +
      `\nexport const allEntryFiles: readonly (readonly ErrorCodeEntry[])[] = [\n` +
      modules.map((_m, i) => `  e${i},\n`).join('') +
      '];\n',
  );
  return out;
};
