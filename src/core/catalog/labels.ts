/** Display names of outcomes, categories and actors in both languages. */
import type { Actor, CatalogOutcome, ErrorCategory } from './types.js';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

export const CATEGORY_LABELS: Record<ErrorCategory, Record<Lang, string>> = {
  credentials: { en: 'Credentials', ja: '資格情報' },
  mfa: { en: 'Multifactor authentication', ja: '多要素認証 (MFA)' },
  'conditional-access': { en: 'Conditional Access', ja: '条件付きアクセス' },
  'account-state': { en: 'Account state', ja: 'アカウントの状態' },
  consent: { en: 'Consent', ja: '同意' },
  'application-config': { en: 'Application configuration', ja: 'アプリケーションの構成' },
  'token-protocol': { en: 'Tokens and protocol', ja: 'トークンとプロトコル' },
  device: { en: 'Device', ja: 'デバイス' },
  federation: { en: 'Federation and hybrid', ja: 'フェデレーションとハイブリッド' },
  'tenant-config': { en: 'Tenant configuration', ja: 'テナントの構成' },
  'throttling-lockout': { en: 'Throttling and lockout', ja: '調整とロックアウト' },
  service: { en: 'Service', ja: 'サービス' },
  other: { en: 'Other', ja: 'その他' },
};

export const OUTCOME_LABELS: Record<CatalogOutcome, Record<Lang, string>> = {
  failure: { en: 'Failure', ja: '失敗' },
  interrupted: { en: 'Interrupted', ja: '中断' },
  informational: { en: 'Informational', ja: '情報' },
};

export const ACTOR_LABELS: Record<Actor, Record<Lang, string>> = {
  user: { en: 'The user', ja: 'ユーザー本人' },
  'helpdesk-admin': { en: 'Helpdesk', ja: 'ヘルプデスク' },
  'app-developer': { en: 'Application developer', ja: 'アプリ開発者' },
  'tenant-admin': { en: 'Tenant administrator', ja: 'テナント管理者' },
  'identity-provider': { en: 'Identity provider owner', ja: 'ID プロバイダーの管理者' },
  microsoft: { en: 'Microsoft', ja: 'Microsoft' },
};
