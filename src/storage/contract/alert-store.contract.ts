/**
 * The alert-store contract (detection state, alerts, suppressions, change sequence), run once
 * per engine beside the sign-in store contract, and against the in-memory store the rule tests use.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { AlertStore } from '../../core/ports.js';
import type { Alert } from '../../core/detections/alert.js';

export interface AlertStoreHarness {
  create(): Promise<AlertStore & { close?(): Promise<void> }>;
  teardown?(): Promise<void>;
}

const alert = (n: number, over: Partial<Alert> = {}): Alert => ({
  id: `al_${String(n).padStart(24, '0')}`,
  ruleId: 'password-spray',
  title: { en: 'Password spray', ja: 'パスワード スプレー' },
  severity: 'medium',
  technique: 'T1110.003',
  status: 'new',
  entity: { kind: 'ip', value: `198.51.100.${n}` },
  firstSeen: `2026-11-30T10:${String(n).padStart(2, '0')}:00Z`,
  lastSeen: `2026-11-30T11:${String(n).padStart(2, '0')}:00Z`,
  signInCount: 2,
  signInIds: ['a', 'b'],
  signInIdsTruncated: false,
  filter: "id in ('a', 'b')",
  summary: { en: 'two', ja: '二つ' },
  details: { distinct: 2 },
  createdAt: '2026-11-30T12:00:00.000Z',
  updatedAt: '2026-11-30T12:00:00.000Z',
  history: [],
  ...over,
});

const at = (iso: string) => Date.parse(iso);

export const describeAlertStoreContract = (engine: string, harness: AlertStoreHarness): void => {
  describe(`AlertStore contract: ${engine}`, () => {
    afterAll(async () => harness.teardown?.());

    it('keeps detection state, an earlier copy of a key replacing a later one, and prunes by rule and time', async () => {
      const s = await harness.create();
      await s.writeDetections({
        state: [
          { ruleId: 'r1', groupKey: 'g', key: 'k1', at: 200, data: '{"s":"x2"}' },
          { ruleId: 'r1', groupKey: 'g', key: 'k2', at: 50, data: '{"s":"y"}' },
          { ruleId: 'r2', groupKey: 'g', key: 'k1', at: 10, data: '{"s":"z"}' },
        ],
        prune: [], alerts: [], deleteAlerts: [],
      });
      await s.writeDetections({ state: [{ ruleId: 'r1', groupKey: 'g', key: 'k1', at: 100, data: '{"s":"x1"}' }], prune: [], alerts: [], deleteAlerts: [] });
      await s.writeDetections({ state: [{ ruleId: 'r1', groupKey: 'g', key: 'k1', at: 300, data: '{"s":"x3"}' }], prune: [{ before: 60, ruleIds: ['r1'] }], alerts: [], deleteAlerts: [] });
      const rows = [...(await s.loadDetectionState())].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
      expect(rows).toEqual([
        { ruleId: 'r1', groupKey: 'g', key: 'k1', at: 100, data: '{"s":"x1"}' },
        { ruleId: 'r2', groupKey: 'g', key: 'k1', at: 10, data: '{"s":"z"}' },
      ]);
      await s.close?.();
    });

    it('stores, replaces, deletes and finds alerts by rule, entity and overlapping time', async () => {
      const s = await harness.create();
      await s.writeDetections({ state: [], prune: [], alerts: [alert(1), alert(2)], deleteAlerts: [] });
      expect(await s.getAlerts([alert(1).id, 'al_missing'])).toEqual([alert(1)]);
      await s.writeDetections({ state: [], prune: [], alerts: [alert(1, { signInCount: 3, signInIds: ['a', 'b', 'c'] })], deleteAlerts: [alert(2).id] });
      expect((await s.getAlerts([alert(1).id]))[0]?.signInCount).toBe(3);
      expect(await s.getAlerts([alert(2).id])).toEqual([]);
      const e = alert(1).entity;
      expect(await s.findAlerts('password-spray', e, at('2026-11-30T11:01:00Z'), at('2026-11-30T12:00:00Z'))).toHaveLength(1);
      expect(await s.findAlerts('password-spray', e, at('2026-11-30T11:02:00Z'), at('2026-11-30T12:00:00Z'))).toHaveLength(0);
      expect(await s.findAlerts('brute-force', e, 0, Number.MAX_SAFE_INTEGER)).toHaveLength(0);
      // First-seen rules look without a time bound: ±Infinity must work on every engine.
      expect(await s.findAlerts('password-spray', e, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)).toHaveLength(1);
      await s.close?.();
    });

    it('lists newest lastSeen first with filters and keyset pages', async () => {
      const s = await harness.create();
      const all = [1, 2, 3, 4, 5].map((n) => alert(n, n % 2 ? {} : { ruleId: 'mfa-fatigue', severity: 'high', status: 'acknowledged' }));
      await s.writeDetections({ state: [], prune: [], alerts: all, deleteAlerts: [] });
      const p1 = await s.listAlerts({ top: 2 });
      expect(p1.items.map((a) => a.id)).toEqual([alert(5).id, alert(4).id]);
      const p2 = await s.listAlerts({ top: 2, after: p1.next });
      expect(p2.items.map((a) => a.id)).toEqual([alert(3).id, alert(2).id]);
      const p3 = await s.listAlerts({ top: 2, after: p2.next });
      expect(p3.items.map((a) => a.id)).toEqual([alert(1).id]);
      expect(p3.next).toBeUndefined();
      expect((await s.listAlerts({ top: 50, ruleId: 'mfa-fatigue' })).items).toHaveLength(2);
      expect((await s.listAlerts({ top: 50, severity: 'medium', status: 'new' })).items).toHaveLength(3);
      expect((await s.listAlerts({ top: 50, entityKind: 'ip', entityValue: '198.51.100.3' })).items.map((a) => a.id)).toEqual([alert(3).id]);
      expect((await s.listAlerts({ top: 50, since: at('2026-11-30T11:04:00Z') })).items).toHaveLength(2);
      expect((await s.listAlerts({ top: 50, until: at('2026-11-30T10:02:00Z') })).items).toHaveLength(2);
      await s.close?.();
    });

    it('counts by status, and open alerts by severity and rule', async () => {
      const s = await harness.create();
      await s.writeDetections({
        state: [], prune: [], deleteAlerts: [],
        alerts: [alert(1), alert(2, { status: 'acknowledged', severity: 'high', ruleId: 'mfa-fatigue' }), alert(3, { status: 'resolved' }), alert(4, { status: 'falsePositive' })],
      });
      expect(await s.alertStats()).toEqual({
        byStatus: { new: 1, acknowledged: 1, resolved: 1, falsePositive: 1 },
        openBySeverity: { critical: 0, high: 1, medium: 1, low: 0 },
        openByRule: { 'password-spray': 1, 'mfa-fatigue': 1 },
      });
      await s.close?.();
    });

    it('saves status changes of stored alerts only, and numbers every write in order', async () => {
      const s = await harness.create();
      await s.writeDetections({ state: [], prune: [], alerts: [alert(1), alert(2)], deleteAlerts: [] });
      const changed = alert(1, { status: 'acknowledged', history: [{ at: '2026-11-30T13:00:00Z', status: 'acknowledged', by: 'ops' }] });
      expect(await s.saveAlert(changed)).toBe(true);
      expect(await s.saveAlert(alert(9))).toBe(false);
      const changes = await s.listAlertChanges(0, 10);
      expect(changes.map((c) => c.alert.id)).toEqual([alert(2).id, alert(1).id]);
      expect(changes[1]?.alert.status).toBe('acknowledged');
      expect(changes[0]!.seq).toBeLessThan(changes[1]!.seq);
      expect(await s.listAlertChanges(changes[1]!.seq, 10)).toEqual([]);
      await s.close?.();
    });

    it('keeps one suppression per rule and entity and lists those still in force', async () => {
      const s = await harness.create();
      const base = { ruleId: 'password-spray', entity: { kind: 'ip' as const, value: '198.51.100.1' }, by: 'ops', createdAt: '2026-11-30T00:00:00Z' };
      await s.addSuppression({ ...base, until: '2026-12-01T00:00:00.000Z' });
      await s.addSuppression({ ...base, until: '2026-12-05T00:00:00.000Z', note: 'pen test' });
      await s.addSuppression({ ...base, entity: { kind: 'ip', value: '198.51.100.2' }, until: '2026-12-02T00:00:00.000Z' });
      const now = await s.listSuppressions('2026-12-03T00:00:00.000Z');
      expect(now).toEqual([{ ...base, until: '2026-12-05T00:00:00.000Z', note: 'pen test' }]);
      expect(await s.listSuppressions('2026-11-30T00:00:00.000Z')).toHaveLength(2);
      await s.close?.();
    });
  });
};
