/** Alert, stats and rule JSON as the agreed API sends them, for the UI's tests (not part of the app's code paths). */
export const ALERT_ID = 'al_0123456789abcdef01234567';

export const alertJson = (over: Record<string, unknown> = {}) => ({
  id: ALERT_ID,
  ruleId: 'password-spray',
  title: { en: 'Password spray from one address', ja: '1 つのアドレスからのパスワード スプレー' },
  severity: 'high',
  technique: 'T1110.003',
  status: 'new',
  entity: { kind: 'ip', value: '198.51.100.7' },
  firstSeen: '2026-11-30T10:00:00Z',
  lastSeen: '2026-11-30T10:14:00Z',
  signInCount: 3,
  signInIds: ['s1', 's2', 's3'],
  signInIdsTruncated: false,
  filter: "ipAddress eq '198.51.100.7' and createdDateTime ge 2026-11-30T10:00:00Z and createdDateTime le 2026-11-30T10:14:00Z",
  summary: { en: '3 accounts failed from 198.51.100.7 in 14 minutes.', ja: '198.51.100.7 から 14 分間に 3 アカウントが失敗しました。' },
  details: { distinct: 3, threshold: 3, windowMinutes: 60 },
  createdAt: '2026-11-30T10:15:00Z',
  updatedAt: '2026-11-30T10:15:00Z',
  history: [],
  ...over,
});

export const statsJson = (over: Record<string, unknown> = {}) => ({
  byStatus: { new: 2, acknowledged: 1, resolved: 4, falsePositive: 0 },
  openBySeverity: { critical: 0, high: 2, medium: 1, low: 0 },
  openByRule: { 'password-spray': 2, 'mfa-fatigue': 1 },
  ...over,
});

export const ruleJson = (over: Record<string, unknown> = {}) => ({
  id: 'password-spray',
  title: { en: 'Password spray from one address', ja: '1 つのアドレスからのパスワード スプレー' },
  description: { en: 'Many accounts fail from one address.', ja: '1 つのアドレスから多数のアカウントが失敗します。' },
  severity: 'high',
  technique: 'T1110.003',
  kind: 'distinct',
  enabled: true,
  parameters: { threshold: 10, windowMinutes: 60 },
  where: "status/errorCode eq 50126",
  source: 'builtin',
  learnedFrom: 'Password spray attack against Azure AD application',
  ...over,
});
