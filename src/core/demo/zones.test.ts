// Covers the demo time-zone table: offsets (with US, EU and AU daylight saving) agree with Intl at sample instants.
import { describe, expect, it } from 'vitest';
import { offsetMinutesAt, ZONES } from './zones.js';

const intlOffset = (zone: string, utcMs: number): number => {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(utcMs))
    .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
};

// Instants around the 2025 and 2026 transitions, plus mid-season ones.
const INSTANTS = [
  '2025-01-15T12:00:00Z', '2025-03-09T06:59:00Z', '2025-03-09T07:01:00Z', '2025-03-30T00:59:00Z', '2025-03-30T01:01:00Z',
  '2025-04-05T15:59:00Z', '2025-04-05T16:01:00Z', '2025-07-01T00:00:00Z', '2025-10-04T15:59:00Z', '2025-10-04T16:01:00Z',
  '2025-10-26T00:59:00Z', '2025-10-26T01:01:00Z', '2025-11-02T05:59:00Z', '2025-11-02T06:01:00Z', '2026-03-08T10:30:00Z',
  '2026-10-25T12:00:00Z', '2026-12-31T23:00:00Z',
].map((s) => Date.parse(s));

describe('offsetMinutesAt', () => {
  it.each(ZONES.map((z) => [z.name, z] as const))('matches Intl for %s', (_name, zone) => {
    for (const t of INSTANTS) expect([new Date(t).toISOString(), offsetMinutesAt(zone, t)]).toEqual([new Date(t).toISOString(), intlOffset(zone.name, t)]);
  });
});
