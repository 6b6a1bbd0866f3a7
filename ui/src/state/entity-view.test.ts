/**
 * @vitest-environment jsdom
 * Covers the entity pages' URL state: parsing (forgiving), serialising (defaults left out), the
 * round trip through view-state's parseView/serializeView, hrefs, periods and list filters.
 */
import { describe, expect, it } from 'vitest';
import { alertHref, entityHref, entityListFilters, entityPeriod, parseEntityView, serializeEntityView, type EntityView } from './entity-view.js';
import { parseView, serializeView } from './view-state.js';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const q = (s: string) => new URLSearchParams(s);

describe('entity view ← URL', () => {
  it('reads a user page with its defaults, the user name in lower case', () => {
    expect(parseEntityView(q('page=user&key=Adele%40Contoso.com'))).toEqual({
      kind: 'user',
      key: 'adele@contoso.com',
      range: '30d',
      from: undefined,
      to: undefined,
      bucket: 'day',
    });
  });

  it('keeps an IP address as written and reads range and bucket', () => {
    expect(parseEntityView(q('page=ip&key=2001:DB8::1&range=7d&bucket=hour'))).toMatchObject({ kind: 'ip', key: '2001:DB8::1', range: '7d', bucket: 'hour' });
  });

  it('reads a custom range and normalises its dates to UTC', () => {
    const v = parseEntityView(q('page=app&key=00000003-0000-0000-C000-000000000000&range=custom&from=2026-11-01T09:00:00%2B09:00&to=2026-11-02T00:00:00Z'));
    expect(v).toMatchObject({ kind: 'app', key: '00000003-0000-0000-c000-000000000000', range: 'custom', from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' });
  });

  it.each([
    ['page=user', 'no key'],
    ['page=user&key=%20%20', 'a blank key'],
    ['page=device&key=x', 'an unknown kind'],
    ['page=dashboard&key=x', 'another page'],
  ])('is no entity page for %s (%s)', (search) => {
    expect(parseEntityView(q(search))).toBeUndefined();
  });

  it('falls back to the defaults for a malformed range, bucket or date', () => {
    expect(parseEntityView(q('page=user&key=a%40b.c&range=2y&bucket=minute'))).toMatchObject({ range: '30d', bucket: 'day' });
    expect(parseEntityView(q('page=user&key=a%40b.c&range=custom&from=yesterday'))).toMatchObject({ range: 'custom', from: undefined });
    // Dates only count with a custom range.
    expect(parseEntityView(q('page=user&key=a%40b.c&range=7d&from=2026-11-01T00:00:00Z'))).toMatchObject({ from: undefined });
  });
});

describe('entity view → URL', () => {
  it('writes only what differs from the defaults', () => {
    expect(serializeEntityView({ kind: 'user', key: 'adele@contoso.com', range: '30d', bucket: 'day' })).toBe('page=user&key=adele%40contoso.com');
    expect(serializeEntityView({ kind: 'ip', key: '203.0.113.5', range: '90d', bucket: 'hour' })).toBe('page=ip&key=203.0.113.5&range=90d&bucket=hour');
  });

  it('round-trips through the app-wide parseView / serializeView', () => {
    const views: EntityView[] = [
      { kind: 'user', key: 'adele@contoso.com', range: '7d', bucket: 'hour', from: undefined, to: undefined },
      { kind: 'ip', key: '198.51.100.7', range: 'custom', from: '2026-11-01T00:00:00.000Z', to: '2026-11-08T00:00:00.000Z', bucket: 'day' },
      { kind: 'app', key: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064', range: '90d', bucket: 'day', from: undefined, to: undefined },
    ];
    for (const entity of views) {
      const qs = serializeView({ page: 'entity', entity });
      expect(parseView(`?${qs}`)).toEqual({ page: 'entity', entity });
    }
  });

  it('leaves the other pages as they were', () => {
    expect(parseView('?page=dashboard').page).toBe('dashboard');
    expect(parseView('?page=user').page).toBe('sign-ins');
  });

  it('builds hrefs for entities and alerts', () => {
    expect(entityHref('user', 'Megan@Contoso.com')).toBe('?page=user&key=megan%40contoso.com');
    expect(entityHref('ip', '203.0.113.5')).toBe('?page=ip&key=203.0.113.5');
    expect(alertHref('al_0123456789abcdef01234567')).toBe('?page=alerts&sel=al_0123456789abcdef01234567');
  });
});

describe('period and list filters', () => {
  it('gives presets relative to now and custom bounds as chosen', () => {
    expect(entityPeriod({ range: '7d' }, NOW)).toEqual({ since: '2026-11-23T12:00:00.000Z', until: '2026-11-30T12:00:00.000Z' });
    expect(entityPeriod({ range: '90d' }, NOW).since).toBe('2026-09-01T12:00:00.000Z');
    expect(entityPeriod({ range: 'custom', from: '2026-10-01T00:00:00.000Z', to: '2026-10-02T00:00:00.000Z' }, NOW)).toEqual({
      since: '2026-10-01T00:00:00.000Z',
      until: '2026-10-02T00:00:00.000Z',
    });
    // A custom range without a start shows the 30 days before its end.
    expect(entityPeriod({ range: 'custom', to: '2026-10-31T00:00:00.000Z' }, NOW).since).toBe('2026-10-01T00:00:00.000Z');
  });

  it('filters the sign-in list to the entity over the same period', () => {
    const period = { since: '2026-11-01T00:00:00.000Z', until: '2026-11-30T00:00:00.000Z' };
    const range = { range: 'custom', from: period.since, to: period.until };
    expect(entityListFilters('user', 'adele@contoso.com', period)).toEqual({ ...range, user: 'adele@contoso.com' });
    expect(entityListFilters('ip', '203.0.113.5', period)).toEqual({ ...range, ip: '203.0.113.5' });
    expect(entityListFilters('app', 'guid', period, 'Microsoft Teams')).toEqual({ ...range, app: 'Microsoft Teams' });
    expect(entityListFilters('app', 'guid', period)).toEqual(range);
  });
});
