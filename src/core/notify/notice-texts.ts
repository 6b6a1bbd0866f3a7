/**
 * The words of the Teams and Slack messages, in English and Japanese (written by us), and the
 * link to an alert in the web report. The alert's own title and summary come in both languages
 * with the alert.
 */
import type { AlertEntityKind, AlertEvent, AlertSeverity, AlertStatus } from './alert.js';
import type { WebhookLang } from './webhook-spec.js';

export interface NoticeTexts {
  readonly event: Record<AlertEvent, string>;
  readonly severity: Record<AlertSeverity, string>;
  readonly status: Record<AlertStatus, string>;
  readonly entityKind: Record<AlertEntityKind, string>;
  readonly fields: {
    readonly severity: string;
    readonly entity: string;
    readonly rule: string;
    readonly technique: string;
    readonly status: string;
    readonly window: string;
    readonly signIns: string;
  };
  readonly open: string;
  readonly test: string;
}

export const NOTICE_TEXTS: Record<WebhookLang, NoticeTexts> = {
  en: {
    event: { 'alert.created': 'New alert', 'alert.updated': 'Alert updated' },
    severity: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
    status: { new: 'New', acknowledged: 'Acknowledged', resolved: 'Resolved', falsePositive: 'False positive' },
    entityKind: { user: 'User', ip: 'IP address', app: 'Application', servicePrincipal: 'Service principal' },
    fields: {
      severity: 'Severity',
      entity: 'Entity',
      rule: 'Rule',
      technique: 'ATT&CK technique',
      status: 'Status',
      window: 'First and last sign-in (UTC)',
      signIns: 'Sign-ins',
    },
    open: 'Open in signin-report',
    test: 'Test message from signin-report: this webhook is reachable. The alert below is an example, not a finding.',
  },
  ja: {
    event: { 'alert.created': '新しいアラート', 'alert.updated': 'アラートの更新' },
    severity: { low: '低', medium: '中', high: '高', critical: '重大' },
    status: { new: '新規', acknowledged: '確認済み', resolved: '解決済み', falsePositive: '誤検知' },
    entityKind: { user: 'ユーザー', ip: 'IP アドレス', app: 'アプリケーション', servicePrincipal: 'サービス プリンシパル' },
    fields: {
      severity: '重大度',
      entity: '対象',
      rule: 'ルール',
      technique: 'ATT&CK 手法',
      status: '状態',
      window: '最初と最後のサインイン (UTC)',
      signIns: 'サインイン数',
    },
    open: 'signin-report で開く',
    test: 'signin-report からのテスト メッセージです。この Webhook には到達できます。以下のアラートは例であり、実際の検出ではありません。',
  },
};

/**
 * The alert's page in the web report, when a public base URL is configured (a webhook has no
 * request to take a host from). The web report keeps its view in the query string.
 */
export const alertLink = (publicUrl: string | undefined, alertId: string): string | undefined => {
  const base = publicUrl?.replace(/\/+$/, '');
  return base ? `${base}/?page=alerts&sel=${encodeURIComponent(alertId)}` : undefined;
};

/** `2026-11-30T10:00:00Z` → `2026-11-30 10:00`: the minute is what a reader needs in a chat message. */
export const shortTime = (iso: string): string => iso.replace('T', ' ').slice(0, 16);
