/** Alerts in the agreed JSON shape, for the outbox contract and the webhook tests. */
import type { Alert, AlertEvent, AlertNotice, AlertSeverity } from '../../core/notify/alert.js';

export const makeAlert = (n: number, overrides: Partial<Alert> = {}): Alert => ({
  id: `al_${n.toString(16).padStart(24, '0')}`,
  ruleId: 'password-spray',
  title: { en: 'Password spray from one address', ja: '1 つのアドレスからのパスワード スプレー' },
  severity: 'high' as AlertSeverity,
  technique: 'T1110.003',
  status: 'new',
  entity: { kind: 'ip', value: `203.0.113.${n % 250}` },
  firstSeen: '2026-11-30T10:00:00Z',
  lastSeen: '2026-11-30T10:14:00Z',
  signInCount: 42,
  signInIds: ['s1', 's2'],
  signInIdsTruncated: false,
  filter: `ipAddress eq '203.0.113.${n % 250}'`,
  summary: { en: `42 failed sign-ins for 30 users from 203.0.113.${n % 250} in 15 minutes.`, ja: `203.0.113.${n % 250} から 15 分間に 30 人へ 42 回失敗。` },
  details: { distinct: 30, threshold: 20, windowMinutes: 15 },
  createdAt: '2026-11-30T10:15:00Z',
  updatedAt: '2026-11-30T10:15:00Z',
  history: [],
  ...overrides,
});

export const notice = (alert: Alert, event: AlertEvent = 'alert.created'): AlertNotice => ({ alert, event });
