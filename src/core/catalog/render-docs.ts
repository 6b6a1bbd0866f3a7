/**
 * Renders the catalog as a Markdown page per language (docs/error-codes.md, .ja.md), grouped by
 * category with an anchor per code. A test keeps the committed pages equal to this output.
 */
import { catalogEntries } from './index.js';
import { CATEGORIES, type ErrorCodeEntry } from './types.js';
import { ACTOR_LABELS, CATEGORY_LABELS, OUTCOME_LABELS, type Lang } from './labels.js';

const HEAD: Record<Lang, { title: string; intro: (n: number) => string; outcome: string; actor: string; id: string; steps: string; none: string }> = {
  en: {
    title: 'Sign-in error codes',
    intro: (n) =>
      `${n} codes, generated from the catalog data in \`src/core/catalog/data/*.yaml\` by \`npm run docs\`; do not edit by hand. ` +
      'Each entry says what happened, who has to act, and what to do. Japanese: [error-codes.ja.md](error-codes.ja.md).',
    outcome: 'Outcome',
    actor: 'Who acts',
    id: 'Identifier',
    steps: 'What to do',
    none: '(none known)',
  },
  ja: {
    title: 'サインイン エラー コード',
    intro: (n) =>
      `${n} 件のコードを掲載しています。\`src/core/catalog/data/*.yaml\` のカタログ データから \`npm run docs\` で生成したページのため、直接編集しないでください。` +
      '各コードについて、何が起きたか、誰が対応すべきか、何をすればよいかをまとめています。英語版: [error-codes.md](error-codes.md)。',
    outcome: '結果',
    actor: '対応者',
    id: '識別子',
    steps: '対処方法',
    none: '(不明)',
  },
};

const entryMarkdown = (e: ErrorCodeEntry, lang: Lang): string => {
  const h = HEAD[lang];
  const t = e[lang];
  return [
    `<a id="aadsts${e.code}"></a>`,
    `### ${e.code} — ${t.title}`,
    '',
    `${h.id}: \`${e.identifier || h.none}\` · ${h.outcome}: ${OUTCOME_LABELS[e.outcome][lang]} · ${h.actor}: ${ACTOR_LABELS[e.actor][lang]}`,
    '',
    t.explanation,
    '',
    `**${h.steps}**`,
    '',
    ...t.action.map((a, i) => `${i + 1}. ${a}`),
    '',
  ].join('\n');
};

export const renderCatalogDocs = (lang: Lang, entries: readonly ErrorCodeEntry[] = catalogEntries): string => {
  const h = HEAD[lang];
  const parts = [`# ${h.title}`, '', h.intro(entries.length), ''];
  for (const cat of CATEGORIES) {
    const inCat = entries.filter((e) => e.category === cat);
    if (inCat.length === 0) continue;
    parts.push(`## ${CATEGORY_LABELS[cat][lang]}`, '');
    parts.push(inCat.map((e) => `[${e.code}](#aadsts${e.code})`).join(' · '), '');
    for (const e of inCat) parts.push(entryMarkdown(e, lang));
  }
  return `${parts.join('\n').trimEnd()}\n`;
};
