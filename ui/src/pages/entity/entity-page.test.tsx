/**
 * @vitest-environment jsdom
 * Covers the entity page against a fake server before any chart is drawn: the request it sends
 * (key, period, time zone), "never seen" (404), a server without the routes (405), errors in
 * words, and the alerts panel's quiet, empty and filled states.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityAlert } from '../../api/entity-alerts.js';
import { initAuth } from '../../api/token.js';
import { createI18n } from '../../i18n/i18n.js';
import { createQueryClient, Root } from '../../root.js';
import { SettingsProvider } from '../../state/settings.js';
import { EntityAlerts } from './entity-alerts.js';

type Reply = { status: number; body: unknown };
let reply: (url: URL) => Reply;
const requests: URL[] = [];
const envelope = (code: string, message: string) => ({ error: { code, message } });

beforeEach(() => {
  requests.length = 0;
  sessionStorage.clear();
  localStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), window.location.href);
      requests.push(url);
      const r = reply(url);
      return new Response(JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json' } });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// The page is loaded on demand (it brings ECharts): the first render in a test waits for the import.
const LOAD = { timeout: 15_000 };

const start = (path: string) => {
  window.history.replaceState(null, '', path);
  initAuth();
  render(<Root i18n={createI18n('en')} queryClient={createQueryClient()} />);
};

describe('the entity page against a fake server', () => {
  it('asks for the user’s summary over the last 30 days in the viewer’s zone and says when it was never seen', async () => {
    reply = () => ({ status: 404, body: envelope('NotFound', 'No sign-in for this user') });
    start('/?page=user&key=Adele%40Contoso.com#token=t');
    expect(await screen.findByText('No sign-in has ever been recorded for adele@contoso.com.', {}, LOAD)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('User: adele@contoso.com');
    const asked = requests.find((u) => u.pathname.startsWith('/api/entities/'));
    expect(asked?.pathname).toBe('/api/entities/user/adele%40contoso.com');
    const since = Date.parse(asked?.searchParams.get('since') ?? '');
    const until = Date.parse(asked?.searchParams.get('until') ?? '');
    expect(until - since).toBe(30 * 86_400_000);
    expect(asked?.searchParams.get('tz')).toBeTruthy();
    // "Never seen" is not asked again.
    expect(requests.filter((u) => u.pathname.startsWith('/api/entities/'))).toHaveLength(1);
  });

  it('sends a custom period as chosen', async () => {
    reply = () => ({ status: 404, body: envelope('NotFound', 'none') });
    start('/?page=ip&key=203.0.113.5&range=custom&from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z#token=t');
    await screen.findByText('No sign-in has ever been recorded for 203.0.113.5.', {}, LOAD);
    const asked = requests.find((u) => u.pathname.startsWith('/api/entities/'));
    expect(asked?.pathname).toBe('/api/entities/ip/203.0.113.5');
    expect(asked?.searchParams.get('since')).toBe('2026-11-01T00:00:00.000Z');
    expect(asked?.searchParams.get('until')).toBe('2026-11-02T00:00:00.000Z');
    expect(screen.getByRole('button', { name: 'Custom range' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says the server lacks the pages when the route is missing (405 from the catch-all)', async () => {
    reply = () => ({ status: 405, body: envelope('MethodNotAllowed', 'GET is not allowed here') });
    start('/?page=app&key=1fec8e78-bce4-4aaf-ab1b-5451cc387264#token=t');
    expect(await screen.findByText('This server cannot show entity pages yet.', {}, LOAD)).toBeTruthy();
  });

  it('shows a bad request in words', async () => {
    reply = () => ({ status: 400, body: envelope('BadRequest', 'The key is not a valid IP address') });
    start('/?page=ip&key=not-an-ip#token=t');
    const alert = await screen.findByRole('alert', {}, LOAD);
    expect(alert.textContent).toContain('The key is not a valid IP address');
  });
});

const alert: EntityAlert = {
  id: 'al_00112233445566778899aabb',
  ruleId: 'password-spray',
  title: { en: 'Password spray', ja: 'パスワード スプレー' },
  severity: 'critical',
  technique: 'T1110.003',
  status: 'acknowledged',
  firstSeen: '2026-11-30T10:00:00Z',
  lastSeen: '2026-11-30T10:14:00Z',
  signInCount: 42,
  summary: { en: '42 failures across 30 users from one address.', ja: '1 つのアドレスから 30 人に対して 42 回失敗。' },
  entity: { kind: 'ip', value: '198.51.100.23' },
  signInIds: [],
  signInIdsTruncated: false,
  filter: "ipAddress eq '198.51.100.23'",
  details: {},
  createdAt: '2026-11-30T10:15:00Z',
  updatedAt: '2026-11-30T10:15:00Z',
  history: [],
  legs: [],
};

const renderAlerts = (props: Parameters<typeof EntityAlerts>[0], lang: 'en' | 'ja' = 'en') =>
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <SettingsProvider>
        <EntityAlerts {...props} />
      </SettingsProvider>
    </I18nextProvider>,
  );

describe('the alerts panel', () => {
  it('stays quiet when the server has no alert routes', () => {
    renderAlerts({ alerts: null, pending: false, error: null });
    expect(screen.getByText('Alerts are not available on this server.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when no alert names the entity', () => {
    renderAlerts({ alerts: [], pending: false, error: null });
    expect(screen.getByText('No alert names this entity.')).toBeTruthy();
  });

  it('lists alerts with severity, status and a link to the alert, in the viewer’s language', () => {
    renderAlerts({ alerts: [alert], pending: false, error: null }, 'ja');
    const link = screen.getByRole('link', { name: 'パスワード スプレー' });
    expect(link.getAttribute('href')).toBe('?page=alerts&sel=al_00112233445566778899aabb');
    expect(screen.getByText('重大')).toBeTruthy();
    expect(screen.getByText('確認済み')).toBeTruthy();
    expect(screen.getByText('1 つのアドレスから 30 人に対して 42 回失敗。')).toBeTruthy();
  });
});
