/** `signin-report import PATH...`: streaming, idempotent import of files and folders. */
import { createWriteStream, type WriteStream } from 'node:fs';
import cliProgress from 'cli-progress';
import { createDetections } from '../../detections/create-detections.js';
import type { RegisterCommand } from '../context.js';
import { planImport } from '../../importers/open-sources.js';
import { createParallelNdjsonReader, defaultWorkerCount } from '../../pipeline/parallel-ndjson.js';
import { importSignIns } from '../../core/use-cases/import-sign-ins.js';
import type { Rejection } from '../../core/import-types.js';
import { EXIT } from '../exit-codes.js';
import { AppError } from '../../core/errors.js';
import { fmtBytes, fmtInt, fmtRate } from '../format-number.js';
import '../../importers/register-formats.js';
import { resolveEncoding } from '../../importers/text/encodings.js';
import { DATE_ORDERS, type DateOrder } from '../../importers/tabular/date-text.js';
import { checkTimeZone } from '../../core/analytics/time-zone.js';

interface ImportFlags {
  format?: string;
  strict?: boolean;
  batchSize: string;
  rejects: string;
  progress: boolean;
  workers: string;
  encoding?: string;
  dateOrder?: string;
  timezone: string;
}

const dateOrderFlag = (text: string | undefined): DateOrder | undefined => {
  if (text === undefined) return undefined;
  const order = text.trim().toLowerCase();
  if (!(DATE_ORDERS as readonly string[]).includes(order)) {
    throw new AppError('BadRequest', `--date-order: expected ${DATE_ORDERS.join(', ')}, got '${text.slice(0, 20)}'`);
  }
  return order as DateOrder;
};

const timeZoneFlag = (zone: string): string => {
  try {
    return checkTimeZone(zone);
  } catch (e) {
    throw e instanceof AppError ? new AppError('BadRequest', e.message.replace(/^tz:/, '--timezone:')) : e;
  }
};

const MAX_PRINTED_REJECTS = 20;

export const registerImport: RegisterCommand = (program, ctx) => {
  program
    .command('import')
    .description('import sign-ins from files or folders (Graph JSON/NDJSON, Entra portal CSV/JSON, Log Analytics CSV/JSON; .gz too); re-running never duplicates')
    .argument('<paths...>', 'files or folders')
    .option('--format <name>', 'force the input format instead of detecting it')
    .option('--strict', 'abort the whole import, storing nothing, if any record is bad')
    .option('--batch-size <n>', 'records per transaction', '5000')
    .option('--rejects <file>', 'where rejected records are written (NDJSON)', 'signin-report-rejects.ndjson')
    .option('--no-progress', 'no progress bar')
    .option('--workers <n>', 'worker threads that parse large NDJSON files (0 = none)', String(defaultWorkerCount()))
    .option('--encoding <name>', 'text encoding of CSV files: utf-8, utf-16le, utf-16be, cp932 (shift_jis), windows-1252, ... (default: detected per file)')
    .option('--date-order <order>', 'dmy, mdy or ymd: which number of a date such as 03/04/2026 is the day (default: decided per file from its dates)')
    .option('--timezone <zone>', 'IANA time zone of CSV dates without a zone in columns not named UTC', 'UTC')
    .addHelpText(
      'after',
      '\nExit codes: 0 all stored, 3 some records rejected (see the rejects file), 2 bad usage or unrecognised input.' +
        '\nCSV files: encoding, separator (comma, semicolon, tab) and day/month order are detected per file; see docs/importing.md.',
    )
    .action(async (paths: string[], flags: ImportFlags) => {
      const batchSize = Number(flags.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new AppError('BadRequest', '--batch-size must be a positive integer');
      const store = await ctx.store();
      const workers = Number(flags.workers);
      if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw new AppError('BadRequest', '--workers must be an integer from 0 to 64');
      const parallelNdjson = workers > 0 ? createParallelNdjsonReader({ workers, packer: store.documentPacker }) : undefined;
      const text = {
        encoding: flags.encoding === undefined ? undefined : resolveEncoding(flags.encoding),
        dateOrder: dateOrderFlag(flags.dateOrder),
        timeZone: timeZoneFlag(flags.timezone),
      };
      const plan = await planImport(paths, flags.format, { parallelNdjson, text });
      const tty = ctx.io.stderr.isTTY === true && flags.progress;
      const bar = tty
        ? new cliProgress.SingleBar(
            {
              format: ' {bar} {percentage}% | {records} records | {mb} | {rate} rec/s | ETA {eta_formatted}',
              stream: ctx.io.stderr as unknown as NodeJS.WritableStream,
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
      bar?.start(Math.max(plan.totalBytes, 1), 0, { records: 0, mb: '0 MB', rate: 0 });
      const started = Date.now();
      let rejectsOut: WriteStream | undefined;
      let printed = 0;
      const onReject = (r: Rejection) => {
        rejectsOut ??= createWriteStream(flags.rejects);
        rejectsOut.write(`${JSON.stringify({ where: r.where, problems: r.problems, record: r.value })}\n`);
        if (printed++ < MAX_PRINTED_REJECTS) {
          const p = r.problems.map((x) => `${x.path}: ${x.message}`).join('; ');
          if (bar) bar.stop();
          ctx.err(`rejected ${r.where}: ${p}`);
        }
      };
      try {
        const summary = await importSignIns({
          open: () => plan.open(),
          store,
          detector: createDetections(ctx.config(), store),
          batchSize,
          strict: flags.strict === true,
          bytesRead: plan.bytesRead,
          onReject,
          onProgress: (p) => {
            const secs = (Date.now() - started) / 1000;
            bar?.update(Math.min(p.bytes, plan.totalBytes), { records: fmtInt(p.read), mb: fmtBytes(p.bytes), rate: fmtRate(p.read, secs) });
          },
        });
        bar?.update(plan.totalBytes);
        bar?.stop();
        ctx.out(
          `read ${fmtInt(summary.read)} · stored ${fmtInt(summary.stored)} · duplicates ${fmtInt(summary.duplicates)} · ` +
            `rejected ${fmtInt(summary.rejected)} · ${summary.seconds.toFixed(1)} s (${fmtRate(summary.read, summary.seconds)} rec/s, ` +
            `${fmtBytes(plan.totalBytes)} in ${plan.files.length} file${plan.files.length === 1 ? '' : 's'})`,
        );
        if (summary.rejected > 0) {
          ctx.err(`${fmtInt(summary.rejected)} record(s) rejected; details in ${flags.rejects}`);
          ctx.setExitCode(EXIT.rejected);
        }
      } finally {
        bar?.stop();
        if (rejectsOut) await new Promise<void>((resolve) => rejectsOut?.end(resolve));
      }
    });
};
