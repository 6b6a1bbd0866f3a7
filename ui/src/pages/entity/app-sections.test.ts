/** Covers the application page's sums: failures by who acts and by category, and the timeline's failure rate per bucket. */
import { describe, expect, it } from 'vitest';
import type { CodeFact } from '../../api/entity.js';
import { shareBy } from './app-sections.js';
import { bucketFailureRate } from './timeline-chart.js';

const code = (value: number, failures: number, category: string, actor: string | null): CodeFact => ({
  value,
  count: failures,
  failures,
  firstSeen: '2026-11-01T00:00:00Z',
  lastSeen: '2026-11-02T00:00:00Z',
  title: null,
  category,
  actor,
});

describe('shareBy', () => {
  const codes = [code(700016, 6, 'application-config', 'app-developer'), code(50126, 3, 'credentials', 'user'), code(7000215, 1, 'application-config', 'app-developer'), code(0, 0, 'other', null)];

  it('sums failures per actor, largest first, with shares of all failures', () => {
    expect(shareBy(codes, (c) => c.actor ?? '')).toEqual([
      { key: 'app-developer', failures: 7, share: 0.7 },
      { key: 'user', failures: 3, share: 0.3 },
    ]);
  });

  it('sums per category and leaves out codes without failures', () => {
    expect(shareBy(codes, (c) => c.category).map((s) => s.key)).toEqual(['application-config', 'credentials']);
    expect(shareBy([code(0, 0, 'other', null)], (c) => c.category)).toEqual([]);
  });
});

describe('bucketFailureRate', () => {
  it('is failures over all sign-ins, and a gap for an empty bucket', () => {
    expect(bucketFailureRate({ success: 3, failure: 1, interrupted: 0 })).toBe(0.25);
    expect(bucketFailureRate({ success: 0, failure: 0, interrupted: 0 })).toBeNull();
  });
});
