// The alert and rule routes in-process: push ingest raises an alert, list/filter/page, one alert, triage scopes and history, suppression, stats, rules, the per-rule counter, and 400/403/404 envelopes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDetector, type Detector } from '../../src/core/detections/detector.js';
import { builtinRules } from '../../src/detections/rule-test-kit.js';
import { makeToken, record, setup } from './helpers.js';

type Ctx = Awaited<ReturnType<typeof setup>>;
let t: Ctx;
let ingest: string;
let triage: string;
const rules = builtinRules({ breakGlassAccounts: ['bg@contoso.com'] });

const spray = (n: number, ip: string, minute: number) =>
  record(1000 + n, {
    userPrincipalName: `victim${n}@contoso.com`, ipAddress: ip, status: { errorCode: 50126, failureReason: null, additionalDetails: null },
    createdDateTime: new Date(Date.UTC(2026, 10, 30, 10, minute)).toISOString(), signInEventTypes: ['interactiveUser'], isInteractive: true,
  });
const ndjson = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join('\n');
const json = (r: { body: string }) => JSON.parse(r.body) as Record<string, unknown>;

beforeAll(async () => {
  t = await setup([], {
    detections: {
      rules,
      // The store exists once setup returns: the detector is built on the first push.
      createDetector: (onAlert) => {
        let detector: Detector | undefined;
        return { observe: (batch) => (detector ??= createDetector({ rules, store: t.store, clock: { now: () => new Date() }, latenessMs: 3_600_000, onAlert })).observe(batch) };
      },
    },
  });
  ingest = await makeToken(t.store, 'shipper', ['ingest']);
  triage = await makeToken(t.store, 'analyst', ['triage', 'read']);
  const push = (values: unknown[]) =>
    t.app.inject({ method: 'POST', url: '/api/ingest', payload: ndjson(values), headers: { authorization: `Bearer ${ingest}`, 'content-type': 'application/x-ndjson' } });
  // Two sprays from two addresses, in two pushes each.
  for (const [ip, base] of [['198.51.100.7', 0], ['198.51.100.8', 30]] as const) {
    expect((await push([0, 1, 2].map((i) => spray(i + base, ip, base + i)))).statusCode).toBe(200);
    expect((await push([3, 4, 5].map((i) => spray(i + base, ip, base + i)))).statusCode).toBe(200);
  }
});
afterAll(async () => {
  await t.app.close();
  await t.store.close();
});

