/**
 * A minimal router over the query string: the URL is the single source of truth for the view.
 * `navigate` pushes (or replaces) history entries; the back button walks through views. Each
 * page's last query string is remembered so the navigation links return to it.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { parseView, serializeView, type Page, type View } from './view-state.js';

const listeners = new Set<() => void>();
const lastSearch: Partial<Record<View['page'], string>> = {};

const notify = (): void => {
  for (const l of listeners) l();
};

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  window.addEventListener('popstate', l);
  return () => {
    listeners.delete(l);
    window.removeEventListener('popstate', l);
  };
};

const getSearch = (): string => window.location.search;

export const useView = (): View => {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  return useMemo(() => {
    const view = parseView(search);
    lastSearch[view.page] = search;
    return view;
  }, [search]);
};

export interface NavigateOptions {
  /** Replace the current history entry (for typing and other intermediate states). */
  readonly replace?: boolean;
}

/** Goes to a view or a query string (`?page=dashboard`). */
export const navigate = (to: View | string, opts: NavigateOptions = {}): void => {
  const qs = typeof to === 'string' ? to.replace(/^\?/, '') : serializeView(to);
  const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (opts.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  notify();
};

/** The query string the page had when last shown, or the page's default. */
export const pageHref = (page: Page): string => {
  const remembered = lastSearch[page];
  if (remembered) return remembered;
  return page === 'sign-ins' ? '?' : `?page=${page}`;
};
