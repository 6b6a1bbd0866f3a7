/** `signin-report diagnose <id>`: what a sign-in's code means and what the store knows around it. */
import type { RegisterCommand } from '../context.js';
import { diagnoseSignIn } from '../../core/use-cases/diagnose-sign-in.js';
import { ACTOR_LABELS, CATEGORY_LABELS, type Lang } from '../../core/catalog/labels.js';
import { AppError } from '../../core/errors.js';

const WORDS: Record<Lang, Record<string, string>> = {
  en: {
    code: 'Error code', success: 'Success (code 0)', unknown: 'not in the catalog', actor: 'Who acts', steps: 'What to do', user: 'This user',
    f24: 'failures in the 24 h up to this sign-in', f7: 'in 7 days', recent: 'Recent sign-ins', app: 'Same code on the same application',
    seen: 'seen', users: 'users', ip: 'IP address', failing: 'failures in 24 h from', spray: 'PASSWORD SPRAY SUSPECTED: 5 or more users failing within 20 minutes',
    policies: 'Conditional-access policies that failed', none: 'none',
  },
  ja: {
    code: 'エラー コード', success: '成功 (コード 0)', unknown: 'カタログにありません', actor: '対応者', steps: '対処方法', user: 'このユーザー',
    f24: '件の失敗 (このサインインまでの 24 時間)', f7: '件 (7 日間)', recent: '最近のサインイン', app: '同じアプリでの同じコード',
    seen: '期間', users: 'ユーザー', ip: 'IP アドレス', failing: '件の失敗 (24 時間)、ユーザー数', spray: 'パスワード スプレーの疑い: 20 分以内に 5 人以上が失敗',
    policies: '失敗した条件付きアクセス ポリシー', none: 'なし',
  },
};

export const registerDiagnose: RegisterCommand = (program, ctx) => {
  program
    .command('diagnose')
    .description('diagnose one sign-in: its error code, the user history, the app and the IP address')
    .argument('<id>', 'the sign-in id (Request ID)')
    .option('--lang <lang>', 'en or ja', 'en')
    .option('--format <format>', 'text or json', 'text')
    .addHelpText('after', '\nExit codes: 0 found, 1 no sign-in with that id.')
    .action(async (id: string, flags: { lang: string; format: string }) => {
      if (flags.lang !== 'en' && flags.lang !== 'ja') throw new AppError('BadRequest', `--lang: expected en or ja, got '${flags.lang}'`);
      if (flags.format !== 'text' && flags.format !== 'json') throw new AppError('BadRequest', `--format: expected text or json, got '${flags.format}'`);
      const lang: Lang = flags.lang;
      const d = await diagnoseSignIn(await ctx.store(), id);
      if (flags.format === 'json') {
        ctx.out(JSON.stringify(d, null, 2));
        return;
      }
      const w = WORDS[lang];
      const e = d.entry;
      const code = d.user.recent.find((r) => r.id === id)?.errorCode;
      if (e) {
        ctx.out(`${w.code}: AADSTS${e.code} (${e.identifier || '?'}) — ${e[lang].title}`);
        ctx.out(`  ${CATEGORY_LABELS[e.category][lang]} · ${w.actor}: ${ACTOR_LABELS[e.actor][lang]}`);
        ctx.out(`  ${e[lang].explanation}`);
        ctx.out(`  ${w.steps}:`);
        e[lang].action.forEach((step, i) => ctx.out(`    ${i + 1}. ${step}`));
      } else {
        ctx.out(`${w.code}: ${code === 0 || code === undefined ? w.success : `${code} — ${w.unknown}`}`);
      }
      ctx.out('');
      ctx.out(`${w.user}: ${d.user.failures24h} ${w.f24}, ${d.user.failures7d} ${w.f7}`);
      if (d.user.recent.length > 0) {
        ctx.out(`  ${w.recent}:`);
        for (const r of d.user.recent) ctx.out(`    ${r.createdDateTime}  ${r.outcome.padEnd(11)} ${String(r.errorCode).padStart(8)}  ${r.appDisplayName ?? ''}`);
      }
      if (d.appCode) {
        ctx.out(`${w.app}: ${d.appCode.count} × (${d.appCode.distinctUsers} ${w.users}), ${w.seen} ${d.appCode.firstSeen} … ${d.appCode.lastSeen}`);
      }
      if (d.ip) {
        ctx.out(`${w.ip}: ${d.ip.failures} ${w.failing} ${d.ip.distinctUsersFailing}`);
        if (d.ip.spraySuspected) ctx.out(`  ${w.spray}`);
      }
      ctx.out(`${w.policies}: ${d.failedPolicies.length === 0 ? w.none : ''}`);
      for (const p of d.failedPolicies) ctx.out(`  ${p.displayName ?? p.id ?? '?'} (${p.enforcedGrantControls.join(', ')})`);
    });
};
