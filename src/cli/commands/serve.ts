/**
 * `signin-report serve`: the Graph-compatible API (and the web UI when built) on one port.
 * Logs are JSON lines (pino) on stdout, each request's with its request id and no personal data
 * at info (request-log.ts); human messages go to stderr, the first admin token only when stderr
 * is a terminal (else to an owner-only file, admin-token-notice.ts). SIGTERM/SIGINT (or `io.stopSignal` in tests)
 * stop accepting connections, finish in-flight requests, then close the store.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import type { CommandContext, RegisterCommand } from '../context.js';
import { AppError } from '../../core/errors.js';
import { ensureAdminToken } from '../../core/use-cases/ensure-admin-token.js';
import { createApp } from '../../http/app.js';
import { newRandomKey, nodeTokenCrypto } from '../../node/node-crypto.js';
import { scheduleRetention } from '../retention-schedule.js';
import { installProcessGuard } from '../process-guard.js';
import { announceAdminToken } from '../admin-token-notice.js';
import { createConfiguredDelivery } from '../webhook-setup.js';
import { createWebhookMetrics } from '../../node/webhook-metrics.js';
import type { DeliveryMetrics } from '../../node/webhook-delivery.js';
import { createDetections, loadRules } from '../../detections/create-detections.js';

export interface ServeFlags {
  host?: string;
  port?: string;
  tlsCert?: string;
  tlsKey?: string;
  publicUrl?: string;
  ui?: string;
}

/** Kept in the store so skip tokens survive restarts and are valid on every replica. */
const SKIP_TOKEN_KEY = 'http.skiptoken-key';

const DEFAULT_UI_DIR = fileURLToPath(new URL('../../../ui/dist/', import.meta.url));

const readPem = (file: string, flag: string): Buffer => {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new AppError('BadRequest', `${flag} ${file}: ${(e as Error).message}`);
  }
};

const processStopSignal = (): { promise: Promise<void>; dispose: () => void } => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  const on = () => resolve();
  process.once('SIGTERM', on);
  process.once('SIGINT', on);
  return { promise, dispose: () => (process.off('SIGTERM', on), process.off('SIGINT', on)) };
};

export const registerServe: RegisterCommand = (program, ctx) => {
  program
    .command('serve')
    .description('serve the Graph-compatible API (/v1.0 and /beta auditLogs/signIns) and the web UI')
    .option('--host <host>', 'interface to bind (default 127.0.0.1; env SIGNIN_REPORT_HOST)')
    .option('--port <port>', 'TCP port (default 8787; 0 picks a free one; env SIGNIN_REPORT_PORT)')
    .option('--tls-cert <file>', 'PEM certificate: serve HTTPS (needed by the Graph JS client, see docs/api.md)')
    .option('--tls-key <file>', 'PEM private key for --tls-cert')
    .option('--public-url <url>', 'base of absolute links such as @odata.nextLink, e.g. https://reports.example.com')
    .option('--ui <dir>', 'folder of the built web UI (default: ui/dist of this package, when present)')
    .addHelpText('after', '\nOn first start (no active token) an admin token is created and printed once, with a browser URL.')
    .action((flags: ServeFlags) => runServe(ctx, flags));
};

/** Serves until stopped; also used by `start`. */
export const runServe = async (ctx: CommandContext, flags: ServeFlags): Promise<void> => {
  const cfgFlags = { host: flags.host, port: flags.port, tlsCert: flags.tlsCert, tlsKey: flags.tlsKey, publicUrl: flags.publicUrl };
  const config = ctx.config(cfgFlags);
  if ((config.tlsCert === undefined) !== (config.tlsKey === undefined)) {
    throw new AppError('BadRequest', '--tls-cert and --tls-key go together');
  }
  const https = config.tlsCert && config.tlsKey
    ? { cert: readPem(config.tlsCert, '--tls-cert'), key: readPem(config.tlsKey, '--tls-key') }
    : undefined;
  const uiDir = flags.ui ?? (existsSync(`${DEFAULT_UI_DIR}index.html`) ? DEFAULT_UI_DIR : undefined);
  const store = await ctx.store(cfgFlags);

  let skipTokenKey = await store.getCheckpoint(SKIP_TOKEN_KEY);
  if (!skipTokenKey) {
    skipTokenKey = newRandomKey();
    await store.setCheckpoint(SKIP_TOKEN_KEY, skipTokenKey);
  }
  const clock = { now: () => new Date() };
  const admin = await ensureAdminToken({ tokens: store, crypto: nodeTokenCrypto, clock });

  const logger = pino({ level: config.logLevel, base: { service: 'signin-report' } }, ctx.io.stdout);
  const removeGuard = installProcessGuard(logger);
  let deliveryMetrics: DeliveryMetrics | undefined;
  const app = createApp({
    store,
    clock,
    logger,
    publicUrl: config.publicUrl,
    rateLimitPerMinute: config.rateLimit,
    uiDir,
    https,
    skipTokenKey,
    limits: { exportsPerToken: config.exportsPerToken, exportsTotal: config.exportsTotal, queryTimeoutMs: config.queryTimeoutMs },
    registerMetrics: (registry) => {
      deliveryMetrics = createWebhookMetrics(registry, store);
    },
    detections: { rules: loadRules(config), createDetector: (onAlert) => createDetections(config, store, { onAlert }) },
  });
  // Alert webhooks: rows the detection engine queued (or left by a previous run) are sent from here.
  const delivery = createConfiguredDelivery(config, store, {
    metrics: { attempt: (...a) => deliveryMetrics?.attempt(...a) },
    logger,
  });
  // Readers up before the port opens (and before webhooks go out): the first requests do not
  // wait for workers to load.
  await store.warm?.();
  delivery.start();
  await app.listen({ host: config.host, port: config.port });
  // retentionDays > 0: prune older sign-ins shortly after start and then daily.
  const retention = scheduleRetention(store, config.retentionDays, logger);
  const port = (app.server.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = config.publicUrl?.replace(/\/+$/, '') ?? `${https ? 'https' : 'http'}://${shownHost}:${port}`;
  ctx.err(`signin-report listening on ${url} (API: ${url}/beta/auditLogs/signIns, OpenAPI: ${url}/openapi.json)`);
  if (admin) announceAdminToken(ctx, admin, url, { db: config.db, cwd: process.cwd() }, clock.now());

  const stop = ctx.io.stopSignal ? { promise: ctx.io.stopSignal, dispose: () => undefined } : processStopSignal();
  try {
    await stop.promise;
  } finally {
    stop.dispose();
    logger.info('shutting down');
    await retention.stop();
    await delivery.stop();
    await app.close();
    removeGuard();
    ctx.err('signin-report stopped');
  }
};
