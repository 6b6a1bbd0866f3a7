/**
 * @vitest-environment jsdom
 * Covers the view state ↔ URL query string ↔ OData `$filter` mapping of the web report.
 */
import { describe, expect, it } from 'vitest';
import { buildFilter, exportUrl, listUrl, odataDate, quote, rangeClauses, sameOriginLink, typeClause } from './odata-filter.js';
import {
  DEFAULT_COLUMNS,
  DEFAULT_SIGN_INS,
  countActiveFilters,
  parseView,
  serializeView,
  signInsHref,
  type SignInFilters,
  type SignInsView,
  type View,
} from './view-state.js';

const NOW = Date.parse('2024-07-15T12:00:00Z');
const ALL_TYPES =
  "signInEventTypes/any(t: t eq 'interactiveUser' or t eq 'nonInteractiveUser' or t eq 'servicePrincipal' or t eq 'managedIdentity')";

const signIns = (v: View): SignInsView => {
  if (v.page !== 'sign-ins') throw new Error(`expected the sign-ins page, got ${v.page}`);
  return v.signIns;
};

describe('URL → view', () => {
  it('gives the defaults for an empty query string', () => {
    expect(parseView('')).toEqual({ page: 'sign-ins', signIns: DEFAULT_SIGN_INS });
  });

  it('reads every sign-in filter', () => {
    const v = signIns(
      parseView(
        '?tab=nonInteractive&range=24h&outcome=failure&user=Alex%40contoso.com&app=Microsoft%20Teams&resource=Microsoft%20Graph' +
          '&ip=203.0.113.5&country=jp&clientApp=Browser&ca=failure&code=50126&category=credentials&order=asc&sel=abc&dtab=troubleshooting',
      ),
    );
    expect(v).toEqual({
      tab: 'nonInteractive',
      filters: {
        range: '24h',
        from: undefined,
        to: undefined,
        outcome: 'failure',
        user: 'Alex@contoso.com',
        app: 'Microsoft Teams',
        resource: 'Microsoft Graph',
        ip: '203.0.113.5',
        country: 'JP',
        clientApp: 'Browser',
        ca: 'failure',
        code: 50126,
        category: 'credentials',
      },
      columns: DEFAULT_COLUMNS,
      order: 'asc',
      selected: 'abc',
      detailTab: 'troubleshooting',
    });
  });

  it.each([
    ['tab=bogus', { tab: 'all' }],
    ['outcome=maybe', { outcome: undefined }],
    ['code=50126abc', { code: undefined }],
    ['code=-1', { code: undefined }],
    ['category=passwords', { category: undefined }],
    ['ca=blocked', { ca: undefined }],
    ['range=2y', { range: '7d' }],
    ['range=custom&from=not-a-date', { range: 'custom', from: undefined }],
    ['user=%20%20', { user: undefined }],
    ['dtab=nope&sel=x', { detailTab: 'basic' }],
    ['cols=nope,also-nope', { columns: DEFAULT_COLUMNS }],
    ['cols=ipAddress,ipAddress,status', { columns: ['ipAddress', 'status'] }],
  ])('drops a malformed %s and keeps the default', (qs, expected) => {
    const v = signIns(parseView(`?${qs}`));
    const flat = { ...v, ...v.filters };
    for (const [k, val] of Object.entries(expected)) expect(flat[k as keyof typeof flat]).toEqual(val);
  });

  it('reads custom ranges as UTC ISO times, and ignores from/to for presets', () => {
    const custom = signIns(parseView('?range=custom&from=2024-07-01T00:00:00%2B09:00&to=2024-07-02T00:00:00Z'));
    expect(custom.filters).toMatchObject({ range: 'custom', from: '2024-06-30T15:00:00.000Z', to: '2024-07-02T00:00:00.000Z' });
    const preset = signIns(parseView('?range=24h&from=2024-07-01T00:00:00Z'));
    expect(preset.filters.from).toBeUndefined();
  });

  it('reads the dashboard and the error-code reference', () => {
    expect(parseView('?page=dashboard&range=30d')).toEqual({ page: 'dashboard', dashboard: { range: '30d', from: undefined, to: undefined } });
    expect(parseView('?page=error-codes&q=パスワード&category=mfa&outcome=interrupted&actor=user&open=50074')).toEqual({
      page: 'error-codes',
      errorCodes: { q: 'パスワード', category: 'mfa', outcome: 'interrupted', actor: 'user', open: 50074 },
    });
  });
});