describe('alerts API', () => {
  it('lists the alerts pushed sign-ins raised, newest first, with the agreed shape', async () => {
    const r = await t.get('/api/alerts');
    expect(r.statusCode).toBe(200);
    const value = json(r).value as Record<string, unknown>[];
    expect(value.map((a) => (a.entity as { value: string }).value)).toEqual(['198.51.100.8', '198.51.100.7']);
    expect(value[0]).toMatchObject({
      ruleId: 'password-spray', severity: 'medium', technique: 'T1110.003', status: 'new', signInCount: 6, signInIdsTruncated: false,
      entity: { kind: 'ip', value: '198.51.100.8' }, firstSeen: '2026-11-30T10:30:00Z', lastSeen: '2026-11-30T10:35:00Z', history: [],
    });
    expect(value[0]?.id).toMatch(/^al_[0-9a-f]{24}$/);
    expect(String(value[0]?.filter)).toMatch(/^id in \(/);
    expect((value[0]?.summary as { ja: string }).ja).toContain('198.51.100.8');
  });

  it('filters and pages with an absolute nextLink', async () => {
    const first = await t.get('/api/alerts?top=1&ruleId=password-spray');
    const body = json(first);
    expect((body.value as unknown[]).length).toBe(1);
    const next = String(body['@odata.nextLink']);
    expect(next.startsWith('https://reports.example.com/api/alerts?')).toBe(true);
    const second = json(await t.get(next.replace('https://reports.example.com', '')));
    expect(((second.value as { entity: { value: string } }[])[0])?.entity.value).toBe('198.51.100.7');
    expect(second['@odata.nextLink']).toBeUndefined();
    expect((json(await t.get('/api/alerts?entityKind=ip&entityValue=198.51.100.7')).value as unknown[]).length).toBe(1);
    expect((json(await t.get('/api/alerts?status=resolved')).value as unknown[]).length).toBe(0);
    expect((json(await t.get('/api/alerts?since=2026-11-30T10:31:00Z')).value as unknown[]).length).toBe(1);
  });

  it('answers bad parameters with a Graph-style 400', async () => {
    for (const url of ['/api/alerts?top=0', '/api/alerts?severity=urgent', '/api/alerts?since=yesterday', '/api/alerts?skiptoken=forged', '/api/alerts/nope']) {
      const r = await t.get(url);
      expect(r.statusCode, url).toBe(400);
      expect((json(r).error as { code: string }).code).toBeTruthy();
    }
    const missing = await t.get('/api/alerts/al_000000000000000000000000');
    expect(missing.statusCode).toBe(404);
    expect((json(missing).error as { message: string }).message).toContain('al_000000000000000000000000');
  });

  it('triages with the triage scope only, recording the token name', async () => {
    const id = String((json(await t.get('/api/alerts?top=1')).value as { id: string }[])[0]?.id);
    const body = { status: 'acknowledged', note: 'looking' };
    const asReader = await t.app.inject({ method: 'PATCH', url: `/api/alerts/${id}`, payload: body, headers: t.auth });
    expect(asReader.statusCode).toBe(403);
    const asAnalyst = await t.app.inject({ method: 'PATCH', url: `/api/alerts/${id}`, payload: body, headers: { authorization: `Bearer ${triage}` } });
    expect(asAnalyst.statusCode).toBe(200);
    expect(json(asAnalyst)).toMatchObject({ id, status: 'acknowledged', history: [{ status: 'acknowledged', note: 'looking', by: 'analyst' }] });
    expect(json(await t.get(`/api/alerts/${id}`)).status).toBe('acknowledged');
    const bad = await t.app.inject({ method: 'PATCH', url: `/api/alerts/${id}`, payload: { status: 'closed' }, headers: { authorization: `Bearer ${triage}` } });
    expect(bad.statusCode).toBe(400);
  });

  it('suppresses a rule for an entity', async () => {
    const id = String((json(await t.get('/api/alerts?entityValue=198.51.100.7')).value as { id: string }[])[0]?.id);
    const r = await t.app.inject({ method: 'POST', url: `/api/alerts/${id}/suppress`, payload: { days: 7 }, headers: { authorization: `Bearer ${triage}` } });
    expect(r.statusCode).toBe(200);
    expect(json(r)).toMatchObject({ ruleId: 'password-spray', entity: { kind: 'ip', value: '198.51.100.7' } });
    const tooLong = await t.app.inject({ method: 'POST', url: `/api/alerts/${id}/suppress`, payload: { days: 400 }, headers: { authorization: `Bearer ${triage}` } });
    expect(tooLong.statusCode).toBe(400);
    expect(await t.store.listSuppressions(new Date().toISOString())).toHaveLength(1);
  });

  it('counts alerts by status, and open ones by severity and rule', async () => {
    const r = json(await t.get('/api/alerts/stats'));
    expect(r).toEqual({
      byStatus: { new: 1, acknowledged: 1, resolved: 0, falsePositive: 0 },
      openBySeverity: { critical: 0, high: 0, medium: 2, low: 0 },
      openByRule: { 'password-spray': 2 },
    });
  });

  it('lists the rules with effective parameters', async () => {
    const value = json(await t.get('/api/rules')).value as { id: string; enabled: boolean; parameters: Record<string, unknown>; source: string; where: string }[];
    expect(value.map((r) => r.id)).toContain('impossible-travel');
    expect(value).toHaveLength(11);
    expect(value.find((r) => r.id === 'password-spray')).toMatchObject({ enabled: true, source: 'builtin', parameters: { threshold: 5, windowMinutes: 20, groupBy: 'ipAddress' } });
    expect(value.find((r) => r.id === 'break-glass')?.where).toBe("userPrincipalName in ('bg@contoso.com')");
  });

  it('exposes a Prometheus counter per rule', async () => {
    const text = (await t.get('/metrics')).body;
    expect(text).toContain('signin_report_alerts_total{rule="password-spray",change="created"} 2');
    expect(text).toContain('signin_report_alerts_total{rule="mfa-fatigue",change="created"} 0');
  });
});
