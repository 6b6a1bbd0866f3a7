/**
 * `signin-report pull`: the live pull from Microsoft Graph (see
 * src/importers/graph-pull/pull-sign-ins.ts for windows, overlap and checkpoints). Progress
 * goes to stderr (a bar on a terminal, a line per window otherwise), the summary to stdout.
 * `--schedule 15m` keeps pulling until SIGINT/SIGTERM; a stop request ends after the current
 * window, with its checkpoint saved. The client secret is read from the environment variable
 * named by `--client-secret-env` and never printed.
 */
import { readFileSync, createWriteStream, type WriteStream } from 'node:fs';
import cliProgress from 'cli-progress';
import { createDetections } from '../../detections/create-detections.js';
import type { RegisterCommand } from '../context.js';
import { AppError } from '../../core/errors.js';
import type { Rejection } from '../../core/import-types.js';
import { SIGN_IN_TYPES, type SignInType } from '../../core/model/sign-in-type.js';
import { createGraphClient } from '../../importers/graph-pull/graph-client.js';
import { createRedactor, createTokenSource } from '../../importers/graph-pull/credential.js';
import { createRequestBudget, parseBudget } from '../../importers/graph-pull/request-budget.js';
import { pullSignIns, type GraphApi, type PullSummary } from '../../importers/graph-pull/pull-sign-ins.js';
import { odataTime, parseDuration } from '../../importers/graph-pull/windows.js';
import { EXIT } from '../exit-codes.js';
import { fmtInt, fmtRate } from '../format-number.js';

interface PullFlags {
  tenantId: string;
  clientId: string;
  clientSecretEnv?: string;
  certificate?: string;
  since: string;
  api: string;
  graphUrl: string;
  authorityHost?: string;
  schedule?: string;
  overlap: string;
  window: string;
  pageSize: string;
  budget: string;
  maxRetries: string;
  types?: string;
  caFile?: string;
  ignoreCheckpoint?: boolean;
  rejects: string;
  progress: boolean;
}

const duration = (text: string, flag: string): number => {
  const ms = parseDuration(text);
  if (ms === undefined) throw new AppError('BadRequest', `${flag}: expected a duration such as 30d, 12h, 15m or 90s, got '${text}'`);
  return ms;
};

const positiveInt = (text: string, flag: string, max = Number.MAX_SAFE_INTEGER): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new AppError('BadRequest', `${flag}: expected a whole number up to ${max}, got '${text}'`);
  return n;
};

const stopSignal = (given: Promise<void> | undefined) => {
  let stopped = false;
  let wake: () => void = () => undefined;
  const on = () => {
    stopped = true;
    wake();
  };
  if (given) void given.then(on);
  else {
    process.once('SIGINT', on);
    process.once('SIGTERM', on);
  }
  return {
    stopped: () => stopped,
    /** Sleeps, waking early on a stop request. */
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        const t = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(t);
          resolve();
        };
      }),
    dispose: () => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    },
  };
};

