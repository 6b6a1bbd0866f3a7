/** Covers merging alert streams (one per status): the API's order, and only the certain prefix while a stream has more pages. */
import { describe, expect, it } from 'vitest';
import { alertJson } from './alert-fixture.js';
import { compareAlerts, mergeAlertStreams, type StreamPage } from './alert-streams.js';
import { decodeAlert, type Alert } from './alerts.js';

/** An alert whose lastSeen is `minute` minutes past 10:00 and whose id ends in `n`. */
const at = (minute: number, n = 0): Alert =>
  decodeAlert(alertJson({ id: `al_${String(n).padStart(24, '0')}`, lastSeen: `2026-11-30T10:${String(minute).padStart(2, '0')}:00Z` }));

const minutes = (alerts: readonly Alert[]) => alerts.map((a) => Number(a.lastSeen.slice(14, 16)));

describe('compareAlerts', () => {
  it('puts the newest lastSeen first, then the larger id', () => {
    expect([at(1), at(9), at(5)].sort(compareAlerts).map((a) => a.lastSeen.slice(14, 16))).toEqual(['09', '05', '01']);
    expect([at(5, 1), at(5, 2)].sort(compareAlerts).map((a) => a.id.at(-1))).toEqual(['2', '1']);
  });
});

describe('mergeAlertStreams', () => {
  it('is empty before the first page', () => {
    expect(mergeAlertStreams([])).toEqual({ alerts: [], hasMore: false });
  });

  it('passes one finished stream through', () => {
    const page: StreamPage = { alerts: [[at(9), at(5)]], next: [undefined] };
    expect(minutes(mergeAlertStreams([page]).alerts)).toEqual([9, 5]);
    expect(mergeAlertStreams([page]).hasMore).toBe(false);
  });

  it('interleaves finished streams in the API order', () => {
    const page: StreamPage = { alerts: [[at(50), at(20)], [at(40), at(30), at(10)]], next: [undefined, undefined] };
    expect(minutes(mergeAlertStreams([page]).alerts)).toEqual([50, 40, 30, 20, 10]);
  });

  it('holds back what a stream with more pages could still precede', () => {
    // Stream 0 stops at :40 with more to come; stream 1 is finished. :30 and :10 must wait.
    const first: StreamPage = { alerts: [[at(50), at(40)], [at(45), at(30), at(10)]], next: ['next-0', undefined] };
    const m1 = mergeAlertStreams([first]);
    expect(minutes(m1.alerts)).toEqual([50, 45, 40]);
    expect(m1.hasMore).toBe(true);
    // Its next page brings :35 and :20 and ends: everything shows, in order.
    const second: StreamPage = { alerts: [[at(35), at(20)], []], next: [undefined, undefined] };
    const m2 = mergeAlertStreams([first, second]);
    expect(minutes(m2.alerts)).toEqual([50, 45, 40, 35, 30, 20, 10]);
    expect(m2.hasMore).toBe(false);
  });

  it('uses the earlier tail when both streams have more', () => {
    const page: StreamPage = { alerts: [[at(50), at(30)], [at(45), at(40)]], next: ['a', 'b'] };
    expect(minutes(mergeAlertStreams([page]).alerts)).toEqual([50, 45, 40]);
  });
});
