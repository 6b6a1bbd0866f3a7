/**
 * End-to-end: the built CLI serves demo data and the built UI; real Chromium filters failures with
 * code 50126, reads a troubleshooting tab in Japanese, reloads and shares the URL, exports the
 * filtered rows, clicks through the dashboard, checks accessibility with axe-core and saves
 * screenshots of every page (light/dark × en/ja) under test/e2e/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';

const SHOTS = join(import.meta.dirname, 'screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const cspViolations: string[] = [];
const pageErrors: string[] = [];
/** `$filter` of the latest list request the page made. */
let lastListFilter = '';
let firstRowId = '';
let filteredCount = -1;

const api = (path: string) => fetch(`${server.origin}${path}`, { headers: { authorization: `Bearer ${server.token}` } });

/** Counts the rows of a `$filter` through the Graph-compatible API, following nextLink to the end. */
const countThroughApi = async (filter: string): Promise<number> => {
  let next: string | undefined = `/beta/auditLogs/signIns?${new URLSearchParams({ $filter: filter, $top: '50' }).toString()}`;
  let n = 0;
  while (next) {
    const res = await api(next);
    expect(res.status, await res.clone().text()).toBe(200);
    const body = (await res.json()) as { value: unknown[]; '@odata.nextLink'?: string };
    n += body.value.length;
    next = body['@odata.nextLink'] ? new URL(body['@odata.nextLink']).pathname + new URL(body['@odata.nextLink']).search : undefined;
  }
  return n;
};

const watch = (p: Page): Page => {
  p.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  p.on('pageerror', (e) => pageErrors.push(e.message));
  p.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.endsWith('/beta/auditLogs/signIns')) lastListFilter = u.searchParams.get('$filter') ?? lastListFilter;
  });
  return p;
};

const newContext = (opts: { scheme: 'light' | 'dark'; lang: 'en' | 'ja' }) =>
  browser.newContext({
    viewport: { width: 1440, height: 900 },
    colorScheme: opts.scheme,
    locale: opts.lang === 'ja' ? 'ja-JP' : 'en-US',
    timezoneId: 'Asia/Tokyo',
    reducedMotion: 'reduce',
  });

const withToken = (path: string) => `${server.origin}${path}#token=${encodeURIComponent(server.token)}`;

const rows = (p: Page) => p.locator('.grid-data-row');

// Polled from Node: the page's CSP (rightly) forbids the string evaluation waitForFunction uses.
const param = (p: Page, name: string) => new URL(p.url()).searchParams.get(name);

