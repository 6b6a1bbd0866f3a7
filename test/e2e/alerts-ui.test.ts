/**
 * End-to-end for the Alerts page: demo data (with its injected password spray and MFA fatigue) and
 * `detect`, then real Chromium opens the Alerts page, checks the navigation badge, filters to the
 * spray, opens it, follows its evidence link to the sign-in list (the same rows the API counts),
 * acknowledges it with a note, sees a read-only token refused with a clear message, reads the
 * rules and the dashboard tile, passes axe-core, and saves screenshots to docs/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { startServer, type RunningServer } from './server.js';

const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AlertJson {
  id: string;
  ruleId: string;
  title: { en: string; ja: string };
  status: string;
  signInCount: number;
  signInIdsTruncated: boolean;
  filter: string;
  history: { status: string; note?: string; by?: string }[];
}

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let spray: AlertJson;
const pageErrors: string[] = [];
const cspViolations: string[] = [];
let lastListFilter = '';

const api = async (path: string, token = server.token) => {
  const res = await fetch(`${server.origin}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
  return res.json() as Promise<unknown>;
};

const countThroughApi = async (filter: string): Promise<number> => {
  let next: string | undefined = `/v1.0/auditLogs/signIns?${new URLSearchParams({ $filter: filter, $top: '1000', $select: 'id' }).toString()}`;
  let n = 0;
  while (next) {
    const body = (await api(next)) as { value: unknown[]; '@odata.nextLink'?: string };
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

const newContext = (scheme: 'light' | 'dark', lang: 'en' | 'ja' = 'en') =>
  browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: scheme, locale: lang === 'ja' ? 'ja-JP' : 'en-US', timezoneId: 'Asia/Tokyo', reducedMotion: 'reduce' });

const withToken = (path: string, token = server.token) => `${server.origin}${path}#token=${encodeURIComponent(token)}`;
const param = (p: Page, name: string) => new URL(p.url()).searchParams.get(name);
const alertRows = (p: Page) => p.locator('tr.alert-row');

const checkA11y = async (p: Page, label: string): Promise<void> => {
  if ((await p.evaluate('typeof window.axe')) === 'undefined') await p.evaluate(AXE_SOURCE);
  const violations = (await p.evaluate(`
    window.axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))
  `)) as { id: string; impact: string | null }[];
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${label}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
};

const shoot = (p: Page, name: string, fullPage = false) => p.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });

/** Scrolls the sign-in grid until every page is loaded; returns the count the page reports. */
const loadAll = async (p: Page): Promise<number> => {
  const grid = p.getByRole('grid');
  for (let i = 0; i < 200; i++) {
    const done = /^([\d,]+) sign-ins?$/.exec((await p.locator('.toolbar .count').innerText()).trim());
    if (done?.[1]) return Number(done[1].replace(/,/g, ''));
    await grid.focus();
    await grid.press('End');
    await p.waitForTimeout(150);
  }
  throw new Error('the list never finished loading');
};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({ count: 20_000, days: 30, seed: 7, prepare: [['detect', '--since', '30d']] });
  browser = await launchChromium();
  const list = (await api('/api/alerts?ruleId=password-spray')) as { value: AlertJson[] };
  expect(list.value.length, 'the demo data has a password spray, so detect finds one').toBeGreaterThan(0);
  spray = list.value[0] as AlertJson;
  const fatigue = (await api('/api/alerts?ruleId=mfa-fatigue')) as { value: AlertJson[] };
  expect(fatigue.value.length, 'the demo data has MFA fatigue, so detect finds it').toBeGreaterThan(0);
  context = await newContext('light');
  page = watch(await context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the Alerts page in Chromium', () => {
  it('shows the open alerts in the navigation badge and the list', async () => {
    const stats = (await api('/api/alerts/stats')) as { byStatus: Record<string, number> };
    const open = (stats.byStatus.new ?? 0) + (stats.byStatus.acknowledged ?? 0);
    await page.goto(withToken('/?page=alerts'));
    await alertRows(page).first().waitFor();
    const nav = page.getByRole('navigation');
    await expect.poll(() => nav.locator('.nav-badge').getAttribute('data-count')).toBe(String(open));
    await nav.getByRole('link', { name: `Alerts (${open} open alert${open === 1 ? '' : 's'})` }).waitFor();
    await shoot(page, 'alerts-list-light');
    await checkA11y(page, 'alert list (light)');
  });

  it('filters to the password spray by rule; the URL keeps the filter', async () => {
    await page.getByRole('combobox', { name: 'Rule' }).selectOption('password-spray');
    await expect.poll(() => param(page, 'rule')).toBe('password-spray');
    await expect.poll(async () => new Set(await alertRows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule'))))).toEqual(new Set(['password-spray']));
    await page.reload();
    await alertRows(page).first().waitFor();
    expect(await page.getByRole('combobox', { name: 'Rule' }).inputValue()).toBe('password-spray');
  });

  it('opens the spray alert with the keyboard and shows its summary, timeline and figures', async () => {
    const link = page.locator(`tr.alert-row[data-id="${spray.id}"] a.alert-title-link`);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'sel')).toBe(spray.id);
    await page.getByRole('heading', { name: spray.title.en, level: 2 }).waitFor();
    await page.locator('.alert-detail .chart canvas').first().waitFor();
    await page.getByRole('heading', { name: 'Figures' }).waitFor();
    await page.waitForTimeout(300);
    await shoot(page, 'alert-detail-light', true);
    await checkA11y(page, 'alert detail (light)');
  });

  it('follows the evidence link to the sign-in list, which holds exactly the evidence', async () => {
    await page.getByRole('link', { name: 'Open these sign-ins in the list' }).click();
    await expect.poll(() => param(page, 'filter')).toBe(spray.filter);
    expect(param(page, 'page')).toBeNull();
    await page.locator('.grid-data-row').first().waitFor();
    expect(lastListFilter).toContain(`(${spray.filter})`);
    const shown = await loadAll(page);
    expect(shown).toBe(await countThroughApi(spray.filter));
    if (!spray.signInIdsTruncated) expect(shown).toBe(spray.signInCount);
    expect(await page.getByRole('textbox', { name: 'Alert evidence filter' }).inputValue()).toBe(spray.filter);
    await page.goBack();
    await page.getByRole('heading', { name: spray.title.en, level: 2 }).waitFor();
  });

  it('acknowledges the alert with a note; the server keeps the status, the note and who did it', async () => {
    const note = 'Checked with two of the account owners: not them. Blocking the address at the proxy.';
    await page.getByLabel('Note (optional)').fill(note);
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByText('Status changed to Acknowledged.').waitFor();
    await page.locator('.alert-history').getByText(note).waitFor();
    const saved = (await api(`/api/alerts/${spray.id}`)) as AlertJson;
    expect(saved.status).toBe('acknowledged');
    const last = saved.history.at(-1);
    expect(last?.status).toBe('acknowledged');
    expect(last?.note).toBe(note);
    expect(last?.by).toBeTruthy();
  });

  it('tells a read-only token why it cannot triage, and changes nothing', async () => {
    const readToken = (await server.cli(['token', 'create', '--name', 'e2e-reader', '--scope', 'read'])).trim();
    const ctx = await newContext('light');
    const p = watch(await ctx.newPage());
    try {
      await p.goto(withToken(`/?page=alerts&sel=${spray.id}`, readToken));
      await p.getByRole('button', { name: 'Resolve' }).click();
      await p.locator('.triage-forbidden').getByText('"triage" or "admin" scope', { exact: false }).waitFor();
    } finally {
      await ctx.close();
    }
    expect(((await api(`/api/alerts/${spray.id}`)) as AlertJson).status).toBe('acknowledged');
  });

  it('lists the rules with their parameters', async () => {
    await page.goto(withToken('/?page=alerts&tab=rules'));
    const row = page.locator('.rules-table tr[data-rule="password-spray"]');
    await row.waitFor();
    expect(await row.locator('.figure-list dt').count()).toBeGreaterThan(0);
    await page.locator('.rules-table tr[data-rule="mfa-fatigue"]').waitFor();
    await shoot(page, 'alert-rules-light');
  });

  it('links the dashboard tile to the open alerts of a severity', async () => {
    const stats = (await api('/api/alerts/stats')) as { openBySeverity: Record<string, number> };
    const severity = (['critical', 'high', 'medium', 'low'] as const).find((s) => (stats.openBySeverity[s] ?? 0) > 0);
    if (!severity) throw new Error('no open alert of any severity');
    await page.goto(withToken('/?page=dashboard'));
    const tile = page.locator('section.alerts-tile');
    const card = tile.locator(`.sev-card-${severity} a`);
    await card.waitFor();
    expect((await card.locator('.sev-card-value').innerText()).trim()).toBe(String(stats.openBySeverity[severity]));
    await card.click();
    await expect.poll(() => param(page, 'severity')).toBe(severity);
    expect(param(page, 'status')).toBe('open');
    await alertRows(page).first().waitFor();
    expect(await alertRows(page).count()).toBe(stats.openBySeverity[severity]);
  });

  it('renders in the dark scheme and in Japanese', async () => {
    for (const [scheme, lang] of [['dark', 'en'], ['dark', 'ja'], ['light', 'ja']] as const) {
      const ctx = await newContext(scheme, lang);
      const p = watch(await ctx.newPage());
      try {
        await p.goto(withToken('/?page=alerts'));
        await alertRows(p).first().waitFor();
        if (lang === 'ja') await p.getByRole('heading', { name: 'アラート', level: 1 }).waitFor();
        const suffix = `${scheme}${lang === 'ja' ? '-ja' : ''}`;
        await shoot(p, `alerts-list-${suffix}`);
        await checkA11y(p, `alert list (${suffix})`);
        await p.goto(withToken(`/?page=alerts&sel=${spray.id}`));
        await p.getByRole('heading', { name: lang === 'ja' ? spray.title.ja : spray.title.en, level: 2 }).waitFor();
        await p.locator('.alert-detail .chart canvas').first().waitFor();
        await p.waitForTimeout(300);
        await shoot(p, `alert-detail-${suffix}`, true);
        await checkA11y(p, `alert detail (${suffix})`);
      } finally {
        await ctx.close();
      }
    }
  });

  it('loads nothing the strict CSP blocks and throws no errors', () => {
    expect(cspViolations.slice(0, 5)).toEqual([]);
    expect(pageErrors.slice(0, 5)).toEqual([]);
  });
});
