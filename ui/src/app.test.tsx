/**
 * @vitest-environment jsdom
 * Covers the app wired to a fake server: token from the URL fragment, URL → filter bar → the
 * `$filter` sent, a filter change → URL and request, API errors in words, and the sign-in screen on 401.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initAuth } from './api/token.js';
import { createI18n } from './i18n/i18n.js';
import { createQueryClient, Root } from './root.js';

const row = (id: string, errorCode: number) => ({
  id,
  createdDateTime: '2024-07-15T11:00:00Z',
  userDisplayName: 'Alex Wilber',
  userPrincipalName: 'alexw@contoso.com',
  appDisplayName: 'Microsoft Teams',
  resourceDisplayName: 'Microsoft Graph',
  ipAddress: '203.0.113.5',
  status: { errorCode, failureReason: errorCode ? 'Invalid username or password.' : 'Other.' },
  location: { city: 'Tokyo', countryOrRegion: 'JP' },
  signInEventTypes: ['interactiveUser'],
});

type Reply = { status: number; body: unknown };
let routes: ((url: URL) => Reply | undefined)[] = [];
const requests: URL[] = [];

const envelope = (code: string, message: string) => ({ error: { code, message, innerError: { date: '2024-07-15T12:00:00' } } });

beforeEach(() => {
  requests.length = 0;
  routes = [];
  sessionStorage.clear();
  localStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), window.location.href);
      requests.push(url);
      const auth = new Headers(init?.headers).get('authorization');
      const reply =
        auth !== 'Bearer good-token'
          ? { status: 401, body: envelope('InvalidAuthenticationToken', 'Access token is missing or invalid.') }
          : (routes.map((r) => r(url)).find((r) => r !== undefined) ?? { status: 404, body: envelope('NotFound', `No resource at ${url.pathname}`) });
      return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const start = (path: string) => {
  window.history.replaceState(null, '', path);
  initAuth();
  render(<Root i18n={createI18n('en')} queryClient={createQueryClient()} />);
};

const listRequests = () => requests.filter((u) => u.pathname.endsWith('/beta/auditLogs/signIns'));
const lastFilter = () => listRequests().at(-1)?.searchParams.get('$filter') ?? '';

describe('the sign-in list against a fake server', () => {
  it('takes the token from the fragment, removes it from the address bar and sends the URL’s filters', async () => {
    routes.push((u) => (u.pathname.endsWith('/beta/auditLogs/signIns') ? { status: 200, body: { value: [row('a', 50126), row('b', 50126)] } } : undefined));
    start('/?outcome=failure&code=50126#token=good-token');
    expect(window.location.hash).toBe('');
    expect(sessionStorage.getItem('signin-report.token')).toBe('good-token');
    await screen.findByText('2 sign-ins');
    expect(lastFilter()).toContain("outcome eq 'failure'");
    expect(lastFilter()).toContain('status/errorCode eq 50126');
    expect(lastFilter()).toMatch(/^signInEventTypes\/any\(t: t eq 'interactiveUser' or /);
    // The filter bar shows what the URL says.
    expect((screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('failure');
    expect((screen.getByRole('searchbox', { name: 'Error code' }) as HTMLInputElement).value).toBe('50126');
  });

  it('writes a filter change to the URL and asks the server again', async () => {
    routes.push((u) => (u.pathname.endsWith('/beta/auditLogs/signIns') ? { status: 200, body: { value: [row('a', 0)] } } : undefined));
    start('/?code=50126#token=good-token');
    await screen.findByText('1 sign-in');
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'success' } });
    await waitFor(() => expect(lastFilter()).toContain("outcome eq 'success'"));
    expect(new URLSearchParams(window.location.search).get('outcome')).toBe('success');
    expect(new URLSearchParams(window.location.search).get('code')).toBe('50126');

    fireEvent.click(screen.getByRole('tab', { name: 'Managed identities' }));
    await waitFor(() => expect(lastFilter()).toMatch(/^signInEventTypes\/any\(t: t eq 'managedIdentity'\)/));
    expect(new URLSearchParams(window.location.search).get('tab')).toBe('managedIdentity');
    expect(screen.getByRole('tab', { name: 'Managed identities' }).getAttribute('aria-selected')).toBe('true');
  });

  it('keeps the chosen columns in the URL', async () => {
    routes.push((u) => (u.pathname.endsWith('/beta/auditLogs/signIns') ? { status: 200, body: { value: [row('a', 0)] } } : undefined));
    start('/#token=good-token');
    await screen.findByText('1 sign-in');
    expect(screen.queryByRole('columnheader', { name: 'Correlation id' })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Correlation id' }));
    await screen.findByRole('columnheader', { name: 'Correlation id' });
    expect(new URLSearchParams(window.location.search).get('cols')?.split(',')).toContain('correlationId');
    fireEvent.click(screen.getByRole('checkbox', { name: 'IP address' }));
    await waitFor(() => expect(screen.queryByRole('columnheader', { name: 'IP address' })).toBeNull());
    expect(new URLSearchParams(window.location.search).get('cols')?.split(',')).not.toContain('ipAddress');
  });

  it('shows the server’s error message in words', async () => {
    routes.push((u) =>
      u.pathname.endsWith('/beta/auditLogs/signIns')
        ? { status: 400, body: envelope('BadRequest', "$filter: operator 'gt' is not supported on 'userPrincipalName'") }
        : undefined,
    );
    start('/#token=good-token');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The server could not accept this request.');
    expect(alert.textContent).toContain("operator 'gt' is not supported on 'userPrincipalName'");
  });

  it('asks for a token when the server refuses the stored one', async () => {
    sessionStorage.setItem('signin-report.token', 'revoked-token');
    window.history.replaceState(null, '', '/');
    initAuth();
    render(<Root i18n={createI18n('en')} queryClient={createQueryClient()} />);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('refused this token'));
    expect(sessionStorage.getItem('signin-report.token')).toBeNull();
    routes.push((u) => (u.pathname.endsWith('/beta/auditLogs/signIns') ? { status: 200, body: { value: [] } } : undefined));
    fireEvent.change(screen.getByLabelText('API token'), { target: { value: 'Bearer good-token' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('button', { name: 'Sign in' }));
    });
    expect(await screen.findByText('No sign-ins match these filters.')).toBeTruthy();
  });

  it('shows the sign-in screen, in Japanese, without a token', async () => {
    window.history.replaceState(null, '', '/');
    initAuth();
    render(<Root i18n={createI18n('ja')} queryClient={createQueryClient()} />);
    expect(await screen.findByRole('heading', { name: 'サインイン レポート' })).toBeTruthy();
    expect(screen.getByLabelText('API トークン')).toBeTruthy();
    expect(requests).toHaveLength(0);
  });
});
