/**
 * Webhook bodies, one per format, pure functions of the notice (no I/O, no clock):
 * - `json`: the Alert JSON plus `event` (signed by the delivery loop, see docs/webhooks.md);
 * - `teams`: a Teams Workflows message carrying one Adaptive Card;
 * - `slack`: Block Kit `blocks` plus a plain `text` fallback for notifications.
 */
import type { AlertNotice } from './alert.js';
import { alertLink, NOTICE_TEXTS, shortTime } from './notice-texts.js';
import type { WebhookFormat, WebhookLang } from './webhook-spec.js';

export interface FormatOptions {
  readonly lang: WebhookLang;
  readonly publicUrl?: string | undefined;
  /** A test message (`signin-report webhooks test`): says so in the text. */
  readonly test?: boolean | undefined;
}

export const formatJsonPayload = ({ alert, event }: AlertNotice, opts: Pick<FormatOptions, 'publicUrl' | 'test'> = {}) => {
  const link = alertLink(opts.publicUrl, alert.id);
  return { event, ...alert, ...(link ? { link } : {}), ...(opts.test ? { test: true } : {}) };
};

/** The facts both chat formats show, in order. */
const facts = ({ alert }: AlertNotice, lang: WebhookLang): { title: string; value: string }[] => {
  const t = NOTICE_TEXTS[lang];
  return [
    { title: t.fields.severity, value: t.severity[alert.severity] },
    { title: t.fields.entity, value: `${t.entityKind[alert.entity.kind]}: ${alert.entity.value}` },
    { title: t.fields.rule, value: `${alert.title[lang]} (${alert.ruleId})` },
    { title: t.fields.technique, value: alert.technique },
    { title: t.fields.status, value: t.status[alert.status] },
    { title: t.fields.window, value: `${shortTime(alert.firstSeen)} – ${shortTime(alert.lastSeen)}` },
    { title: t.fields.signIns, value: String(alert.signInCount) },
  ];
};

const heading = (notice: AlertNotice, lang: WebhookLang) =>
  `${NOTICE_TEXTS[lang].event[notice.event]} · ${NOTICE_TEXTS[lang].severity[notice.alert.severity]}: ${notice.alert.title[lang]}`;

const ATTENTION: Record<string, string> = { critical: 'Attention', high: 'Attention', medium: 'Warning', low: 'Default' };

export const formatTeamsPayload = (notice: AlertNotice, opts: FormatOptions) => {
  const { lang } = opts;
  const link = alertLink(opts.publicUrl, notice.alert.id);
  const body: Record<string, unknown>[] = [
    ...(opts.test ? [{ type: 'TextBlock', text: NOTICE_TEXTS[lang].test, wrap: true, isSubtle: true }] : []),
    { type: 'TextBlock', text: heading(notice, lang), weight: 'Bolder', size: 'Medium', wrap: true, color: ATTENTION[notice.alert.severity] },
    { type: 'TextBlock', text: notice.alert.summary[lang], wrap: true },
    { type: 'FactSet', facts: facts(notice, lang) },
  ];
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          ...(link ? { actions: [{ type: 'Action.OpenUrl', title: NOTICE_TEXTS[lang].open, url: link }] } : {}),
        },
      },
    ],
  };
};

/** Slack mrkdwn treats `&`, `<` and `>` as markup: escape them in text we did not write. */
const mrkdwn = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const formatSlackPayload = (notice: AlertNotice, opts: FormatOptions) => {
  const { lang } = opts;
  const link = alertLink(opts.publicUrl, notice.alert.id);
  const text = `${heading(notice, lang)}: ${notice.alert.summary[lang]}`;
  const blocks: Record<string, unknown>[] = [
    ...(opts.test ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: mrkdwn(NOTICE_TEXTS[lang].test) }] }] : []),
    // Header blocks take plain text of at most 150 characters.
    { type: 'header', text: { type: 'plain_text', text: heading(notice, lang).slice(0, 150), emoji: false } },
    { type: 'section', text: { type: 'mrkdwn', text: mrkdwn(notice.alert.summary[lang]) } },
    // Section fields: at most 10, each at most 2000 characters.
    { type: 'section', fields: facts(notice, lang).map((f) => ({ type: 'mrkdwn', text: `*${mrkdwn(f.title)}*\n${mrkdwn(f.value)}` })) },
    ...(link
      ? [{ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: NOTICE_TEXTS[lang].open }, url: link }] }]
      : []),
  ];
  return { text, blocks };
};

/** The body of one delivery, as the exact text that is sent (and signed). */
export const formatWebhookBody = (format: WebhookFormat, notice: AlertNotice, opts: FormatOptions): string =>
  JSON.stringify(
    format === 'json' ? formatJsonPayload(notice, opts) : format === 'teams' ? formatTeamsPayload(notice, opts) : formatSlackPayload(notice, opts),
  );
