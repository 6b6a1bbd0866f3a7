/** One sentence per alert, in English and Japanese, with the figures that raised it. */
import type { Correlation } from './rule-schema.js';
import type { AlertEntity, LocalText } from './alert.js';

const ENTITY: Record<AlertEntity['kind'], LocalText> = {
  user: { en: 'user', ja: 'ユーザー' },
  ip: { en: 'IP address', ja: 'IP アドレス' },
  app: { en: 'app', ja: 'アプリ' },
  servicePrincipal: { en: 'service principal', ja: 'サービス プリンシパル' },
};

const num = (v: unknown): string => (typeof v === 'number' ? String(v) : '?');

export const summarizeIncident = (
  c: Correlation, entity: AlertEntity, count: number, details: Readonly<Record<string, unknown>>,
): LocalText => {
  const who = { en: `${ENTITY[entity.kind].en} ${entity.value}`, ja: `${ENTITY[entity.kind].ja} ${entity.value}` };
  const w = num(details.windowMinutes);
  switch (c.kind) {
    case 'count':
      return {
        en: `${count} matching sign-ins for ${who.en} within ${w} minutes (threshold ${c.threshold}).`,
        ja: `${who.ja} で ${w} 分以内に該当するサインインが ${count} 件ありました (しきい値 ${c.threshold})。`,
      };
    case 'distinct':
      return {
        en: `${num(details.distinct)} distinct ${c.field} values in ${count} sign-ins for ${who.en} within ${w} minutes (threshold ${c.threshold}).`,
        ja: `${who.ja} で ${w} 分以内の ${count} 件のサインインに ${c.field} の異なる値が ${num(details.distinct)} 個ありました (しきい値 ${c.threshold})。`,
      };
    case 'sequence':
      return {
        en: `${num(details.before)} matching sign-ins followed by a completing one for ${who.en} within ${w} minutes (threshold ${c.threshold}).`,
        ja: `${who.ja} で ${w} 分以内に該当するサインインが ${num(details.before)} 件続いた後、完了したサインインがありました (しきい値 ${c.threshold})。`,
      };
    case 'velocity': {
      const legs = Array.isArray(details.legs) ? (details.legs as { distanceKm: number }[]) : [];
      const km = Math.max(0, ...legs.map((l) => l.distanceKm));
      return {
        en: `${who.en} signed in from places up to ${km} km apart faster than ${c.speedKmh} km/h allows (${legs.length} leg${legs.length === 1 ? '' : 's'}).`,
        ja: `${who.ja} が最大 ${km} km 離れた場所から、時速 ${c.speedKmh} km では移動できない間隔でサインインしました (${legs.length} 区間)。`,
      };
    }
    case 'first-seen':
      return {
        en: `${who.en} signed in with ${c.field} '${String(details.value)}' for the first time since it was first seen ${String(details.groupFirstSeen)}.`,
        ja: `${who.ja} で ${c.field} '${String(details.value)}' のサインインが初めてありました (初回確認 ${String(details.groupFirstSeen)} 以降で初)。`,
      };
    case 'match':
      return {
        en: `${count} matching sign-in${count === 1 ? '' : 's'} for ${who.en}.`,
        ja: `${who.ja} で該当するサインインが ${count} 件ありました。`,
      };
  }
};
