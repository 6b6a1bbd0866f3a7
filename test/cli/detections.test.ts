// The detection commands in-process: import raises alerts, alerts (table/json/ndjson, filters), detect over history (idempotent), rules (built-in, a custom folder, overrides), and bad flags.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { makeSignIn } from '../../src/storage/contract/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'signin-detect-cli-'));
const file = join(dir, 'spray.ndjson');
const spray = Array.from({ length: 6 }, (_, i) =>
  makeSignIn(100 + i, {
    userPrincipalName: `victim${i}@contoso.com`, ipAddress: '198.51.100.77',
    status: { errorCode: 50126, failureReason: 'Invalid username or password.', additionalDetails: null },
    createdDateTime: new Date(Date.UTC(2026, 10, 30, 10, i)).toISOString().replace('.000Z', 'Z'),
  }),
);

beforeAll(() => {
  writeFileSync(file, spray.map((s) => JSON.stringify(s)).join('\n'));
});

describe('detection commands', () => {
  it('import raises the alert; alerts prints it as ndjson, json and a table', async () => {
    const db = join(dir, 'a.db');
    expect((await runCli(['--db', db, 'import', file, '--workers', '0'])).code).toBe(0);
    const nd = await runCli(['--db', db, 'alerts', '--format', 'ndjson']);
    expect(nd.code, nd.stderr).toBe(0);
    const lines = nd.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      ruleId: 'password-spray', severity: 'medium', status: 'new', entity: { kind: 'ip', value: '198.51.100.77' },
      firstSeen: '2026-11-30T10:00:00Z', lastSeen: '2026-11-30T10:05:00Z', signInCount: 6,
    });
    expect(lines[0]?.signInIds).toEqual(spray.map((s) => s.id));
    const json = await runCli(['--db', db, 'alerts', '--format', 'json', '--status', 'new', '--rule', 'password-spray']);
    expect(JSON.parse(json.stdout)).toHaveLength(1);
    const none = await runCli(['--db', db, 'alerts', '--status', 'resolved']);
    expect(none.stdout.trim()).toBe('No alerts.');
    const table = await runCli(['--db', db, 'alerts', '--lang', 'ja']);
    expect(table.stdout).toContain('ip:198.51.100.77');
    expect(table.stdout).toContain('個ありました');
  });

  it('demo data is detected as it is stored, its break-glass account included without configuration', async () => {
    const db = join(dir, 'demo.db');
    const demo = await runCli(['--db', db, 'demo', '--count', '20000', '--seed', '7', '--days', '7']);
    expect(demo.code, demo.stderr).toBe(0);
    const nd = await runCli(['--db', db, 'alerts', '--format', 'ndjson']);
    const rules = new Set(nd.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { ruleId: string }).ruleId));
    for (const rule of ['break-glass', 'password-spray', 'mfa-fatigue']) expect(rules.has(rule), [...rules].join(', ')).toBe(true);
  });

  it('detect evaluates history once: a second run creates nothing', async () => {
    const db = join(dir, 'b.db');
    expect((await runCli(['--db', db, 'import', file, '--workers', '0'], { SIGNIN_REPORT_DETECTIONS: 'off' })).code).toBe(0);
    expect((await runCli(['--db', db, 'alerts', '--format', 'ndjson'])).stdout).toBe('');
    const first = await runCli(['--db', db, 'detect', '--since', '2026-11-01T00:00:00Z']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('6 sign-ins · 1 alerts created');
    const again = await runCli(['--db', db, 'detect']);
    expect(again.stdout).toContain('0 alerts created · 0 grown');
    expect((await runCli(['--db', db, 'alerts', '--format', 'ndjson'])).stdout.trim().split('\n')).toHaveLength(1);
  });

  it('rules lists the built-in rules, a custom folder and configured overrides', async () => {
    const plain = await runCli(['rules']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('password-spray');
    expect(plain.stdout).toContain('threshold=5');
    const custom = join(dir, 'rules');
    mkdirSync(custom, { recursive: true });
    writeFileSync(join(custom, 'vpn-country.yaml'), [
      'id: vpn-country', 'title: { en: Sign-in from Narnia, ja: ナルニアからのサインイン }',
      'description: { en: Nobody works there., ja: 誰も働いていません。 }', 'learnedFrom: our own', 'severity: low', 'technique: T1078',
      "where: \"location/countryOrRegion eq 'NA'\"", 'correlation: { kind: match, groupBy: userPrincipalName, windowMinutes: 60 }',
    ].join('\n'));
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ detections: { rulesFolder: custom, rules: { 'password-spray': { parameters: { threshold: 8 } }, 'legacy-auth': { enabled: false } } } }));
    const json = await runCli(['--config', config, 'rules', '--format', 'json']);
    const value = (JSON.parse(json.stdout) as { value: { id: string; source: string; enabled: boolean; parameters: Record<string, unknown> }[] }).value;
    expect(value).toHaveLength(12);
    expect(value.find((r) => r.id === 'vpn-country')).toMatchObject({ source: 'custom', enabled: true });
    expect(value.find((r) => r.id === 'password-spray')?.parameters.threshold).toBe(8);
    expect(value.find((r) => r.id === 'legacy-auth')?.enabled).toBe(false);
  });

  it('refuses bad flags, bad rule files and overrides of unknown rules with exit code 2', async () => {
    expect((await runCli(['--db', join(dir, 'a.db'), 'alerts', '--format', 'csv'])).code).toBe(2);
    expect((await runCli(['--db', join(dir, 'a.db'), 'alerts', '--severity', 'urgent'])).stderr).toContain('severity');
    const config = join(dir, 'typo.json');
    writeFileSync(config, JSON.stringify({ detections: { rules: { 'pasword-spray': { enabled: false } } } }));
    const typo = await runCli(['--config', config, 'rules']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('pasword-spray');
    const bad = join(dir, 'bad-rules');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'x.yaml'), 'id: x-rule\nseverity: loud\n');
    const badConfig = join(dir, 'bad.json');
    writeFileSync(badConfig, JSON.stringify({ detections: { rulesFolder: bad } }));
    const r = await runCli(['--config', badConfig, 'rules']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('x.yaml');
  });
});
