/** `signin-report token create|list|revoke`: API tokens (stored only as SHA-256 hashes). */
import type { Command } from 'commander';
import type { RegisterCommand } from '../context.js';
import { AppError } from '../../core/errors.js';
import { parseDurationMs } from '../../core/query/relative-time.js';
import { createApiToken } from '../../core/use-cases/create-api-token.js';
import { revokeApiToken } from '../../core/use-cases/revoke-api-token.js';
import { parseScopes } from '../../core/use-cases/token-crypto.js';
import { nodeTokenCrypto } from '../../node/node-crypto.js';

const clock = { now: () => new Date() };

/** `30d`, `12h`, `2w` or a future ISO date → milliseconds from now. */
const parseExpires = (text: string): number => {
  const d = parseDurationMs(text);
  if (d !== undefined && d > 0) return d;
  const at = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(at)) throw new AppError('BadRequest', `--expires: expected a duration like 30d or an ISO date, got '${text}'`);
  const ms = at - clock.now().getTime();
  if (ms <= 0) throw new AppError('BadRequest', `--expires: ${text} is in the past`);
  return ms;
};

export const registerToken: RegisterCommand = (program, ctx) => {
  const token: Command = program.command('token').description('manage API tokens (scopes: read, ingest, admin)');

  token
    .command('create')
    .description('create a token and print its secret once')
    .requiredOption('--name <name>', 'a unique name, e.g. grafana or log-shipper')
    .option('--scope <scopes>', 'comma-separated: read, ingest, admin', 'read')
    .option('--expires <when>', 'lifetime such as 30d or 12h, or an ISO date (default: never)')
    .action(async (flags: { name: string; scope: string; expires?: string }) => {
      const scopes = parseScopes(flags.scope);
      const expiresInMs = flags.expires !== undefined ? parseExpires(flags.expires) : undefined;
      const store = await ctx.store();
      const { token: t, secret } = await createApiToken({ tokens: store, crypto: nodeTokenCrypto, clock }, { name: flags.name, scopes, expiresInMs });
      ctx.err(`Created token '${t.name}' (id ${t.id}, scopes ${t.scopes.join(',')}${t.expiresAt ? `, expires ${t.expiresAt}` : ''}).`);
      ctx.err('The secret is shown only this once:');
      ctx.out(secret);
    });

  token
    .command('list')
    .description('list tokens (never their secrets)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (flags: { format: string }) => {
      if (flags.format !== 'table' && flags.format !== 'json') throw new AppError('BadRequest', '--format: expected table or json');
      const store = await ctx.store();
      const list = await store.listTokens();
      if (flags.format === 'json') {
        ctx.out(JSON.stringify(list, null, 2));
        return;
      }
      const now = clock.now().getTime();
      const state = (t: (typeof list)[number]) =>
        t.revokedAt ? 'revoked' : t.expiresAt && Date.parse(t.expiresAt) <= now ? 'expired' : 'active';
      const cols = [14, 24, 18, 8, 26, 26];
      const line = (cells: string[]) => cells.map((c, i) => c.padEnd(cols[i] ?? 10)).join(' ').trimEnd();
      ctx.out(line(['ID', 'NAME', 'SCOPES', 'STATE', 'EXPIRES', 'LAST USED']));
      for (const t of list) ctx.out(line([t.id, t.name, t.scopes.join(','), state(t), t.expiresAt ?? 'never', t.lastUsedAt ?? '-']));
    });

  token
    .command('revoke')
    .description('revoke a token by id or name (takes effect within 5 seconds on a running server)')
    .argument('<id-or-name>')
    .action(async (idOrName: string) => {
      const store = await ctx.store();
      await revokeApiToken({ tokens: store, clock }, idOrName);
      ctx.err(`Revoked ${idOrName}.`);
    });
};
