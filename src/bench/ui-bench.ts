/**
 * Web UI figure: time from navigation to the first rendered row of the sign-in table, on
 * loopback, in Debian's Chromium (playwright-core), with the built UI hosted by the real app.
 * Each run uses a fresh browser context (no cache). Goal (PRODUCT.md): ≤ 1 s.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { SignInStore } from '../core/ports.js';
import { createApiToken } from '../core/use-cases/create-api-token.js';
import { revokeApiToken } from '../core/use-cases/revoke-api-token.js';
import { createApp } from '../http/app.js';
import { nodeTokenCrypto } from '../node/node-crypto.js';
import { percentile } from './stats.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const runUiBench = async (opts: { store: SignInStore; uiDir: string; runs?: number }): Promise<Record<string, number>> => {
  if (!existsSync(join(opts.uiDir, 'index.html'))) throw new Error(`no built UI in ${opts.uiDir} (npm run build)`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  const clock = { now: () => new Date() };
  const { token, secret } = await createApiToken({ tokens: opts.store, crypto: nodeTokenCrypto, clock }, { name: `ui-bench-${Date.now()}`, scopes: ['read'] });
  const app = createApp({ store: opts.store, uiDir: opts.uiDir, rateLimitPerMinute: 1_000_000 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const times: number[] = [];
    for (let i = 0; i < (opts.runs ?? 5); i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${origin}/?range=all#token=${encodeURIComponent(secret)}`);
      await page.locator('.grid-data-row').first().waitFor({ state: 'visible', timeout: 30_000 });
      times.push(performance.now() - started);
      await context.close();
    }
    times.sort((a, b) => a - b);
    return { 'time to first table row, ms p50': percentile(times, 50), 'time to first table row, ms max': percentile(times, 100) };
  } finally {
    await browser.close();
    await app.close();
    await revokeApiToken({ tokens: opts.store, clock }, token.id).catch(() => undefined);
  }
};
