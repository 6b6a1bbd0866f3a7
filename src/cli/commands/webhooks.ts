/**
 * `signin-report webhooks list|test NAME|retry [NAME]`: the webhook outbox's state per webhook,
 * a test message sent straight to one webhook, and dead deliveries put back in the queue (a
 * running server sends them on its next round).
 */
import type { Command } from 'commander';
import type { RegisterCommand } from '../context.js';
import { AppError } from '../../core/errors.js';
import { sampleAlertNotice } from '../../core/notify/sample-alert.js';
import { configuredWebhooks, createConfiguredDelivery } from '../webhook-setup.js';

const iso = (ms: number | undefined) => (ms === undefined ? '-' : new Date(ms).toISOString());

export const registerWebhooks: RegisterCommand = (program, ctx) => {
  const webhooks: Command = program.command('webhooks').description('alert webhooks: outbox state, a test message, retrying dead deliveries');

  webhooks
    .command('list')
    .description('configured webhooks and their outbox rows by state, with the latest errors')
    .option('--format <format>', 'table or json', 'table')
    .action(async (flags: { format: string }) => {
      if (flags.format !== 'table' && flags.format !== 'json') throw new AppError('BadRequest', '--format: expected table or json');
      const config = ctx.config();
      const store = await ctx.store();
      const counts = await store.countOutbox();
      const failing = await store.listOutbox({ state: 'dead', limit: 20 });
      const names = [...new Set([...configuredWebhooks(config).map((w) => w.name), ...counts.map((c) => c.webhook)])];
      const rows = names.map((name) => {
        const hook = configuredWebhooks(config).find((w) => w.name === name);
        const n = (state: string) => counts.find((c) => c.webhook === name && c.state === state)?.count ?? 0;
        return {
          name,
          configured: hook !== undefined,
          format: hook?.format ?? '-',
          url: hook?.url ?? '-',
          pending: n('pending'),
          delivered: n('delivered'),
          dead: n('dead'),
          nextDue: counts.find((c) => c.webhook === name && c.state === 'pending')?.nextDue,
        };
      });
      if (flags.format === 'json') {
        ctx.out(JSON.stringify({ webhooks: rows.map((r) => ({ ...r, nextDue: r.nextDue === undefined ? null : iso(r.nextDue) })), dead: failing }, null, 2));
        return;
      }
      if (rows.length === 0) {
        ctx.err('No webhooks configured (notifications.webhooks in the configuration file; see docs/webhooks.md).');
        return;
      }
      const cols = [20, 7, 9, 10, 6, 26];
      const line = (cells: string[]) => cells.map((c, i) => c.padEnd(cols[i] ?? 10)).join(' ').trimEnd();
      ctx.out(line(['NAME', 'FORMAT', 'PENDING', 'DELIVERED', 'DEAD', 'NEXT DUE', 'URL']));
      for (const r of rows) {
        ctx.out(line([r.name + (r.configured ? '' : ' (removed)'), r.format, String(r.pending), String(r.delivered), String(r.dead), iso(r.nextDue), r.url]));
      }
      for (const d of failing) ctx.err(`dead: ${d.webhook} alert ${d.alertId} (${d.event}) after ${d.attempts} attempts: ${d.lastError ?? ''}`);
    });

  webhooks
    .command('test')
    .description('send an example alert to one webhook now (not through the outbox) and report the answer')
    .argument('<name>')
    .action(async (name: string) => {
      const config = ctx.config();
      const hook = configuredWebhooks(config).find((w) => w.name === name);
      if (!hook) throw new AppError('NotFound', `no webhook named '${name}' in the configuration`);
      // No store needed: the test message bypasses the outbox.
      const delivery = createConfiguredDelivery(config, { countOutbox: async () => [], addOutboxRows: async () => 0, claimOutboxRows: async () => [], finishOutboxRow: async () => undefined, listOutbox: async () => [], retryDeadOutboxRows: async () => 0, deleteDeliveredOutboxRows: async () => 0 });
      const r = await delivery.send(hook, sampleAlertNotice(new Date()), { test: true, deliveryId: 'test' });
      if (r.status !== undefined && r.status >= 200 && r.status < 300) {
        ctx.err(`Sent a test message to '${name}': HTTP ${r.status}.`);
        return;
      }
      // Exit code 5 ("storage or network unavailable"): the receiver could not be reached or refused.
      throw new AppError('StorageUnavailable', `test message to '${name}' failed: ${r.error ?? `HTTP ${r.status}`}`);
    });

  webhooks
    .command('retry')
    .description('put dead deliveries (of one webhook, or all) back in the queue, due now')
    .argument('[name]')
    .action(async (name: string | undefined) => {
      const store = await ctx.store();
      const n = await store.retryDeadOutboxRows(name, Date.now());
      ctx.err(`${n} dead deliver${n === 1 ? 'y' : 'ies'} queued again${name ? ` for '${name}'` : ''}; a running server sends them on its next round.`);
    });
};
