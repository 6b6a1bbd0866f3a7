// The day/month order of a file and the time zone of its wall-clock dates (file-dates.ts), and
// the date forms spreadsheets write (date-text.ts).
import { describe, expect, it } from 'vitest';
import { createFileDates } from '../../src/importers/tabular/file-dates.js';
import { parseDateText } from '../../src/importers/tabular/date-text.js';

const decide = (texts: string[], options = {}) => {
  const dates = createFileDates(options);
  for (const t of texts) dates.observe(t);
  return { dates, refused: dates.finish() };
};

describe('date forms of spreadsheets', () => {
  it.each([
    ['2026/11/1 1:15', '2026-11-01T01:15:00Z'],
    ['2026/11/01 01:15:09', '2026-11-01T01:15:09Z'],
    ['2026-1-5 7:00', '2026-01-05T07:00:00Z'],
    ['2026/11/1', '2026-11-01T00:00:00Z'],
    ['2026/11/1 1:15 PM', '2026-11-01T13:15:00Z'],
    ['1/15/2025 8:00 AM', '2025-01-15T08:00:00Z'],
    ['28.4.2021 9:05', '2021-04-28T09:05:00Z'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each(['2026/13/1 1:15', '2026/2/30 1:15', '2026/11/1 25:00', '11/1/26 1:15'])('refuses %j', (text) => {
    expect(() => parseDateText(text)).toThrow(/date-time/);
  });
});

describe('createFileDates', () => {
  it.each([
    [['03/04/2026 10:00', '13/04/2026 10:00'], 'dmy', '2026-04-03T10:00:00Z'],
    [['03/04/2026 10:00', '04/13/2026 10:00'], 'mdy', '2026-03-04T10:00:00Z'],
    [['03/04/2026 10:00 AM', '04/05/2026 1:00 PM'], 'mdy (12-hour times)', '2026-03-04T10:00:00Z'],
  ])('%j decides %s', (texts, _how, first) => {
    const { dates, refused } = decide(texts);
    expect(refused).toBeUndefined();
    expect(dates.parse(texts[0] as string, true)).toBe(first);
  });

  it('needs no decision when no date could be read two ways', () => {
    expect(decide(['2026/11/1 1:15', '04/04/2026 10:00', '2026-11-01T00:00:00Z', '28.04.2026 10:00']).refused).toBeUndefined();
  });

  it('refuses a file of ambiguous dates, unless --date-order says', () => {
    expect(decide(['03/04/2026 10:00', '05/06/2026 10:00']).refused).toMatch(/day\/month order unknown: dates such as "03\/04\/2026 10:00"/);
    const { dates, refused } = decide(['03/04/2026 10:00'], { order: 'dmy' });
    expect(refused).toBeUndefined();
    expect(dates.parse('03/04/2026 10:00', true)).toBe('2026-04-03T10:00:00Z');
  });

  it('--date-order ymd refuses dates that are not year-first', () => {
    const dates = createFileDates({ order: 'ymd' });
    expect(dates.parse('2026/4/3 10:00', true)).toBe('2026-04-03T10:00:00Z');
    expect(() => dates.parse('03/04/2026 10:00', true)).toThrow(/not year-first although --date-order ymd was given/);
  });

  it.each([
    ['Asia/Tokyo', '2026/11/1 9:00', '2026-11-01T00:00:00Z'],
    ['Europe/Berlin', '2026/7/1 9:00', '2026-07-01T07:00:00Z'],
    // The hour repeated when daylight saving time ends: the earlier instant (still EDT).
    ['America/New_York', '2026/11/1 1:30', '2026-11-01T05:30:00Z'],
    ['America/New_York', '2026/11/1 3:30', '2026-11-01T08:30:00Z'],
    // The hour skipped when it starts: read with the offset from before the change.
    ['America/New_York', '2026/3/8 2:30', '2026-03-08T07:30:00Z'],
    ['America/New_York', '2026/3/8 3:30', '2026-03-08T07:30:00Z'],
  ])('wall-clock time in %s: %s → %s', (timeZone, text, iso) => {
    const dates = createFileDates({ timeZone });
    expect(dates.parse(text, false)).toBe(iso);
    expect(dates.parse('2026-11-01T09:00:00+09:00', false)).toBe('2026-11-01T00:00:00Z');
    expect(dates.parse('2026/11/1 9:00', true)).toBe('2026-11-01T09:00:00Z');
  });
});
