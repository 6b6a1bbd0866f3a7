/** `signin-report demo`: realistic, deterministic demo sign-ins into the store or an NDJSON file. */
import { createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import { createDemoDetections } from '../demo-detections.js';
import type { RegisterCommand } from '../context.js';
import { createDemoGenerator } from '../../core/demo/generator.js';
import { generateDemo } from '../../core/use-cases/generate-demo.js';
import { AppError } from '../../core/errors.js';
import { fmtInt, fmtRate } from '../format-number.js';

interface DemoFlags {
  count: string;
  seed: string;
  days: string;
  end?: string;
  out?: string;
}

const positiveInt = (text: string, flag: string, max: number): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new AppError('BadRequest', `${flag}: expected an integer from 1 to ${max}, got '${text}'`);
  return n;
};

const writeNdjson = async (file: string, rows: Iterable<unknown>): Promise<number> => {
  const fileStream = createWriteStream(file);
  const out: Writable = file.endsWith('.gz') ? createGzip() : fileStream;
  if (out !== fileStream) out.pipe(fileStream);
  let n = 0;
  let chunk = '';
  for (const r of rows) {
    chunk += `${JSON.stringify(r)}\n`;
    if (++n % 1000 === 0) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve, reject) => {
    fileStream.once('finish', () => resolve());
    fileStream.once('error', reject);
  });
  return n;
};

export const registerDemo: RegisterCommand = (program, ctx) => {
  program
    .command('demo')
    .description('generate realistic demo sign-ins (deterministic for a seed) into the store, or into an NDJSON file with --out')
    .option('--count <n>', 'how many sign-ins', '100000')
    .option('--seed <n>', 'random seed', '1')
    .option('--days <n>', 'spread over this many days up to --end', '30')
    .option('--end <iso>', 'the newest time (default: now)')
    .option('--out <file>', 'write NDJSON (.gz compresses) instead of storing')
    .action(async (flags: DemoFlags) => {
      const count = positiveInt(flags.count, '--count', 100_000_000);
      const seed = positiveInt(flags.seed, '--seed', 2 ** 31 - 1);
      const days = positiveInt(flags.days, '--days', 3650);
      const end = flags.end ? new Date(flags.end) : new Date();
      if (Number.isNaN(end.getTime())) throw new AppError('BadRequest', `--end: expected an ISO date-time, got '${flags.end}'`);
      const started = Date.now();
      if (flags.out) {
        const n = await writeNdjson(flags.out, createDemoGenerator({ count, seed, days, end }));
        const secs = (Date.now() - started) / 1000;
        ctx.out(`wrote ${fmtInt(n)} sign-ins to ${flags.out} in ${secs.toFixed(1)} s (${fmtRate(n, secs)} rec/s)`);
        return;
      }
      const store = await ctx.store();
      const s = await generateDemo({ count, seed, days, end }, store, undefined, createDemoDetections(ctx.config(), store));
      ctx.out(`demo: stored ${fmtInt(s.stored)} · duplicates ${fmtInt(s.duplicates)} · ${s.seconds.toFixed(1)} s (${fmtRate(s.read, s.seconds)} rec/s)`);
    });
};
