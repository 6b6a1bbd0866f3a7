/**
 * @vitest-environment jsdom
 * Covers the sign-in list opened from an alert's evidence link: the alert's filter is shown
 * read-only, and-ed into the `$filter` sent, and removing it drops it from the URL and the request.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initAuth } from '../../api/token.js';
import { createI18n } from '../../i18n/i18n.js';
import { createQueryClient, Root } from '../../root.js';
import { evidenceHref } from '../alerts/entity-href.js';

const FILTER = "id in ('s1', 's2')";
const filters: string[] = [];

beforeEach(() => {
  filters.length = 0;
  sessionStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), window.location.href);
      if (url.pathname.endsWith('/beta/auditLogs/signIns')) {
        filters.push(url.searchParams.get('$filter') ?? '');
        return new Response(JSON.stringify({ value: [] }), { status: 200 });
      }
      return new Response(JSON.stringify({ error: { code: 'NotFound', message: 'none' } }), { status: 404 });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the evidence filter on the sign-in list', () => {
  it('is shown, sent with the list request, and removable', async () => {
    window.history.replaceState(null, '', `/${evidenceHref({ filter: FILTER })}#token=t`);
    initAuth();
    render(<Root i18n={createI18n('en')} queryClient={createQueryClient()} />);
    const field = (await screen.findByRole('textbox', { name: 'Alert evidence filter' })) as HTMLInputElement;
    expect(field.value).toBe(FILTER);
    expect(field.readOnly).toBe(true);
    await waitFor(() => expect(filters.at(-1)).toMatch(/ and \(id in \('s1', 's2'\)\)$/));
    // Over all time: the evidence may be older than the list's default week.
    expect(filters.at(-1)).not.toContain('createdDateTime');

    fireEvent.click(screen.getByRole('button', { name: 'Remove the evidence filter' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('filter')).toBeNull());
    await waitFor(() => expect(filters.at(-1)).not.toContain('id in'));
    expect(screen.queryByRole('textbox', { name: 'Alert evidence filter' })).toBeNull();
  });
});
