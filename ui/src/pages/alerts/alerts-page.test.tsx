/**
 * @vitest-environment jsdom
 * Covers the Alerts page wired to a fake server: the list and the navigation badge, opening an
 * alert and acknowledging it with a note (the PATCH sent), the 403 message for a read-only token,
 * suppression, the quiet state and hidden badge on a server without detections, and the
 * dashboard tile's links.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALERT_ID, alertJson, ruleJson, statsJson } from '../../api/alert-fixture.js';
import { initAuth } from '../../api/token.js';
import { createI18n } from '../../i18n/i18n.js';
import { createQueryClient, Root } from '../../root.js';

type Reply = { status: number; body: unknown };
type Route = (url: URL, init: RequestInit | undefined) => Reply | undefined;
let routes: Route[] = [];
const requests: { url: URL; method: string; body: unknown }[] = [];

const envelope = (code: string, message: string) => ({ error: { code, message } });

beforeEach(() => {
  requests.length = 0;
  routes = [];
  sessionStorage.clear();
  localStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), window.location.href);
      requests.push({ url, method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const reply = routes.map((r) => r(url, init)).find((r) => r !== undefined) ?? { status: 404, body: envelope('NotFound', `No resource at ${url.pathname}`) };
      return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const start = (path: string) => {
  window.history.replaceState(null, '', `${path}#token=t`);
  initAuth();
  render(<Root i18n={createI18n('en')} queryClient={createQueryClient()} />);
};

const get = (path: string, body: unknown): Route => (u, init) => ((init?.method ?? 'GET') === 'GET' && u.pathname === path ? { status: 200, body } : undefined);

const detectionServer = () => {
  routes.push(
    get('/api/alerts/stats', statsJson()),
    (u, init) => {
      if ((init?.method ?? 'GET') !== 'GET' || u.pathname !== '/api/alerts') return undefined;
      const all = [
        alertJson(),
        alertJson({ id: 'al_ffffffffffffffffffffffff', ruleId: 'mfa-fatigue', title: { en: 'Repeated MFA prompts denied', ja: 'MFA 要求の繰り返し拒否' }, severity: 'medium', status: 'acknowledged', entity: { kind: 'user', value: 'a@b.c' } }),
      ];
      const status = u.searchParams.get('status');
      return { status: 200, body: { value: all.filter((a) => status === null || a.status === status) } };
    },
    get(`/api/alerts/${ALERT_ID}`, alertJson()),
    get('/api/rules', { value: [ruleJson()] }),
    // No evidence rows: the timeline (a canvas) is not drawn in jsdom.
    get('/v1.0/auditLogs/signIns', { value: [] }),
  );
};

describe('the Alerts page against a fake server', () => {
  it('lists alerts with the filters from the URL and shows the open count in the navigation', async () => {
    detectionServer();
    start('/?page=alerts&severity=high&status=open');
    // The page is loaded on demand: the first import may take a while in a cold test run.
    const table = await screen.findByRole('table', { name: 'Alerts, newest activity first' }, { timeout: 10_000 });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('link', { name: 'Password spray from one address' })).toBeTruthy();
    // "Open" is two streams: the API filters on one status at a time.
    const listCalls = requests.filter((r) => r.url.pathname === '/api/alerts').map((r) => Object.fromEntries(r.url.searchParams));
    expect(listCalls).toEqual([{ severity: 'high', status: 'new', top: '50' }, { severity: 'high', status: 'acknowledged', top: '50' }]);
    const nav = screen.getByRole('navigation');
    await waitFor(() => expect(within(nav).getByRole('link', { name: /Alerts/ }).textContent).toContain('3'));
    expect(within(nav).getByRole('link', { name: /Alerts/ }).textContent).toContain('3 open alerts');
    expect((screen.getByRole('combobox', { name: 'Severity' }) as HTMLSelectElement).value).toBe('high');
  });

  it('opens an alert, links to its evidence and acknowledges it with a note', async () => {
    // The server keeps the change: the alert fetched again after the PATCH carries it.
    let current = alertJson();
    routes.push((u, init) => {
      if (u.pathname !== `/api/alerts/${ALERT_ID}`) return undefined;
      if (init?.method === 'PATCH') current = alertJson({ status: 'acknowledged', history: [{ at: '2026-12-01T09:00:00Z', status: 'acknowledged', note: 'calling the user', by: 'analyst' }] });
      return { status: 200, body: current };
    });
    detectionServer();
    start('/?page=alerts');
    fireEvent.click(await screen.findByRole('link', { name: 'Password spray from one address' }, { timeout: 10_000 }));
    expect(new URLSearchParams(window.location.search).get('sel')).toBe(ALERT_ID);
    await screen.findByRole('heading', { name: 'Password spray from one address', level: 2 });
    expect(screen.getByText('3 accounts failed from 198.51.100.7 in 14 minutes.')).toBeTruthy();
    const evidence = screen.getByRole('link', { name: 'Open these sign-ins in the list' });
    expect(new URLSearchParams(evidence.getAttribute('href') ?? '').get('filter')).toBe(alertJson().filter);
    await waitFor(() => expect(requests.some((r) => r.url.pathname === '/v1.0/auditLogs/signIns')).toBe(true));
    expect(requests.find((r) => r.url.pathname === '/v1.0/auditLogs/signIns')?.url.searchParams.get('$filter')).toBe(alertJson().filter);

    fireEvent.change(screen.getByLabelText('Note (optional)'), { target: { value: '  calling the user ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await screen.findByText('Status changed to Acknowledged.');
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toEqual({ status: 'acknowledged', note: 'calling the user' });
    expect(await screen.findByText('calling the user')).toBeTruthy();
    expect(screen.getByText('by analyst', { exact: false })).toBeTruthy();
  });

  it('explains a 403 from a read-only token and suppresses with a valid number of days only', async () => {
    detectionServer();
    routes.unshift((u, init) =>
      init?.method === 'PATCH' ? { status: 403, body: envelope('Authorization_RequestDenied', "The token's scope 'read' cannot change alerts.") } : undefined,
      (u, init) => (init?.method === 'POST' && u.pathname.endsWith('/suppress') ? { status: 200, body: { ruleId: 'password-spray', entity: { kind: 'ip', value: '198.51.100.7' }, until: '2026-12-08T09:00:00Z' } } : undefined),
    );
    start(`/?page=alerts&sel=${ALERT_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Resolve' }, { timeout: 10_000 }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('"triage" or "admin" scope');
    expect(alert.textContent).toContain("scope 'read' cannot change alerts");

    const days = screen.getByLabelText('Days');
    fireEvent.change(days, { target: { value: '400' } });
    expect(screen.getByText('Enter a whole number of days from 1 to 365.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Suppress' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(days, { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suppress' }));
    await screen.findByText(/No new alerts from this rule for this entity until/);
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ days: 7 });
  });

  it('pages through open alerts with "Show more", merging the new and acknowledged streams in order', async () => {
    const id = (n: number) => `al_${String(n).padStart(24, '0')}`;
    const mk = (n: number, minute: number, status: string) =>
      alertJson({ id: id(n), status, title: { en: `Alert ${n}`, ja: `アラート ${n}` }, lastSeen: `2026-11-30T10:${String(minute).padStart(2, '0')}:00Z` });
    routes.push(get('/api/alerts/stats', statsJson()), (u) => {
      if (u.pathname !== '/api/alerts') return undefined;
      const status = u.searchParams.get('status');
      if (status === 'acknowledged') return { status: 200, body: { value: [mk(2, 45, 'acknowledged'), mk(4, 20, 'acknowledged')] } };
      // The new stream has two pages; its nextLink is absolute, as the API writes it.
      if (u.searchParams.get('skiptoken') === 'p2') return { status: 200, body: { value: [mk(3, 30, 'new')] } };
      return { status: 200, body: { value: [mk(1, 50, 'new'), mk(5, 40, 'new')], '@odata.nextLink': 'http://elsewhere:8787/api/alerts?status=new&top=50&skiptoken=p2' } };
    });
    start('/?page=alerts&status=open');
    const table = await screen.findByRole('table', { name: 'Alerts, newest activity first' }, { timeout: 10_000 });
    const titles = () => within(table).getAllByRole('link').map((l) => l.textContent);
    // :20 (acknowledged) waits: the new stream may still hold something between :40 and :20.
    expect(titles()).toEqual(['Alert 1', 'Alert 2', 'Alert 5']);
    fireEvent.click(screen.getByRole('button', { name: 'Show more alerts' }));
    await waitFor(() => expect(titles()).toEqual(['Alert 1', 'Alert 2', 'Alert 5', 'Alert 3', 'Alert 4']));
    expect(screen.queryByRole('button', { name: 'Show more alerts' })).toBeNull();
    // The second page came from this origin, whatever host the nextLink named.
    const second = requests.find((r) => r.url.searchParams.get('skiptoken') === 'p2');
    expect(second?.url.origin).toBe(window.location.origin);
    // The acknowledged stream was finished: it was not asked again.
    expect(requests.filter((r) => r.url.pathname === '/api/alerts' && r.url.searchParams.get('status') === 'acknowledged')).toHaveLength(1);
  });

  it('stays quiet on a server without detections: an empty state, no badge, no error', async () => {
    routes.push(get('/beta/auditLogs/signIns', { value: [] }));
    start('/?page=alerts');
    await screen.findByText('This server does not run detections.', undefined, { timeout: 10_000 });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(screen.getByRole('navigation')).getByRole('link', { name: 'Alerts' }).textContent).toBe('Alerts');
    fireEvent.click(screen.getByRole('tab', { name: 'Detection rules' }));
    await screen.findByText('This server does not run detections.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says an unknown alert is gone, without an error banner', async () => {
    routes.push(get('/api/alerts/stats', statsJson()));
    start(`/?page=alerts&sel=${ALERT_ID}`);
    await screen.findByText('This alert no longer exists or the link is wrong.', undefined, { timeout: 10_000 });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('link', { name: '← Back to the alert list' }).getAttribute('href')).toBe('?page=alerts');
  });

  it('lists the rules with their parameters and open alerts', async () => {
    detectionServer();
    start('/?page=alerts&tab=rules');
    const table = await screen.findByRole('table', { name: 'Detection rules' }, { timeout: 10_000 });
    expect(within(table).getByText('threshold')).toBeTruthy();
    expect(within(table).getByText('Password spray attack against Azure AD application')).toBeTruthy();
    expect(within(table).getByRole('link', { name: '2' }).getAttribute('href')).toBe('?page=alerts&rule=password-spray&status=open');
  });
});

describe('the dashboard tile', () => {
  it('links each severity to the open alerts of that severity', async () => {
    routes.push(get('/api/alerts/stats', statsJson()));
    start('/?page=dashboard');
    const tile = (await screen.findByRole('heading', { name: 'Open alerts' }, { timeout: 10_000 })).closest('section');
    if (!tile) throw new Error('no tile');
    const high = within(tile).getByRole('link', { name: /High/ });
    expect(high.getAttribute('href')).toBe('?page=alerts&severity=high&status=open');
    expect(high.textContent).toContain('2');
    expect(within(tile).getByRole('link', { name: /All open alerts/ }).textContent).toContain('3');
  });

  it('is not drawn when the server has no alert routes', async () => {
    start('/?page=dashboard');
    await screen.findByRole('heading', { name: 'Failures dashboard', level: 1 }, { timeout: 10_000 });
    await waitFor(() => expect(requests.some((r) => r.url.pathname === '/api/alerts/stats')).toBe(true));
    await waitFor(() => expect(screen.queryByRole('status', { name: /Loading/ })).toBeNull());
    expect(screen.queryByRole('heading', { name: 'Open alerts' })).toBeNull();
  });
});
