/**
 * End-to-end: the built CLI serves demo data; real Chromium opens a user from the sign-in list,
 * sees the figures, the chart, the offline map and the "new" facts as the API gives them, pans
 * the map with the keyboard, follows the list link, the IP and app pages, an alert naming the
 * user (served by a stand-in until the alert routes exist) and saves screenshots to docs/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const cspViolations: string[] = [];
const pageErrors: string[] = [];
const foreignRequests: string[] = [];
let userKey = '';

const api = (path: string) => fetch(`${server.origin}${path}`, { headers: { authorization: `Bearer ${server.token}` } });
const param = (p: Page, name: string) => new URL(p.url()).searchParams.get(name);
const withToken = (path: string) => `${server.origin}${path}#token=${encodeURIComponent(server.token)}`;

const watch = (p: Page): Page => {
  p.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  p.on('pageerror', (e) => pageErrors.push(e.message));
  // The map must not reach for tiles or fonts anywhere: every request stays on the server.
  p.on('request', (r) => {
    if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
  });
  return p;
};

const newContext = (scheme: 'light' | 'dark') =>
  browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: scheme, locale: 'en-US', timezoneId: 'Asia/Tokyo', reducedMotion: 'reduce' });

const checkA11y = async (p: Page, label: string): Promise<void> => {
  if ((await p.evaluate('typeof window.axe')) === 'undefined') await p.evaluate(AXE_SOURCE);
  const violations = (await p.evaluate(`
    window.axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))
  `)) as { id: string; impact: string | null; help: string }[];
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${label}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
};

/** Waits for the page's sections to settle: summary, chart, map (or its empty note), latest sign-ins. */
const settled = async (p: Page): Promise<void> => {
  await p.locator('.entity-cards').waitFor();
  await p.locator('#h-entity-time ~ .chart canvas, #h-entity-time').first().waitFor();
  await p.locator('.page-entity .chart canvas').first().waitFor();
  await p.locator('.map-canvas canvas, #h-entity-map ~ p.muted').first().waitFor();
  await p.locator('#h-entity-latest').waitFor();
  await expect.poll(() => p.locator('.page-entity [role=status].state-loading').count()).toBe(0);
  // Let ECharts finish drawing (animation is off with reduced motion).
  await p.waitForTimeout(400);
};

