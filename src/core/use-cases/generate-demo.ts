/**
 * Demo data into the store through the same validate → derive → batch path as an import, so
 * demo rows are indistinguishable from imported ones.
 */
import { createDemoGenerator } from '../demo/generator.js';
import type { SignInStore } from '../ports.js';
import type { SourceItem } from '../import-types.js';
import { importSignIns, type BatchObserver } from './import-sign-ins.js';
import type { ImportProgress, ImportSummary } from '../import-types.js';

export interface DemoOptions {
  readonly count: number;
  readonly seed: number;
  readonly days: number;
  readonly end: Date;
}

export const demoItems = (o: DemoOptions): AsyncIterable<SourceItem> =>
  (async function* () {
    let i = 0;
    for (const value of createDemoGenerator(o)) yield { kind: 'record', value, where: `demo[${i++}]` } as const;
  })();

export const generateDemo = (
  o: DemoOptions,
  store: Pick<SignInStore, 'upsert'>,
  onProgress?: (p: ImportProgress) => void,
  detector?: BatchObserver,
): Promise<ImportSummary> => importSignIns({ open: () => demoItems(o), store, batchSize: 5000, onProgress, detector });
