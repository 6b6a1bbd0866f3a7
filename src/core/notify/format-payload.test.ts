// Webhook bodies: the generic JSON, the Teams Adaptive Card and Slack Block Kit shapes, languages, links and escaping.
import { describe, expect, it } from 'vitest';
import { formatJsonPayload, formatSlackPayload, formatTeamsPayload, formatWebhookBody } from './format-payload.js';
import { sampleAlertNotice } from './sample-alert.js';
import type { AlertNotice } from './alert.js';
import { isWantedBy } from './webhook-spec.js';

const n: AlertNotice = sampleAlertNotice(new Date('2026-11-30T10:14:30Z'));
const withLink = { lang: 'en' as const, publicUrl: 'https://reports.example.com//' };

describe('webhook payloads', () => {
  it('json: the alert unchanged plus event, and a link only when a public URL is configured', () => {
    expect(formatJsonPayload(n)).toEqual({ event: 'alert.created', ...n.alert });
    expect(formatJsonPayload(n, withLink).link).toBe('https://reports.example.com/?page=alerts&sel=al_000000000000000000000000');
    expect(formatJsonPayload(n, { test: true }).test).toBe(true);
    expect(JSON.parse(formatWebhookBody('json', n, { lang: 'ja' }))).toEqual(formatJsonPayload(n));
  });

  it('teams: a Workflows message with one Adaptive Card whose facts and action follow the alert', () => {
    const p = formatTeamsPayload(n, withLink);
    expect(p.type).toBe('message');
    expect(p.attachments).toHaveLength(1);
    const a = p.attachments[0]!;
    expect(a.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(a.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
    expect(a.content.body[0]).toMatchObject({ type: 'TextBlock', text: 'New alert · High: Password spray from one address', color: 'Attention' });
    expect(a.content.body[2]).toEqual({
      type: 'FactSet',
      facts: [
        { title: 'Severity', value: 'High' },
        { title: 'Entity', value: 'IP address: 192.0.2.10' },
        { title: 'Rule', value: 'Password spray from one address (password-spray)' },
        { title: 'ATT&CK technique', value: 'T1110.003' },
        { title: 'Status', value: 'New' },
        { title: 'First and last sign-in (UTC)', value: '2026-11-30 10:00 – 2026-11-30 10:14' },
        { title: 'Sign-ins', value: '42' },
      ],
    });
    expect(a.content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open in signin-report', url: 'https://reports.example.com/?page=alerts&sel=al_000000000000000000000000' }]);
    expect('actions' in formatTeamsPayload(n, { lang: 'en' }).attachments[0]!.content).toBe(false);
  });

  it('teams and slack speak Japanese when configured, and mark a test message', () => {
    const teams = formatTeamsPayload(n, { lang: 'ja', test: true }).attachments[0]!.content.body;
    expect(teams[0]).toMatchObject({ isSubtle: true, text: expect.stringContaining('テスト メッセージ') });
    expect(teams[1]).toMatchObject({ text: '新しいアラート · 高: 1 つのアドレスからのパスワード スプレー' });
    const slack = formatSlackPayload(n, { lang: 'ja' });
    expect(slack.text).toBe(`新しいアラート · 高: 1 つのアドレスからのパスワード スプレー: ${n.alert.summary.ja}`);
  });

  it('slack: header, summary, fields and a button, with mrkdwn markup in alert text escaped', () => {
    const evil: AlertNotice = { ...n, alert: { ...n.alert, summary: { en: 'a <!channel> & <http://x|y>', ja: 'x' }, entity: { kind: 'user', value: 'm&m@contoso.example' } } };
    const p = formatSlackPayload(evil, withLink);
    expect(p.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'actions']);
    expect(p.blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'a &lt;!channel&gt; &amp; &lt;http://x|y&gt;' } });
    const fields = (p.blocks[2] as { fields: { text: string }[] }).fields;
    expect(fields).toHaveLength(7);
    expect(fields[1]!.text).toBe('*Entity*\nUser: m&amp;m@contoso.example');
    expect(p.blocks[3]).toMatchObject({ elements: [{ type: 'button', url: 'https://reports.example.com/?page=alerts&sel=al_000000000000000000000000' }] });
    expect(formatSlackPayload(n, { lang: 'en' }).blocks.map((b) => b.type)).toEqual(['header', 'section', 'section']);
  });
});

describe('which alerts a webhook wants', () => {
  it.each([
    [{}, 'low', 'x', true],
    [{ minSeverity: 'high' as const }, 'medium', 'x', false],
    [{ minSeverity: 'high' as const }, 'high', 'x', true],
    [{ minSeverity: 'high' as const }, 'critical', 'x', true],
    [{ rules: ['brute-force'] }, 'critical', 'x', false],
    [{ rules: ['brute-force'] }, 'low', 'brute-force', true],
    [{ rules: [] }, 'low', 'x', true],
    [{ rules: ['x'], minSeverity: 'critical' as const }, 'high', 'x', false],
  ] as const)('%j wants severity %s of rule %s: %s', (hook, severity, ruleId, expected) => {
    expect(isWantedBy(hook, { severity, ruleId })).toBe(expected);
  });
});