const shoot = async (p: Page, name: string) => {
  await p.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

interface Summary {
  displayName: string | null;
  totals: { total: number };
  newFacts: { kind: string; value: string }[];
  apps: { appId: string | null; value: string }[];
  ips: { value: string }[];
}

const summaryOf = async (kind: string, key: string, since: string, until: string): Promise<Summary> => {
  const res = await api(`/api/entities/${kind}/${encodeURIComponent(key)}?${new URLSearchParams({ since, until, tz: 'Asia/Tokyo' }).toString()}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Summary;
};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({ count: 8_000, days: 30, seed: 13 });
  browser = await launchChromium();
  context = await newContext('light');
  page = watch(await context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the user, IP address and application pages in Chromium', () => {
  it('opens a user from the sign-in list', async () => {
    await page.goto(server.browserUrl);
    const link = page.locator('.grid-data-row [role=gridcell] a.entity-link[href*="page=user"]').first();
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    userKey = new URLSearchParams(href.slice(1)).get('key') ?? '';
    expect(userKey).toMatch(/@/);
    await link.click();
    await expect.poll(() => param(page, 'page')).toBe('user');
    expect(param(page, 'key')).toBe(userKey);
    // The link opened the page, not the row's detail panel.
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^User: .*${userKey.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).waitFor();
    await settled(page);
  });

  it('shows the figures, the chart, the map and the new facts the API gives', async () => {
    const period = (await page.locator('.period').innerText()).trim();
    expect(period).toMatch(/Asia\/Tokyo/);
    const until = new Date().toISOString();
    const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const s = await summaryOf('user', userKey, since, until);
    const total = await page.locator('[data-card=total] .card-value').innerText();
    expect(Number(total.replace(/,/g, ''))).toBe(s.totals.total);
    expect(await page.locator('.page-entity .chart canvas').first().isVisible()).toBe(true);
    const markers = Number(await page.locator('.map-canvas').getAttribute('data-markers'));
    expect(markers).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'New in the last 7 days' }).waitFor();
    const shown = await page.locator('.new-fact').evaluateAll((els) => els.map((e) => e.querySelector('.new-fact-value')?.textContent ?? ''));
    expect(shown).toHaveLength(s.newFacts.length);
    if (s.newFacts.length === 0) await page.getByText('Nothing new:').waitFor();
    // The alerts naming the user, as the alert API lists them: a row each, or a quiet sentence.
    const res = await api(`/api/alerts?${new URLSearchParams({ entityKind: 'user', entityValue: userKey }).toString()}`);
    expect(res.status).toBe(200);
    const named = ((await res.json()) as { value: { id: string }[] }).value;
    if (named.length === 0) await page.getByText('No alert names this entity.').waitFor();
    else await expect.poll(() => page.locator('[aria-labelledby=h-entity-alerts] tbody tr').count()).toBe(named.length);
    expect(await page.locator('.page-entity [role=alert]').count()).toBe(0);
    await shoot(page, 'entity-user-light-en');
    await checkA11y(page, 'user page');
  });

  it('zooms and pans the map with the keyboard and keeps every place in the table', async () => {
    const map = page.locator('.map-canvas');
    const before = Number(await map.getAttribute('data-markers'));
    await map.focus();
    for (let i = 0; i < 6; i++) await map.press('+');
    await map.press('ArrowLeft');
    const zoomed = Number(await map.getAttribute('data-markers'));
    // Zooming in splits clusters (never merges them); the count text follows.
    expect(zoomed).toBeGreaterThanOrEqual(before);
    await expect.poll(() => page.locator('.map-count').innerText()).toMatch(new RegExp(`^Markers: ${zoomed.toLocaleString('en-US')} ·`));
    // 0 shows the whole world: never more markers than zoomed in.
    await map.press('0');
    await expect.poll(async () => Number(await map.getAttribute('data-markers'))).toBeLessThanOrEqual(zoomed);
    await page.getByText('The places as a table').click();
    expect(await page.locator('#h-entity-map ~ details tbody tr, #h-entity-map ~ .data-details tbody tr').count()).toBeGreaterThan(0);
  });

  it('switches to hourly bars and 7 days, kept in the URL', async () => {
    await page.getByRole('button', { name: 'Hour', exact: true }).click();
    await expect.poll(() => param(page, 'bucket')).toBe('hour');
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    await expect.poll(() => param(page, 'range')).toBe('7d');
    await settled(page);
    await page.reload();
    await settled(page);
    expect(await page.getByRole('button', { name: 'Last 7 days' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Hour', exact: true }).getAttribute('aria-pressed')).toBe('true');
  });

  it('follows the link to the sign-in list filtered to the user', async () => {
    await page.getByRole('link', { name: 'Open all sign-ins of this entity in the list' }).click();
    await expect.poll(() => param(page, 'user')).toBe(userKey);
    expect(param(page, 'range')).toBe('custom');
    await page.locator('.grid-data-row').first().waitFor();
    const upns = await page.locator('.grid-data-row a.entity-link[href*="page=user"]').evaluateAll((els) => els.map((e) => new URLSearchParams(e.getAttribute('href')?.slice(1)).get('key')));
    expect(upns.length).toBeGreaterThan(0);
    expect(new Set(upns)).toEqual(new Set([userKey]));
    await page.goBack();
    await expect.poll(() => param(page, 'page')).toBe('user');
  });

  it('opens the IP address and the application pages from the lists', async () => {
    await settled(page);
    const ipLink = page.locator('#h-list-ips ~ div a').first();
    const ip = (await ipLink.innerText()).trim();
    await ipLink.click();
    await expect.poll(() => param(page, 'page')).toBe('ip');
    expect(param(page, 'key')).toBe(ip);
    await page.getByRole('heading', { level: 1, name: `IP address: ${ip}` }).waitFor();
    await settled(page);
    await page.getByRole('heading', { name: 'Users tried from this address' }).waitFor();
    expect(await page.locator('#h-list-users ~ div tbody tr').count()).toBeGreaterThan(0);
    await shoot(page, 'entity-ip-light-en');

    const appLink = page.locator('#h-list-apps ~ div a').first();
    await appLink.click();
    await expect.poll(() => param(page, 'page')).toBe('app');
    const appId = param(page, 'key') ?? '';
    expect(appId).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /^Application: / }).waitFor();
    await settled(page);
    await page.getByRole('heading', { name: 'Who has to act on the failures' }).waitFor();
    await shoot(page, 'entity-app-light-en');
    await checkA11y(page, 'application page');
  });

  it('draws the legs of an alert naming the user and follows the alert link', async () => {
    const travel = {
      id: 'al_00112233445566778899aabb',
      ruleId: 'impossible-travel',
      title: { en: 'Impossible travel', ja: 'ありえない移動' },
      severity: 'high',
      technique: 'T1078',
      status: 'new',
      entity: { kind: 'user', value: userKey },
      firstSeen: '2026-11-30T10:00:00Z',
      lastSeen: '2026-11-30T10:14:00Z',
      signInCount: 2,
      signInIds: ['a', 'b'],
      signInIdsTruncated: false,
      filter: "id eq 'a' or id eq 'b'",
      summary: { en: 'Two sign-ins 9,700 km apart within 14 minutes.', ja: '14 分以内に 9,700 km 離れた 2 件のサインイン。' },
      details: {
        legs: [
          {
            from: { signInId: 'a', at: '2026-11-30T10:00:00Z', lat: 35.68, lon: 139.76, city: 'Tokyo', countryOrRegion: 'JP' },
            to: { signInId: 'b', at: '2026-11-30T10:14:00Z', lat: 48.85, lon: 2.35, city: 'Paris', countryOrRegion: 'FR' },
            distanceKm: 9712,
            speedKmh: 41623,
          },
        ],
      },
      createdAt: '2026-11-30T10:15:00Z',
      updatedAt: '2026-11-30T10:15:00Z',
      history: [],
    };
    // The alert routes are built on another branch; until they are merged, one answer stands in.
    const asked: URL[] = [];
    await page.route('**/api/alerts?**', (route: Route) => {
      asked.push(new URL(route.request().url()));
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ value: [travel] }) });
    });
    await page.goto(withToken(`/?page=user&key=${encodeURIComponent(userKey)}`));
    await settled(page);
    await page.getByRole('link', { name: 'Impossible travel' }).waitFor();
    expect(asked[0]?.searchParams.get('entityKind')).toBe('user');
    expect(asked[0]?.searchParams.get('entityValue')).toBe(userKey);
    const legs = page.locator('#h-entity-map ~ details[open] tbody tr');
    expect(await legs.count()).toBe(1);
    expect(await legs.first().innerText()).toMatch(/Tokyo.*\n?.*Paris|Tokyo[\s\S]*Paris/);
    await shoot(page, 'entity-user-alert-light-en');
    await page.getByRole('link', { name: 'Impossible travel' }).click();
    await expect.poll(() => param(page, 'page')).toBe('alerts');
    expect(param(page, 'sel')).toBe(travel.id);
    await page.unroute('**/api/alerts?**');
  });

  it('keeps 10,000 places on the map usable: clustered at world zoom, split while zooming in', async () => {
    // A user with sign-ins from 10,000 places is not in the demo data: the locations answer is
    // replaced by a generated one (every other answer still comes from the server).
    const points = Array.from({ length: 10_000 }, (_, i) => {
      const lat = ((i * 7919) % 14_000) / 100 - 60;
      const lon = ((i * 104_729) % 36_000) / 100 - 180;
      const failure = i % 4 === 0 ? 3 : 0;
      return { lat, lon, city: `Place ${i}`, countryOrRegion: 'JP', count: 3, success: 3 - failure, failure, interrupted: 0, lastSeen: '2026-11-30T10:00:00Z' };
    });
    await page.route('**/locations?**', (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ points, truncated: false }) }));
    const started = Date.now();
    await page.goto(withToken(`/?page=user&key=${encodeURIComponent(userKey)}`));
    const map = page.locator('.map-canvas');
    await map.waitFor();
    await expect.poll(async () => Number(await map.getAttribute('data-markers'))).toBeGreaterThan(0);
    const shown = Date.now() - started;
    const world = Number(await map.getAttribute('data-markers'));
    expect(world).toBeLessThan(2_000);
    await page.getByText('Markers: ').waitFor();
    expect(await page.locator('.map-count').innerText()).toContain('places: 10,000');
    // Main-thread tasks over 50 ms while zooming are what a user would feel as stutter: reported, not asserted.
    await page.evaluate(`window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask' })`);
    await map.focus();
    const steps: number[] = [];
    let last = world;
    for (let i = 0; i < 5; i++) {
      const t0 = Date.now();
      await map.press('+');
      await expect.poll(async () => Number(await map.getAttribute('data-markers'))).not.toBe(last);
      steps.push(Date.now() - t0);
      last = Number(await map.getAttribute('data-markers'));
    }
    expect(last).toBeGreaterThan(world);
    // Places spread over the world start on the whole world, and 0 returns there.
    await map.press('0');
    await expect.poll(async () => Number(await map.getAttribute('data-markers'))).toBe(world);
    const longTasks = (await page.evaluate('window.__long')) as number[];
    console.log(
      `10,000 places: map with ${world} markers ${shown} ms after navigation; zoom steps seen re-clustered after ${steps.join(', ')} ms ` +
        `(polled; ${last} markers after 5 steps); main-thread tasks over 50 ms while zooming: ${longTasks.length ? longTasks.join(', ') + ' ms' : 'none'}`,
    );
    await page.unroute('**/locations?**');
  });

  it('reads well in dark mode, in UTC and in Japanese', async () => {
    const dark = watch(await (await newContext('dark')).newPage());
    await dark.goto(withToken(`/?page=user&key=${encodeURIComponent(userKey)}`));
    await settled(dark);
    await shoot(dark, 'entity-user-dark-en');
    await checkA11y(dark, 'user page, dark');
    // UTC: the server is asked again with tz=UTC and says so in the period line.
    await dark.getByRole('button', { name: 'UTC', exact: true }).click();
    await expect.poll(() => dark.locator('.period').innerText()).toContain('(UTC)');
    await dark.getByRole('button', { name: '日本語' }).click();
    await dark.getByRole('heading', { name: '過去 7 日間に初めて見られたもの' }).waitFor();
    await dark.getByRole('heading', { level: 1, name: /^ユーザー: / }).waitFor();
    await dark.close();
  });

  it('kept the CSP, raised no page error and asked nothing of any other host', () => {
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
