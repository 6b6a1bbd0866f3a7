/**
 * An entity summary as terminal text: a header with totals and first/last seen, then one small
 * table per list (value, count, failures, first and last seen in the chosen zone), in English
 * or Japanese. Lists that are empty are left out.
 */
import type { EntitySummaryResponse, Fact } from '../core/entities/entity-response.js';
import { CATEGORY_LABELS, type Lang } from '../core/catalog/labels.js';
import { fmtInt } from './format-number.js';

type ListName = 'countries' | 'cities' | 'ips' | 'apps' | 'users' | 'errorCodes' | 'devices' | 'browsers' | 'clientApps' | 'authMethods' | 'conditionalAccess' | 'asns';

interface Words {
  readonly kinds: Record<EntitySummaryResponse['kind'], string>;
  readonly range: string;
  readonly total: string;
  readonly success: string;
  readonly failure: string;
  readonly interrupted: string;
  readonly failureRate: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly value: string;
  readonly count: string;
  readonly failures: string;
  readonly newFacts: string;
  readonly newKinds: Record<'country' | 'ip' | 'device' | 'app', string>;
  readonly lists: Record<ListName, string>;
}

export const ENTITY_WORDS: Record<Lang, Words> = {
  en: {
    kinds: { user: 'User', ip: 'IP address', app: 'Application' },
    range: 'Range', total: 'Sign-ins', success: 'succeeded', failure: 'failed', interrupted: 'interrupted', failureRate: 'Failure rate',
    firstSeen: 'First seen', lastSeen: 'Last seen', value: 'Value', count: 'Count', failures: 'Failures',
    newFacts: 'New in the 7 days before the end of the range',
    newKinds: { country: 'country', ip: 'IP address', device: 'device', app: 'application' },
    lists: {
      countries: 'Countries or regions', cities: 'Cities', ips: 'IP addresses', apps: 'Applications', users: 'Users', errorCodes: 'Error codes',
      devices: 'Operating systems', browsers: 'Browsers', clientApps: 'Client apps', authMethods: 'Authentication methods',
      conditionalAccess: 'Conditional Access results', asns: 'Autonomous systems',
    },
  },
  ja: {
    kinds: { user: 'ユーザー', ip: 'IP アドレス', app: 'アプリケーション' },
    range: '期間', total: 'サインイン数', success: '成功', failure: '失敗', interrupted: '中断', failureRate: '失敗率',
    firstSeen: '初回', lastSeen: '最終', value: '値', count: '件数', failures: '失敗',
    newFacts: '期間の終わりまでの 7 日間に初めて現れたもの',
    newKinds: { country: '国または地域', ip: 'IP アドレス', device: 'デバイス', app: 'アプリケーション' },
    lists: {
      countries: '国または地域', cities: '都市', ips: 'IP アドレス', apps: 'アプリケーション', users: 'ユーザー', errorCodes: 'エラー コード',
      devices: 'オペレーティング システム', browsers: 'ブラウザー', clientApps: 'クライアント アプリ', authMethods: '認証方法',
      conditionalAccess: '条件付きアクセスの結果', asns: '自律システム (AS)',
    },
  },
};

const LISTS: readonly ListName[] = ['errorCodes', 'apps', 'users', 'ips', 'countries', 'cities', 'devices', 'browsers', 'clientApps', 'authMethods', 'conditionalAccess', 'asns'];

/** `YYYY-MM-DD HH:mm` in the zone. */
export const localTime = (iso: string, tz: string): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

/** Terminal columns of a character: CJK and full-width forms take two. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const columns = (s: string): number => [...s].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);

/** Pads or cuts to `n` terminal columns (Japanese labels line up with the English ones). */
const pad = (s: string, n: number): string => {
  if (columns(s) <= n) return s + ' '.repeat(n - columns(s));
  let out = '';
  for (const ch of s) {
    if (columns(out + ch) > n - 1) break;
    out += ch;
  }
  return `${out}…${' '.repeat(n - 1 - columns(out))}`;
};
const padStart = (s: string, n: number): string => ' '.repeat(Math.max(0, n - columns(s))) + s;

const label = (list: ListName, f: Fact, s: EntitySummaryResponse, lang: Lang): string => {
  if (list === 'errorCodes') {
    const c = s.errorCodes.find((x) => x.value === f.value);
    const category = c && c.category !== 'none' ? CATEGORY_LABELS[c.category][lang] : '';
    return `${f.value} ${c?.title?.[lang] ?? category}`;
  }
  return String(f.value);
};

export const renderEntitySummary = (s: EntitySummaryResponse, lang: Lang): string => {
  const w = ENTITY_WORDS[lang];
  const t = (iso: string | null) => (iso === null ? '-' : localTime(iso, s.tz));
  const out: string[] = [];
  out.push(`${w.kinds[s.kind]}: ${s.key}${s.displayName ? ` (${s.displayName})` : ''}`);
  out.push(`${w.range}: ${t(s.since)} … ${t(s.until)} (${s.tz})`);
  out.push(`${w.total}: ${fmtInt(s.totals.total)} — ${w.success} ${fmtInt(s.totals.success)}, ${w.failure} ${fmtInt(s.totals.failure)}, ${w.interrupted} ${fmtInt(s.totals.interrupted)}`);
  out.push(`${w.failureRate}: ${(s.failureRate * 100).toFixed(1)} %`);
  out.push(`${w.firstSeen}: ${t(s.firstSeen)} · ${w.lastSeen}: ${t(s.lastSeen)}`);
  if (s.newFacts.length > 0) {
    out.push('', `${w.newFacts}:`);
    for (const f of s.newFacts) out.push(`  ${pad(w.newKinds[f.kind], 18)} ${pad(f.value, 40)} ${t(f.firstSeen)}`);
  }
  for (const list of LISTS) {
    const facts = s[list] as readonly Fact[];
    if (facts.length === 0) continue;
    out.push('', `${w.lists[list]}:`);
    out.push(`  ${pad(w.value, 48)} ${padStart(w.count, 8)} ${padStart(w.failures, 8)}  ${pad(w.firstSeen, 16)}  ${w.lastSeen}`);
    for (const f of facts) {
      out.push(`  ${pad(label(list, f, s, lang), 48)} ${fmtInt(f.count).padStart(8)} ${fmtInt(f.failures).padStart(8)}  ${t(f.firstSeen)}  ${t(f.lastSeen)}`);
    }
  }
  return `${out.join('\n')}\n`;
};