describe('view → URL → view', () => {
  const views: View[] = [
    { page: 'sign-ins', signIns: DEFAULT_SIGN_INS },
    {
      page: 'sign-ins',
      signIns: {
        ...DEFAULT_SIGN_INS,
        tab: 'servicePrincipal',
        filters: {
          range: 'custom',
          from: '2024-07-01T00:00:00.000Z',
          to: '2024-07-02T12:30:00.000Z',
          outcome: 'interrupted',
          user: "o'brien@contoso.com",
          app: 'Contoso & Co: "HR"',
          resource: 'Microsoft Graph',
          ip: '2001:db8::1',
          country: 'DE',
          clientApp: 'Mobile Apps and Desktop clients',
          ca: 'notApplied',
          code: 53003,
          category: 'conditional-access',
        },
        columns: ['id', 'createdDateTime', 'errorCode'],
        order: 'asc',
        selected: 'f00d-1',
        detailTab: 'conditionalAccess',
      },
    },
    { page: 'dashboard', dashboard: { range: '24h', from: undefined, to: undefined } },
    { page: 'dashboard', dashboard: { range: 'custom', from: '2024-07-01T00:00:00.000Z', to: '2024-07-08T00:00:00.000Z' } },
    { page: 'error-codes', errorCodes: { q: 'MFA 拒否', category: 'mfa', outcome: 'failure', actor: 'user', open: 500121 } },
  ];

  it.each(views.map((v, i) => [i, v] as const))('round-trips view %i exactly', (_i, v) => {
    const qs = serializeView(v);
    const back = parseView(`?${qs}`);
    if (v.page === 'sign-ins') expect(signIns(back)).toEqual({ ...v.signIns, filters: { ...DEFAULT_FILTERS_SHAPE, ...v.signIns.filters } });
    else expect(back).toEqual(v);
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeView({ page: 'sign-ins', signIns: DEFAULT_SIGN_INS })).toBe('');
    expect(serializeView({ page: 'sign-ins', signIns: { ...DEFAULT_SIGN_INS, filters: { range: '7d', code: 50126 } } })).toBe('code=50126');
    // The detail tab only matters while a sign-in is open.
    expect(serializeView({ page: 'sign-ins', signIns: { ...DEFAULT_SIGN_INS, detailTab: 'device' } })).toBe('');
  });

  it('builds drill-down links that open the list with just that filter', () => {
    expect(signInsHref({ code: 50126, outcome: 'failure' })).toBe('?outcome=failure&code=50126');
    expect(signInsHref({ app: 'Microsoft Teams', range: '30d' })).toBe('?range=30d&app=Microsoft+Teams');
    expect(signIns(parseView(signInsHref({ user: 'a@b.c', outcome: 'failure', range: '24h' }))).filters).toMatchObject({
      user: 'a@b.c',
      outcome: 'failure',
      range: '24h',
    });
  });

  it('counts the filters beyond the date range', () => {
    expect(countActiveFilters({ range: '7d' })).toBe(0);
    expect(countActiveFilters({ range: 'custom', from: 'x', outcome: 'failure', code: 50126 })).toBe(2);
  });
});

const DEFAULT_FILTERS_SHAPE: SignInFilters = {
  range: '7d',
  from: undefined,
  to: undefined,
  outcome: undefined,
  user: undefined,
  app: undefined,
  resource: undefined,
  ip: undefined,
  country: undefined,
  clientApp: undefined,
  ca: undefined,
  code: undefined,
  category: undefined,
};

