/**
 * @vitest-environment jsdom
 * Covers the custom date range inputs: wall-clock text ↔ UTC ISO, read as UTC or as local time.
 */
import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './date-input.js';

describe('datetime-local ↔ ISO', () => {
  it('reads and writes the wall clock as UTC in UTC mode', () => {
    expect(toLocalInput('2024-07-01T09:30:00.000Z', 'utc')).toBe('2024-07-01T09:30');
    expect(fromLocalInput('2024-07-01T09:30', 'utc')).toBe('2024-07-01T09:30:00.000Z');
  });

  it('round-trips in local mode, whatever the zone', () => {
    const iso = '2024-12-31T23:45:00.000Z';
    expect(fromLocalInput(toLocalInput(iso, 'local'), 'local')).toBe(iso);
  });

  it('gives nothing for empty or malformed values', () => {
    expect(toLocalInput(undefined, 'utc')).toBe('');
    expect(toLocalInput('yesterday', 'utc')).toBe('');
    expect(fromLocalInput('', 'local')).toBeUndefined();
    expect(fromLocalInput('2024-13-45T99:99', 'utc')).toBeUndefined();
  });
});