/** Index of a column in the grid, by its header text. */
const columnIndex = async (p: Page, header: string): Promise<number> => {
  const headers = await p.getByRole('columnheader').allInnerTexts();
  const i = headers.findIndex((h) => h.trim() === header);
  expect(i, `column ${header} in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return i;
};

const cellTexts = async (p: Page, column: number): Promise<string[]> =>
  rows(p).evaluateAll((els, c) => els.map((el) => el.querySelectorAll('[role=gridcell]')[c]?.textContent?.trim() ?? ''), column);

/** Scrolls the grid to the end until every page is loaded; returns the number the page reports. */
const loadAll = async (p: Page): Promise<number> => {
  const grid = p.getByRole('grid');
  for (let i = 0; i < 200; i++) {
    const text = (await p.locator('.toolbar .count').innerText()).trim();
    const done = /^([\d,]+) (sign-ins?|件のサインイン)$/.exec(text);
    if (done?.[1]) return Number(done[1].replace(/,/g, ''));
    await grid.focus();
    await grid.press('End');
    await p.waitForTimeout(150);
  }
  throw new Error('the list never finished loading');
};

const checkA11y = async (p: Page, label: string): Promise<void> => {
  if ((await p.evaluate('typeof window.axe')) === 'undefined') await p.evaluate(AXE_SOURCE);
  const violations = (await p.evaluate(`
    window.axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))
  `)) as { id: string; impact: string | null; help: string; nodes: string[] }[];
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${label}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
};

const shoot = (p: Page, name: string) => p.screenshot({ path: join(SHOTS, `${name}.png`) });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({ count: 20_000, days: 30, seed: 7 });
  browser = await launchChromium();
  // Every /api route the report uses answers: no test below may take a "not available" path.
  const now = new Date();
  const since = new Date(now.getTime() - 86_400_000).toISOString();
  expect((await api('/api/error-codes/50126')).status).toBe(200);
  expect((await api(`/api/dashboard?since=${since}&until=${now.toISOString()}&tz=UTC`)).status).toBe(200);
  expect((await api(`/api/export?format=ndjson&$filter=${encodeURIComponent("id eq 'none'")}`)).status).toBe(200);
  context = await newContext({ scheme: 'light', lang: 'en' });
  page = watch(await context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the web report in Chromium', () => {
  it('opens the URL the server printed, keeps the token out of the address bar and shows rows', async () => {
    const started = Date.now();
    await page.goto(server.browserUrl);
    await rows(page).first().waitFor();
    const wall = Date.now() - started;
    const sincePageStart = Math.round((await page.evaluate('performance.now()')) as number);
    console.log(`time to first table row: ${wall} ms from navigation (${sincePageStart} ms by the page's clock)`);
    expect(page.url()).not.toContain('token');
    expect(await page.evaluate("sessionStorage.getItem('signin-report.token')")).toBe(server.token);
    expect(lastListFilter).toMatch(/^signInEventTypes\/any\(t: t eq 'interactiveUser' or t eq 'nonInteractiveUser' or /);
  });

  it('filters failures with error code 50126', async () => {
    await page.getByRole('combobox', { name: 'Status' }).selectOption('failure');
    const code = page.getByRole('searchbox', { name: 'Error code' });
    await code.fill('50126');
    await code.press('Enter');
    await expect.poll(() => param(page, 'code')).toBe('50126');
    await expect.poll(() => page.locator('.toolbar .count').innerText()).toMatch(/^\d/);
    await rows(page).first().waitFor();
    expect(lastListFilter).toContain("outcome eq 'failure'");
    expect(lastListFilter).toContain('status/errorCode eq 50126');
    const codes = await cellTexts(page, await columnIndex(page, 'Error code'));
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['50126']));
    expect(new Set(await cellTexts(page, await columnIndex(page, 'Status')))).toEqual(new Set(['Failure']));
    filteredCount = await loadAll(page);
    expect(filteredCount).toBe(await countThroughApi(lastListFilter));
    firstRowId = (await rows(page).first().getAttribute('data-id')) ?? '';
    expect(firstRowId).not.toBe('');
    await shoot(page, 'sign-ins-filtered-light-en');
  });

  it('moves through the grid with the keyboard and opens a row with Enter', async () => {
    const grid = page.getByRole('grid');
    await grid.focus();
    await grid.press('Home');
    await grid.press('ArrowDown');
    const second = await rows(page).nth(1).getAttribute('data-id');
    expect(await grid.getAttribute('aria-activedescendant')).toBe('signin-row-1');
    await grid.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(param(page, 'sel')).toBe(second);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // Focus goes back to the grid, ready for the next row.
    expect(await page.evaluate('document.activeElement?.getAttribute("role")')).toBe('grid');
  });

  it('opens a row and reads its troubleshooting tab in Japanese', async () => {
    await rows(page).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '日本語' }).click();
    await dialog.getByRole('tab', { name: 'トラブルシューティング' }).click();
    await expect.poll(() => param(page, 'dtab')).toBe('troubleshooting');
    const entry = (await (await api('/api/error-codes/50126')).json()) as { ja: { title: string; action: string[] } };
    await dialog.getByRole('heading', { name: entry.ja.title }).waitFor();
    await dialog.getByText('対応する人').waitFor();
    await dialog.getByText('対処方法').waitFor();
    for (const step of entry.ja.action) await dialog.getByText(step, { exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await page.waitForTimeout(300);
    await shoot(page, 'detail-troubleshooting-light-ja');
    await checkA11y(page, 'detail dialog');
  });

  it('reloads the URL and gets the same view; a colleague opening the link gets it too', async () => {
    const shared = page.url();
    expect(new URL(shared).searchParams.get('sel')).toBe(firstRowId);
    const before = lastListFilter.replace(/createdDateTime ge \S+/, '');
    await page.reload();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('tab', { name: 'トラブルシューティング', selected: true }).waitFor();
    expect(await page.getByRole('combobox', { name: '状態' }).inputValue()).toBe('failure');
    expect(await page.getByRole('searchbox', { name: 'エラー コード' }).inputValue()).toBe('50126');
    expect(lastListFilter.replace(/createdDateTime ge \S+/, '')).toBe(before);

    const colleague = await newContext({ scheme: 'light', lang: 'en' });
    const other = watch(await colleague.newPage());
    await other.goto(`${shared}#token=${encodeURIComponent(server.token)}`);
    const theirs = other.getByRole('dialog');
    await theirs.getByRole('tab', { name: 'Troubleshooting', selected: true }).waitFor();
    expect(await other.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('failure');
    await rows(other).first().waitFor();
    expect(await rows(other).first().getAttribute('data-id')).toBe(firstRowId);
    await colleague.close();

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('exports exactly the filtered rows (NDJSON and CSV)', async () => {
    const download = async (label: RegExp) => {
      await page.getByText('Export', { exact: true }).click();
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
      return readFileSync(await dl.path(), 'utf8');
    };
    const ndjson = await download(/^NDJSON/);
    const lines = ndjson.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(filteredCount);
    for (const l of lines) expect((JSON.parse(l) as { status: { errorCode: number } }).status.errorCode).toBe(50126);

    const csv = await download(/^CSV/);
    // Records, not lines: quoted fields may hold line breaks.
    let records = 0;
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      const ch = csv[i];
      if (ch === '"') quoted = !quoted;
      else if (ch === '\n' && !quoted) records++;
    }
    if (!csv.endsWith('\n')) records++;
    expect(records - 1).toBe(filteredCount);
  });

  it('goes to the dashboard and clicks through a bar to the sign-ins behind it', async () => {
    await page.getByRole('link', { name: 'Failures dashboard' }).click();
    await page.getByRole('heading', { name: 'Failures dashboard', level: 1 }).waitFor();
    const section = page.locator('section.panel', { has: page.getByRole('heading', { name: 'Top error codes' }) });
    const canvas = section.locator('canvas').first();
    await canvas.waitFor();
    const topCodes = await section.locator('tbody tr td:first-child').allTextContents();
    expect(topCodes.length).toBeGreaterThan(0);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no chart');
    // The largest bar is the first one, spanning most of the plot's width.
    const band = (box.height - 16) / Math.min(10, topCodes.length);
    await page.mouse.click(box.x + box.width * 0.7, box.y + 8 + band / 2);
    const code = topCodes[0]?.trim() ?? '';
    await expect.poll(() => param(page, 'code')).toBe(code);
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();
    await rows(page).first().waitFor();
    expect(new Set(await cellTexts(page, await columnIndex(page, 'Error code')))).toEqual(new Set([code]));
  });

  it('loads no inline script or style that the strict CSP blocks, and throws no errors', () => {
    expect(cspViolations.slice(0, 5)).toEqual([]);
    expect(pageErrors.slice(0, 5)).toEqual([]);
  });
});

