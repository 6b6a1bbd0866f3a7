/**
 * `signin-report export`: every matching sign-in as CSV (the portal's layout, re-importable),
 * JSON or NDJSON, to a file or stdout. Streamed page by page with back-pressure, no row cap.
 */
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RegisterCommand } from '../context.js';
import type { Writer } from '../io.js';
import { exportFileName, exportSignIns, parseExportFormat } from '../../core/use-cases/export-sign-ins.js';
import { pseudonymizationKey } from '../../core/use-cases/pseudonymization-key.js';
import { newRandomKey } from '../../node/node-crypto.js';
import { createExportPool } from '../../node/export-pool.js';
import { addFilterOptions, filterFromOptions, type FilterFlags } from '../filter-options.js';
import { fmtInt } from '../format-number.js';

interface ExportFlags extends FilterFlags {
  format: string;
  out?: string;
  pseudonymize?: boolean;
}

type Drainable = Writer & { once?: (event: 'drain', f: () => void) => unknown };

const isDirectory = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

export const registerExport: RegisterCommand = (program, ctx) => {
  addFilterOptions(
    program.command('export').description('export matching sign-ins as CSV (Entra portal layout), JSON or NDJSON, with no row cap'),
  )
    .option('--format <format>', 'csv, json or ndjson', 'csv')
    .option('--out <file>', 'file to write, or a folder for a portal-style file name (default: stdout)')
    .option('--pseudonymize', 'pseudonymise by allowlist: identifiers become keyed pseudonyms, unknown properties are dropped (key: signin-report keys)')
    .addHelpText('after', '\nA CSV export of one --type re-imports with `signin-report import` (the file name carries the type).')
    .action(async (flags: ExportFlags) => {
      const format = parseExportFormat(flags.format, '--format');
      const now = Date.now();
      const filter = filterFromOptions(flags, now);
      const store = await ctx.store();
      const key = flags.pseudonymize ? await pseudonymizationKey(store, newRandomKey) : undefined;
      const name = exportFileName(filter, format, now, flags.pseudonymize === true);
      const file = flags.out === undefined || flags.out === '-' ? undefined : isDirectory(flags.out) ? join(flags.out, name) : flags.out;
      // Parsing documents is the cost of CSV and pseudonymised exports: done in worker threads.
      // A store that formats its own pages does it in the shared pool; otherwise export workers.
      const ownPool = store.exportFormatted === undefined && (format === 'csv' || key !== undefined);
      const pool = ownPool ? createExportPool(format, key) : undefined;
      const out = exportSignIns(store, { filter, format, formatter: pool?.formatter, prefetch: pool?.prefetch, pseudonymKey: key });
      const started = performance.now();
      try {
        await write(out.chunks, file);
      } finally {
        await pool?.close();
      }
      const seconds = (performance.now() - started) / 1000;
      ctx.err(`Exported ${fmtInt(out.rows())} sign-ins${file ? ` to ${file}` : ''} in ${seconds.toFixed(1)} s`);
    });

  const write = async (chunks: AsyncIterable<string | Uint8Array>, file: string | undefined): Promise<void> => {
    if (file) {
      const stream = createWriteStream(file);
      const failed = new Promise<never>((_, reject) => stream.once('error', reject));
      // Raced only while waiting; an error at another moment (a full disk) must not go unhandled.
      failed.catch(() => undefined);
      for await (const chunk of chunks) {
        if (!stream.write(chunk)) await Promise.race([new Promise<void>((r) => stream.once('drain', () => r())), failed]);
      }
      await Promise.race([new Promise<void>((r) => stream.end(r)), failed]);
    } else {
      const w = ctx.io.stdout as Drainable;
      for await (const chunk of chunks) {
        // Writers take text; every chunk is whole rows, so it decodes on its own.
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
        if (!w.write(text) && typeof w.once === 'function') await new Promise<void>((r) => w.once?.('drain', r));
      }
    }
  };
};
