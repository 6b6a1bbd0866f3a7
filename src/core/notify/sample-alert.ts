/**
 * The example alert of `signin-report webhooks test`: a made-up password spray against an
 * address of the documentation range (RFC 5737), so nobody mistakes it for a finding.
 */
import type { AlertNotice } from './alert.js';

export const sampleAlertNotice = (now: Date): AlertNotice => {
  const at = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const first = iso(new Date(at.getTime() - 14 * 60_000));
  return {
    event: 'alert.created',
    alert: {
      id: 'al_000000000000000000000000',
      ruleId: 'password-spray',
      title: { en: 'Password spray from one address', ja: '1 つのアドレスからのパスワード スプレー' },
      severity: 'high',
      technique: 'T1110.003',
      status: 'new',
      entity: { kind: 'ip', value: '192.0.2.10' },
      firstSeen: first,
      lastSeen: iso(at),
      signInCount: 42,
      signInIds: [],
      signInIdsTruncated: false,
      filter: "ipAddress eq '192.0.2.10'",
      summary: {
        en: 'Example only: 42 failed sign-ins for 30 different users from 192.0.2.10 within 15 minutes.',
        ja: '例です: 192.0.2.10 から 15 分間に 30 人のユーザーに対して 42 回のサインインが失敗しました。',
      },
      details: { distinct: 30, threshold: 20, windowMinutes: 15 },
      createdAt: iso(at),
      updatedAt: iso(at),
      history: [],
    },
  };
};