describe('every page, light and dark, English and Japanese', () => {
  const combos = [
    { scheme: 'light', lang: 'en' },
    { scheme: 'dark', lang: 'en' },
    { scheme: 'light', lang: 'ja' },
    { scheme: 'dark', lang: 'ja' },
  ] as const;

  it.each(combos)('renders and passes axe-core ($scheme, $lang)', async ({ scheme, lang }) => {
    const ctx = await newContext({ scheme, lang });
    const p = watch(await ctx.newPage());
    const suffix = `${scheme}-${lang}`;
    try {
      await p.goto(`${server.origin}/`);
      await p.locator('.sign-in-card').waitFor();
      await shoot(p, `sign-in-screen-${suffix}`);
      await checkA11y(p, `sign-in screen ${suffix}`);

      await p.goto(withToken('/'));
      await rows(p).first().waitFor();
      await shoot(p, `sign-ins-${suffix}`);
      await checkA11y(p, `sign-ins ${suffix}`);

      await p.goto(withToken(`/?outcome=failure&code=50126&sel=${encodeURIComponent(firstRowId)}&dtab=troubleshooting`));
      await p.getByRole('dialog').locator('.troubleshooting').waitFor();
      await p.waitForTimeout(500);
      await shoot(p, `detail-${suffix}`);
      await checkA11y(p, `detail ${suffix}`);

      await p.goto(withToken('/?page=dashboard'));
      await p.locator('.chart canvas').first().waitFor();
      await p.waitForTimeout(300);
      await shoot(p, `dashboard-${suffix}`);
      await p.screenshot({ path: join(SHOTS, `dashboard-full-${suffix}.png`), fullPage: true });
      await checkA11y(p, `dashboard ${suffix}`);

      await p.goto(withToken('/?page=error-codes&open=50126'));
      await p.locator('.codes-table').first().waitFor();
      await shoot(p, `error-codes-${suffix}`);
      await checkA11y(p, `error codes ${suffix}`);
    } finally {
      await ctx.close();
    }
    expect(cspViolations.slice(0, 5)).toEqual([]);
    expect(pageErrors.slice(0, 5)).toEqual([]);
  });
});
