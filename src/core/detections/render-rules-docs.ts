/**
 * Renders the built-in rules as a Markdown page per language (docs/rules.md, docs/rules.ja.md):
 * what each finds, its selection and correlation with the shipped parameters, and the public
 * rule it learned from. A test keeps the committed pages equal to this output.
 */
import type { RuleDefinition } from './rule-schema.js';

type Lang = 'en' | 'ja';

const HEAD: Record<Lang, {
  title: string; intro: (n: number) => string; severity: string; technique: string; kind: string; where: string;
  parameters: string; learnedFrom: string; config: string;
}> = {
  en: {
    title: 'Detection rules',
    intro: (n) =>
      `${n} built-in rules, generated from \`rules/*.yaml\` by \`npm run docs\`; do not edit by hand. ` +
      'Each rule selects sign-ins with a filter in the API\'s OData language and correlates them in a sliding window. ' +
      'Parameters can be changed under `detections.rules.<id>.parameters` in the configuration, rules switched off with ' +
      '`enabled: false`, and more rules added from the folder named by `detections.rulesFolder`. Japanese: [rules.ja.md](rules.ja.md).',
    severity: 'Severity', technique: 'MITRE ATT&CK', kind: 'Correlation', where: 'Selection', parameters: 'Parameters',
    learnedFrom: 'Learned from', config: 'Configuration',
  },
  ja: {
    title: '検知ルール',
    intro: (n) =>
      `${n} 件の組み込みルールです。\`rules/*.yaml\` から \`npm run docs\` で生成したページのため、直接編集しないでください。` +
      '各ルールは API と同じ OData フィルター言語でサインインを選び、スライディング ウィンドウで相関させます。' +
      'パラメーターは構成の `detections.rules.<id>.parameters` で変更でき、`enabled: false` でルールを無効にでき、' +
      '`detections.rulesFolder` で指定したフォルダーからルールを追加できます。英語版: [rules.md](rules.md)。',
    severity: '重大度', technique: 'MITRE ATT&CK', kind: '相関', where: '選択条件', parameters: 'パラメーター',
    learnedFrom: '参考にした公開ルール', config: '構成',
  },
};

const ruleMarkdown = (r: RuleDefinition, lang: Lang): string => {
  const h = HEAD[lang];
  const { kind, ...params } = r.correlation;
  return [
    `<a id="${r.id}"></a>`,
    `## ${r.id} — ${r.title[lang]}`,
    '',
    r.description[lang],
    '',
    `- ${h.severity}: ${r.severity} · ${h.technique}: ${r.technique} · ${h.kind}: \`${kind}\``,
    `- ${h.where}: \`${r.where}\``,
    `- ${h.parameters}: ${Object.entries(params).map(([k, v]) => `\`${k}\` = \`${String(v)}\``).join(', ')}`,
    `- ${h.learnedFrom}: ${r.learnedFrom}`,
    '',
  ].join('\n');
};

export const renderRulesDocs = (lang: Lang, rules: readonly RuleDefinition[]): string => {
  const h = HEAD[lang];
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  return [
    `# ${h.title}`, '', h.intro(sorted.length), '',
    sorted.map((r) => `[${r.id}](#${r.id})`).join(' · '), '',
    ...sorted.map((r) => ruleMarkdown(r, lang)),
  ].join('\n');
};
