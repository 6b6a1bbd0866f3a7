/**
 * TanStack Query hooks for every API read. Keys carry everything the URL carries, so the cache is
 * shared between pages (the catalog loaded for the list serves the reference page too).
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { decodeDashboard, decodeDiagnosis } from './analytics.js';
import { decodeCatalogEntry, decodeCatalogList, type CatalogEntry } from './catalog.js';
import { getJson } from './client.js';
import { decodeSignIn, decodeSignInPage, type ListRow } from './sign-in.js';
import { listUrl, sameOriginLink } from '../state/odata-filter.js';

const enc = encodeURIComponent;

/** The whole catalog; `enabled: false` lets the list ask for its first page before this bigger answer. */
export const useCatalog = (enabled = true) => {
  const q = useQuery({
    queryKey: ['catalog'],
    queryFn: ({ signal }) => getJson('api/error-codes', decodeCatalogList, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
  const byCode = useMemo(() => new Map<number, CatalogEntry>((q.data ?? []).map((e) => [e.code, e])), [q.data]);
  return { ...q, byCode };
};

export const useCatalogEntry = (code: number | undefined, enabled: boolean) =>
  useQuery({
    queryKey: ['catalog', code],
    queryFn: ({ signal }) => getJson(`api/error-codes/${code ?? 0}`, (v) => decodeCatalogEntry(v), signal),
    enabled: enabled && code !== undefined && code !== 0,
    staleTime: Infinity,
  });

export const useSignIn = (id: string | undefined) =>
  useQuery({
    queryKey: ['signIn', id],
    queryFn: ({ signal }) => getJson(`beta/auditLogs/signIns/${enc(id ?? '')}`, (v) => decodeSignIn(v), signal),
    enabled: id !== undefined,
    staleTime: Infinity,
  });

export const useDiagnosis = (id: string | undefined) =>
  useQuery({
    queryKey: ['diagnosis', id],
    queryFn: ({ signal }) => getJson(`api/sign-ins/${enc(id ?? '')}/diagnosis`, decodeDiagnosis, signal),
    enabled: id !== undefined,
    staleTime: 60_000,
  });

export const useDashboard = (since: string, until: string, tz: string) =>
  useQuery({
    queryKey: ['dashboard', since, until, tz],
    queryFn: ({ signal }) => {
      const p = new URLSearchParams({ since, until, tz });
      return getJson(`api/dashboard?${p.toString()}`, decodeDashboard, signal);
    },
    staleTime: 60_000,
  });

/**
 * The sign-in list: pages follow `@odata.nextLink`. Rows are accumulated append-only in one
 * array (copying a growing array per page would be quadratic over a million rows).
 */
export const useSignInList = (filter: string, order: 'asc' | 'desc') => {
  const q = useInfiniteQuery({
    queryKey: ['signIns', filter, order],
    queryFn: ({ pageParam, signal }) => getJson(pageParam ?? listUrl(filter, order), decodeSignInPage, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.nextLink ? sameOriginLink(last.nextLink) : undefined),
    staleTime: 30_000,
  });
  const acc = useRef<{ pages: unknown[]; rows: ListRow[] }>({ pages: [], rows: [] });
  const pages = q.data?.pages ?? [];
  const a = acc.current;
  const appendOnly = a.pages.length <= pages.length && a.pages.every((p, i) => p === pages[i]);
  if (!appendOnly) acc.current = { pages: [], rows: [] };
  const cur = acc.current;
  for (let i = cur.pages.length; i < pages.length; i++) {
    const page = pages[i];
    if (!page) continue;
    for (const r of page.rows) cur.rows.push(r);
    cur.pages.push(page);
  }
  return { ...q, rows: cur.rows, rowCount: cur.rows.length };
};
