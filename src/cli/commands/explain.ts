/** `signin-report explain <code>`: what a sign-in error code means, who acts, what to do. */
import { existsSync } from 'node:fs';
import type { RegisterCommand } from '../context.js';
import { explainErrorCode, parseErrorCode } from '../../core/use-cases/explain-error-code.js';
import { ACTOR_LABELS, CATEGORY_LABELS, OUTCOME_LABELS, type Lang } from '../../core/catalog/labels.js';
import { AppError } from '../../core/errors.js';
import { isPostgresUrl } from '../../compose.js';
import { EXIT } from '../exit-codes.js';
import { fmtInt } from '../format-number.js';

const WORDS: Record<Lang, Record<string, string>> = {
  en: { outcome: 'Outcome', category: 'Category', actor: 'Who acts', steps: 'What to do', stored: 'Stored sign-ins with this code', unknown: 'is not in the catalog', reason: 'Most common failure reason in the store', none: 'none stored' },
  ja: { outcome: '結果', category: 'カテゴリ', actor: '対応者', steps: '対処方法', stored: 'このコードのサインイン件数', unknown: 'はカタログに登録されていません', reason: '保存済みの記録で最も多い失敗理由', none: '保存済みの記録なし' },
};

export const registerExplain: RegisterCommand = (program, ctx) => {
  program
    .command('explain')
    .description('explain a sign-in error code (e.g. 50126 or AADSTS50126)')
    .argument('<code>', 'the error code')
    .option('--lang <lang>', 'en or ja', 'en')
    .option('--format <format>', 'text or json', 'text')
    .addHelpText('after', '\nExit codes: 0 known code, 1 not in the catalog, 2 not a code.')
    .action(async (codeText: string, flags: { lang: string; format: string }) => {
      if (flags.lang !== 'en' && flags.lang !== 'ja') throw new AppError('BadRequest', `--lang: expected en or ja, got '${flags.lang}'`);
      if (flags.format !== 'text' && flags.format !== 'json') throw new AppError('BadRequest', `--format: expected text or json, got '${flags.format}'`);
      const lang: Lang = flags.lang;
      const code = parseErrorCode(codeText);
      const db = ctx.config().db;
      const store = isPostgresUrl(db) || existsSync(db) ? await ctx.store() : undefined;
      const x = await explainErrorCode(code, store);
      if (!x.entry) ctx.setExitCode(EXIT.notFound);
      if (flags.format === 'json') {
        ctx.out(JSON.stringify({ code, known: x.entry !== undefined, entry: x.entry ?? null, stored: x.stored ?? null }, null, 2));
        return;
      }
      const w = WORDS[lang];
      const storedLine = x.stored ? `${w.stored}: ${x.stored.count > 0 ? fmtInt(x.stored.count) : w.none}` : undefined;
      if (!x.entry) {
        ctx.out(`AADSTS${code} ${w.unknown}.`);
        if (storedLine) ctx.out(storedLine);
        if (x.stored?.commonFailureReason) ctx.out(`${w.reason}: ${x.stored.commonFailureReason}`);
        return;
      }
      const e = x.entry;
      const t = e[lang];
      ctx.out(`AADSTS${code}${e.identifier ? ` (${e.identifier})` : ''}: ${t.title}`);
      ctx.out(`${w.outcome}: ${OUTCOME_LABELS[e.outcome][lang]} · ${w.category}: ${CATEGORY_LABELS[e.category][lang]} · ${w.actor}: ${ACTOR_LABELS[e.actor][lang]}`);
      ctx.out('');
      ctx.out(t.explanation);
      ctx.out('');
      ctx.out(`${w.steps}:`);
      t.action.forEach((a, i) => ctx.out(`  ${i + 1}. ${a}`));
      if (storedLine) {
        ctx.out('');
        ctx.out(storedLine);
      }
    });
};
