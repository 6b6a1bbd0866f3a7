/**
 * `signin-report user <upn>`, `ip <address>`, `app <appId>`: the entity page's summary (as
 * `GET /api/entities/{kind}/{key}`) as tables or JSON, over `--since`/`--until` (default the
 * 30 days up to the next whole hour) in `--tz`.
 */
import type { Command } from 'commander';
import type { CommandContext, RegisterCommand } from '../context.js';
import type { EntityKind } from '../../core/entities/entity-types.js';
import { parseEntityRef } from '../../core/entities/entity-key.js';
import { parseEntityRange } from '../../core/entities/entity-range.js';
import { getEntitySummary } from '../../core/use-cases/get-entity-summary.js';
import { AppError } from '../../core/errors.js';
import { renderEntitySummary } from '../render-entity.js';

interface Flags {
  readonly since?: string;
  readonly until?: string;
  readonly tz?: string;
  readonly format: string;
  readonly lang: string;
}

const COMMANDS: readonly { kind: EntityKind; name: string; arg: string; what: string }[] = [
  { kind: 'user', name: 'user', arg: '<upn>', what: "one user's sign-ins (userPrincipalName, any case)" },
  { kind: 'ip', name: 'ip', arg: '<address>', what: 'the sign-ins from one IP address' },
  { kind: 'app', name: 'app', arg: '<appId>', what: "one application's sign-ins (its appId)" },
];

const run = async (ctx: CommandContext, kind: EntityKind, key: string, flags: Flags): Promise<void> => {
  if (flags.format !== 'table' && flags.format !== 'json') throw new AppError('BadRequest', `--format: expected table or json, got '${flags.format}'`);
  if (flags.lang !== 'en' && flags.lang !== 'ja') throw new AppError('BadRequest', `--lang: expected en or ja, got '${flags.lang}'`);
  const ref = parseEntityRef(kind, key);
  const range = parseEntityRange({ since: flags.since, until: flags.until, tz: flags.tz }, Date.now());
  const summary = await getEntitySummary(await ctx.store(), ref, range);
  ctx.io.stdout.write(flags.format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : renderEntitySummary(summary, flags.lang));
};

export const registerEntityCommands: RegisterCommand = (program: Command, ctx) => {
  for (const c of COMMANDS) {
    program
      .command(c.name)
      .description(`summarise ${c.what}: counts, first/last seen, lists, error codes, new facts`)
      .argument(c.arg, c.kind === 'user' ? 'userPrincipalName' : c.kind === 'ip' ? 'IPv4 or IPv6 address' : 'application id (GUID)')
      .option('--since <when>', 'from this time: 30d, 12h or an ISO date (default 30 days before --until)')
      .option('--until <when>', 'up to this time (default the next whole hour)')
      .option('--tz <zone>', 'IANA time zone of the times shown (default UTC)')
      .option('--format <format>', 'table or json', 'table')
      .option('--lang <lang>', 'en or ja', 'en')
      .addHelpText('after', '\nExit codes: 0 found, 1 no stored sign-in of it, 2 bad argument.')
      .action((key: string, flags: Flags) => run(ctx, c.kind, key, flags));
  }
};