describe('view → $filter', () => {
  it.each([
    ['all', ALL_TYPES],
    ['interactive', "signInEventTypes/any(t: t eq 'interactiveUser')"],
    ['nonInteractive', "signInEventTypes/any(t: t eq 'nonInteractiveUser')"],
    ['servicePrincipal', "signInEventTypes/any(t: t eq 'servicePrincipal')"],
    ['managedIdentity', "signInEventTypes/any(t: t eq 'managedIdentity')"],
  ] as const)('names the sign-in types of tab %s (Graph returns only interactive ones otherwise)', (tab, clause) => {
    expect(typeClause(tab)).toBe(clause);
  });

  it.each([
    ['1h', ['createdDateTime ge 2024-07-15T11:00:00Z']],
    ['24h', ['createdDateTime ge 2024-07-14T12:00:00Z']],
    ['7d', ['createdDateTime ge 2024-07-08T12:00:00Z']],
    ['30d', ['createdDateTime ge 2024-06-15T12:00:00Z']],
    ['all', []],
  ] as const)('turns the %s preset into a bound relative to now', (range, clauses) => {
    expect(rangeClauses({ range }, NOW)).toEqual(clauses);
  });

  it('writes custom bounds inclusively, keeping milliseconds only when there are some', () => {
    expect(rangeClauses({ range: 'custom', from: '2024-07-01T00:00:00.000Z', to: '2024-07-01T23:59:59.999Z' }, NOW)).toEqual([
      'createdDateTime ge 2024-07-01T00:00:00Z',
      'createdDateTime le 2024-07-01T23:59:59.999Z',
    ]);
    expect(rangeClauses({ range: 'custom' }, NOW)).toEqual([]);
  });

  it('maps every filter to its clause', () => {
    const f: SignInFilters = {
      range: '24h',
      outcome: 'failure',
      code: 50126,
      category: 'credentials',
      user: 'Alex@Contoso.com',
      app: 'Microsoft Teams',
      resource: 'Microsoft Graph',
      ip: '203.0.113.',
      country: 'jp',
      clientApp: 'Browser',
      ca: 'failure',
    };
    expect(buildFilter('all', f, NOW).split(' and ')).toEqual([
      ALL_TYPES,
      'createdDateTime ge 2024-07-14T12:00:00Z',
      "outcome eq 'failure'",
      'status/errorCode eq 50126',
      "errorCategory eq 'credentials'",
      "startsWith(userPrincipalName,'alex@contoso.com')",
      "appDisplayName eq 'Microsoft Teams'",
      "resourceDisplayName eq 'Microsoft Graph'",
      "startsWith(ipAddress,'203.0.113.')",
      "location/countryOrRegion eq 'JP'",
      "clientAppUsed eq 'Browser'",
      "conditionalAccessStatus eq 'failure'",
    ]);
  });

  it('matches a complete IP address exactly and a partial one as a prefix', () => {
    expect(buildFilter('all', { range: 'all', ip: '203.0.113.5' }, NOW)).toContain("ipAddress eq '203.0.113.5'");
    expect(buildFilter('all', { range: 'all', ip: '2001:db8::1' }, NOW)).toContain("ipAddress eq '2001:db8::1'");
    expect(buildFilter('all', { range: 'all', ip: '2001:db8:' }, NOW)).toContain("startsWith(ipAddress,'2001:db8:')");
  });

  it("escapes quotes the OData way ('')", () => {
    expect(quote("o'brien")).toBe("'o''brien'");
    expect(buildFilter('interactive', { range: 'all', app: "Bob's 'App'" }, NOW)).toBe(
      "signInEventTypes/any(t: t eq 'interactiveUser') and appDisplayName eq 'Bob''s ''App'''",
    );
  });

  it('formats OData date literals without quotes and with Z', () => {
    expect(odataDate(Date.parse('2024-07-01T09:00:00+09:00'))).toBe('2024-07-01T00:00:00Z');
    expect(odataDate(Date.parse('2024-07-01T00:00:00.250Z'))).toBe('2024-07-01T00:00:00.250Z');
  });

  it('puts the same $filter on the list and the export URLs', () => {
    const filter = buildFilter('all', { range: '24h', code: 50126 }, NOW);
    const list = new URL(listUrl(filter, 'desc', 200), 'http://x/');
    const exp = new URL(exportUrl(filter, 'ndjson'), 'http://x/');
    expect(list.pathname).toBe('/beta/auditLogs/signIns');
    expect(list.searchParams.get('$filter')).toBe(filter);
    expect(list.searchParams.get('$top')).toBe('200');
    expect(list.searchParams.get('$orderby')).toBe('createdDateTime desc');
    expect(exp.pathname).toBe('/api/export');
    expect(exp.searchParams.get('$filter')).toBe(filter);
    expect(exp.searchParams.get('format')).toBe('ndjson');
  });

  it('follows a nextLink on the page’s own origin', () => {
    expect(sameOriginLink('http://127.0.0.1:8787/beta/auditLogs/signIns?$top=50&$skiptoken=abc')).toBe(
      '/beta/auditLogs/signIns?$top=50&$skiptoken=abc',
    );
  });

  it('goes from a shared URL to the same $filter', () => {
    const v = signIns(parseView('?tab=interactive&range=custom&from=2024-07-01T00:00:00Z&to=2024-07-02T00:00:00Z&outcome=failure&code=50126'));
    expect(buildFilter(v.tab, v.filters, NOW)).toBe(
      "signInEventTypes/any(t: t eq 'interactiveUser') and createdDateTime ge 2024-07-01T00:00:00Z and createdDateTime le 2024-07-02T00:00:00Z" +
        " and outcome eq 'failure' and status/errorCode eq 50126",
    );
  });
});
