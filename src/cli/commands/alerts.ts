/** `signin-report alerts`: stored alerts, newest last evidence first, as a table, JSON or NDJSON. */
import type { RegisterCommand } from '../context.js';
import { AppError } from '../../core/errors.js';
import { createSkipTokenCodec } from '../../core/query/skip-token.js';
import { listAlerts } from '../../core/use-cases/list-alerts.js';
import type { Alert } from '../../core/detections/alert.js';
import { createHmacSigner, newRandomKey } from '../../node/node-crypto.js';

const FORMATS = ['table', 'json', 'ndjson'] as const;
const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

const table = (alerts: readonly Alert[], lang: 'en' | 'ja'): string[] => [
  `${pad('Last seen (UTC)', 21)} ${pad('Severity', 9)} ${pad('Status', 13)} ${pad('Rule', 18)} ${pad('Entity', 34)} ${'Sign-ins'.padStart(8)}  Summary`,
  ...alerts.map((a) =>
    `${pad(a.lastSeen, 21)} ${pad(a.severity, 9)} ${pad(a.status, 13)} ${pad(a.ruleId, 18)} ${pad(`${a.entity.kind}:${a.entity.value}`, 34)} ${String(a.signInCount).padStart(8)}  ${a.summary[lang]}`),
];

interface AlertFlags {
  status?: string;
  rule?: string;
  severity?: string;
  since?: string;
  top: string;
  format: string;
  lang: string;
}

export const registerAlerts: RegisterCommand = (program, ctx) => {
  program
    .command('alerts')
    .description('list detection alerts (newest first)')
    .option('--status <status>', 'new, acknowledged, resolved or falsePositive')
    .option('--rule <id>', 'only this rule')
    .option('--severity <severity>', 'low, medium, high or critical')
    .option('--since <when>', 'last evidence at or after: ISO date-time or a span such as 30d')
    .option('--top <n>', 'at most this many (1..500)', '50')
    .option('--format <format>', 'table, json or ndjson', 'table')
    .option('--lang <lang>', 'language of the table summaries: en or ja', 'en')
    .action(async (flags: AlertFlags) => {
      if (!(FORMATS as readonly string[]).includes(flags.format)) throw new AppError('BadRequest', `--format: expected ${FORMATS.join(', ')}`);
      if (flags.lang !== 'en' && flags.lang !== 'ja') throw new AppError('BadRequest', '--lang: expected en or ja');
      const store = await ctx.store();
      // One page, no continuation: the codec only has to satisfy the use-case.
      const skipTokens = createSkipTokenCodec(createHmacSigner(newRandomKey()));
      const { value } = await listAlerts(
        { store, skipTokens, now: new Date() },
        { status: flags.status, ruleId: flags.rule, severity: flags.severity, since: flags.since, top: flags.top },
      );
      if (flags.format === 'json') ctx.out(JSON.stringify(value, null, 2));
      else if (flags.format === 'ndjson') for (const a of value) ctx.out(JSON.stringify(a));
      else if (value.length === 0) ctx.out('No alerts.');
      else for (const line of table(value, flags.lang)) ctx.out(line);
    });
};
