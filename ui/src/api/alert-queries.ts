/**
 * TanStack Query hooks for the alert routes: the stats behind the badge and the dashboard tile
 * (refreshed every minute), the alert list (paged by `@odata.nextLink`), one alert, its evidence
 * through the Graph-compatible API, the rules, and the triage writes (which refresh all of them).
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { sameOriginLink } from '../state/odata-filter.js';
import { alertsUrls, type AlertFilters } from '../state/alerts-view.js';
import { mergeAlertStreams, type StreamPage } from './alert-streams.js';
import { decodeAlert, decodeAlertPage, decodeAlertStats, decodeRules, decodeSuppression, type Alert, type AlertStatus } from './alerts.js';
import { getJson, isApiError, isNotFound, sendJson } from './client.js';
import { decodeSignInPage, type ListRow, type SignInPage } from './sign-in.js';

const enc = encodeURIComponent;

export const STATS_REFRESH_MS = 60_000;

/** A server without detections answers 404: not an error, just nothing to show (null). */
const absentIsNull = async <T>(load: Promise<T>): Promise<T | null> => {
  try {
    return await load;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
};

export const useAlertStats = (enabled = true) =>
  useQuery({
    queryKey: ['alerts', 'stats'],
    queryFn: ({ signal }) => absentIsNull(getJson('api/alerts/stats', decodeAlertStats, signal)),
    refetchInterval: (q) => (q.state.data === null ? false : STATS_REFRESH_MS),
    staleTime: 30_000,
    enabled,
  });

/** The alert list: one stream per status asked for ("open" is two), merged in the API's order. */
export const useAlertList = (filters: AlertFilters, now: number) => {
  const q = useInfiniteQuery({
    queryKey: ['alerts', 'list', filters, now],
    queryFn: async ({ pageParam, signal }): Promise<StreamPage> => {
      const urls = pageParam ?? alertsUrls(filters, now);
      const pages = await Promise.all(urls.map((u) => (u === undefined ? undefined : getJson(u, decodeAlertPage, signal))));
      return { alerts: pages.map((p) => p?.alerts ?? []), next: pages.map((p) => (p?.nextLink ? sameOriginLink(p.nextLink) : undefined)) };
    },
    initialPageParam: undefined as readonly (string | undefined)[] | undefined,
    getNextPageParam: (last) => (last.next.some((n) => n !== undefined) ? last.next : undefined),
    staleTime: 30_000,
  });
  const merged = useMemo(() => mergeAlertStreams(q.data?.pages ?? []), [q.data]);
  return { ...q, alerts: merged.alerts };
};

export const useAlert = (id: string | undefined) =>
  useQuery({
    queryKey: ['alerts', 'one', id],
    queryFn: ({ signal }) => getJson(`api/alerts/${enc(id ?? '')}`, (v) => decodeAlert(v), signal),
    enabled: id !== undefined,
    staleTime: 30_000,
  });

export const useRules = () =>
  useQuery({
    queryKey: ['rules'],
    queryFn: ({ signal }) => absentIsNull(getJson('api/rules', decodeRules, signal)),
    staleTime: 5 * 60_000,
  });

/** The most evidence the timeline draws: an alert keeps at most this many sign-in ids. */
export const EVIDENCE_MAX = 1000;

const EVIDENCE_SELECT = 'id,createdDateTime,userDisplayName,userPrincipalName,appDisplayName,ipAddress,location,status,clientAppUsed';

export const evidenceUrl = (filter: string, api: 'v1.0' | 'beta' = 'v1.0'): string => {
  const p = new URLSearchParams({ $filter: filter, $top: String(EVIDENCE_MAX), $select: EVIDENCE_SELECT });
  return `${api}/auditLogs/signIns?${p.toString()}`;
};

const loadEvidence = async (first: string, signal: AbortSignal) => {
  const rows: ListRow[] = [];
  let next: string | undefined = first;
  while (next && rows.length < EVIDENCE_MAX) {
    const page: SignInPage = await getJson(next, decodeSignInPage, signal);
    rows.push(...page.rows);
    next = page.nextLink ? sameOriginLink(page.nextLink) : undefined;
  }
  const sorted = rows.slice(0, EVIDENCE_MAX).sort((a, b) => a.createdDateTime.localeCompare(b.createdDateTime) || a.id.localeCompare(b.id));
  return { rows: sorted, more: next !== undefined };
};

/** The evidence sign-ins of an alert, oldest first, through the Graph-compatible v1.0 route. */
export const useEvidence = (alert: Alert | undefined) =>
  useQuery({
    queryKey: ['alerts', 'evidence', alert?.filter],
    queryFn: async ({ signal }) => {
      const filter = alert?.filter ?? '';
      try {
        return await loadEvidence(evidenceUrl(filter), signal);
      } catch (e) {
        // A filter on a beta-only property (service principals, sign-in types) is refused by v1.0.
        if (isApiError(e) && e.status === 400) return loadEvidence(evidenceUrl(filter, 'beta'), signal);
        throw e;
      }
    },
    enabled: alert !== undefined,
    staleTime: 60_000,
  });

export interface TriageInput {
  readonly status: AlertStatus;
  readonly note?: string | undefined;
}

export interface SuppressInput {
  readonly days: number;
  readonly note?: string | undefined;
}

const withNote = <T extends { note?: string | undefined }>(v: T) => {
  const note = v.note?.trim();
  const { note: _drop, ...rest } = v;
  return note ? { ...rest, note } : rest;
};

/** PATCH the alert's status; on success the list, the stats and this alert are fetched again. */
export const useTriage = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TriageInput) => sendJson(`api/alerts/${enc(id)}`, { method: 'PATCH', body: withNote(input) }, (v) => decodeAlert(v)),
    onSuccess: (alert) => {
      qc.setQueryData(['alerts', 'one', id], alert);
      void qc.invalidateQueries({ queryKey: ['alerts'] });
    },
  });
};

export const useSuppress = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SuppressInput) => sendJson(`api/alerts/${enc(id)}/suppress`, { method: 'POST', body: withNote(input) }, decodeSuppression),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['alerts'] }),
  });
};
