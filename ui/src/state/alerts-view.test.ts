/** Covers the Alerts page's URL state (parse, serialize, round trips), its filters → `/api/alerts` query string, and the links from alerts to sign-ins. */
import { describe, expect, it } from 'vitest';
import { entityHref, evidenceHref } from '../pages/alerts/entity-href.js';
import { alertsHref, alertsUrls, countAlertFilters, DEFAULT_ALERTS, type AlertsView } from './alerts-view.js';
import { buildFilter } from './odata-filter.js';
import { parseView, serializeView, type View } from './view-state.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const ID = 'al_0123456789abcdef01234567';

const alertsOf = (v: View): AlertsView => {
  if (v.page !== 'alerts') throw new Error(`expected the alerts page, got ${v.page}`);
  return v.alerts;
};

const query = (url: string) => Object.fromEntries(new URL(url, 'http://x/').searchParams);

describe('Alerts URL → view', () => {
  it('gives the defaults for ?page=alerts', () => {
    expect(parseView('?page=alerts')).toEqual({ page: 'alerts', alerts: DEFAULT_ALERTS });
  });

  it('reads every filter and the selected alert', () => {
    const v = alertsOf(parseView(`?page=alerts&rule=password-spray&severity=high&status=open&kind=ip&entity=198.51.100.7&range=7d&sel=${ID}`));
    expect(v).toEqual({
      tab: 'alerts',
      filters: { range: '7d', from: undefined, to: undefined, ruleId: 'password-spray', severity: 'high', status: 'open', entityKind: 'ip', entityValue: '198.51.100.7' },
      selected: ID,
    });
  });

  it('drops what it does not understand instead of failing', () => {
    const v = alertsOf(parseView('?page=alerts&rule=Bad Rule!&severity=severe&status=closed&kind=device&range=1y&sel=al_nothex&tab=other'));
    // toEqual treats properties set to undefined as absent.
    expect(v).toEqual(DEFAULT_ALERTS);
    expect(v.filters.range).toBe('all');
  });

  it('keeps custom bounds only with the custom range, normalised to UTC', () => {
    const v = alertsOf(parseView('?page=alerts&range=custom&from=2026-11-30T19:00:00%2B09:00&to=2026-12-01T00:00:00Z'));
    expect(v.filters.from).toBe('2026-11-30T10:00:00.000Z');
    expect(v.filters.to).toBe('2026-12-01T00:00:00.000Z');
    expect(alertsOf(parseView('?page=alerts&range=7d&from=2026-11-30T00:00:00Z')).filters.from).toBeUndefined();
  });

  it('reads the rules tab', () => {
    expect(alertsOf(parseView('?page=alerts&tab=rules')).tab).toBe('rules');
  });
});

describe('view → Alerts URL', () => {
  it('writes only non-default values and round-trips', () => {
    expect(serializeView({ page: 'alerts', alerts: DEFAULT_ALERTS })).toBe('page=alerts');
    const view: View = {
      page: 'alerts',
      alerts: { tab: 'alerts', filters: { range: 'custom', from: '2026-11-30T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', severity: 'critical', entityKind: 'user', entityValue: "o'brien@contoso.com" }, selected: ID },
    };
    const qs = serializeView(view);
    expect(qs).toContain('severity=critical');
    expect(qs).not.toContain('status=');
    expect(parseView(`?${qs}`)).toEqual(parseView(`?${serializeView(parseView(`?${qs}`))}`));
    expect(alertsOf(parseView(`?${qs}`)).filters.entityValue).toBe("o'brien@contoso.com");
    expect(alertsOf(parseView(`?${qs}`)).selected).toBe(ID);
  });

  it('leaves the selection out on the rules tab', () => {
    expect(serializeView({ page: 'alerts', alerts: { ...DEFAULT_ALERTS, tab: 'rules', selected: ID } })).toBe('page=alerts&tab=rules');
  });

  it('builds links to filtered lists', () => {
    expect(alertsHref({ severity: 'high', status: 'open' })).toBe('?page=alerts&severity=high&status=open');
    expect(alertsHref({}, ID)).toBe(`?page=alerts&sel=${ID}`);
  });

  it('counts the filters set beyond the defaults', () => {
    expect(countAlertFilters({ range: 'all' })).toBe(0);
    expect(countAlertFilters({ range: '24h', severity: 'low', entityValue: 'x' })).toBe(3);
  });
});

describe('filters → /api/alerts', () => {
  it('asks for the first page with no filter by default', () => {
    expect(alertsUrls({ range: 'all' }, NOW)).toEqual(['api/alerts?top=50']);
  });

  it('sends every filter under the API’s names, anchoring relative ranges at now', () => {
    const urls = alertsUrls({ range: '24h', ruleId: 'mfa-fatigue', severity: 'medium', status: 'acknowledged', entityKind: 'user', entityValue: 'a@b.c' }, NOW, 10);
    expect(urls).toHaveLength(1);
    const q = query(urls[0] ?? '');
    expect(q).toEqual({ ruleId: 'mfa-fatigue', severity: 'medium', status: 'acknowledged', entityKind: 'user', entityValue: 'a@b.c', since: '2026-11-30T12:00:00.000Z', top: '10' });
  });

  it('reads open as one stream per open status, and sends custom bounds as since/until', () => {
    const urls = alertsUrls({ range: 'custom', from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z', status: 'open' }, NOW);
    const bounds = { since: '2026-11-01T00:00:00.000Z', until: '2026-11-02T00:00:00.000Z', top: '50' };
    expect(urls.map(query)).toEqual([{ ...bounds, status: 'new' }, { ...bounds, status: 'acknowledged' }]);
  });
});

describe('links from an alert to sign-ins', () => {
  it('opens the evidence: the alert’s filter over all time, and-ed with the type clause', () => {
    const filter = "ipAddress eq '198.51.100.7' or userPrincipalName eq 'a@b.c'";
    const href = evidenceHref({ filter });
    const v = parseView(href);
    if (v.page !== 'sign-ins') throw new Error('expected the sign-in list');
    expect(v.signIns.filters).toMatchObject({ range: 'all', odata: filter });
    const sent = buildFilter(v.signIns.tab, v.signIns.filters, NOW);
    expect(sent.endsWith(` and (${filter})`)).toBe(true);
    expect(sent).not.toContain('createdDateTime ge');
    expect(parseView(`?${serializeView(v)}`)).toEqual(v);
  });

  it.each([
    [{ kind: 'user', value: 'a@b.c' } as const, { user: 'a@b.c' }],
    [{ kind: 'ip', value: '198.51.100.7' } as const, { ip: '198.51.100.7' }],
    [{ kind: 'app', value: "app'1" } as const, { odata: "appId eq 'app''1'" }],
    [{ kind: 'servicePrincipal', value: 'sp1' } as const, { odata: "servicePrincipalId eq 'sp1'" }],
  ])('opens the sign-ins of entity %j', (entity, expected) => {
    const v = parseView(entityHref(entity));
    if (v.page !== 'sign-ins') throw new Error('expected the sign-in list');
    expect(v.signIns.filters).toMatchObject({ range: 'all', ...expected });
    expect(v.signIns.tab).toBe(entity.kind === 'servicePrincipal' ? 'servicePrincipal' : 'all');
  });
});
