/** Covers the decoders of the alert API's answers: alerts, pages, stats, rules and suppressions, good and malformed. */
import { describe, expect, it } from 'vitest';
import { ALERT_ID, alertJson, ruleJson, statsJson } from './alert-fixture.js';
import { decodeAlert, decodeAlertPage, decodeAlertStats, decodeRules, decodeSuppression, openCount } from './alerts.js';
import { DecodeError } from './decode.js';

describe('decodeAlert', () => {
  it('accepts the agreed shape and keeps every field', () => {
    const a = decodeAlert(
      alertJson({ history: [{ at: '2026-11-30T11:00:00Z', status: 'acknowledged', note: 'looking', by: 'analyst' }], details: { legs: [{ distanceKm: 9000 }] } }),
    );
    expect(a.id).toBe(ALERT_ID);
    expect(a.entity).toEqual({ kind: 'ip', value: '198.51.100.7' });
    expect(a.title.ja).toContain('スプレー');
    expect(a.signInIds).toEqual(['s1', 's2', 's3']);
    expect(a.history).toEqual([{ at: '2026-11-30T11:00:00Z', status: 'acknowledged', note: 'looking', by: 'analyst' }]);
    expect(a.details).toEqual({ legs: [{ distanceKm: 9000 }] });
  });

  it('treats a missing history as empty and a missing truncation flag as false', () => {
    const { history: _h, signInIdsTruncated: _t, ...rest } = alertJson();
    const a = decodeAlert(rest);
    expect(a.history).toEqual([]);
    expect(a.signInIdsTruncated).toBe(false);
  });

  it.each([
    ['an unknown severity', { severity: 'severe' }, 'alert.severity'],
    ['an unknown status', { status: 'closed' }, 'alert.status'],
    ['an unknown entity kind', { entity: { kind: 'device', value: 'x' } }, 'alert.entity.kind'],
    ['an id that is not al_ + 24 hex', { id: 'al_XYZ' }, 'alert.id'],
    ['a count that is a string', { signInCount: '3' }, 'alert.signInCount'],
    ['a title without Japanese', { title: { en: 'x' } }, 'alert.title.ja'],
    ['a date that is not a date', { lastSeen: 'yesterday' }, 'alert.lastSeen'],
    ['a history entry with an unknown status', { history: [{ at: '2026-11-30T11:00:00Z', status: 'closed' }] }, 'alert.history[0].status'],
  ])('rejects %s and names the path', (_name, over, path) => {
    expect(() => decodeAlert(alertJson(over))).toThrow(DecodeError);
    expect(() => decodeAlert(alertJson(over))).toThrow(path);
  });
});

describe('decodeAlertPage', () => {
  it('reads the alerts and the nextLink', () => {
    const p = decodeAlertPage({ value: [alertJson()], '@odata.nextLink': 'http://h/api/alerts?skiptoken=abc' });
    expect(p.alerts).toHaveLength(1);
    expect(p.nextLink).toBe('http://h/api/alerts?skiptoken=abc');
    expect(decodeAlertPage({ value: [] }).nextLink).toBeUndefined();
  });

  it('rejects a page without a value array', () => {
    expect(() => decodeAlertPage({ alerts: [] })).toThrow('value should be an array');
  });
});

describe('decodeAlertStats', () => {
  it('reads the counts and adds up the open ones (new + acknowledged)', () => {
    const s = decodeAlertStats(statsJson());
    expect(s.openBySeverity.high).toBe(2);
    expect(s.openByRule['mfa-fatigue']).toBe(1);
    expect(openCount(s)).toBe(3);
  });

  it('counts a severity the server leaves out as zero, and rejects a count that is not a number', () => {
    expect(decodeAlertStats(statsJson({ openBySeverity: { high: 1 } })).openBySeverity.critical).toBe(0);
    expect(() => decodeAlertStats(statsJson({ byStatus: { new: 'two' } }))).toThrow('stats.byStatus.new');
    expect(() => decodeAlertStats(statsJson({ openByRule: { x: null } }))).toThrow('stats.openByRule.x');
  });
});

describe('decodeRules', () => {
  it('reads rules with their effective parameters', () => {
    const [r] = decodeRules({ value: [ruleJson(), ruleJson({ id: 'legacy-auth', kind: 'match', enabled: false, learnedFrom: null })] }).slice(1);
    expect(r).toMatchObject({ id: 'legacy-auth', kind: 'match', enabled: false, learnedFrom: undefined });
    expect(decodeRules({ value: [ruleJson()] })[0]?.parameters).toEqual({ threshold: 10, windowMinutes: 60 });
  });

  it.each([
    [{ kind: 'window' }, 'value[0].kind'],
    [{ enabled: 'yes' }, 'value[0].enabled'],
    [{ source: 'vendor' }, 'value[0].source'],
  ])('rejects %j', (over, path) => {
    expect(() => decodeRules({ value: [ruleJson(over)] })).toThrow(path);
  });
});

describe('decodeSuppression', () => {
  it('reads the rule, entity and end of a suppression', () => {
    expect(decodeSuppression({ ruleId: 'password-spray', entity: { kind: 'user', value: 'a@b.c' }, until: '2026-12-07T10:00:00Z' })).toEqual({
      ruleId: 'password-spray',
      entity: { kind: 'user', value: 'a@b.c' },
      until: '2026-12-07T10:00:00Z',
    });
    expect(() => decodeSuppression({ ruleId: 'x', entity: { kind: 'user', value: 'a' } })).toThrow('suppression.until');
  });
});
