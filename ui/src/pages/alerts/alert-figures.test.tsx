/**
 * @vitest-environment jsdom
 * Covers how an alert's figures read: numbers, times and lists formatted for the viewer, and the
 * journeys of a velocity alert as a table with distance and speed, in English and Japanese.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n.js';
import { SettingsProvider } from '../../state/settings.js';
import { AlertFigures } from './alert-figures.js';

const LEG = {
  from: { signInId: 'a', at: '2026-11-30T01:00:00Z', lat: 35.68, lon: 139.69, city: 'Tokyo', countryOrRegion: 'JP' },
  to: { signInId: 'b', at: '2026-11-30T02:00:00Z', lat: 48.86, lon: 2.35, city: 'Paris', countryOrRegion: 'FR' },
  distanceKm: 9712.4,
  speedKmh: 9712.4,
};

const show = (lang: 'en' | 'ja', details: Record<string, unknown>) => {
  localStorage.setItem('signin-report.time', 'utc');
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <SettingsProvider>
        <AlertFigures details={details} />
      </SettingsProvider>
    </I18nextProvider>,
  );
};

afterEach(cleanup);

describe('AlertFigures', () => {
  it('formats numbers, lists and times', () => {
    show('en', { distinct: 12345, countries: ['FR', 'US'], firstFailure: '2026-11-30T10:00:00Z', learned: true });
    expect(screen.getByText('12,345')).toBeTruthy();
    expect(screen.getByText('FR, US')).toBeTruthy();
    expect(screen.getByText('Yes')).toBeTruthy();
    // UTC chosen by the viewer: the time reads 10:00, not the test machine's zone.
    expect(screen.getByText(/10:00:00/)).toBeTruthy();
  });

  it('draws velocity legs as a table with distance and speed', () => {
    show('en', { speedLimitKmh: 900, legs: [LEG] });
    const table = screen.getByRole('table');
    const cells = within(table).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[0]).toContain('Tokyo, JP');
    expect(cells[1]).toContain('Paris, FR');
    expect(cells[2]).toBe('9,712 km');
    expect(cells[3]).toBe('9,712 km/h');
    expect(screen.queryByText('legs')).toBeNull();
  });

  it('reads in Japanese', () => {
    show('ja', { legs: [LEG] });
    expect(screen.getByRole('columnheader', { name: '速度' })).toBeTruthy();
    expect(screen.getByText('時速 9,712 キロメートル')).toBeTruthy();
  });
});
