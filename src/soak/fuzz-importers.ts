/**
 * Fuzz soak of the importers: for each input format, a real sample (the golden fixtures, and
 * Graph JSON in its three shapes) damaged at random, imported through the same path as
 * `signin-report import` into a store that only counts. A file may be refused with a typed
 * error or have records rejected; it must never throw anything else, and the counts must add up.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAppError } from '../core/errors.js';
import { createDemoGenerator } from '../core/demo/generator.js';
import { importSignIns } from '../core/use-cases/import-sign-ins.js';
import { planImport } from '../importers/open-sources.js';
import '../importers/register-formats.js';
import { mutateText, randomBytes } from './mutate.js';
import { seededRandom } from './random.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

export interface FuzzImportersResult {
  readonly perFormat: Readonly<Record<string, { cases: number; imported: number; refused: number; recordsRejected: number }>>;
  readonly failures: readonly string[];
}

const seeds = (): { label: string; name: string; text: string }[] => {
  const fixture = (folder: string, name: string, shape = '') => ({
    label: shape ? `${folder} (${shape})` : folder,
    name,
    text: readFileSync(join(FIXTURES, folder, name), 'utf8'),
  });
  const docs = [...createDemoGenerator({ count: 3, seed: 3, days: 1, end: new Date('2025-06-30T00:00:00Z') })].map((d) => JSON.stringify(d));
  return [
    { label: 'graph-json (ndjson)', name: 'signins.ndjson', text: docs.join('\n') },
    { label: 'graph-json (array)', name: 'signins.json', text: `[${docs.join(',')}]` },
    { label: 'graph-json (page)', name: 'page.json', text: `{"@odata.context":"x","value":[${docs.join(',')}]}` },
    fixture('entra-csv', 'InteractiveSignIns_2025-01-01_2025-01-31.csv'),
    fixture('entra-json', 'InteractiveSignIns_2025-01-01_2025-01-31.json'),
    fixture('log-analytics-csv', 'SigninLogs_2025-01-15.csv'),
    fixture('log-analytics-json', 'SigninLogs_data-export.ndjson', 'data export'),
    fixture('log-analytics-json', 'AADManagedIdentitySignInLogs_query-api.json', 'query API tables'),
  ];
};

export const runFuzzImporters = async (o: { dir: string; casesPerFormat: number; seed?: number }): Promise<FuzzImportersResult> => {
  const random = seededRandom(o.seed ?? 43);
  const perFormat: Record<string, { cases: number; imported: number; refused: number; recordsRejected: number }> = {};
  const failures: string[] = [];
  for (const seed of seeds()) {
    const stats = (perFormat[seed.label] = { cases: 0, imported: 0, refused: 0, recordsRejected: 0 });
    // The file name carries the sign-in type for portal CSVs: keep it, make it unique.
    const file = join(o.dir, basename(seed.name).replace(/(\.[a-z]+)$/, `_fuzz$1`));
    for (let i = 0; i < o.casesPerFormat; i++) {
      stats.cases++;
      const content = random() < 0.1 ? randomBytes(random, seed.text.slice(0, Math.floor(random() * 200))) : mutateText(seed.text, random);
      writeFileSync(file, content);
      try {
        const plan = await planImport([file]);
        let stored = 0;
        const s = await importSignIns({
          open: () => plan.open(),
          store: { upsert: async (b) => ((stored += b.length), { inserted: b.length, duplicates: 0 }) },
          batchSize: 5,
        });
        if (s.read !== s.stored + s.rejected || s.stored !== stored) throw new Error(`counts do not add up: ${JSON.stringify(s)}`);
        stats.imported++;
        stats.recordsRejected += s.rejected;
      } catch (e) {
        if (isAppError(e)) stats.refused++;
        else if (failures.length < 20) failures.push(`${seed.label} case ${i}: ${(e as Error).stack ?? String(e)}`);
      }
    }
    rmSync(file, { force: true });
  }
  return { perFormat, failures };
};
