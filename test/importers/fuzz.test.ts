// Property tests: random bytes, truncated files, shuffled columns and wrong-typed values never
// crash an importer (nor the import use-case behind it); every problem names its file and row,
// line or index; shuffling columns changes nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { importSignIns } from '../../src/core/use-cases/import-sign-ins.js';
import type { SourceItem } from '../../src/core/import-types.js';
import { planImport } from '../../src/importers/open-sources.js';
import '../../src/importers/register-formats.js';
import { collect, type Collected } from './collect.js';

const FIX = join(import.meta.dirname, '..', 'fixtures');
const SAMPLES: Record<string, string> = {
  'entra-csv': join(FIX, 'entra-csv', 'InteractiveSignIns_2025-01-01_2025-01-31.csv'),
  'entra-json': join(FIX, 'entra-json', 'InteractiveSignIns_2025-01-01_2025-01-31.json'),
  'log-analytics-csv': join(FIX, 'log-analytics-csv', 'SigninLogs_2025-01-15.csv'),
  'log-analytics-json': join(FIX, 'log-analytics-json', 'SigninLogs_data-export.ndjson'),
  'log-analytics-json (tables)': join(FIX, 'log-analytics-json', 'AADManagedIdentitySignInLogs_query-api.json'),
};
const formatOf = (label: string) => label.split(' ')[0] as string;
const dir = mkdtempSync(join(tmpdir(), 'signin-fuzz-'));
let n = 0;
const writeLike = (sample: string, content: string | Uint8Array): string => {
  const p = join(dir, `${n++}-${basename(sample)}`.replace(/^(\d+)-(.*)$/, '$2.$1').replace(/\.(csv|json|ndjson)\.(\d+)$/, '_$2.$1'));
  writeFileSync(p, content);
  return p;
};

/** Every problem names the file and a position in it. */
const expectWellFormed = (file: string, r: Collected) => {
  for (const p of r.problems) {
    expect(p.where.startsWith(file)).toBe(true);
    expect(p.message.length).toBeGreaterThan(0);
  }
  for (const rec of r.records) expect(rec.where.startsWith(file)).toBe(true);
};

/** The whole import use-case over a file, with a store that only counts. */
const importCounting = async (file: string, format: string) => {
  const plan = await planImport([file], format);
  let stored = 0;
  const summary = await importSignIns({
    open: () => plan.open() as AsyncIterable<SourceItem>,
    store: { upsert: async (b) => ((stored += b.length), { inserted: b.length, duplicates: 0 }) },
    batchSize: 7,
  });
  expect(summary.stored).toBe(stored);
  expect(summary.read).toBe(summary.stored + summary.rejected);
};

const RUNS = 40;

describe.each(Object.keys(SAMPLES))('%s', (label) => {
  const format = formatOf(label);
  const sample = SAMPLES[label] as string;
  const original = readFileSync(sample);

  it('survives random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const file = writeLike(sample, bytes);
        expectWellFormed(file, await collect([file], format));
        await importCounting(file, format);
        // Detected rather than forced: one of our formats reads it, or another format takes it
        // (Graph JSON has its own tests), or a clear refusal.
        const plan = await planImport([file]).catch((e: unknown) => {
          expect(isAppError(e) && /unrecognised input/.test(e.message)).toBe(true);
          return undefined;
        });
        if (plan && plan.files.every((f) => f.format.name !== 'graph-json')) expectWellFormed(file, await collect([file]));
      }),
      { numRuns: RUNS },
    );
  });

  it('survives truncation anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: original.length }), async (cut) => {
        const file = writeLike(sample, original.subarray(0, cut));
        const r = await collect([file], format);
        expectWellFormed(file, r);
        await importCounting(file, format);
      }),
      { numRuns: RUNS },
    );
  });
});

describe.each(['entra-csv', 'log-analytics-csv'])('%s columns and cells', (format) => {
  const sample = SAMPLES[format] as string;
  const rows = parse(readFileSync(sample), { bom: true, relax_column_count: true }) as string[][];
  const header = rows[0] as string[];

  it('reads the same records whatever the column order', async () => {
    const expected = (await collect([sample], format)).records.map((r) => r.value);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([...header.keys()], { minLength: header.length, maxLength: header.length }), async (order) => {
        const file = writeLike(sample, `\uFEFF${stringify(rows.map((r) => order.map((i) => r[i] ?? '')), { quoted: true })}`);
        const r = await collect([file], format);
        expect(r.problems).toEqual([]);
        expect(r.records.map((x) => x.value)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('turns a wrong-typed cell into a record or a problem at that row, never a crash', async () => {
    const weird = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('{', '[1,2', '"', 'NaN', '-1', '1e309', '9999999999999999999', '\u0000', 'TRUE', '{"errorCode":"x"}', '[{"succeeded":"maybe"}]', '2025-99-99'),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: rows.length - 1 }), fc.nat(header.length - 1), weird, async (r, c, value) => {
        const copy = rows.map((x) => [...x]);
        (copy[r] as string[])[c] = value;
        const file = writeLike(sample, stringify(copy, { quoted: true }));
        const out = await collect([file], format);
        expectWellFormed(file, out);
        for (const p of out.problems) expect(p.where).toMatch(/:row \d+/);
        await importCounting(file, format);
      }),
      { numRuns: RUNS },
    );
  });
});

describe.each(['entra-json', 'log-analytics-json'])('%s values', (format) => {
  const sample = SAMPLES[format] as string;
  const text = readFileSync(sample, 'utf8').replace(/^\uFEFF/, '');
  const records: Record<string, unknown>[] = text.trimStart().startsWith('[')
    ? JSON.parse(text)
    : text.trim().split('\n').map((l) => JSON.parse(l));

  it('turns any JSON value in any property into a record or a problem at that index, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(records.length - 1), fc.nat(80), fc.jsonValue({ maxDepth: 3 }), async (i, k, value) => {
        const copy = records.map((r) => ({ ...r }));
        const target = copy[i] as Record<string, unknown>;
        const keys = Object.keys(target);
        target[keys[k % keys.length] as string] = value;
        const body = format === 'entra-json' ? JSON.stringify(copy) : copy.map((r) => JSON.stringify(r)).join('\n');
        const file = writeLike(sample, body);
        const out = await collect([file], format);
        expectWellFormed(file, out);
        await importCounting(file, format);
      }),
      { numRuns: 60 },
    );
  });
});