export const registerPull: RegisterCommand = (program, ctx) => {
  program
    .command('pull')
    .description('pull sign-ins from Microsoft Graph (app registration, client credentials); resumable, never duplicates')
    .requiredOption('--tenant-id <id>', 'directory (tenant) id')
    .requiredOption('--client-id <id>', 'application (client) id of the app registration (needs AuditLog.Read.All)')
    .option('--client-secret-env <VAR>', 'name of the environment variable that holds the client secret')
    .option('--certificate <file>', 'PEM file with the certificate and its private key')
    .option('--since <duration>', 'first run: how far back to start (Graph keeps 7 or 30 days)', '30d')
    .option('--api <version>', 'beta (all four sign-in types) or v1.0 (interactive only)', 'beta')
    .option('--graph-url <url>', 'Graph base URL (national clouds, or a Graph-compatible server)', 'https://graph.microsoft.com')
    .option('--authority-host <url>', 'Microsoft Entra authority host (national clouds, or a test endpoint)')
    .option('--schedule <duration>', 'keep pulling at this interval until stopped (e.g. 15m)')
    .option('--overlap <duration>', 're-read this much before the last checkpoint, for late-arriving sign-ins', '1h')
    .option('--window <duration>', 'time window per query', '1d')
    .option('--page-size <n>', 'records per page ($top, at most 1000)', '1000')
    .option('--budget <n/period>', "client-side request budget (Graph's reporting limit is 5 per 10 s per app and tenant)", '5/10s')
    .option('--max-retries <n>', 'retries of one request (429/503, resets, timeouts) before giving up', '8')
    .option('--types <list>', `beta: comma-separated subset of ${SIGN_IN_TYPES.join(', ')}`)
    .option('--ca-file <pem>', 'extra CA certificate(s) to trust for the authority host (TLS-inspecting proxy, test endpoint)')
    .option('--ignore-checkpoint', 'start from --since even where an earlier pull stopped')
    .option('--rejects <file>', 'where rejected records are written (NDJSON)', 'signin-report-rejects.ndjson')
    .option('--no-progress', 'no progress bar')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  SR_SECRET=... signin-report pull --tenant-id T --client-id C --client-secret-env SR_SECRET\n' +
        '  signin-report pull --tenant-id T --client-id C --certificate app.pem --schedule 15m\n' +
        '\nExit codes: 0 done, 3 some records rejected, 4 authentication or permission refused, 5 Graph unreachable or throttled too long, 2 bad usage.',
    )
    .action(async (flags: PullFlags) => {
      if ((flags.clientSecretEnv === undefined) === (flags.certificate === undefined)) {
        throw new AppError('BadRequest', 'give exactly one of --client-secret-env VAR and --certificate FILE');
      }
      const secret = flags.clientSecretEnv !== undefined ? ctx.io.env[flags.clientSecretEnv] : undefined;
      if (flags.clientSecretEnv !== undefined && !secret) {
        throw new AppError('BadRequest', `--client-secret-env: the environment variable ${flags.clientSecretEnv} is empty or not set`);
      }
      if (flags.api !== 'beta' && flags.api !== 'v1.0') throw new AppError('BadRequest', `--api: beta or v1.0, got '${flags.api}'`);
      const budget = parseBudget(flags.budget);
      if (!budget) throw new AppError('BadRequest', `--budget: expected requests/period such as 5/10s, got '${flags.budget}'`);
      const types = flags.types?.split(',').map((s) => s.trim()).filter((s) => s !== '');
      for (const t of types ?? []) {
        if (!(SIGN_IN_TYPES as readonly string[]).includes(t)) throw new AppError('BadRequest', `--types: unknown sign-in type '${t}'`);
      }
      let caPem: string | undefined;
      if (flags.caFile) {
        try {
          caPem = readFileSync(flags.caFile, 'utf8');
        } catch (e) {
          throw new AppError('BadRequest', `--ca-file ${flags.caFile}: ${(e as Error).message}`);
        }
      }
      const plan = {
        graphUrl: flags.graphUrl,
        api: flags.api as GraphApi,
        tenantId: flags.tenantId,
        sinceMs: duration(flags.since, '--since'),
        overlapMs: flags.overlap === '0' ? 0 : duration(flags.overlap, '--overlap'),
        windowMs: duration(flags.window, '--window'),
        pageSize: Math.max(1, positiveInt(flags.pageSize, '--page-size', 1000)),
        ignoreCheckpoint: flags.ignoreCheckpoint === true,
        types: types as SignInType[] | undefined,
      };
      const scheduleMs = flags.schedule !== undefined ? duration(flags.schedule, '--schedule') : undefined;
      const redact = createRedactor([secret]);
      const store = await ctx.store();
      const getToken = createTokenSource({
        tenantId: flags.tenantId,
        clientId: flags.clientId,
        clientSecret: secret,
        certificatePath: flags.certificate,
        authorityHost: flags.authorityHost,
        caPem,
      });
      const tty = ctx.io.stderr.isTTY === true && flags.progress;
      const stop = stopSignal(ctx.io.stopSignal);
      let rejectsOut: WriteStream | undefined;
      const onReject = (r: Rejection) => {
        rejectsOut ??= createWriteStream(flags.rejects);
        rejectsOut.write(`${JSON.stringify({ where: r.where, problems: r.problems, record: r.value })}\n`);
      };
      const runOnce = async (): Promise<PullSummary> => {
        const client = createGraphClient({
          getToken,
          budget: createRequestBudget(budget.requests, budget.perMs),
          maxRetries: positiveInt(flags.maxRetries, '--max-retries', 100),
          onRetry: (r) => {
            if (!tty) ctx.err(`retry ${r.attempt} in ${(r.delayMs / 1000).toFixed(1)} s: ${redact(r.reason)}`);
          },
        });
        const started = Date.now();
        let records = 0;
        const bar = tty
          ? new cliProgress.SingleBar(
              {
                format: ' {bar} {value}/{total} windows | {records} records | {rate} rec/s | {what}',
                stream: ctx.io.stderr as unknown as NodeJS.WritableStream,
                hideCursor: true,
              },
              cliProgress.Presets.shades_classic,
            )
          : undefined;
        try {
          const summary = await pullSignIns(plan, {
            client,
            store,
            detector: createDetections(ctx.config(), store),
            stopped: stop.stopped,
            onReject,
            onPlan: (total) => bar?.start(Math.max(total, 1), 0, { records: 0, rate: 0, what: '' }),
            onPage: (n) => {
              records += n;
              bar?.update({ records: fmtInt(records), rate: fmtRate(records, (Date.now() - started) / 1000) });
            },
            onWindow: (w) => {
              const what = `${w.type} ${odataTime(w.window.start)} … ${odataTime(w.window.end)}`;
              if (bar) bar.update(w.index, { what });
              else {
                ctx.err(
                  `[${w.index}/${w.total}] ${what}: ${fmtInt(w.summary.read)} read, ${fmtInt(w.summary.stored)} stored, ` +
                    `${fmtInt(w.summary.duplicates)} duplicates${w.summary.rejected ? `, ${fmtInt(w.summary.rejected)} rejected` : ''}`,
                );
              }
            },
          });
          bar?.stop();
          const secs = (Date.now() - started) / 1000;
          ctx.out(
            `pulled ${fmtInt(summary.read)} · stored ${fmtInt(summary.stored)} · duplicates ${fmtInt(summary.duplicates)} · ` +
              `rejected ${fmtInt(summary.rejected)} · ${summary.windows} window${summary.windows === 1 ? '' : 's'} · ${summary.requests} requests ` +
              `(${summary.retries} retried, ${summary.throttled} throttled) · ${secs.toFixed(1)} s` +
              (summary.stoppedEarly ? ' · stopped early (resumes from the checkpoint)' : ''),
          );
          if (summary.rejected > 0) {
            ctx.err(`${fmtInt(summary.rejected)} record(s) rejected; details in ${flags.rejects}`);
            ctx.setExitCode(EXIT.rejected);
          }
          return summary;
        } catch (e) {
          bar?.stop();
          if (e instanceof AppError) throw new AppError(e.code, redact(e.message), e.details);
          throw new Error(redact((e as Error).message ?? String(e)));
        }
      };
      // Scheduled: a failure that may pass (Graph down, throttled too long) waits for the next run.
      const PERMANENT = new Set(['BadRequest', 'Unauthenticated', 'Forbidden', 'NotFound']);
      const scheduledRun = async () => {
        try {
          await runOnce();
        } catch (e) {
          if (scheduleMs === undefined || (e instanceof AppError && PERMANENT.has(e.code))) throw e;
          ctx.err(`pull failed: ${(e as Error).message}; trying again at the next run`);
          ctx.setExitCode(EXIT.unavailable);
        }
      };
      try {
        await scheduledRun();
        while (scheduleMs !== undefined && !stop.stopped()) {
          ctx.err(`next pull in ${flags.schedule} (Ctrl-C to stop)`);
          await stop.sleep(scheduleMs);
          if (stop.stopped()) break;
          await scheduledRun();
        }
      } finally {
        stop.dispose();
        if (rejectsOut) await new Promise<void>((resolve) => rejectsOut?.end(resolve));
      }
    });
};
