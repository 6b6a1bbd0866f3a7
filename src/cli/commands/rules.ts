/** `signin-report rules`: the detection rules with their effective parameters. */
import type { RegisterCommand } from '../context.js';
import { AppError } from '../../core/errors.js';
import { listRules } from '../../core/use-cases/list-rules.js';
import { loadRules } from '../../detections/create-detections.js';

const params = (p: Readonly<Record<string, unknown>>): string =>
  Object.entries(p).filter(([k]) => !/Where$/.test(k)).map(([k, v]) => `${k}=${String(v)}`).join(' ');

export const registerRules: RegisterCommand = (program, ctx) => {
  program
    .command('rules')
    .description('list the detection rules (built-in and from detections.rulesFolder) with effective parameters')
    .option('--format <format>', 'table or json', 'table')
    .option('--lang <lang>', 'language of the titles: en or ja', 'en')
    .action(async (flags: { format: string; lang: string }) => {
      if (flags.format !== 'table' && flags.format !== 'json') throw new AppError('BadRequest', '--format: expected table or json');
      if (flags.lang !== 'en' && flags.lang !== 'ja') throw new AppError('BadRequest', '--lang: expected en or ja');
      const rules = listRules(loadRules(ctx.config()));
      if (flags.format === 'json') {
        ctx.out(JSON.stringify({ value: rules }, null, 2));
        return;
      }
      for (const r of rules) {
        ctx.out(`${r.id.padEnd(18)} ${(r.enabled ? 'on' : 'off').padEnd(4)} ${r.severity.padEnd(9)} ${r.technique.padEnd(10)} ${r.kind.padEnd(11)} ${r.source.padEnd(8)} ${r.title[flags.lang]}`);
        ctx.out(`${''.padEnd(19)}${params(r.parameters)}`);
      }
    });
};
